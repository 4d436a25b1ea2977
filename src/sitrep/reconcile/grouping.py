"""Grouping claims into incidents: same sides, the same night, compatible weapons.

Two claims are *compatible* when their attackers agree and their targets agree (an
unknown side agrees with any), their resolved periods match (:func:`periods_match`) and
they share a weapon family or one of them gives no per-weapon figure. Incidents are the
connected groups of compatible claims, built by a sweep over the claims sorted by period
start, so only claims whose periods overlap, and that can match at all (two nights; two
longer periods that start on the same day), are ever compared. A group never holds two
different attackers or two different targets, even through claims with an unknown side.
A claim without a resolved period stays an incident of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from ..rules import load_reconcile
from .moments import overlap_hours, parse_moment
from .records import Claim

__all__ = ["family_of", "group_claims", "periods_match"]


@cache
def family_of() -> dict[str, str]:
    """Weapon category -> family ("cruise_missile" -> "missiles"), from reconcile.json."""
    return {category: family for family, categories in load_reconcile().families.items()
            for category in categories}


def families(claim: Claim) -> frozenset[str]:
    """The weapon families the claim gives figures for."""
    of = family_of()
    return frozenset(of[k.category] for k, _ in claim.figures if k.category in of)


def periods_match(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    """Whether two resolved periods are the same night (or the same longer summary)."""
    rules = load_reconcile()
    hours_a = (a[1] - a[0]).total_seconds() / 3600
    hours_b = (b[1] - b[0]).total_seconds() / 3600
    nightly_a, nightly_b = hours_a <= rules.night_hours, hours_b <= rules.night_hours
    if nightly_a and nightly_b:
        shared = overlap_hours(a, b)
        return shared >= 0 and shared >= rules.min_overlap * min(hours_a, hours_b)
    if nightly_a or nightly_b:
        return False  # a night is never merged into a month's total
    slack = abs((a[1] - b[1]).total_seconds()) / 3600
    return a[0].date() == b[0].date() and slack <= rules.summary_end_slack_hours


@dataclass(slots=True)
class _Item:
    claim: Claim
    span: tuple[datetime, datetime]
    families: frozenset[str]


def _compatible(a: _Item, b: _Item) -> bool:
    ca, cb = a.claim, b.claim
    for x, y in ((ca.attacker, cb.attacker), (ca.target, cb.target)):
        if x is not None and y is not None and x != y:
            return False
    if a.families and b.families and not a.families & b.families:
        return False
    return periods_match(a.span, b.span)


class _Groups:
    """Union-find over items that keeps one known attacker and one known target per group."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.parent = list(range(len(items)))
        self.sides = [({i.claim.attacker} - {None}, {i.claim.target} - {None}) for i in items]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        attackers = self.sides[a][0] | self.sides[b][0]
        targets = self.sides[a][1] | self.sides[b][1]
        if len(attackers) > 1 or len(targets) > 1:
            return
        self.parent[b] = a
        self.sides[a] = (attackers, targets)


def group_claims(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims grouped into incidents, in order of period start (unresolved last)."""
    items: list[_Item] = []
    alone: list[Claim] = []
    for claim in claims:
        if claim.start is None or claim.end is None:
            alone.append(claim)
            continue
        span = (parse_moment(claim.start, end=False), parse_moment(claim.end, end=True))
        items.append(_Item(claim, span, families(claim)))
    items.sort(key=lambda i: (i.span[0], i.span[1], i.claim.document.id, i.claim.attack_id))
    groups = _Groups(items)
    # a night never matches a longer period, and two longer periods match only when they
    # start on the same day: each claim is compared with the still-open claims of its own
    # lane (nights; longer periods by start day), in the same order as over all of them
    # (a claim already in the group of an open claim needs no comparison with it: the
    # join would change nothing; a night reported by hundreds of documents is then
    # compared about once per claim, not once per pair)
    night_hours = load_reconcile().night_hours
    ends = [item.span[1] for item in items]
    lanes: dict[object, list[int]] = {}
    for n, item in enumerate(items):
        start = item.span[0]
        hours = (item.span[1] - start).total_seconds() / 3600
        lane = "night" if hours <= night_hours else start.date()
        active = [m for m in lanes.get(lane, ()) if ends[m] >= start]
        for m in active:
            if groups.find(m) != groups.find(n) and _compatible(items[m], item):
                groups.join(m, n)
        active.append(n)
        lanes[lane] = active
    by_root: dict[int, list[Claim]] = {}
    for n, item in enumerate(items):
        by_root.setdefault(groups.find(n), []).append(item.claim)
    return [*by_root.values(), *([c] for c in alone)]
