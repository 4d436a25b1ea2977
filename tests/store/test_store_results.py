"""Results: saved with their version, replaced whole, never half-written."""

from __future__ import annotations

import pytest
from store_builders import attack, figure, result, weapon

import sitrep.store.repository as repository
from sitrep.errors import StoreError
from sitrep.store import NewDocument, Store

TEXT = "Russia launched 40 drones overnight; 30 drones were shot down."


def _result(launched: int = 40) -> dict:
    return result("d", attacks=[attack("d", 1, weapons=[weapon(
        "drone", launched=figure(TEXT, "40 drones", launched),
        destroyed=figure(TEXT, "30 drones", 30))])])


def test_a_result_is_kept_whole_with_its_version(store: Store):
    doc = store.add_document(TEXT)
    store.save_result(doc.id, _result(), "1.0")
    assert store.result(doc.id) == _result()
    counts = store.counts()
    assert (counts["extractions"], counts["attacks"], counts["attack_weapons"]) == (1, 1, 1)
    assert list(store.documents_needing_extraction("1.0")) == []


def test_saving_again_replaces_the_result_and_every_row_drawn_from_it(store):
    doc = store.add_document(TEXT)
    store.save_result(doc.id, _result(40), "1.0")
    store.save_result(doc.id, _result(41), "1.1")
    counts = store.counts()
    assert (counts["extractions"], counts["attacks"], counts["attack_weapons"]) == (1, 1, 1)
    assert store.attacks().column("launched") == [41]
    assert store.result(doc.id)["attacks"][0]["weapons"][0]["launched"]["value"] == 41
    assert [d.id for d in store.documents_needing_extraction("1.1")] == []
    assert [d.id for d in store.documents_needing_extraction("1.2")] == [doc.id]


def test_a_crash_inside_the_transaction_leaves_the_old_result_intact(store, monkeypatch):
    doc = store.add_document(TEXT)
    store.save_result(doc.id, _result(40), "1.0")
    real = repository._write_results

    def write_then_crash(connection, ready):
        real(connection, ready)  # every row is written, then the process "dies"
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(repository, "_write_results", write_then_crash)
    with pytest.raises(RuntimeError, match="killed half-way"):
        store.save_result(doc.id, _result(99), "2.0")
    monkeypatch.undo()
    assert store.attacks().column("launched") == [40]
    assert store.result(doc.id)["attacks"][0]["weapons"][0]["launched"]["value"] == 40
    assert [d.id for d in store.documents_needing_extraction("1.0")] == []


def test_a_crash_during_ingest_leaves_no_document_without_its_result(store, monkeypatch):
    def crash(connection, ready):
        raise RuntimeError("killed before the results")

    monkeypatch.setattr(repository, "_write_results", crash)
    with pytest.raises(RuntimeError):
        store.ingest([(NewDocument(TEXT), _result())], "1.0")
    monkeypatch.undo()
    assert store.counts()["documents"] == 0
    assert store.known_hashes([repository.content_hash(TEXT)]) == set()


def test_ingest_keeps_documents_with_their_results_and_reports_bad_items(store):
    answers = store.ingest([(NewDocument(TEXT), _result()),
                            (NewDocument("  "), None),
                            (NewDocument("Nothing found in this one."), None),
                            (NewDocument("A broken result."), {"attacks": [{"no": "id"}]})],
                           "1.0")
    assert answers[0].created and answers[2].created
    assert isinstance(answers[1], StoreError) and isinstance(answers[3], StoreError)
    assert store.counts()["documents"] == 2
    assert store.result(answers[0].id) is not None
    assert store.result(answers[2].id) is None
    assert [d.id for d in store.documents_needing_extraction("1.0")] == [answers[2].id]


def test_ingesting_a_known_text_again_keeps_its_first_result(store):
    (first,) = store.ingest([(NewDocument(TEXT), _result(40))], "1.0")
    (again,) = store.ingest([(NewDocument(TEXT), _result(77))], "1.0")
    assert (again.id, again.created) == (first.id, False)
    assert store.attacks().column("launched") == [40]


def test_a_batch_refuses_bad_results_and_saves_the_others(store):
    good = store.add_document(TEXT)
    other = store.add_document("Another text.")
    refused = store.save_results([(good.id, _result(), "1.0"),
                                  (other.id, ["not", "a", "result"], "1.0"),  # type: ignore
                                  (12345, _result(), "1.0")])
    assert sorted(i for i, _ in refused) == [other.id, 12345]
    assert all(isinstance(e, StoreError) for _, e in refused)
    assert store.result(good.id) is not None and store.result(other.id) is None
    with pytest.raises(StoreError, match="no document with id 12345"):
        store.save_result(12345, _result(), "1.0")


