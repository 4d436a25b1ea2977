"""Incidents: one attack as all documents report it, with its chosen figures."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Place
from .choice import ChosenFigure, FigureConflict, choose_figures
from .grouping import group_claims
from .ranking import SourceRank, claim_order, source_judge
from .reading import ResultDocument, load_result
from .records import Claim, FigureKey

if TYPE_CHECKING:
    from ..model import DocumentResult

__all__ = ["Incident", "build_incident", "reconcile"]


@dataclass(frozen=True, slots=True)
class Incident:
    """One attack reported by one or more documents.

    ``claims`` are every document's version, best source first (``lead`` is the first:
    its period is the incident's); ``figures`` the chosen figure per key; ``conflicts``
    every key on which the claims disagree; ``places`` the places of all claims (one
    per name and role).
    """

    id: str
    attacker: str | None
    target: str | None
    start: str | None
    end: str | None
    claims: tuple[Claim, ...]
    ranks: tuple[SourceRank, ...]
    figures: tuple[ChosenFigure, ...]
    conflicts: tuple[FigureConflict, ...]
    places: tuple[Place, ...]

    @property
    def lead(self) -> Claim:
        return self.claims[0]

    def figure(self, category: str, model: str | None, role: str) -> ChosenFigure | None:
        """The chosen figure for one key, or ``None``."""
        key = FigureKey(category, model, role)
        return next((f for f in self.figures if f.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead
        return {
            "id": self.id, "attacker": self.attacker, "target": self.target,
            "period": {"start": self.start, "end": self.end, "text": lead.period_text,
                       "kind": lead.period_kind, "document_id": lead.document.id},
            "figures": [f.to_dict() for f in self.figures],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "claims": [{**c.to_dict(), "source_rank": r.label}
                       for c, r in zip(self.claims, self.ranks, strict=True)],
            "places": [p.to_dict() for p in self.places],
        }


def build_incident(claims: Sequence[Claim]) -> Incident:
    """One incident of claims already grouped (by :func:`reconcile`, or as stored)."""
    judge = source_judge()
    ranked = sorted(((judge.rank(c), c) for c in claims),
                    key=lambda rc: claim_order(rc[1], rc[0]))
    ordered = [c for _, c in ranked]
    ranks = {n: r for n, (r, _) in enumerate(ranked)}
    figures, conflicts = choose_figures(ordered, ranks)
    ids = sorted(f"{c.document.id}/{c.attack_id}" for c in ordered)
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:16]
    places: dict[tuple[str, str], Place] = {}
    for claim in ordered:
        for place in claim.places:
            places.setdefault((place.name, place.role), place)
    lead = ordered[0]
    return Incident(
        id=f"incident-{digest}",
        attacker=next((c.attacker for c in ordered if c.attacker), None),
        target=next((c.target for c in ordered if c.target), None),
        start=lead.start, end=lead.end, claims=tuple(ordered),
        ranks=tuple(r for r, _ in ranked), figures=tuple(figures),
        conflicts=tuple(conflicts), places=tuple(places.values()))


def reconcile(documents: Iterable[ResultDocument | Mapping[str, Any] | DocumentResult]
              ) -> list[Incident]:
    """Group the attacks of many documents into incidents, in order of period start.

    ``documents`` are ``sitrep/1`` results (dicts, :class:`~sitrep.model.DocumentResult`
    or :class:`~sitrep.reconcile.ResultDocument`); one that does not fit the contract
    raises :class:`~sitrep.errors.InputError` (read them with
    :func:`~sitrep.reconcile.read_results` to skip bad ones instead).
    """
    claims = [claim for doc in documents for claim in load_result(doc).claims]
    return [build_incident(group) for group in group_claims(claims)]
