"""Every filter of the attack, quote, event and incident queries, on both databases."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.store import Store


def _attack_docs(store: Store, **filters: object) -> set[int]:
    return set(store.attacks(**filters).column("document_id"))  # type: ignore[arg-type]


def test_attacks_have_one_row_per_weapon_with_figures_and_evidence(reader, corpus):
    rows = reader.attacks(attacker="RU", since=date(2025, 9, 1)).records()
    assert [(r["category"], r["model"]) for r in rows] == [("drone", None),
                                                            ("cruise_missile", "Kh-101")]
    drone = rows[0]
    assert (drone["launched"], drone["launched_qualifier"], drone["destroyed"]) == (120, "exact",
                                                                                    100)
    from store_corpus import KYIV_TEXT
    assert KYIV_TEXT[drone["launched_start"]:drone["launched_end"]] == "120 drones"
    assert drone["day"] == date(2025, 9, 3)
    assert drone["reported_by"] == "Ukrainian Air Force"


@pytest.mark.parametrize(("filters", "expected"), [
    ({"since": date(2025, 9, 1)}, {"kyiv", "bryansk"}),
    ({"until": date(2025, 8, 31)}, {"ukrainian"}),
    ({"since": date(2025, 9, 3), "until": date(2025, 9, 3)}, {"kyiv"}),
    ({"attacker": "ru"}, {"kyiv", "ukrainian"}),
    ({"target": "RU"}, {"bryansk"}),
    ({"category": "CRUISE_MISSILE"}, {"kyiv"}),
    ({"model": "shahed-136"}, {"ukrainian"}),
    ({"region": "kyiv oblast"}, {"kyiv"}),
    ({"region": "Bryansk"}, {"bryansk"}),
    ({"source": "moscow"}, {"bryansk"}),
    ({"reporter": "air force"}, {"kyiv"}),
    ({"attacker": "RU", "category": "drone", "until": date(2025, 8, 31)}, {"ukrainian"}),
    ({"region": "Odesa"}, set()),
])
def test_attack_filters(reader, corpus, filters, expected):
    ids = {"kyiv": corpus.kyiv, "bryansk": corpus.bryansk, "ukrainian": corpus.ukrainian}
    assert _attack_docs(reader, **filters) == {ids[name] for name in expected}


def test_attack_category_filter_keeps_only_that_weapon(reader, corpus):
    rows = reader.attacks(category="cruise_missile")
    assert rows.column("model") == ["Kh-101"]


def test_a_vague_or_qualified_figure_keeps_its_qualifier(reader, corpus):
    (row,) = reader.attacks(model="Shahed-136").records()
    assert (row["launched"], row["launched_qualifier"]) == (50, "more_than")


def test_limit(reader, corpus):
    assert len(reader.attacks(limit=1)) == 1
    assert len(reader.attacks()) == 4


@pytest.mark.parametrize(("speaker", "expected"), [
    ("Sybiha", ["This terror must stop."]),
    ("ua-mfa", ["This terror must stop."]),
    ("СИБІГА", ["Це терор"]),  # Cyrillic matches whatever its case, SQLite too
    ("peskov", ["not on the agenda"]),
    ("%", []),  # a wildcard character is matched literally
    ("'; DROP TABLE quotes; --", []),
])
def test_quote_speaker_filter(reader, corpus, speaker, expected):
    assert reader.quotes(speaker=speaker).column("text") == expected
    assert reader.counts()["quotes"] == 3


def test_quote_text_source_and_day_filters(reader, corpus):
    assert reader.quotes(text="TERROR").column("text") == ["This terror must stop."]
    assert reader.quotes(source="Moscow").column("speaker") == ["Dmitry Peskov"]
    assert reader.quotes(since=date(2025, 9, 1), until=date(2025, 9, 5)).column(
        "document_id") == [corpus.kyiv]
    assert reader.quotes(until=date(2025, 8, 31)).column("speaker") == ["Андрій Сибіга"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"type": "reject"}, ["REJECT"]),
    ({"actor": "russia"}, ["CONSULT", "REJECT"]),
    ({"actor": "UA"}, ["CONSULT", "REJECT"]),
    ({"status": "refused"}, ["CONSULT"]),
    ({"source": "kyiv wire"}, ["REJECT"]),
    ({"since": date(2025, 9, 5)}, ["CONSULT"]),
    ({"until": date(2025, 9, 5)}, ["REJECT"]),
    ({"type": "ASSAULT"}, []),
])
def test_event_filters(reader, corpus, filters, expected):
    assert reader.events(**filters).column("type") == expected


def test_event_day_is_its_own_date_else_publication(reader, corpus):
    days = dict(zip(reader.events().column("type"), reader.events().column("day"), strict=True))
    assert days == {"CONSULT": date(2025, 9, 9), "REJECT": date(2025, 9, 3)}
