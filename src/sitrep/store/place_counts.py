"""Places aggregated for a map: one row per canonical place, with how many documents
name it (in a role) and a few of those documents.

A place's day is its attack's day where it belongs to an attack, else its document's
publication day; ``since``/``until`` bound that day (both included). Most-named first,
then by name and the other columns of the place, so that the order is stable.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, distinct, func, select

from .queries import day_range
from .tables import attacks, documents, places

__all__ = ["PLACE_KEY", "place_counts_statement", "place_documents_statement"]

#: The columns that make one place.
PLACE_KEY = ("name", "admin1", "country", "lat", "lon", "geonameid")


def _source_and_filters(role: str | None, since: date | None, until: date | None
                        ) -> tuple[Any, list[ColumnElement[bool]]]:
    p = places.c
    day = func.coalesce(attacks.c.day, documents.c.published_date)
    joined = (places.join(documents, documents.c.id == p.document_id)
              .outerjoin(attacks, attacks.c.id == p.attack_id))
    filters = day_range(day, since, until)
    if role:
        filters.append(func.lower(p.role) == role.lower())
    return joined, filters


def place_counts_statement(*, role: str | None = None, since: date | None = None,
                           until: date | None = None) -> Select[Any]:
    """``name, admin1, country, lat, lon, geonameid, count`` (distinct documents)."""
    p = places.c
    key = [p[name] for name in PLACE_KEY]
    joined, filters = _source_and_filters(role, since, until)
    count = func.count(distinct(p.document_id))
    stmt = select(*key, count.label("count")).select_from(joined).group_by(*key)
    if filters:
        stmt = stmt.where(and_(*filters))
    return stmt.order_by(count.desc(), *(column.asc().nulls_first() for column in key))


def place_documents_statement(*, role: str | None = None, since: date | None = None,
                              until: date | None = None, per_place: int = 20
                              ) -> Select[Any]:
    """The first ``per_place`` documents (by id) naming each place: the ``PLACE_KEY``
    columns and ``document_id``."""
    p = places.c
    joined, filters = _source_and_filters(role, since, until)
    named = (select(*(p[name] for name in PLACE_KEY), p.document_id).distinct()
             .select_from(joined).where(*filters).subquery())
    key = [named.c[name] for name in PLACE_KEY]
    ranked = select(*key, named.c.document_id, func.row_number().over(
        partition_by=key, order_by=named.c.document_id).label("rank")).subquery()
    return (select(*(ranked.c[name] for name in PLACE_KEY), ranked.c.document_id)
            .where(ranked.c.rank <= per_place).order_by(ranked.c.document_id))