def test_documents_needing_extraction_come_in_pages(store, monkeypatch):
    monkeypatch.setattr(repository, "_FETCH", 2)
    ids = [store.add_document(f"Report number {i}: 12 drones.").id for i in range(5)]
    store.save_result(ids[1], _result(), "1.0")
    store.save_result(ids[3], _result(), "0.9")
    wanted = store.documents_needing_extraction("1.0")
    assert [d.id for d in wanted] == [ids[0], ids[2], ids[3], ids[4]]
    assert store.count_needing_extraction("1.0") == 4
    assert store.count_needing_extraction("1.0", everything=True) == 5
    assert len(list(store.documents_needing_extraction("1.0", everything=True))) == 5


def test_casualties_impacts_and_places_are_linked(store):
    text = "A strike on Odesa killed 3 people and cut power to 5,000 homes."
    doc = store.add_document(text)
    res = result("o", attacks=[attack("o", 1, weapons=[weapon("drone")])],
                 casualties=[{"killed": figure(text, "killed 3 people", 3), "injured": None,
                              "missing": None, "who": None, "scope": "attack",
                              "place": None, "attack_id": "o-a1",
                              "text": text, "start_char": 0, "end_char": len(text)}],
                 impacts=[{"kind": "power_outage", "count": figure(text, "5,000 homes", 5000),
                           "unit": "homes", "duration": None, "place": None, "text": text,
                           "start_char": 0, "end_char": len(text)}],
                 places=[{"name": "Odesa", "text": "Odesa", "start_char": 12,
                          "end_char": 17, "role": "struck", "admin1": "Odesa Oblast",
                          "country": "UA", "lat": 46.48, "lon": 30.73, "geonameid": 698740}])
    store.save_result(doc.id, res, "1.0")
    from sqlalchemy import select

    from sitrep.store.tables import attacks, casualties

    with store.engine.connect() as connection:
        attack_id = connection.execute(select(attacks.c.id)).scalar_one()
        assert connection.execute(select(casualties.c.attack_id, casualties.c.killed)
                                  ).one() == (attack_id, 3)
    counts = store.counts()
    assert (counts["casualties"], counts["impacts"], counts["places"]) == (1, 1, 1)


def test_results_come_with_their_documents_in_pages(store, monkeypatch):
    monkeypatch.setattr(repository, "_FETCH", 2)
    ids = []
    for day in range(1, 6):
        doc = store.add_document(f"Report of 2025-09-0{day}: 12 drones.", source="Wire",
                                 url=f"https://example.test/{day}",
                                 published=f"2025-09-0{day}")
        store.save_result(doc.id, _result(), "1.0")
        ids.append(doc.id)
    store.add_document("Not extracted yet.")
    got = list(store.results())
    assert [d.id for d, _ in got] == ids
    first_doc, first = got[0]
    assert first["document"]["url"] == "https://example.test/1" == first_doc.url
    assert first["document"]["source"] == "Wire" and first["document"]["id"] == "d"
    from datetime import date

    assert [d.id for d, _ in store.results(since=date(2025, 9, 2),
                                           until=date(2025, 9, 4))] == ids[1:4]


def test_results_of_some_documents_and_only_some_parts(store):
    ids = [store.add_document(f"Report {n}: 40 drones.").id for n in range(3)]
    for doc_id in ids:
        store.save_result(doc_id, _result(), "1.0")
    got = list(store.results(document_ids=[ids[2], ids[0]], parts=("attacks", "nothing")))
    assert [d.id for d, _ in got] == [ids[0], ids[2]]
    assert set(got[0][1]) == {"schema", "document", "attacks"}
    assert got[0][1]["attacks"] == _result()["attacks"]
    assert list(store.results(document_ids=[])) == []


def test_json_is_stored_compact_with_its_letters_as_they_are(sqlite_url):
    import sqlite3

    text = "Сибіга: «Це терор». Росія запустила 40 дронів."
    with Store.open(sqlite_url) as store:
        doc = store.add_document(text)
        store.save_result(doc.id, result("d", places=[{
            "name": "Сибіга", "text": "Сибіга", "start_char": 0, "end_char": 6,
            "role": "mentioned", "admin1": None, "country": None, "lat": None, "lon": None,
            "geonameid": None}]), "1.0")
        assert store.result(doc.id)["places"][0]["name"] == "Сибіга"
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        [raw] = connection.execute("SELECT result FROM extractions").fetchone()
    assert '"name":"Сибіга"' in raw and ", " not in raw.replace(text, "")
