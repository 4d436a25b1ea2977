"""Stored incidents as analysts read them: chosen figures beside every source's claim.

An :class:`IncidentView` is one row of ``incidents`` with its ``summary`` (the chosen
figure per key, the conflicts) and one :class:`ClaimView` per document's attack, holding
that claim's figure per key (:data:`FigureKey` = category, model, role) and whether the
incident took it. Nothing here is computed again: it is what the reconcile step wrote.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..model import COUNT_ROLES

if TYPE_CHECKING:
    from .repository import Store

__all__ = ["ClaimView", "FigureCell", "FigureKey", "IncidentView", "incident_views",
           "ordered_keys"]

FigureKey = tuple[str, str | None, str]
"""(category, model, role) as the reconcile step keys figures (``total``, ``locations``
and ``casualties`` are categories too)."""

_ROLE_ORDER = (*COUNT_ROLES, "hit_locations", "debris_locations", "killed", "injured",
               "missing")
_CATEGORY_LAST = ("total", "locations", "casualties")


@dataclass(frozen=True, slots=True)
class FigureCell:
    """One claim's figure for one key, with its evidence in the claim's document."""

    value: int | None
    qualifier: str | None
    text: str | None
    start_char: int | None
    end_char: int | None
    chosen: bool

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier, "text": self.text,
                "start_char": self.start_char, "end_char": self.end_char,
                "chosen": self.chosen}


@dataclass(slots=True)
class ClaimView:
    """One document's report of the incident (one of its attacks)."""

    document_id: int
    source: str | None
    published: str | None
    url: str | None
    title: str | None
    attack_key: str | None
    source_rank: str | None
    reported_by: str | None
    period: dict[str, Any]
    figures: dict[FigureKey, FigureCell] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "source": self.source,
                "published": self.published, "url": self.url, "title": self.title,
                "attack_key": self.attack_key, "source_rank": self.source_rank,
                "reported_by": self.reported_by, "period": self.period,
                "figures": [{"category": k[0], "model": k[1], "role": k[2], **cell.to_dict()}
                            for k, cell in self.figures.items()]}


@dataclass(slots=True)
class IncidentView:
    """One stored incident with its claims (best source first)."""

    id: int
    key: str
    day: date | None
    attacker: str | None
    target: str | None
    period_start: str | None
    period_end: str | None
    summary: dict[str, Any]
    claims: list[ClaimView] = field(default_factory=list)
    claims_total: int | None = None  # when only some claims were read: how many there are

    @property
    def chosen(self) -> dict[FigureKey, dict[str, Any]]:
        """The incident's figure per key (value, qualifier, reason, conflict, ...)."""
        return {(f["category"], f["model"], f["role"]): f
                for f in self.summary.get("figures", [])}

    @property
    def conflicts(self) -> dict[FigureKey, bool]:
        """The keys on which the claims disagree -> whether all figures can be true."""
        return {(c["category"], c["model"], c["role"]): bool(c["consistent"])
                for c in self.summary.get("conflicts", [])}

    def figure_keys(self) -> list[FigureKey]:
        """Every key a claim gives a figure for, in reading order."""
        found = set(self.chosen)
        for claim in self.claims:
            found.update(claim.figures)
        return ordered_keys(found)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key,
                "day": None if self.day is None else self.day.isoformat(),
                "attacker": self.attacker, "target": self.target,
                "period": {"start": self.period_start, "end": self.period_end,
                           **self.summary.get("period", {})},
                "documents": self.summary.get("documents"),
                "figures": self.summary.get("figures", []),
                "conflicts": self.summary.get("conflicts", []),
                "places": self.summary.get("places", []),
                "claims_total": len(self.claims) if self.claims_total is None
                else self.claims_total,
                "claims": [c.to_dict() for c in self.claims]}


def ordered_keys(keys: Collection[FigureKey]) -> list[FigureKey]:
    """Weapons first (by category, then model), totals, locations and casualties last."""
    def order(key: FigureKey) -> tuple[int, str, str, int]:
        category, model, role = key
        last = _CATEGORY_LAST.index(category) + 1 if category in _CATEGORY_LAST else 0
        rank = _ROLE_ORDER.index(role) if role in _ROLE_ORDER else len(_ROLE_ORDER)
        return last, category, model or "", rank

    return sorted(keys, key=order)


