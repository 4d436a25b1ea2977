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
                   limit: int | None = None) -> list[IncidentView]:
    """Stored incidents (newest day first), or the ones with these ``incidents.id``s."""
    rows = store.incidents(since=since, until=until, attacker=attacker, target=target,
                           limit=limit, ids=ids).records()
    views = {r["incident_id"]: IncidentView(
        id=r["incident_id"], key=r["incident_key"], day=r["day"], attacker=r["attacker"],
        target=r["target"], period_start=r["period_start"], period_end=r["period_end"],
        summary=dict(r["summary"] or {})) for r in rows}
    claims: dict[tuple[int, int, str | None], ClaimView] = {}
    for row in store.incident_claims(list(views)).records():
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
    return list(views.values())
