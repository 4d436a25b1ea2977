"""``/api/places``: places named in the documents, one per canonical place (for a map)."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..store.paging import fetch_rows
from ..store.place_counts import PLACE_KEY, place_counts_statement, place_documents_statement
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .pagination import DayRange, PageParams, day_range, page_params
from .schemas import Page, PlaceItem

__all__ = ["MAX_DOCUMENT_IDS", "router"]

MAX_DOCUMENT_IDS = 20
Role = Literal["struck", "interception_area", "launch_site", "venue", "mentioned"]


def router(ctx: ServerContext) -> APIRouter:
    """The places route, on ``ctx``'s store."""
    api = APIRouter(prefix="/api", tags=["places"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/places", response_model=Page[PlaceItem])
    def list_places(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            role: Annotated[Role | None, Query(description="the place's role in the text")
                            ] = None,
    ) -> dict[str, Any]:
        """Places with how many documents name them (in ``role``), most named first; a
        place's day is its attack's day, else its document's publication day."""
        stmt = place_counts_statement(role=role, since=days.since, until=days.until)
        rows, total = ctx.page(stmt, offset=pages.offset, limit=pages.page_size)
        records = rows.records()
        keys = [tuple(r[name] for name in PLACE_KEY) for r in records]
        documents: dict[tuple[Any, ...], list[int]] = {key: [] for key in keys}
        if keys:
            found = fetch_rows(ctx.reader, place_documents_statement(
                keys, role=role, since=days.since, until=days.until))
            for row in found:
                ids = documents.get(tuple(row[:-1]))
                if ids is not None and len(ids) < MAX_DOCUMENT_IDS:
                    ids.append(row[-1])
        items = [{**r, "document_ids": documents[key]}
                 for r, key in zip(records, keys, strict=True)]
        return pages.envelope(items, total)

    return api