def incident_views(store: Store, *, ids: Collection[int] | None = None,
                   since: date | None = None, until: date | None = None,
                   attacker: str | None = None, target: str | None = None,
                   limit: int | None = None, claims_per_incident: int | None = None
                   ) -> list[IncidentView]:
    """Stored incidents (newest day first), or the ones with these ``incidents.id``s.

    ``claims_per_incident``: read only the first claims of each incident (best source
    first) and those whose figures were chosen, and note how many there are in
    ``claims_total`` (a night reported by hundreds of documents has hundreds of claims)."""
    rows = store.incidents(since=since, until=until, attacker=attacker, target=target,
                           limit=limit, ids=ids).records()
    views = {r["incident_id"]: IncidentView(
        id=r["incident_id"], key=r["incident_key"], day=r["day"], attacker=r["attacker"],
        target=r["target"], period_start=r["period_start"], period_end=r["period_end"],
        summary=dict(r["summary"] or {})) for r in rows}
    if claims_per_incident is None:
        _add_claims(views, store.incident_claims(list(views)).records())
    else:
        _add_some_claims(store, views, claims_per_incident)
    return list(views.values())


def _add_some_claims(store: Store, views: dict[int, IncidentView], per_incident: int) -> None:
    from . import incident_queries as queries
    from .paging import fetch_rows

    keys: set[tuple[int, int, str]] = set()
    for chunk in queries.chunks(views):
        for incident_id, count in fetch_rows(store, queries.claim_counts_statement(chunk)):
            views[incident_id].claims_total = int(count)
        if per_incident > 0:
            keys.update((int(i), int(d), str(a)) for i, d, a in fetch_rows(
                store, queries.claim_members_statement(chunk, per_incident)))
    for view in views.values():
        view.claims_total = view.claims_total or 0
        if per_incident > 0:  # the claims whose figures the incident took are always shown
            keys.update((view.id, int(f["document_id"]), str(f["attack_key"]))
                        for f in view.summary.get("figures", [])
                        if f.get("document_id") is not None and f.get("attack_key"))
    # per incident, the claims' documents (incident and document ids both have an index);
    # the rows of other attacks of those documents are dropped here
    by_incident: dict[int, set[int]] = {}
    for incident_id, document_id, _ in keys:
        by_incident.setdefault(incident_id, set()).add(document_id)
    found: list[dict[str, Any]] = []
    for chunk in queries.chunks(by_incident):
        documents = sorted({d for i in chunk for d in by_incident[i]})
        for start in range(0, len(documents), queries.CHUNK):
            rows = fetch_rows(store, queries.some_claims_statement(
                chunk, documents[start:start + queries.CHUNK])).records()
            found.extend(r for r in rows
                         if (r["incident_id"], r["document_id"], r["attack_key"]) in keys)
    found.sort(key=lambda r: (r["incident_id"], r["row_id"]))  # the stored order
    _add_claims(views, found)


def _add_claims(views: dict[int, IncidentView], records: list[dict[str, Any]]) -> None:
    """Claim rows (a claim's row, then its figures' rows) into their incidents' views."""
    claims: dict[tuple[int, int, str | None], ClaimView] = {}
    for row in records:
        where = (row["incident_id"], row["document_id"], row["attack_key"])
        data = dict(row["data"] or {})
        if row["field"] is None:
            claims[where] = ClaimView(
                document_id=row["document_id"], source=row["source"],
                published=row["published"], url=row["url"], title=row["title"],
                attack_key=row["attack_key"], source_rank=data.get("source_rank"),
                reported_by=row["reported_by"], period=data.get("period") or {})
            views[row["incident_id"]].claims.append(claims[where])
            continue
        claim = claims.get(where)
        if claim is not None:  # a figure row follows its claim's row
            claim.figures[(row["category"], row["model"], row["field"])] = FigureCell(
                value=row["value"], qualifier=row["qualifier"], text=data.get("text"),
                start_char=row["start_char"], end_char=row["end_char"],
                chosen=bool(data.get("chosen")))
