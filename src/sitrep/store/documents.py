"""Listing stored documents: by publication day and source, or by a full-text query.

Without a query the newest publication comes first (``sort="-published"``; ``published``
for the oldest first, ``id`` for the order of storing); with one, the best match first
(:mod:`sitrep.store.search`, with a snippet). Every order ends on the document's id, so
that pages never overlap or skip.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, literal, select

from .queries import contains_ci, day_range
from .search import search_statement
from .tables import documents

__all__ = ["DOCUMENT_SORTS", "documents_statement"]

DOCUMENT_SORTS = ("-published", "published", "id", "-id", "relevance")


def documents_statement(dialect: str, *, q: str | None = None, source: str | None = None,
                        since: date | None = None, until: date | None = None,
                        sort: str | None = None) -> Select[Any]:
    """Documents (``document_id``, ``title``, ``source``, ``url``, ``published``,
    ``language``, ``snippet``); ``q`` a web-search style query (its words must occur).

    Raises :class:`~sitrep.errors.StoreError` for a query with nothing to search for.
    """
    d = documents.c
    if q is not None and q.strip():
        stmt = search_statement(dialect, q, limit=None, source=source, since=since,
                                until=until).add_columns(d.language)
        if sort in (None, "relevance"):
            return stmt
        return stmt.order_by(None).order_by(*_order(sort))
    stmt = select(d.id.label("document_id"), d.published, d.source, d.title, d.url,
                  literal(None).label("snippet"), d.language)
    filters = day_range(d.published_date, since, until)
    if source:
        filters.append(contains_ci(d.source, source))
    if filters:
        stmt = stmt.where(and_(*filters))
    return stmt.order_by(*_order(sort))


def _order(sort: str | None) -> list[Any]:
    d = documents.c
    if sort == "published":
        return [d.published_date.asc().nulls_last(), d.published.asc().nulls_last(), d.id]
    if sort == "id":
        return [d.id]
    if sort == "-id":
        return [d.id.desc()]
    return [d.published_date.desc().nulls_last(), d.published.desc().nulls_last(), d.id]
