"""Every filter of the attack, quote, event and incident queries, on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from store_corpus import Corpus, fill

from sitrep.store import ClaimRecord, IncidentRecord, Store


@pytest.fixture
def corpus(store: Store) -> Corpus:
    return fill(store)


def _attack_docs(store: Store, **filters: object) -> set[int]:
    return set(store.attacks(**filters).column("document_id"))  # type: ignore[arg-type]


def test_attacks_have_one_row_per_weapon_with_figures_and_evidence(store, corpus):
    rows = store.attacks(attacker="RU", since=date(2025, 9, 1)).records()
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
def test_attack_filters(store, corpus, filters, expected):
    ids = {"kyiv": corpus.kyiv, "bryansk": corpus.bryansk, "ukrainian": corpus.ukrainian}
    assert _attack_docs(store, **filters) == {ids[name] for name in expected}


def test_attack_category_filter_keeps_only_that_weapon(store, corpus):
    rows = store.attacks(category="cruise_missile")
    assert rows.column("model") == ["Kh-101"]


def test_a_vague_or_qualified_figure_keeps_its_qualifier(store, corpus):
    (row,) = store.attacks(model="Shahed-136").records()
    assert (row["launched"], row["launched_qualifier"]) == (50, "more_than")


def test_limit(store, corpus):
    assert len(store.attacks(limit=1)) == 1
    assert len(store.attacks()) == 4


@pytest.mark.parametrize(("speaker", "expected"), [
    ("Sybiha", ["This terror must stop."]),
    ("ua-mfa", ["This terror must stop."]),
    ("СИБІГА", ["Це терор"]),  # Cyrillic matches whatever its case, SQLite too
    ("peskov", ["not on the agenda"]),
    ("%", []),  # a wildcard character is matched literally
    ("'; DROP TABLE quotes; --", []),
])
def test_quote_speaker_filter(store, corpus, speaker, expected):
    assert store.quotes(speaker=speaker).column("text") == expected
    assert store.counts()["quotes"] == 3


def test_quote_text_source_and_day_filters(store, corpus):
    assert store.quotes(text="TERROR").column("text") == ["This terror must stop."]
    assert store.quotes(source="Moscow").column("speaker") == ["Dmitry Peskov"]
    assert store.quotes(since=date(2025, 9, 1), until=date(2025, 9, 5)).column(
        "document_id") == [corpus.kyiv]
    assert store.quotes(until=date(2025, 8, 31)).column("speaker") == ["Андрій Сибіга"]


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
def test_event_filters(store, corpus, filters, expected):
    assert store.events(**filters).column("type") == expected


def test_event_day_is_its_own_date_else_publication(store, corpus):
    days = dict(zip(store.events().column("type"), store.events().column("day"), strict=True))
    assert days == {"CONSULT": date(2025, 9, 9), "REJECT": date(2025, 9, 3)}


def _incident(key: str, day: date, doc: int, attacker: str = "RU") -> IncidentRecord:
    return IncidentRecord(key=key, attacker=attacker, target="UA", day=day,
                          summary={"drone": {"launched": 120}},
                          claims=[ClaimRecord(document_id=doc, attack_key="kyiv-a1",
                                              field="launched", category="drone", value=120,
                                              qualifier="exact", start_char=16,
                                              end_char=26)])


def test_incidents_are_written_and_queried(store, corpus):
    written = store.replace_incidents([
        _incident("2025-09-03/RU>UA", date(2025, 9, 3), corpus.kyiv),
        {"key": "2025-09-10/UA>RU", "attacker": "UA", "target": "RU",
         "day": date(2025, 9, 10),
         "claims": [{"document_id": corpus.bryansk, "field": "destroyed", "value": 41},
                    {"document_id": corpus.kyiv, "field": "destroyed", "value": 40}]},
    ])
    assert written == 2
    rows = store.incidents().records()
    assert [(r["incident_key"], r["claims"], r["documents"]) for r in rows] == [
        ("2025-09-10/UA>RU", 2, 2), ("2025-09-03/RU>UA", 1, 1)]
    assert rows[1]["summary"] == {"drone": {"launched": 120}}
    assert store.incidents(attacker="ru").column("incident_key") == ["2025-09-03/RU>UA"]
    assert store.incidents(target="RU").column("incident_key") == ["2025-09-10/UA>RU"]
    assert store.incidents(since=date(2025, 9, 4)).column("incident_key") == [
        "2025-09-10/UA>RU"]
    assert store.incidents(until=date(2025, 9, 4)).column("incident_key") == [
        "2025-09-03/RU>UA"]


def test_replacing_incidents_of_a_window_keeps_the_others(store, corpus):
    store.replace_incidents([_incident("old-1", date(2025, 9, 3), corpus.kyiv),
                             _incident("old-2", date(2025, 9, 10), corpus.bryansk)])
    store.replace_incidents([_incident("new-1", date(2025, 9, 4), corpus.kyiv)],
                            since=date(2025, 9, 1), until=date(2025, 9, 5))
    assert sorted(store.incidents().column("incident_key")) == ["new-1", "old-2"]
    assert store.counts()["incident_claims"] == 2
    store.replace_incidents([])
    assert store.counts()["incidents"] == 0


def test_a_malformed_incident_is_refused_before_anything_is_written(store, corpus):
    from sitrep.errors import StoreError

    store.replace_incidents([_incident("kept", date(2025, 9, 3), corpus.kyiv)])
    with pytest.raises(StoreError, match="not an incident record"):
        store.replace_incidents([{"key": "x", "colour": "red"}])
    assert store.incidents().column("incident_key") == ["kept"]
