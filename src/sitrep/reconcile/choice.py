"""An incident's figures: one chosen per key by the stated rule, every disagreement kept.

See the rule table in :mod:`sitrep.reconcile`. Keys first: a weapon category that every
claim counts with a single figure is one key, even where only some claims name the
model ("230 drones" in a wire story and "230 Shahed-type drones" in the Air Force's post
are the same count). Then, per key, the claimed figures are sorted by
:func:`~sitrep.reconcile.ranking.precedence`; the first is the incident's figure, and
if any claimed figure differs from it the key gets a :class:`FigureConflict` listing all
of them. A conflict is ``consistent`` when every figure can be true at once ("about
100" and "97"), otherwise it is a contradiction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Count
from ..rules import load_reconcile
from .ranking import SourceRank, precedence, why_first
from .records import LOCATIONS, TOTAL, Claim, FigureKey

__all__ = ["ChosenFigure", "ClaimedFigure", "FigureConflict", "choose_figures", "unified_keys"]


@dataclass(frozen=True, slots=True)
class ClaimedFigure:
    """One claim's figure for a key, with the claim's source rank."""

    claim: Claim
    figure: Count
    rank: SourceRank

    def to_dict(self) -> dict[str, Any]:
        return {**self.claim.document.to_dict(), "attack_id": self.claim.attack_id,
                "reported_by": self.claim.reported_by, "source_rank": self.rank.label,
                **self.figure.to_dict()}


@dataclass(frozen=True, slots=True)
class ChosenFigure:
    """The incident's figure for one key and why it was chosen."""

    key: FigureKey
    chosen: ClaimedFigure
    reason: str
    agreeing: int  # claims that give this very figure
    claims: int  # claims that give a figure for the key
    conflict: bool

    @property
    def value(self) -> int | None:
        return self.chosen.figure.value

    @property
    def qualifier(self) -> str:
        return self.chosen.figure.qualifier

    def to_dict(self) -> dict[str, Any]:
        return {**self.key.to_dict(), "reason": self.reason, "agreeing": self.agreeing,
                "claims": self.claims, "conflict": self.conflict, **self.chosen.to_dict()}


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Claims that give different figures for one key; all are kept, best first."""

    key: FigureKey
    values: tuple[ClaimedFigure, ...]
    consistent: bool

    def to_dict(self) -> dict[str, Any]:
        return {**self.key.to_dict(), "consistent": self.consistent,
                "values": [v.to_dict() for v in self.values]}


def unified_keys(claims: Sequence[Claim]) -> dict[tuple[int, FigureKey], FigureKey]:
    """Each claim's keys mapped to the incident's keys (see the module docstring)."""
    models: dict[str, list[set[str | None]]] = {}
    for claim in claims:
        per_category: dict[str, set[str | None]] = {}
        for key, _ in claim.figures:
            if key.category not in (TOTAL, LOCATIONS):
                per_category.setdefault(key.category, set()).add(key.model)
        for category, found in per_category.items():
            models.setdefault(category, []).append(found)
    single: dict[str, str | None] = {}
    for category, sets in models.items():
        named = {m for found in sets for m in found} - {None}
        if all(len(found) == 1 for found in sets) and len(named) <= 1:
            single[category] = next(iter(named), None)
    out: dict[tuple[int, FigureKey], FigureKey] = {}
    for n, claim in enumerate(claims):
        for key, _ in claim.figures:
            if key.category in single:
                out[n, key] = FigureKey(key.category, single[key.category], key.role)
            else:
                out[n, key] = key
    return out


def _bounds(figure: Count, tolerance: float) -> tuple[float, float]:
    value = figure.value
    if value is None or figure.qualifier == "vague":
        return 0.0, math.inf
    return {
        "exact": (value, value),
        "about": (value * (1 - tolerance), value * (1 + tolerance)),
        "at_least": (value, math.inf),
        "more_than": (value + 1, math.inf),
        "at_most": (0.0, value),
    }.get(figure.qualifier, (0.0, math.inf))


def consistent(figures: Sequence[Count]) -> bool:
    """Whether one number can make every figure true."""
    tolerance = load_reconcile().about_tolerance
    bounds = [_bounds(f, tolerance) for f in figures]
    return max(lo for lo, _ in bounds) <= min(hi for _, hi in bounds)


def choose_figures(claims: Sequence[Claim], ranks: Mapping[int, SourceRank]
                   ) -> tuple[list[ChosenFigure], list[FigureConflict]]:
    """The incident's figures and conflicts; ``ranks`` holds each claim's source rank."""
    keys = unified_keys(claims)
    by_key: dict[FigureKey, list[ClaimedFigure]] = {}
    for n, claim in enumerate(claims):
        for key, figure in claim.figures:
            by_key.setdefault(keys[n, key], []).append(ClaimedFigure(claim, figure, ranks[n]))
    chosen: list[ChosenFigure] = []
    conflicts: list[FigureConflict] = []
    for key, found in by_key.items():
        order = sorted(found, key=lambda c: precedence(c.claim, c.figure, c.rank))
        best = order[0]
        differing = [c for c in order if not c.figure.same_figure(best.figure)]
        agreeing = len(order) - len(differing)
        if differing:
            first = precedence(best.claim, best.figure, best.rank)
            other = differing[0]
            reason = why_first(first, precedence(other.claim, other.figure, other.rank))
            conflicts.append(FigureConflict(key, tuple(order),
                                            consistent([c.figure for c in order])))
        else:
            reason = "one claim" if len(order) == 1 else f"all {len(order)} claims agree"
        chosen.append(ChosenFigure(key, best, reason, agreeing, len(order), bool(differing)))
    return chosen, conflicts
