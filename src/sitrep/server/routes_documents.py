"""``/api/health``, ``/api/documents`` and ``/api/documents/{id}``."""

# no ``from __future__ import annotations``: the endpoints are closures whose
# annotations FastAPI must be able to evaluate

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from .._version import __version__
from ..errors import StoreError
from ..store.documents import documents_statement
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .errors import ApiError
from .pagination import DayRange, PageParams, day_range, page_params
from .params import IdPath, TextParam
from .schemas import DocumentDetail, DocumentItem, Health, Page

__all__ = ["router"]


def router(ctx: ServerContext) -> APIRouter:
    """The routes over documents, on ``ctx``'s store."""
    api = APIRouter(prefix="/api", tags=["documents"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/health", response_model=Health)
    def health() -> dict[str, Any]:
        """Whether the server can read its database, and how many documents it holds."""
        documents = ctx.reader.counts()["documents"]
        return {"status": "ok", "documents": documents, "version": __version__,
                "ingest": ctx.writer is not None}

    @api.get("/documents", response_model=Page[DocumentItem])
    def list_documents(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            q: Annotated[str | None, Query(
                max_length=500, description="full-text search: words, \"a phrase\", "
                                            "-excluded, a or b")] = None,
            source: TextParam = None,
            sort: Annotated[Literal["-published", "published", "id", "-id", "relevance"],
                            Query(description="relevance needs q; ties by id")] = "-published",
    ) -> dict[str, Any]:
        """Documents by publication (newest first), or those matching ``q`` (best first)."""
        try:
            stmt = documents_statement(ctx.reader.dialect, q=q, source=source,
                                       since=days.since, until=days.until,
                                       sort=None if q and sort == "-published" else sort)
        except StoreError as exc:  # a query with nothing to search for
            raise ApiError(422, exc.message, details=[
                {"loc": ["query", "q"], "msg": exc.message, "type": "value_error"}]) from exc
        rows, total = ctx.page(stmt, offset=pages.offset, limit=pages.page_size)
        items = [{"id": r["document_id"], "title": r["title"], "source": r["source"],
                  "url": r["url"], "published": r["published"], "language": r["language"],
                  "snippet": " ".join(r["snippet"].split()) if r["snippet"] else None}
                 for r in rows.records()]
        return pages.envelope(items, total)

    @api.get("/documents/{document_id}", response_model=DocumentDetail,
             responses={404: {"description": "no such document"}})
    def get_document(document_id: IdPath) -> dict[str, Any]:
        """One document: its text exactly as stored (every offset indexes it) and its
        ``sitrep/1`` result."""
        doc = ctx.reader.document(document_id)
        if doc is None:
            raise ApiError(404, f"no document with id {document_id}")
        return {"id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url,
                "published": doc.published, "language": doc.language, "text": doc.text,
                "result": ctx.reader.result(document_id)}

    return api
