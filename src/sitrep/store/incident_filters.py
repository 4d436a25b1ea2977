"""Which incidents match a set of filters, in a stable order (for pages of incidents).

The incident views (:mod:`sitrep.store.incident_views`) are then built for one page of
ids. Filters on what the claims say: ``category``/``model`` keep an incident with a claimed
figure of that weapon category or model; ``region`` one whose claims' attacks name a place
or oblast containing the words (struck, interception area, ...); ``source`` one with a
claim from an outlet whose name contains the words. ``attacker``/``target`` are country
codes of the incident; ``since``/``until`` bound its day (both included).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select

from .queries import contains_ci, day_range
from .tables import attacks, documents, incident_claims, incidents, places

__all__ = ["INCIDENT_SORTS", "incident_ids_statement"]

INCIDENT_SORTS = ("-day", "day")


def incident_ids_statement(*, since: date | None = None, until: date | None = None,
                           attacker: str | None = None, target: str | None = None,
                           category: str | None = None, model: str | None = None,
                           region: str | None = None, source: str | None = None,
                           sort: str | None = None) -> Select[Any]:
    """The ``id`` of every matching incident, newest day first (``sort="day"``: oldest),
    then by id."""
    i, c = incidents.c, incident_claims.c
    filters: list[ColumnElement[bool]] = day_range(i.day, since, until)
    if attacker:
        filters.append(func.upper(i.attacker) == attacker.upper())
    if target:
        filters.append(func.upper(i.target) == target.upper())
    if category:
        filters.append(exists().where(c.incident_id == i.id,
                                      func.lower(c.category) == category.lower()))
    if model:
        filters.append(exists().where(c.incident_id == i.id,
                                      func.lower(c.model) == model.lower()))
    if region:
        a, p = attacks.c, places.c
        filters.append(exists().where(
            c.incident_id == i.id, c.field.is_(None), a.document_id == c.document_id,
            a.attack_key == c.attack_key, p.attack_id == a.id,
            or_(*(contains_ci(column, region) for column in (p.name, p.admin1, p.text)))))
    if source:
        filters.append(exists().where(c.incident_id == i.id, c.field.is_(None),
                                      documents.c.id == c.document_id,
                                      contains_ci(documents.c.source, source)))
    stmt = select(i.id)
    if filters:
        stmt = stmt.where(and_(*filters))
    if sort == "day":
        return stmt.order_by(i.day.asc().nulls_last(), i.id)
    return stmt.order_by(i.day.desc().nulls_last(), i.id)
