"""One normal form for a gold attack and a predicted attack: the facts that are scored.

A fact is a hashable tuple under a field name: ``weapons.launched`` holds
``(category, model, value)``, ``totals.hit`` holds ``(value,)``, ``attacker`` holds
``("RU",)``. A ``value`` of ``None`` is a figure without a number ("dozens of drones"); a
figure that is not there at all is no fact. Facts are multisets (:class:`collections.Counter`)
so that a duplicated prediction counts as a false positive rather than vanishing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sitrep.model import COUNT_ROLES

__all__ = [
    "COUNT_FIELDS",
    "FIELDS",
    "LOCATION_FIELDS",
    "OPTIONAL_FIELDS",
    "AttackFacts",
    "Figure",
    "Slot",
    "facts_from_prediction",
]

Figure = int | None
Slot = tuple[str, str | None]
Facts = Counter[Hashable]

LOCATION_FIELDS: tuple[str, ...] = ("hit_locations", "debris_locations")
COUNT_FIELDS: tuple[str, ...] = (
    *(f"weapons.{role}" for role in COUNT_ROLES),
    *(f"totals.{role}" for role in COUNT_ROLES),
    *LOCATION_FIELDS,
)
"""Fields that hold figures; together they make the ``counts`` row."""

FIELDS: tuple[str, ...] = (
    "attacker",
    "target",
    "period_kind",
    "category",
    "model",
    *COUNT_FIELDS,
)
"""Every scored field except ``attack`` (detection) and ``counts`` (all figures)."""

OPTIONAL_FIELDS: frozenset[str] = frozenset({"period_kind"})
"""Fields scored only where the gold attack states them."""


@dataclass(frozen=True, slots=True)
class AttackFacts:
    """An attack reduced to what is scored."""

    attacker: str | None = None
    target: str | None = None
    period_kind: str | None = None
    weapons: Mapping[Slot, Mapping[str, Figure]] = field(default_factory=dict)
    totals: Mapping[str, Figure] = field(default_factory=dict)
    locations: Mapping[str, Figure] = field(default_factory=dict)
    repeated: tuple[tuple[Slot, str, Figure], ...] = ()
    """Figures of a prediction that repeat a (slot, role) already filled; each is a fact."""

    def facts(self) -> dict[str, Facts]:
        """The facts of every field in :data:`FIELDS` (empty counters included)."""
        out: dict[str, Facts] = {name: Counter() for name in FIELDS}
        if self.attacker is not None:
            out["attacker"][(self.attacker,)] += 1
        if self.target is not None:
            out["target"][(self.target,)] += 1
        if self.period_kind is not None:
            out["period_kind"][(self.period_kind,)] += 1
        for (category, model), roles in self.weapons.items():
            out["category"][(category,)] = 1
            if model is not None:
                out["model"][(model,)] = 1
            for role, value in roles.items():
                out[f"weapons.{role}"][(category, model, value)] += 1
        for (category, model), role, value in self.repeated:
            out[f"weapons.{role}"][(category, model, value)] += 1
        for role, value in self.totals.items():
            out[f"totals.{role}"][(value,)] += 1
        for name, value in self.locations.items():
            out[name][(value,)] += 1
        return out


def _figure(count: Any) -> tuple[bool, Figure]:
    """(present, value) of one ``sitrep/1`` count object (or ``None``)."""
    if count is None:
        return False, None
    value = count.get("value") if isinstance(count, Mapping) else None
    return True, value if isinstance(value, int) else None


def facts_from_prediction(attack: Mapping[str, Any]) -> AttackFacts:
    """Reduce one attack of the ``sitrep/1`` contract (``Attack.to_dict()``) to its facts.

    Two weapon entries for the same (category, model) both count: the later one's figures
    go to :attr:`AttackFacts.repeated`, so a duplicate is a false positive, not lost.
    """
    weapons: dict[Slot, dict[str, Figure]] = {}
    extra: list[tuple[Slot, str, Figure]] = []
    for weapon in attack.get("weapons") or ():
        slot: Slot = (str(weapon.get("category")), weapon.get("model"))
        roles = weapons.setdefault(slot, {})
        for role in COUNT_ROLES:
            present, value = _figure(weapon.get(role))
            if not present:
                continue
            if role in roles:
                extra.append((slot, role, value))
            else:
                roles[role] = value
    totals: dict[str, Figure] = {}
    for role in COUNT_ROLES:
        present, value = _figure((attack.get("totals") or {}).get(role))
        if present:
            totals[role] = value
    locations: dict[str, Figure] = {}
    for name in LOCATION_FIELDS:
        present, value = _figure(attack.get(name))
        if present:
            locations[name] = value
    period = attack.get("period") or {}
    return AttackFacts(
        attacker=attack.get("attacker"),
        target=attack.get("target"),
        period_kind=period.get("kind") if isinstance(period, Mapping) else None,
        weapons=weapons,
        totals=totals,
        locations=locations,
        repeated=tuple(extra),
    )
