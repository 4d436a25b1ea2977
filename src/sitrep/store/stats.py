"""Interception statistics: launched, destroyed and hit by night, week or month.

Computed from the stored **incidents** (one per real-world attack, however many documents
report it; :mod:`sitrep.reconcile`), using each incident's *chosen* figures (its
``summary.figures``), never the raw claims, so a night reported by ten outlets counts once.

Definitions:

- A **night** is the incident's ``day``: the date its lead claim's period ends (the
  morning the overnight attack was reported: "overnight" in a story of 3 September is the
  night 2→3 September, filed under 3 September), else the day the period starts, else the
  publication day. Incidents without a day are left out. A **week** starts on Monday (ISO
  weeks) and is named by that Monday; a **month** by its first day.
- **launched**, **destroyed**, **hit** are the incident's chosen figures of those roles.
  *hit* counts **weapons** that reached their targets (the ``hit`` role), never the number
  of places hit (``hit_locations``) nor debris sites. When an incident gives no
  *destroyed* figure but gives *shot down* and/or *suppressed*, destroyed is their sum (the
  Air Force's "destroyed" is shot down plus suppressed). Vague figures ("dozens") have no
  value and are left out; "more than 50" counts as 50.
- Per **category** (drone, cruise_missile, ...): an incident's figure is the larger of the
  category's figure without a model and the sum of its per-model figures (a claim that
  says "200 drones" and one that says "180 Shahed drones" are the same drones, not 380).
- Category **all**: the incident's total ("477 drones and missiles", category ``total``)
  where it has one; otherwise the sum over weapon families, where each family (drones:
  drone, decoy, recon drone, loitering munition; missiles: missile and every kind of
  missile) counts the larger of its generic figure ("six missiles") and the sum of its
  specific ones ("six Kh-101"), so that one salvo named twice is counted once.
- **interception_rate** is destroyed / launched summed over the incidents of the row that
  give **both** figures (an incident that gives only a destroyed figure, as a defence
  ministry's "41 drones destroyed" does, would otherwise raise the rate); ``None`` when no
  incident of the row gives both, or they launched nothing. ``launched``, ``destroyed`` and
  ``hit`` are sums over every incident that gives them (``None`` when none does).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..model import WEAPON_CATEGORIES
from .paging import fetch_rows
from .queries import day_range
from .tables import incidents

if TYPE_CHECKING:
    from .repository import Store

__all__ = ["ALL", "PERIODS", "InterceptionRow", "incidents_fingerprint", "interception_stats",
           "period_start"]

PERIODS = ("night", "week", "month")
ALL = "all"
_ROLES = ("launched", "destroyed", "hit")
_FAMILIES: dict[str, tuple[str, ...]] = {
    "drone": ("decoy_drone", "recon_drone", "loitering_munition"),
    "missile": ("cruise_missile", "ballistic_missile", "aeroballistic_missile",
                "guided_missile", "anti_ship_missile"),
}
_IN_FAMILY = {c for specific in _FAMILIES.values() for c in specific}

Figures = Mapping[tuple[str, str | None, str], int]


@dataclass(slots=True)
class InterceptionRow:
    """One period and category: sums over its incidents (see the module docstring)."""

    period_start: date
    category: str
    incidents: int = 0
    launched: int | None = None
    destroyed: int | None = None
    hit: int | None = None
    paired_launched: int = 0
    paired_destroyed: int = 0

    @property
    def interception_rate(self) -> float | None:
        if not self.paired_launched:
            return None
        return round(self.paired_destroyed / self.paired_launched, 4)

    def add(self, figures: Mapping[str, int | None]) -> None:
        self.incidents += 1
        for role in _ROLES:
            value = figures.get(role)
            if value is not None:
                setattr(self, role, (getattr(self, role) or 0) + value)
        launched, destroyed = figures.get("launched"), figures.get("destroyed")
        if launched is not None and destroyed is not None:
            self.paired_launched += launched
            self.paired_destroyed += destroyed

    def to_dict(self) -> dict[str, Any]:
        return {"period_start": self.period_start.isoformat(), "category": self.category,
                "incidents": self.incidents, "launched": self.launched,
                "destroyed": self.destroyed, "hit": self.hit,
                "interception_rate": self.interception_rate}


def period_start(day: date, period: str) -> date:
    """The first day of the night (the day itself), ISO week (Monday) or month of ``day``."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def _chosen(summary: Mapping[str, Any] | None) -> dict[tuple[str, str | None, str], int]:
    out: dict[tuple[str, str | None, str], int] = {}
    for figure in (summary or {}).get("figures") or []:
        value = figure.get("value")
        if isinstance(value, int) and not isinstance(value, bool):
            out[(str(figure.get("category")), figure.get("model"), str(figure.get("role")))] = value
    return out


