"""Documents: kept once by content hash, with their original text and metadata."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.errors import StoreError
from sitrep.store import NewDocument, Store, content_hash

TEXT = "Russia launched 35 drones at Odesa overnight, the air force said."


def test_the_same_text_twice_adds_nothing(store: Store):
    first = store.add_document(TEXT, source="Wire")
    second = store.add_document(TEXT, source="Another outlet")
    assert first.created and not second.created
    assert second.id == first.id
    assert store.counts()["documents"] == 1
    assert store.document(first.id).source == "Wire"  # the first reading is kept


def test_line_endings_do_not_make_a_new_document_but_the_text_is_kept_as_given(store):
    crlf = "Headline\r\n\r\nRussia launched 35 drones at Odesa overnight.\r\n"
    added = store.add_document(crlf)
    assert not store.add_document(crlf.replace("\r\n", "\n")).created
    assert store.document(added.id).text == crlf
    assert content_hash(crlf) == content_hash(crlf.replace("\r\n", "\n"))


def test_a_changed_text_is_a_new_document(store):
    assert store.add_document(TEXT).created
    assert store.add_document(TEXT + " Two people were injured.").created


def test_every_field_is_kept(store):
    added = store.add_document(
        TEXT, published="2025-09-03T10:30+03:00", title="Odesa attacked", source="Wire",
        url="https://example.test/odesa", language="en", origin="feeds/wire.xml",
        external_id="guid-17", metadata={"tags": ["odesa"], "author": "Staff"})
    doc = store.document(added.id)
    assert doc is not None
    assert (doc.text, doc.title, doc.source, doc.url, doc.language, doc.origin,
            doc.external_id) == (TEXT, "Odesa attacked", "Wire", "https://example.test/odesa",
                                 "en", "feeds/wire.xml", "guid-17")
    assert doc.published == "2025-09-03T10:30+03:00"
    assert doc.metadata == {"tags": ["odesa"], "author": "Staff"}
    assert doc.content_hash == content_hash(TEXT)
    assert doc.ingested_at is not None


def test_a_date_object_is_kept_as_its_iso_form(store):
    added = store.add_document(TEXT, published=date(2025, 9, 3))
    assert store.document(added.id).published == "2025-09-03"


def test_a_batch_is_one_answer_per_document_in_order(store):
    docs = [NewDocument(TEXT), NewDocument("Kyiv was attacked with 12 missiles."),
            NewDocument(TEXT)]
    answers = store.add_documents(docs)
    assert [a.created for a in answers] == [True, True, False]
    assert answers[0].id == answers[2].id != answers[1].id
    assert store.add_documents([]) == []


def test_known_hashes(store):
    store.add_document(TEXT)
    other = content_hash("never stored")
    assert store.known_hashes([content_hash(TEXT), other]) == {content_hash(TEXT)}


@pytest.mark.parametrize(("doc", "message"), [
    (NewDocument("   \n"), "empty"),
    (NewDocument(b"bytes"), "must be a string"),  # type: ignore[arg-type]
    (NewDocument(TEXT, metadata={"when": object()}), "cannot be kept as JSON"),
])
def test_bad_documents_are_refused_and_nothing_is_written(store, doc, message):
    with pytest.raises(StoreError, match=message):
        store.add_documents([NewDocument("A good one."), doc])
    assert store.counts()["documents"] == 0


def test_an_unknown_id_has_no_document_and_no_result(store):
    assert store.document(999) is None
    assert store.result(999) is None


def test_a_new_document_is_searchable_at_once(store):
    assert store.search("Zaporizhzhia").rows == []
    added = store.add_document("Sirens sounded over Zaporizhzhia at dawn.")
    assert store.search("Zaporizhzhia").column("document_id") == [added.id]
