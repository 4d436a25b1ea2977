"""Incidents: written by the reconcile step through ``replace_incidents``, then queried."""

from __future__ import annotations

from datetime import date

import pytest
from store_corpus import Corpus, fill

from sitrep.errors import StoreError
from sitrep.store import ClaimRecord, IncidentRecord, Store


@pytest.fixture
def writable(store: Store) -> tuple[Store, Corpus]:
    return store, fill(store)


def _incident(key: str, day: date, doc: int, attacker: str = "RU") -> IncidentRecord:
    return IncidentRecord(key=key, attacker=attacker, target="UA", day=day,
                          summary={"drone": {"launched": 120}},
                          claims=[ClaimRecord(document_id=doc, attack_key="kyiv-a1",
                                              field="launched", category="drone", value=120,
                                              qualifier="exact", start_char=16,
                                              end_char=26)])


def test_incidents_are_written_and_queried(writable):
    store, corpus = writable
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


def test_replacing_incidents_of_a_window_keeps_the_others(writable):
    store, corpus = writable
    store.replace_incidents([_incident("old-1", date(2025, 9, 3), corpus.kyiv),
                             _incident("old-2", date(2025, 9, 10), corpus.bryansk)])
    store.replace_incidents([_incident("new-1", date(2025, 9, 4), corpus.kyiv)],
                            since=date(2025, 9, 1), until=date(2025, 9, 5))
    assert sorted(store.incidents().column("incident_key")) == ["new-1", "old-2"]
    assert store.counts()["incident_claims"] == 2
    store.replace_incidents([])
    assert store.counts()["incidents"] == 0


def test_a_malformed_incident_is_refused_before_anything_is_written(writable):
    store, corpus = writable
    store.replace_incidents([_incident("kept", date(2025, 9, 3), corpus.kyiv)])
    with pytest.raises(StoreError, match="not an incident record"):
        store.replace_incidents([{"key": "x", "colour": "red"}])
    assert store.incidents().column("incident_key") == ["kept"]
