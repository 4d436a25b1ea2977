"""Quotes and reported speech with their speakers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(language="en")


def _quotes(ex: Extractor, text: str) -> list[tuple[str, str, str | None, str | None]]:
    r = ex.extract(text, published="2026-09-03")
    out = []
    for q in r.quotes:
        assert text[q.start_char:q.end_char] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start_char:q.speaker.end_char] == q.speaker.text
        out.append((q.kind, q.text, None if q.speaker is None else q.speaker.name,
                    None if q.channel is None else q.channel.text))
    return out


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"'), ("«", "»")])
def test_direct_quote_marks(ex: Extractor, marks: tuple[str, str]) -> None:
    o, c = marks
    got = _quotes(ex, f"{o}We will rebuild every house,{c} Mayor Ihor Terekhov said on Telegram.")
    # the actor list knows the mayor: his canonical name, without the title
    assert got == [("direct", "We will rebuild every house,", "Ihor Terekhov", "on Telegram")]


def test_speaker_before_the_quote_and_inverted_verb(ex: Extractor) -> None:
    got = _quotes(ex, 'Zelensky said: "We need more air defence." "Moscow lies," said '
                      'Andrii Sybiha.')
    assert got[0][1:3] == ("We need more air defence.", "Volodymyr Zelensky")
    assert got[1][1:3] == ("Moscow lies,", "Andrii Sybiha")


def test_one_word_fragment_and_surname_later(ex: Extractor) -> None:
    text = ('Ukrainian Foreign Minister Andrii Sybiha called the strike "unacceptable".\n\n'
            '"This is terror," Sybiha said.')
    got = _quotes(ex, text)
    # a known person gets the actor list's canonical name; the words stay in speaker.text
    assert got[0][:3] == ("direct", "unacceptable", "Andrii Sybiha")
    assert got[1][2] == "Andrii Sybiha"  # the surname points back


def test_a_quote_continued_in_the_next_paragraph(ex: Extractor) -> None:
    text = ('"The night was hard," Ukrenergo said in a statement.\n\n'
            '"Repairs will take several days."')
    got = _quotes(ex, text)
    assert [g[2] for g in got] == ["Ukrenergo", "Ukrenergo"]
    assert got[0][3] == "in a statement"


def test_reported_speech(ex: Extractor) -> None:
    text = ("Kremlin spokesman Dmitry Peskov told reporters that Moscow was ready for talks. "
            "He said the talks would not start soon. "
            "The strike hit a power station, according to the regional governor.")
    got = _quotes(ex, text)
    assert ("indirect", "Moscow was ready for talks", "Dmitry Peskov", "told reporters") in got
    assert ("indirect", "the talks would not start soon", "Dmitry Peskov", None) in got
    assert ("indirect", "The strike hit a power station", "the regional governor", None) in got


def test_organisations_speak(ex: Extractor) -> None:
    got = _quotes(ex, '"Air defence is working," Ukraine\'s air force said.')
    assert got[0][2] == "Ukrainian Air Force"


def test_known_speakers_carry_country_and_sector(ex: Extractor) -> None:
    r = ex.extract('"We are ready," Kremlin spokesman Dmitry Peskov said.', published="2026-09-03")
    speaker = r.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.country, speaker.sector) == ("Dmitry Peskov", "RU", "GOV")
    assert speaker.text == "Kremlin spokesman Dmitry Peskov"


def test_unbalanced_quote_does_not_swallow_the_article(ex: Extractor) -> None:
    text = ('The governor wrote: "Stay in shelters.\n\n'
            "Russia launched 40 drones overnight. The air force said 35 were shot down.")
    r = ex.extract(text, published="2026-09-03")
    assert all(len(q.text) < 60 for q in r.quotes)
    assert r.attacks  # the rest of the article is still read


def test_nested_quotes(ex: Extractor) -> None:
    got = _quotes(ex, "“They called it ‘a special operation’ again,” the minister said.")
    assert got == [("direct", "They called it ‘a special operation’ again,", "the minister",
                    None)]


def test_a_quote_without_a_speaker_has_none(ex: Extractor) -> None:
    got = _quotes(ex, "Posters across the city read “Kyiv stands”.")
    assert got == [("direct", "Kyiv stands", None, None)]
