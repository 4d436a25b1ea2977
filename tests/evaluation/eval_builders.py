"""Builders of hand-made gold and predicted attacks (no extractor, no ../shared).

A plain module with a unique name (not ``conftest``), so that tests import it directly.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import COUNT_ROLES


def count(value: int | None, qualifier: str = "exact") -> dict[str, Any]:
    """A ``sitrep/1`` count object (offsets are irrelevant to scoring)."""
    return {"value": value, "qualifier": "vague" if value is None else qualifier,
            "text": str(value), "start_char": 0, "end_char": 1}


def weapon(category: str, model: str | None = None, **roles: int | None) -> dict[str, Any]:
    """A ``sitrep/1`` weapon: every role present, ``None`` where no figure was found."""
    out: dict[str, Any] = {"category": category, "model": model, "mention": None}
    for role in COUNT_ROLES:
        out[role] = count(roles[role]) if role in roles else None
    return out


def attack(attacker: str | None = "RU", target: str | None = "UA", *weapons: dict[str, Any],
           kind: str | None = None, totals: dict[str, int | None] | None = None,
           hit_locations: int | None = None, debris_locations: int | None = None
           ) -> dict[str, Any]:
    """A ``sitrep/1`` attack dict, as ``Attack.to_dict()`` gives it."""
    return {
        "id": "x-a1",
        "attacker": attacker,
        "target": target,
        "period": {"start": None, "end": None, "resolved": False, "text": None,
                   "start_char": None, "end_char": None, "kind": kind},
        "reported_by": None,
        "weapons": list(weapons),
        "totals": {role: count((totals or {})[role]) if role in (totals or {}) else None
                   for role in COUNT_ROLES},
        "hit_locations": None if hit_locations is None else count(hit_locations),
        "debris_locations": None if debris_locations is None else count(debris_locations),
        "attacker_evidence": None,
        "target_evidence": None,
        "conflicts": [],
    }


def night_gold() -> dict[str, Any]:
    """A gold document: one night with a per-type breakdown, totals and locations."""
    return {
        "id": "g1",
        "text": "Russia launched 230 drones and 12 missiles overnight ...",
        "published": "2025-09-03T10:30",
        "attacks": [{
            "attacker": "RU", "target": "UA", "period_kind": "overnight",
            "weapons": [
                {"category": "drone", "model": None, "launched": 230, "destroyed": 205},
                {"category": "missile", "model": None, "launched": 12, "hit": 3},
            ],
            "totals": {"launched": 242},
            "hit_locations": 7,
        }],
        "note": "test",
    }
