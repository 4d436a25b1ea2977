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


def _places(ctx: ServerContext, role: str | None, since: Any, until: Any
            ) -> list[dict[str, Any]]:
    """Every place with its count and its first documents, most named first."""
    records = fetch_rows(ctx.reader, place_counts_statement(
        role=role, since=since, until=until)).records()
    documents: dict[tuple[Any, ...], list[int]] = {
        tuple(r[name] for name in PLACE_KEY): [] for r in records}
    for row in fetch_rows(ctx.reader, place_documents_statement(
            role=role, since=since, until=until, per_place=MAX_DOCUMENT_IDS)):
        ids = documents.get(tuple(row[:-1]))
        if ids is not None:
            ids.append(row[-1])
    return [{**r, "document_ids": documents[tuple(r[name] for name in PLACE_KEY)]}
            for r in records]


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
        place's day is its attack's day, else its document's publication day. The whole
        list is remembered until the database changes (the aggregation reads every
        place row)."""
        key = ("places", role, days.since, days.until)
        items: list[dict[str, Any]] = ctx.remembered(key, lambda: _places(
            ctx, role, days.since, days.until))
        return pages.envelope(pages.cut(items), len(items))

    return api