def _largest(*values: int | None) -> int | None:
    given = [v for v in values if v is not None]
    return max(given) if given else None


def _sum(values: Iterable[int | None]) -> int | None:
    given = [v for v in values if v is not None]
    return sum(given) if given else None


def _category_value(figures: Figures, category: str, role: str) -> int | None:
    generic = figures.get((category, None, role))
    models = _sum(v for (c, m, r), v in figures.items()
                  if c == category and r == role and m is not None)
    return _largest(generic, models)


def _role_value(figures: Figures, category: str, role: str) -> int | None:
    value = _category_value(figures, category, role)
    if value is None and role == "destroyed":
        return _sum(_category_value(figures, category, r) for r in ("shot_down", "suppressed"))
    return value


def _all_value(figures: Figures, categories: set[str], role: str) -> int | None:
    total = _role_value(figures, "total", role)
    if total is not None:
        return total
    parts = [_largest(_role_value(figures, generic, role),
                      _sum(_role_value(figures, c, role) for c in specific))
             for generic, specific in _FAMILIES.items()]
    parts += [_role_value(figures, c, role) for c in categories
              if c not in _FAMILIES and c not in _IN_FAMILY]
    return _sum(parts)


def incident_figures(summary: Mapping[str, Any] | None) -> dict[str, dict[str, int | None]]:
    """An incident's launched / destroyed / hit per weapon category and for ``all``
    (categories without any of the three are left out)."""
    figures = _chosen(summary)
    categories = {c for c, _, _ in figures if c in WEAPON_CATEGORIES}
    out: dict[str, dict[str, int | None]] = {}
    for category in sorted(categories):
        values = {role: _role_value(figures, category, role) for role in _ROLES}
        if any(v is not None for v in values.values()):
            out[category] = values
    values = {role: _all_value(figures, categories, role) for role in _ROLES}
    if any(v is not None for v in values.values()):
        out[ALL] = values
    return out


def incidents_fingerprint(store: Store) -> tuple[Any, ...]:
    """Changes whenever incidents are written: how many, the largest id, the latest time."""
    i = incidents.c
    row = fetch_rows(store, select(func.count(), func.max(i.id), func.max(i.created_at)))
    return tuple(row.rows[0])


def interception_stats(store: Store, *, period: str = "night", since: date | None = None,
                       until: date | None = None, attacker: str | None = None,
                       category: str | None = None) -> list[InterceptionRow]:
    """One row per period and category (``all`` included), oldest period first, ``all``
    before the categories; ``category`` keeps only that category's rows (``all`` too)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    i = incidents.c
    stmt = select(i.day, i.summary).where(i.day.is_not(None),
                                          *day_range(i.day, since, until))
    if attacker:
        stmt = stmt.where(func.upper(i.attacker) == attacker.upper())
    rows: dict[tuple[date, str], InterceptionRow] = {}
    for day, summary in fetch_rows(store, stmt):
        start = period_start(day, period)
        for name, values in incident_figures(summary).items():
            if category and name != category.lower():
                continue
            key = (start, name)
            if key not in rows:
                rows[key] = InterceptionRow(start, name)
            rows[key].add(values)
    return [rows[k] for k in sorted(rows, key=lambda k: (k[0], k[1] != ALL, k[1]))]
