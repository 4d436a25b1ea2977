"""``/api/quotes`` (merged across outlets) and ``/api/events`` (PLOVER types)."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from ..reconcile.from_store import stored_quotes
from ..reconcile.quote_merge import MergedQuote
from ..store.paging import fetch_rows
from ..store.queries import events_statement
from ..store.tables import events, quotes
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .pagination import DayRange, PageParams, day_range, page_params
from .params import TextParam
from .schemas import EventItem, Page, QuotePage

__all__ = ["QUOTE_REPORTS", "quote_item", "router"]

#: How many quote reports (newest first) one answer merges at most: merging is done per
#: request in memory, and a large database holds millions of reports.
QUOTE_REPORTS = 20_000


def _channels(store: Any, merged: Sequence[MergedQuote]) -> dict[tuple[int, int], str | None]:
    """The channel of each quote's first mention ("on Telegram", "in a video address")."""
    ids = {int(q.mentions[0].document.id) for q in merged}
    if not ids:
        return {}
    q = quotes.c
    rows = fetch_rows(store, select(q.document_id, q.start_char, q.channel)
                      .where(q.document_id.in_(sorted(ids))))
    return {(row[0], row[1]): row[2] for row in rows}


def quote_item(quote: MergedQuote, channels: dict[tuple[int, int], str | None]
               ) -> dict[str, Any]:
    """A merged quote: what was said, by whom, first where, and every report of it."""
    first = quote.mentions[0]
    speaker = quote.speaker
    return {
        "text": quote.text, "kind": quote.kind,
        "speaker": None if speaker is None else {
            "name": speaker.name, "actor_id": speaker.actor_id, "country": speaker.country,
            "sector": speaker.sector},
        "channel": channels.get((int(first.document.id), first.start_char)),
        "published": first.document.published, "document_id": int(first.document.id),
        "start_char": first.start_char, "end_char": first.end_char,
        "sources": [{"document_id": int(m.document.id), "source": m.document.source,
                     "published": m.document.published, "url": m.document.url,
                     "text": m.text, "start_char": m.start_char, "end_char": m.end_char}
                    for m in quote.mentions]}


def router(ctx: ServerContext) -> APIRouter:
    """The quote and event routes, on ``ctx``'s store."""
    api = APIRouter(prefix="/api", tags=["quotes and events"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/quotes", response_model=QuotePage)
    def list_quotes(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            speaker: TextParam = None,
            q: Annotated[str | None, Query(min_length=1, max_length=200,
                                           description="words in the quote")] = None,
            source: TextParam = None,
    ) -> dict[str, Any]:
        """Quotes with their speakers: one per quote said, with every document reporting
        it (the same words of the same speaker in ten outlets are one item), earliest
        report first; ``since``/``until`` bound the publication day.

        The newest 20,000 matching reports are merged (``reports_merged``, ``complete``);
        the answer is remembered until the database changes."""
        key = ("quotes", speaker, q, source, days.since, days.until)
        merged: list[MergedQuote] = ctx.remembered(key, lambda: stored_quotes(
            ctx.reader, speaker=speaker, text=q, source=source, since=days.since,
            until=days.until, reports=QUOTE_REPORTS))
        page = pages.cut(merged)
        channels = _channels(ctx.reader, page)
        reports = sum(len(quote.mentions) for quote in merged)
        return {**pages.envelope([quote_item(quote, channels) for quote in page], len(merged)),
                "reports_merged": reports, "complete": reports < QUOTE_REPORTS}

    @api.get("/events", response_model=Page[EventItem])
    def list_events(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            type: Annotated[str | None, Query(min_length=1, max_length=24,
                                              description="PLOVER type (REJECT, CONSULT, "
                                                          "ASSAULT, ...)")] = None,
            actor: TextParam = None,
            status: Annotated[Literal["occurred", "planned", "proposed", "refused"] | None,
                              Query()] = None,
            source: TextParam = None,
    ) -> dict[str, Any]:
        """Political and military events, newest first (by their date, else the
        publication day; ties by document, order in it, id)."""
        stmt = events_statement(type=type, actor=actor, status=status, source=source,
                                since=days.since, until=days.until)
        rows, total = ctx.page(stmt.order_by(events.c.id), offset=pages.offset,
                               limit=pages.page_size)
        return pages.envelope(rows.records(), total)

    return api
