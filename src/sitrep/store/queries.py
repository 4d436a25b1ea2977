"""The SELECTs behind the store's queries; every filter value is a bound parameter.

Text filters match case-insensitively anywhere in the field ("Sybiha" finds "Andrii
Sybiha"); ``%`` and ``_`` in them are plain characters. Codes (attacker, target, event type)
match exactly, whatever their case. ``since``/``until`` include both days.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    distinct,
    exists,
    func,
    or_,
    select,
)

from ..model import COUNT_ROLES
from .tables import (
    FIGURE_SUFFIXES,
    attack_weapons,
    attacks,
    documents,
    events,
    incident_claims,
    incidents,
    places,
    quotes,
)

__all__ = [
    "attacks_statement",
    "contains_ci",
    "day_range",
    "events_statement",
    "incidents_statement",
    "quotes_statement",
]

Statement = Select[tuple[Any, ...]]


def contains_ci(column: Any, value: str) -> ColumnElement[bool]:
    """``column`` holds ``value``, ignoring case (SQLite's ``lower`` is made Unicode-aware)."""
    return func.lower(column).contains(value.lower(), autoescape=True)


def _any_contains(columns: tuple[Any, ...], value: str) -> ColumnElement[bool]:
    return or_(*(contains_ci(c, value) for c in columns))


def _code(column: Any, value: str) -> ColumnElement[bool]:
    return func.upper(column) == value.upper()


def day_range(column: Any, since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Filters that keep ``column`` between ``since`` and ``until`` (either may be open)."""
    out = []
    if since is not None:
        out.append(column >= since)
    if until is not None:
        out.append(column <= until)
    return out


def _finish(stmt: Statement, filters: list[ColumnElement[bool]], limit: int | None
            ) -> Statement:
    if filters:
        stmt = stmt.where(and_(*filters))
    return stmt.limit(limit) if limit else stmt


_DOCUMENT_COLUMNS = (documents.c.id.label("document_id"), documents.c.source,
                     documents.c.published, documents.c.url)


def _figure_columns(table: Any, name: str) -> list[Any]:
    return [table.c[name + suffix] for suffix in FIGURE_SUFFIXES]


def attacks_statement(*, since: date | None = None, until: date | None = None,
                      attacker: str | None = None, target: str | None = None,
                      category: str | None = None, model: str | None = None,
                      region: str | None = None, source: str | None = None,
                      reporter: str | None = None, limit: int | None = None) -> Statement:
    """One row per weapon (or totals) row of each attack, newest day first."""
    a, w = attacks.c, attack_weapons.c
    columns = [*_DOCUMENT_COLUMNS, a.attack_key.label("attack"), a.day, a.attacker, a.target,
               a.period_start, a.period_end, a.period_kind, a.period_resolved, a.reported_by,
               w.row_kind, w.category, w.model]
    for role in COUNT_ROLES:
        columns += _figure_columns(attack_weapons, role)
    columns += _figure_columns(attacks, "hit_locations")
    columns += _figure_columns(attacks, "debris_locations")
    columns.append(a.conflicts)
    stmt = (select(*columns)
            .select_from(attacks.join(documents, documents.c.id == a.document_id)
                         .outerjoin(attack_weapons, w.attack_id == a.id))
            .order_by(a.day.desc().nulls_last(), a.document_id, a.ordinal, w.ordinal))
    filters = day_range(a.day, since, until)
    if attacker:
        filters.append(_code(a.attacker, attacker))
    if target:
        filters.append(_code(a.target, target))
    if category:
        filters.append(func.lower(w.category) == category.lower())
    if model:
        filters.append(func.lower(w.model) == model.lower())
    if region:
        p = places.c
        filters.append(exists().where(p.attack_id == a.id,
                                      _any_contains((p.name, p.admin1, p.text), region)))
    if source:
        filters.append(contains_ci(documents.c.source, source))
    if reporter:
        filters.append(contains_ci(a.reported_by, reporter))
    return _finish(stmt, filters, limit)


def quotes_statement(*, speaker: str | None = None, text: str | None = None,
                     source: str | None = None, since: date | None = None,
                     until: date | None = None, limit: int | None = None) -> Statement:
    """Quotes with their speakers, newest document first."""
    q = quotes.c
    stmt = (select(*_DOCUMENT_COLUMNS, q.speaker, q.speaker_actor_id, q.speaker_country,
                   q.speaker_sector, q.kind, q.text, q.start_char, q.end_char, q.channel,
                   q.cue, q.speaker_text, q.speaker_start, q.speaker_end)
            .select_from(quotes.join(documents, documents.c.id == q.document_id))
            .order_by(documents.c.published_date.desc().nulls_last(), q.document_id,
                      q.ordinal))
    filters = day_range(documents.c.published_date, since, until)
    if speaker:
        filters.append(_any_contains((q.speaker, q.speaker_text, q.speaker_actor_id), speaker))
    if text:
        filters.append(contains_ci(q.text, text))
    if source:
        filters.append(contains_ci(documents.c.source, source))
    return _finish(stmt, filters, limit)


def events_statement(*, type: str | None = None, actor: str | None = None,
                     status: str | None = None, source: str | None = None,
                     since: date | None = None, until: date | None = None,
                     limit: int | None = None) -> Statement:
    """Political and military events, newest first (by their date, else publication)."""
    e = events.c
    day = func.coalesce(e.date, documents.c.published_date)
    stmt = (select(*_DOCUMENT_COLUMNS, day.label("day"), e.type, e.mode, e.status,
                   e.cameo_root, e.source_actor, e.source_country, e.target_actor,
                   e.target_country, e.location, e.text, e.start_char, e.end_char, e.cue,
                   e.source_actor_id, e.target_actor_id, e.location_admin1)
            .select_from(events.join(documents, documents.c.id == e.document_id))
            .order_by(day.desc().nulls_last(), e.document_id, e.ordinal))
    filters = day_range(day, since, until)
    if type:
        filters.append(_code(e.type, type))
    if actor:
        filters.append(_any_contains((e.source_actor, e.target_actor, e.source_actor_id,
                                      e.target_actor_id), actor))
    if status:
        filters.append(func.lower(e.status) == status.lower())
    if source:
        filters.append(contains_ci(documents.c.source, source))
    return _finish(stmt, filters, limit)


def incidents_statement(*, since: date | None = None, until: date | None = None,
                        attacker: str | None = None, target: str | None = None,
                        kind: str | None = None, limit: int | None = None,
                        ids: list[int] | None = None) -> Statement:
    """Incidents with how many claims and documents stand behind each, newest first
    (``ids``: only these ``incidents.id``)."""
    i, c = incidents.c, incident_claims.c
    # a claim is one document's attack: its figures are rows of their own
    claims = func.count(distinct(cast(c.document_id, String) + "/"
                                 + func.coalesce(c.attack_key, "")))
    stmt = (select(i.id.label("incident_id"), i.incident_key, i.kind, i.day, i.attacker,
                   i.target, i.period_start, i.period_end, claims.label("claims"),
                   func.count(distinct(c.document_id)).label("documents"), i.summary)
            .select_from(incidents.outerjoin(incident_claims, c.incident_id == i.id))
            .group_by(i.id)
            .order_by(i.day.desc().nulls_last(), i.id))
    filters = day_range(i.day, since, until)
    if attacker:
        filters.append(_code(i.attacker, attacker))
    if target:
        filters.append(_code(i.target, target))
    if kind:
        filters.append(func.lower(i.kind) == kind.lower())
    if ids is not None:
        filters.append(i.id.in_(ids))
    return _finish(stmt, filters, limit)
