"""Damage and disruption (sentences written for these tests)."""

from __future__ import annotations

from sitrep import Extractor

TEXT = ("Russia launched 80 drones at Ukraine overnight, the air force said. About 120,000 "
        "households were left without power in Kyiv region, Ukrenergo said. Twelve trains were "
        "delayed by up to 4 hours after the railway hub in Fastiv was hit. Four apartment "
        "buildings were damaged and a thermal power plant was struck.")


def test_impacts() -> None:
    r = Extractor(language="en").extract(TEXT, published="2026-09-03T10:00")
    got = [(i.kind, i.count and i.count.value, i.unit, i.duration and i.duration.text)
           for i in r.impacts]
    assert got == [("power_outage", 120000, "households", None),
                   ("rail_disruption", 12, "trains", "by up to 4 hours"),
                   ("buildings_damaged", 4, "apartment buildings", None),
                   ("energy_facility", None, None, None)]
    for i in r.impacts:
        assert TEXT[i.start_char:i.end_char] == i.text
        if i.count is not None:
            assert TEXT[i.count.start_char:i.count.end_char] == i.count.text
    assert r.impacts[0].count is not None and r.impacts[0].count.qualifier == "about"


def test_no_impacts_in_an_unrelated_text() -> None:
    r = Extractor(language="en").extract("The central bank cut interest rates by 25 basis "
                                         "points on Thursday.", published="2026-09-03")
    assert r.impacts == []


def test_a_headline_line_without_a_full_stop_is_read() -> None:
    text = ("Blackouts in Odesa: 45,000 customers left without power\n"
            "Drones hit the city's energy grid overnight, officials said.")
    r = Extractor(language="en").extract(text, published="2026-09-03")
    outage = [i for i in r.impacts if i.kind == "power_outage"]
    assert outage and outage[0].count is not None and outage[0].count.value == 45000
    assert outage[0].text == "Blackouts in Odesa: 45,000 customers left without power"


def test_each_kind_is_read_once_per_sentence_in_rule_order() -> None:
    text = "Three substations were hit and 2,000 homes were left without electricity."
    r = Extractor(language="en").extract(text, published="2026-09-03")
    assert [i.kind for i in r.impacts] == ["power_outage", "energy_facility"]
