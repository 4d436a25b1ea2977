"""Casualties with their scope (sentences written for these tests)."""

from __future__ import annotations

from sitrep import Extractor

TEXT = ("Russia launched 60 drones at Kyiv overnight, the air force said. The strikes killed "
        "at least five people and injured 14 others, officials said. Two railway workers were "
        "wounded in Kharkiv. Across Ukraine, 9 people were killed over the past day. Since the "
        "start of the year, 1,200 civilians have been killed. Three people are missing.")


def test_casualty_figures_and_scopes() -> None:
    r = Extractor(language="en").extract(TEXT, published="2026-09-03T10:00")
    rows = []
    for c in r.casualties:
        for count in (c.killed, c.injured, c.missing):
            if count is not None:
                assert TEXT[count.start_char:count.end_char] == count.text
        assert TEXT[c.start_char:c.end_char] == c.text
        rows.append((c.killed and c.killed.value, c.injured and c.injured.value,
                     c.missing and c.missing.value, c.who and c.who.text, c.scope))
    attack_id = r.attacks[0].id
    assert rows == [
        (5, 14, None, None, "attack"),
        (None, 2, None, "railway workers", "attack"),
        (9, None, None, None, "national_day"),
        (1200, None, None, "civilians", "background"),
        (None, None, 3, None, "attack"),
    ]
    assert r.casualties[0].killed is not None and r.casualties[0].killed.qualifier == "at_least"
    assert r.casualties[0].attack_id == attack_id
    assert r.casualties[2].attack_id is None  # a national toll is never the strike's


def test_no_casualties_in_an_unrelated_text() -> None:
    r = Extractor(language="en").extract("The central bank cut rates by 25 basis points.",
                                         published="2026-09-03")
    assert r.casualties == []
