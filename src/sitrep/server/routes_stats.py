"""``/api/stats/interception``: launched, destroyed, hit and interception rate by night,
week or month and weapon category (definitions: :mod:`sitrep.store.stats`)."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..store.stats import incidents_fingerprint, interception_stats
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .pagination import DayRange, PageParams, day_range, page_params
from .params import CodeParam
from .schemas import InterceptionPage

__all__ = ["router"]


def router(ctx: ServerContext) -> APIRouter:
    """The statistics route, on ``ctx``'s store."""
    api = APIRouter(prefix="/api/stats", tags=["statistics"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/interception", response_model=InterceptionPage)
    def interception(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            period: Annotated[Literal["night", "week", "month"],
                              Query(description="night: the incident's day; week: from "
                                                "Monday; month")] = "night",
            category: Annotated[str | None, Query(
                min_length=1, max_length=32,
                description="only this weapon category's rows (or 'all')")] = None,
            attacker: CodeParam = None,
    ) -> dict[str, Any]:
        """Per period and weapon category (and ``all``), summed over the incidents: the
        chosen figures of every incident, one incident however many documents report it.

        A night is the incident's day (the date its period ends: "overnight" in a report
        of 3 September is filed under 3 September). hit counts weapons that reached their
        targets, not places hit. interception_rate is destroyed / launched over the
        incidents that give both (null when none does). Oldest period first, ``all``
        before the categories.
        """
        key = ("interception", period, days.since, days.until, attacker, category,
               incidents_fingerprint(ctx.reader))
        rows = ctx.cached(key, lambda: [r.to_dict() for r in interception_stats(
            ctx.reader, period=period, since=days.since, until=days.until,
            attacker=attacker, category=category)])
        return {"period": period, **pages.envelope(pages.cut(rows), len(rows))}

    return api
