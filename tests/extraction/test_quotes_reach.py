"""Reported speech in frames that reach past the verb: as-clauses, raising verbs,
contractions, headlines, adjuncts before "that", object complements, passives with their
agent, coordinated verbs (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quote_pairs import pairs

REACH = {
    # an as-clause after its content, or before it
    "as-after": ("The convoy reached the port before dawn, as the harbour master noted.",
                 "The convoy reached the port before dawn", "the harbour master"),
    "as-before": ("As the harbour master noted, the convoy reached the port before dawn.",
                  "the convoy reached the port before dawn", "the harbour master"),
    # a raising verb and "to" between the subject and the cue
    "raising": ("The minister appeared to suggest that the bridge would reopen.",
                "the bridge would reopen", "The minister"),
    "took-to": ("The mayor took to Telegram overnight to accuse the operator of lying.",
                "the operator of lying", "The mayor"),
    "contracted": ("She’s claiming that the tolls were never paid.",
                   "the tolls were never paid", "She"),
    # a headline in title case ends with its cue
    "headline": ("Port Will Reopen Within a Week, Harbour Master Says\nThe port closed.",
                 "Port Will Reopen Within a Week", "Harbour Master"),
    "adjunct-that": ("The governor says at a rally in Lviv, Ukraine, that the grid will hold.",
                     "the grid will hold", "The governor"),
    # "called X a Y": an object and its complement
    "complement": ("The ministry called the report a fabrication.",
                   "the report a fabrication", "The ministry"),
    "bare-object": ("The envoy has called the blackout a provocation.",
                    "the blackout a provocation", "The envoy"),
    # an object before the infinitive; a clause without "that"
    "object-to": ("Most residents expect the council to rebuild the school.",
                  "the council to rebuild the school", "Most residents"),
    "bare-clause": ("The engineer hoped the pumps would hold until spring.",
                    "the pumps would hold until spring", "The engineer"),
    # a form that is a noun as often as a verb, after a name: a verb
    "nounlike-verb": ("Poland supports the new sanctions package.",
                      "the new sanctions package", "Poland"),
    # a noun of opinion with its possessor, after a copula
    "view-is-that": ("The ministry’s view is that the talks have failed.",
                     "the talks have failed", "The ministry"),
    "position": ("Kyiv’s position remains that no territory will be ceded.",
                 "no territory will be ceded", "Kyiv"),
    # "according to" a document keeps who wrote it
    "according-document": ("According to a report by the UN mission, the shelling killed four.",
                           "the shelling killed four", "a report by the UN mission"),
    # "that" opens the inner clause and is no part of its speaker
    "that-subject": ("The envoy said that Kyiv once called the deal “a trap”.",
                     "a trap", "Kyiv"),
    # a passive with its agent after "by"
    "passive-agent": ("The ceasefire plan was flatly rejected by the council on Monday.",
                      "The ceasefire plan", "the council"),
    "coordinated": ("The mayor has praised the crews, and has also called for more generators.",
                    "more generators", "The mayor"),
}


@pytest.mark.parametrize("case", sorted(REACH))
def test_reach(case: str) -> None:
    text, said, speaker = REACH[case]
    assert (said, speaker) in pairs(text)


@pytest.mark.parametrize(("text", "said"), [
    # "as" inside a clause attributes nothing before it
    pytest.param("The ferry left as the harbour master noted the weather.", ["the weather"],
                 id="as-without-separator"),
    # "to" before a cue after an ordinary verb: no one says it
    pytest.param("The minister forgot to suggest that the bridge would reopen.", [],
                 id="to-before-cue"),
    pytest.param("He read the Daily Post Says column twice.", [], id="capitalised-cue"),
    pytest.param("The ministry called the embassy on Tuesday.", [], id="call-no-complement"),
    pytest.param("The engineer hoped for rain in the valley.", [], id="hope-for-no-clause"),
    pytest.param("The bridge was struck by a missile overnight.", [], id="passive-no-speech"),
    pytest.param("Mass protests filled the square on Sunday.", [], id="nounlike-noun"),
    pytest.param("During Tuesday’s arguments that the rules were unlawful, the states spoke.", [],
                 id="time-owns-no-claim"),
])
def test_no_reach(text: str, said: list[str]) -> None:
    assert [t for t, _ in pairs(text)] == said
