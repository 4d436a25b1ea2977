"""The fast write path: results prepared where they are made, rows inserted in bulk."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select
from store_builders import actor, attack, event, figure, place, quote, result, weapon

from sitrep.errors import StoreError
from sitrep.store import NewDocument, Store
from sitrep.store.bulk import insert_many
from sitrep.store.db import compact_json
from sitrep.store.rows import PreparedResult, prepare_result
from sitrep.store.tables import documents, events

TEXT = ("Russia launched 40 drones at Kharkiv overnight, the air force said. "
        "\"We shot down 30,\" Ihnat said. Ukraine and Poland held talks on Tuesday.")


def _result(doc_id: str = "d") -> dict:
    kharkiv = place(TEXT, "Kharkiv", "Kharkiv", admin1="Kharkiv")
    return result(
        doc_id,
        attacks=[attack(doc_id, 1, weapons=[weapon(
            "drone", launched=figure(TEXT, "40 drones", 40))], places=[kharkiv],
            reporter="air force")],
        quotes=[quote(TEXT, "We shot down 30,", actor(TEXT, "Ihnat", "Yurii Ihnat"))],
        events=[event(TEXT, "Ukraine and Poland held talks on Tuesday.", "consult",
                      date="2025-09-02")],
        places=[kharkiv])


def _rows(store: Store, table: Table, *where: object) -> list[dict]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(table).where(*where).order_by(table.c.id))
        return [{k: v for k, v in row._mapping.items() if k != "id"} for row in rows]


def test_bulk_insert_stores_what_sqlalchemy_stores(store: Store):
    stamp = datetime(2025, 9, 3, 7, 30, 15, 123456, tzinfo=UTC)
    base = {"external_id": None, "title": "Т", "url": None, "source": "Ukrinform",
            "published": "2025-09-03", "published_date": date(2025, 9, 3),
            "language": "uk", "origin": "x.jsonl",
            "metadata": {"reader": "jsonl", "тег": [1, None, True]}, "ingested_at": stamp}
    with store.engine.begin() as connection:
        connection.execute(insert(documents), [{**base, "content_hash": "a", "text": "Один."}])
        insert_many(connection, documents, [{**base, "content_hash": "b", "text": "Два."}])
    first, second = _rows(store, documents)
    assert {**second, "content_hash": "a", "text": "Один."} == first
    assert first["metadata"] == base["metadata"] and first["published_date"] == date(2025, 9, 3)

    row = {"ordinal": 0, "type": "consult", "mode": None, "status": "occurred",
           "date": date(2025, 9, 2), "cameo_root": "04", "source_actor": "Ukraine",
           "source_actor_id": "UA", "source_country": "UA", "target_actor": None,
           "target_actor_id": None, "target_country": None, "location": None,
           "location_admin1": None, "text": "talks", "start_char": 3, "end_char": 8,
           "cue": None}
    with store.engine.begin() as connection:
        doc_id = connection.execute(select(documents.c.id).limit(1)).scalar_one()
        connection.execute(insert(events), [{"document_id": doc_id, **row}])
        insert_many(connection, events, [{"document_id": doc_id, **row}])
    by_sqlalchemy, in_bulk = _rows(store, events)
    assert in_bulk == by_sqlalchemy and in_bulk["date"] == date(2025, 9, 2)


def test_bulk_insert_of_nothing_does_nothing(store: Store):
    with store.engine.begin() as connection:
        insert_many(connection, events, [])
    assert store.counts()["events"] == 0


def test_bulk_insert_refuses_a_table_whose_insert_needs_more_than_the_rows():
    from sqlalchemy import create_engine

    table = Table("t", MetaData(), Column("id", Integer, primary_key=True),
                  Column("n", Integer), Column("m", Integer, default=lambda: 7))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.begin() as connection, pytest.raises(ValueError, match="parameters"):
        insert_many(connection, table, [{"n": 1}])
    engine.dispose()


def test_a_prepared_result_is_stored_like_the_mapping_it_was_made_from(store: Store):
    added = store.ingest([(NewDocument(TEXT), _result()),
                          (NewDocument(TEXT + " Again."), prepare_result(_result()))], "1.0")
    first, second = (a.id for a in added)
    assert store.result(first) == store.result(second) == _result()
    for name in ("attacks", "attack_weapons", "places", "quotes", "events"):
        from sitrep.store import tables

        table = getattr(tables, name)
        rows = _rows(store, table)
        assert len(rows) == 2 * (2 if name == "places" else 1), name
        one, two = ([{k: v for k, v in r.items() if k not in ("document_id", "attack_id")}
                     for r in rows if r["document_id"] == i] for i in (first, second))
        assert one == two, name


def test_save_results_takes_prepared_results_too(store: Store):
    doc = store.add_document(TEXT)
    assert store.save_results([(doc.id, prepare_result(_result()), "2.0")]) == []
    assert store.result(doc.id) == _result()
    assert store.attacks().column("launched") == [40]


def test_prepare_result_makes_the_stored_json_and_rows_once():
    prepared = prepare_result(_result())
    assert prepared.json == compact_json(_result())
    assert [a.attack["day"] for a in prepared.rows.attacks] == [date(2025, 9, 3)]
    assert [e["date"] for e in prepared.rows.events] == [date(2025, 9, 2)]
    assert prepare_result(prepared) is prepared


@pytest.mark.parametrize(("bad", "message"), [
    (["not", "a", "result"], "must be a sitrep/1 mapping, not list"),
    ({**result("d"), "warnings": [{1, 2}]}, "cannot be kept as JSON"),
    ({**result("d"), "attacks": [{"no": "id"}]}, "not a sitrep/1 result"),
])
def test_prepare_result_refuses_what_cannot_be_stored(bad: object, message: str):
    with pytest.raises(StoreError, match=message):
        prepare_result(bad)  # type: ignore[arg-type]


def test_a_prepared_result_survives_pickling_between_processes():
    import pickle

    prepared = prepare_result(_result())
    again = pickle.loads(pickle.dumps(prepared))
    assert isinstance(again, PreparedResult)
    assert (again.json, again.rows) == (prepared.json, prepared.rows)
