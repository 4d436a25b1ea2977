"""Quotes, their frames and their speakers, one phenomenon per case (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from sitrep.model import Quote
from sitrep.quotes import QuoteFinder, finder_for


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return finder_for("en")


Row = tuple[str, str, str | None, str | None]


def rows(finder: QuoteFinder, text: str) -> list[Row]:
    """(kind, text, speaker name, speaker words) per quote; offsets checked on the way."""
    out = []
    for q in finder.find(text):
        _check_offsets(text, q)
        sp = q.speaker
        out.append((q.kind, q.text, None if sp is None else sp.name,
                    None if sp is None else sp.text))
    return out


def _check_offsets(text: str, q: Quote) -> None:
    assert text[q.start_char:q.end_char] == q.text
    for ev in (q.speaker, q.channel, q.cue):
        if ev is not None:
            assert text[ev.start_char:ev.end_char] == ev.text


def speakers(finder: QuoteFinder, text: str) -> dict[str, str | None]:
    return {t: name for _, t, name, _ in rows(finder, text)}


# -- quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"'), ("«", "»"), ("''", "''")])
def test_quotation_marks(finder: QuoteFinder, marks: tuple[str, str]) -> None:
    o, c = marks
    assert rows(finder, f"{o}The night was long,{c} the mayor said.") == [
        ("direct", "The night was long,", "the mayor", "the mayor")]


def test_quote_run_on_over_paragraphs(finder: QuoteFinder) -> None:
    text = ("“We lost power at three substations,” Ukrenergo said.\n\n"
            "“Crews are working through the night.\n\n"
            "“Supply will be restored by Friday.”")
    assert [r[2] for r in rows(finder, text)] == ["Ukrenergo"] * 3


def test_one_word_fragment(finder: QuoteFinder) -> None:
    got = rows(finder, 'The foreign ministry called the strike "barbaric".')
    assert got == [("direct", "barbaric", "The foreign ministry", "The foreign ministry")]


# -- frames -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # lead: subject, cue, that-clause
    ("Governor Oleh Syniehubov said that two drones hit a depot.",
     "two drones hit a depot", "Governor Oleh Syniehubov"),
    # trail: content, subject, cue
    ("Two drones hit a depot, the regional governor said on Telegram.",
     "Two drones hit a depot", "the regional governor"),
    # invert: content, cue, subject
    ("Two drones hit a depot, said Oleh Syniehubov, the regional governor.",
     "Two drones hit a depot", "Oleh Syniehubov"),
    # according to, in front and at the back
    ("According to the air force, 40 drones were shot down overnight.",
     "40 drones were shot down overnight", "the air force"),
    ("Forty drones were shot down overnight, according to military officials.",
     "Forty drones were shot down overnight", "military officials"),
    # attitude and evidence verbs
    ("Western officials believe the strike was planned for weeks.",
     "the strike was planned for weeks", "Western officials"),
    ("A United Nations report found that the shelling had damaged four schools.",
     "the shelling had damaged four schools", "A United Nations report"),
    ("The Kremlin wants to end the talks before the winter.",
     "to end the talks before the winter", "The Kremlin"),
    # an adjective of attitude
    ("Residents were frustrated that the shelters stayed locked.",
     "the shelters stayed locked", "Residents"),
])
def test_frames(finder: QuoteFinder, text: str, content: str, speaker: str) -> None:
    got = rows(finder, text)
    assert ("indirect", content) in [(k, t) for k, t, _, _ in got]
    assert next(w for _, t, _, w in got if t == content) == speaker


def test_told_and_its_channel(finder: QuoteFinder) -> None:
    q = finder.find("Dmitry Peskov told TASS that the talks would resume.")[0]
    assert q.text == "the talks would resume"
    assert q.speaker is not None and q.speaker.name == "Dmitry Peskov"
    assert q.channel is not None and q.channel.text == "told TASS"


@pytest.mark.parametrize(("text", "channel"), [
    ("“We are ready,” Zelensky wrote on X.", "on X"),
    ("“We are ready,” Zelensky said in a video address.", "in a video address"),
    ("In a statement, the ministry said the convoy had reached Kherson.", "In a statement"),
])
def test_channels(finder: QuoteFinder, text: str, channel: str) -> None:
    q = finder.find(text)[0]
    assert q.channel is not None and q.channel.text == channel


def test_the_quote_and_its_continuation_after_the_cue(finder: QuoteFinder) -> None:
    got = speakers(finder, "“The bridge is closed,” the governor said, “and will stay closed.”")
    assert got == {"The bridge is closed,": "the governor", "and will stay closed.": "the governor"}


def test_a_question_and_its_speaker_are_one_sentence(finder: QuoteFinder) -> None:
    got = speakers(finder, "“Why would we negotiate now?” Peskov asked.")
    assert got == {"Why would we negotiate now?": "Dmitry Peskov"}


def test_two_speakers_in_one_sentence(finder: QuoteFinder) -> None:
    got = speakers(finder, "Kyiv said the ship was hit, but Moscow said it had sunk a decoy.")
    assert got["the ship was hit"] == "Ukraine"  # a capital speaks for its government
    assert got["it had sunk a decoy"] == "Russia"


def test_a_participle_speaks_for_its_clause(finder: QuoteFinder) -> None:
    got = speakers(finder, "The air force published the figures, saying that most drones "
                           "were jammed.")
    assert got["most drones were jammed"] == "Ukrainian Air Force"  # the actor list's name


def test_a_colon_gives_the_quotation_to_the_subject(finder: QuoteFinder) -> None:
    got = speakers(finder, "Zelensky had one message for the allies: “Send air defence now.”")
    assert got == {"Send air defence now.": "Volodymyr Zelensky"}


def test_a_name_under_a_quotation(finder: QuoteFinder) -> None:
    got = speakers(finder, "“We slept in the metro again.” ― Olena Kovalenko")
    assert got == {"We slept in the metro again.": "Olena Kovalenko"}


def test_a_transcript(finder: QuoteFinder) -> None:
    got = rows(finder, "HOST: What happened last night?\nKOVAL: Three drones hit the depot.")
    assert ("Three drones hit the depot.", "KOVAL") in [(t, w) for _, t, _, w in got]


def test_noun_cue_with_its_possessor(finder: QuoteFinder) -> None:
    got = speakers(finder, "Observers doubted Moscow’s claim that the base was empty.")
    assert got["the base was empty"] == "Russia"  # Moscow, for its government


# -- speakers -----------------------------------------------------------------------------


def test_apposition_and_parenthesis(finder: QuoteFinder) -> None:
    text = ("“We need more generators,” Ihor Terekhov, the mayor of Kharkiv, said. "
            "“We are ready,” Sen. Anna Berg (D-Ohio) said.")
    got = {t: w for _, t, _, w in rows(finder, text)}
    assert got == {"We need more generators,": "Ihor Terekhov", "We are ready,": "Sen. Anna Berg"}


def test_relative_pronoun_speaks_for_its_antecedent(finder: QuoteFinder) -> None:
    got = rows(finder, "The strike was condemned by Andrii Sybiha, who said that Russia "
                       "had targeted a hospital.")
    # the passive is an attribution too, as "Andrii Sybiha condemned the strike" would be
    assert got == [("indirect", "The strike", "Andrii Sybiha", "Andrii Sybiha"),
                   ("indirect", "Russia had targeted a hospital", "Andrii Sybiha", "who")]


def test_pronoun_and_surname_point_back(finder: QuoteFinder) -> None:
    text = ("Ukrainian Foreign Minister Andrii Sybiha arrived in Brussels on Monday.\n\n"
            "He said the allies had promised more systems.\n\n"
            "“We will hold them to it,” Sybiha said.")
    got = {w: name for _, _, name, w in rows(finder, text)}
    assert got["He"] == got["Sybiha"] == "Andrii Sybiha"


def test_it_points_back_to_an_organisation(finder: QuoteFinder) -> None:
    text = ("Ukraine's air force said 40 drones were launched overnight. "
            "It said 35 were shot down.")
    assert [r[2] for r in rows(finder, text)] == ["Ukrainian Air Force"] * 2


def test_i_and_we_stay_as_written(finder: QuoteFinder) -> None:
    text = "The mayor spoke first. I believe the city will hold."
    assert rows(finder, text) == [("indirect", "the city will hold", "I", "I")]


@pytest.mark.parametrize("text", [
    "The commander was told that the bridge had fallen.",          # passive
    "Russia's claims of victory were dismissed.",                  # a noun, not a verb
    "Anyone wanting to leave the city can take the evening train.",  # no speech
    "The company added 200 jobs in Lviv.",                          # "added" is no cue here
])
def test_no_speech(finder: QuoteFinder, text: str) -> None:
    assert rows(finder, text) == []


def test_titles_and_terms_are_no_quotes(finder: QuoteFinder) -> None:
    text = ("Peskov said on Rossiya's “Sunday Evening” show that talks had stalled. "
            "The so-called “goodwill gesture” did not last.")
    assert [t for _, t, _, _ in rows(finder, text)] == ["talks had stalled"]


# -- bad input ----------------------------------------------------------------------------


def test_a_quote_that_never_closes_swallows_nothing(finder: QuoteFinder) -> None:
    text = ('The governor wrote: "Stay in shelters. Russia launched 40 drones overnight.\n\n'
            "The air force said 35 were shot down.")
    got = rows(finder, text)
    assert all(len(t) < 60 for _, t, _, _ in got)
    assert ("35 were shot down", "The air force") in [(t, w) for _, t, _, w in got]


def test_mismatched_and_nested_marks(finder: QuoteFinder) -> None:
    text = "«They called it “a special operation” again,” the minister said. Then silence."
    got = rows(finder, text)
    assert all("Then silence" not in t for _, t, _, _ in got)


def test_a_speakerless_post(finder: QuoteFinder) -> None:
    text = "“Explosions in the city centre. Stay in shelters.”"
    assert rows(finder, text) == [("direct", "Explosions in the city centre. Stay in shelters.",
                                   None, None)]


@pytest.mark.parametrize("text", ["", '"', "“”", "«", '"""', "said.", "according to", ":\n“",
                                  "“a\n\n”b” said “", "He said", "―", "''"])
def test_degenerate_input(finder: QuoteFinder, text: str) -> None:
    for q in finder.find(text):
        _check_offsets(text, q)
