"""Ingest over HTTP: posted documents stored, extracted and reconciled.

The same steps as :mod:`sitrep.ingest`, for documents that arrive in a request rather
than from files or URLs: a document whose text the store already holds is a duplicate
(not read again); the others are extracted with the server's extractor, stored with
their results in one transaction (:meth:`Store.ingest`), and the days their attacks are
filed under are reconciled into incidents
(:func:`~sitrep.reconcile.store.reconcile_store`). A document that cannot be read is
reported in the answer and skipped; it is also recorded in the store's failures (origin
``api``, the item its text's content hash), like any failed item of ``sitrep ingest``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError, StoreError
from ..ingest import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from ..api import Extractor
    from ..store import NewDocument, Store
    from .context import ServerContext
    from .schemas import IngestDocument

__all__ = ["ORIGIN", "HttpIngest", "ingest_documents"]

ORIGIN = "api"


@dataclass(slots=True)
class HttpIngest:
    """The answer: one item per posted document, and the counts."""

    items: list[dict[str, Any]] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    incidents: int | None = None

    def to_dict(self) -> dict[str, Any]:
        items = sorted(self.items, key=lambda item: item["index"])
        failed = sum(1 for item in items if item["error"] is not None)
        return {"items": items, "new": len(self.new_ids),
                "duplicates": len(items) - failed - len(self.new_ids), "failed": failed,
                "incidents": self.incidents}


def _extract(docs: Sequence[tuple[int, IngestDocument]], extractor: Extractor
             ) -> list[tuple[int, dict[str, Any] | str]]:
    out: list[tuple[int, dict[str, Any] | str]] = []
    for index, doc in docs:
        try:
            result = extractor.extract(doc.text, published=doc.published, source=doc.source,
                                       title=doc.title, url=doc.url, language=doc.language)
        except InputError as exc:
            out.append((index, exc.message))
        else:
            out.append((index, result.to_dict()))
    return out


def _new_document(doc: IngestDocument, index: int) -> NewDocument:
    from ..store import NewDocument

    return NewDocument(text=doc.text, published=doc.published, title=doc.title, url=doc.url,
                       source=doc.source, language=doc.language, origin=ORIGIN,
                       metadata={"reader": "http", "ref": str(index)})


def ingest_documents(ctx: ServerContext, store: Store, docs: Sequence[IngestDocument]
                     ) -> HttpIngest:
    """Store, extract and reconcile ``docs`` (see the module docstring)."""
    from ..reconcile.store import reconcile_store
    from ..store import content_hash

    answer = HttpIngest()
    hashes = [content_hash(doc.text) for doc in docs]
    known = store.known_hashes(hashes)
    fresh: list[tuple[int, IngestDocument]] = []
    seen: set[str] = set()
    for index, (doc, digest) in enumerate(zip(docs, hashes, strict=True)):
        if digest in known or digest in seen:
            answer.items.append({"index": index, "document_id": None, "created": False,
                                 "error": None})
        else:
            seen.add(digest)
            fresh.append((index, doc))
    extracted = ctx.extract(lambda extractor: _extract(fresh, extractor))
    ready = []
    for (index, doc), (_, outcome) in zip(fresh, extracted, strict=True):
        if isinstance(outcome, str):
            _fail(store, answer, index, hashes[index], f"extraction: {outcome}")
        else:
            ready.append((index, doc, outcome))
    written = store.ingest([(_new_document(doc, i), result) for i, doc, result in ready],
                           EXTRACTOR_VERSION) if ready else []
    for (index, _, _), added in zip(ready, written, strict=True):
        if isinstance(added, StoreError):
            _fail(store, answer, index, hashes[index], f"not stored: {added.message}")
            continue
        answer.items.append({"index": index, "document_id": added.id,
                             "created": added.created, "error": None})
        if added.created:
            answer.new_ids.append(added.id)
    _fill_duplicate_ids(store, answer, hashes)
    if answer.new_ids:
        answer.incidents = reconcile_store(store, document_ids=answer.new_ids).incidents
    return answer


def _fail(store: Store, answer: HttpIngest, index: int, digest: str, reason: str) -> None:
    """Report the item, and record it as a failure (the item: the text's content hash)."""
    answer.items.append({"index": index, "document_id": None, "created": False,
                         "error": reason})
    store.record_failure(ORIGIN, digest, reason)


def _fill_duplicate_ids(store: Store, answer: HttpIngest, hashes: list[str]) -> None:
    """Duplicates get the id of the document already stored."""
    from sqlalchemy import select

    from ..store.paging import fetch_rows
    from ..store.tables import documents

    missing = [item for item in answer.items
               if item["document_id"] is None and item["error"] is None]
    if not missing:
        return
    wanted = sorted({hashes[item["index"]] for item in missing})
    rows = fetch_rows(store, select(documents.c.content_hash, documents.c.id)
                      .where(documents.c.content_hash.in_(wanted)))
    ids = dict(rows.rows)
    for item in missing:
        item["document_id"] = ids.get(hashes[item["index"]])
