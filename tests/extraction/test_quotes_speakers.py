"""Who says a quote when attributions nest or names run across sentences (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from quote_pairs import pairs
from sitrep.quotes import finder_for


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of an embedded cue opens the outer content: part of what the outer says
    pytest.param("The harbour master says the operator promised to reopen the pier.",
                 [("the operator promised to reopen the pier", "The harbour master")],
                 id="embedded-lead"),
    pytest.param("The ferry company decided to cancel the night crossing, a dock worker said.",
                 [("The ferry company decided to cancel the night crossing",
                   "a dock worker")],
                 id="embedded-trail"),
    # a pronoun after "that" is the outer speaker again: both stay, with the outer phrase
    pytest.param("The mayor said that she hopes to reopen the market by May.",
                 [("she hopes to reopen the market by May", "The mayor"),
                  ("to reopen the market by May", "The mayor")],
                 id="pronoun-inner-is-the-outer-speaker"),
    pytest.param("He said he plans to reopen the market by May.",
                 [("he plans to reopen the market by May", "He"),
                  ("to reopen the market by May", "He")],
                 id="pronoun-inner-takes-the-outer-pronoun"),
    # "I", "we" and "you" stay as written
    pytest.param("The mayor said we hope to reopen the market by May.",
                 [("we hope to reopen the market by May", "The mayor"),
                  ("to reopen the market by May", "we")],
                 id="self-pronoun-stays"),
    # a quotation in marks keeps its own speaker
    pytest.param("The envoy said that Kyiv once called the deal “a trap”.",
                 [("Kyiv once called the deal “a trap”", "The envoy"), ("a trap", "Kyiv")],
                 id="direct-inner-stays"),
])
def test_embedded_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Asked about the strike on the fuel depot near the port, the governor said, "
                 "“We are still counting.”", id="asked-opener"),
    pytest.param("Pressed on the timing of the repairs to the bridge, the mayor said, "
                 "“We are still counting.”", id="pressed-opener"),
])
def test_question_before_the_answer_is_no_content(text: str) -> None:
    """ "Asked about X, the governor said, “…”": the question is no claim of the speaker."""
    assert [t for t, _ in pairs(text)] == ["We are still counting."]


def _speaker_names(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.name for q in finder_for("en").find(text)]


@pytest.mark.parametrize(("text", "names"), [
    # a full stop between two capitalised words ends a name: "July. Delegates" is none
    pytest.param("The vote came in July. Delegates cheered. He said the count was fair.",
                 ["He"], id="pronoun-no-name-across-sentences"),
    pytest.param("Talks ended on Friday. Oleh Marchuk left early. He said the count was fair.",
                 ["Oleh Marchuk"], id="pronoun-full-name-after-sentence"),
    # a surname takes the full name of its sentence, not the sentence before's last word
    pytest.param("The pier reopened after Hester. Marta Kovalenko spoke first. "
                 "“We are ready,” said Kovalenko.", ["Marta Kovalenko"],
                 id="surname-full-name-after-sentence"),
])
def test_names_end_at_a_sentence(text: str, names: list[str]) -> None:
    assert _speaker_names(text) == names


@pytest.mark.parametrize(("text", "expected"), [
    # a participial opener before the clause whose subject speaks through "…, calling …"
    pytest.param("Following a late meeting, the port authority issued a statement calling "
                 "the blockade “a clear violation” of the accord.",
                 ("the blockade “a clear violation” of the accord", "the port authority"),
                 id="participial-opener"),
    # an "-ed" word right after a quotation is an adjective of the speaker's phrase
    pytest.param("The pier “is the safest in the region,” retired harbour master Ivan "
                 "Petrenko said.",
                 ("is the safest in the region,", "retired harbour master Ivan Petrenko"),
                 id="adjective-after-quotation"),
])
def test_speaker_phrase_edges(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)
