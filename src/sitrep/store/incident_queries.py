"""The SELECTs the reconcile step and the incident views need (bound parameters only).

Reconciling works by days: which documents have attacks filed under some days, which
documents already share an incident with some documents, which attacks no incident holds
yet. Lists of ids are sent in chunks (:func:`chunks`), so a run over a hundred thousand
documents never builds one enormous ``IN``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date
from typing import Any

from sqlalchemy import Select, distinct, exists, func, select, union

from .queries import day_range
from .tables import attacks, documents, incident_claims, incidents

__all__ = [
    "CHUNK",
    "attack_days_statement",
    "attack_documents_statement",
    "chunks",
    "claim_counts_statement",
    "claim_members_statement",
    "claims_statement",
    "documents_per_day_statement",
    "incident_days_statement",
    "incident_documents_statement",
    "some_claims_statement",
    "unreconciled_statement",
]

#: Ids per ``IN`` list (well below every backend's limit on bound parameters).
CHUNK = 500

Statement = Select[Any]


def chunks(ids: Collection[int]) -> Iterator[list[int]]:
    """The ids, sorted, in lists of at most :data:`CHUNK`."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def attack_days_statement(document_ids: list[int] | None = None) -> Statement:
    """The distinct days attacks are filed under (of some documents, or of all)."""
    stmt = select(attacks.c.day).distinct()
    if document_ids is not None:
        stmt = stmt.where(attacks.c.document_id.in_(document_ids))
    return stmt


def attack_documents_statement(since: date | None, until: date | None, *,
                               undated: bool = False) -> Any:
    """Documents with an attack filed under a day of the span, or holding a claim of an
    incident filed under one (``undated``: under no day)."""
    claimed = (select(incident_claims.c.document_id)
               .join(incidents, incidents.c.id == incident_claims.c.incident_id))
    attacked = select(attacks.c.document_id)
    if undated:
        return union(attacked.where(attacks.c.day.is_(None)),
                     claimed.where(incidents.c.day.is_(None)))
    return union(attacked.where(*day_range(attacks.c.day, since, until)),
                 claimed.where(*day_range(incidents.c.day, since, until)))


def documents_per_day_statement() -> Select[date | None, int]:
    """How many documents have an attack filed under each day."""
    return (select(attacks.c.day, func.count(distinct(attacks.c.document_id)))
            .group_by(attacks.c.day))


def incident_days_statement() -> Statement:
    """The distinct days incidents are filed under."""
    return select(incidents.c.day).distinct()


def incident_documents_statement(document_ids: list[int]) -> Statement:
    """Every document of the incidents that hold a claim of one of ``document_ids``."""
    touched = select(incident_claims.c.incident_id).where(
        incident_claims.c.document_id.in_(document_ids))
    return select(incident_claims.c.document_id).distinct().where(
        incident_claims.c.incident_id.in_(touched))


def _claim_rows() -> Select[Any]:
    """Claim rows with their documents' source, time and URL, in stored order."""
    c, d = incident_claims.c, documents.c
    return (select(c.incident_id, incidents.c.incident_key, c.document_id, d.content_hash,
                   d.source, d.published, d.url, d.title, c.attack_key, c.field, c.category,
                   c.model, c.value, c.qualifier, c.reported_by, c.start_char, c.end_char,
                   c.data, c.id.label("row_id"))
            .select_from(incident_claims.join(documents, d.id == c.document_id)
                         .join(incidents, incidents.c.id == c.incident_id))
            .order_by(c.incident_id, c.id))


def claims_statement(incident_ids: list[int], *, members_only: bool = False) -> Statement:
    """The claims of some incidents with their documents' source, time and URL.

    ``members_only``: one row per claim (the attack as a whole), without its figures.
    """
    c = incident_claims.c
    stmt = _claim_rows().where(c.incident_id.in_(incident_ids))
    if members_only:
        stmt = stmt.where(c.field.is_(None))
    return stmt


def claim_members_statement(incident_ids: list[int], per_incident: int) -> Statement:
    """The first ``per_incident`` claims (attacks) of each incident, in stored order (best
    source first): ``incident_id, document_id, attack_key``."""
    c = incident_claims.c
    ranked = (select(c.incident_id, c.document_id, c.attack_key,
                     func.row_number().over(partition_by=c.incident_id,
                                            order_by=c.id).label("rank"))
              .where(c.incident_id.in_(incident_ids), c.field.is_(None))
              .subquery())
    return (select(ranked.c.incident_id, ranked.c.document_id, ranked.c.attack_key)
            .where(ranked.c.rank <= per_incident))


def claim_counts_statement(incident_ids: list[int]) -> Statement:
    """How many claims (attacks) each incident holds."""
    c = incident_claims.c
    return (select(c.incident_id, func.count())
            .where(c.incident_id.in_(incident_ids), c.field.is_(None))
            .group_by(c.incident_id))


def some_claims_statement(incident_ids: list[int], document_ids: list[int]) -> Statement:
    """The rows (members and figures) of the claims these documents make in these
    incidents, as :func:`claims_statement` gives them (both lists use an index)."""
    c = incident_claims.c
    return _claim_rows().where(c.incident_id.in_(incident_ids),
                               c.document_id.in_(document_ids))


def unreconciled_statement(since: date | None, until: date | None) -> Statement:
    """Documents with an attack in the span that no incident holds a claim of."""
    claimed = exists().where(incident_claims.c.document_id == attacks.c.document_id)
    return (select(attacks.c.document_id).distinct()
            .where(~claimed, *day_range(attacks.c.day, since, until)))
