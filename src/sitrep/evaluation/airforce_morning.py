"""The ``airforce-morning`` adapter: Air Force morning reports with upstream test figures.

File: JSON Lines (``airforce-ua-reports/morning_reports_expected.jsonl``), one complete
morning report per line: ``message_id``, ``night_of`` (the date the night ends), ``text``,
and ``expected_from_upstream_tests`` holding some of these fields (their meanings are in
each record's ``expected_fields_meaning``):

- ``uav``: strike drones launched; ``uav_down``: drones destroyed (shot down or
  suppressed); ``down_total``: every target destroyed ("збито/подавлено N цілей");
- ``msl_min``: a lower bound of the missiles launched; ``msl_complete``: every missile
  type the report lists has a number; ``msl``: ``msl_min`` when complete, else ``null``.

Each text is read as Ukrainian, published on ``night_of`` at 09:30 Kyiv time, and the
fields are computed from its attacks with target ``UA`` (:func:`figures`). Every field
the record gives is scored by equality (``null`` included); a record is exact when all its
fields are right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .airforce import Extract, UkDocument, count_value, destroyed_value, read_jsonl, weapons_of
from .detection import DetectionOutcome
from .report import EvalReport, Ratio

__all__ = ["DRONE_CATEGORIES", "FIELDS", "MISSILE_CATEGORIES", "MorningRecord",
           "evaluate_morning", "figures", "load_morning", "score_morning"]

FIELDS: tuple[str, ...] = ("uav", "uav_down", "down_total", "msl", "msl_min", "msl_complete")
DRONE_CATEGORIES = ("drone", "decoy_drone")
"""Counted in ``uav``/``uav_down``; loitering munitions ("Бандероль") are not."""
MISSILE_CATEGORIES = ("cruise_missile", "ballistic_missile", "aeroballistic_missile",
                      "guided_missile", "anti_ship_missile")
"""Typed missiles; the generic ``missile`` entry counts only when none of these exists."""
PUBLISHED_TIME = "09:30"
"""The morning report is published about then; a naive time is Kyiv time to sitrep."""


@dataclass(frozen=True, slots=True)
class MorningRecord:
    document: UkDocument
    night_of: str
    expected: dict[str, Any]


def load_morning(path: Path) -> list[MorningRecord]:
    """Read the morning reports. Raises :class:`EvalError` on a malformed record."""
    records: list[MorningRecord] = []
    for number, obj in enumerate(read_jsonl(
            path, required=("text", "night_of", "expected_from_upstream_tests")), start=1):
        expected = obj["expected_from_upstream_tests"]
        if not isinstance(expected, dict):
            raise EvalError(f"{path}, record {number}: expected_from_upstream_tests must be "
                            "an object")
        unknown = sorted(set(expected) - set(FIELDS))
        if unknown:
            raise EvalError(f"{path}, record {number}: unknown expected field(s) "
                            f"{', '.join(unknown)} (known: {', '.join(FIELDS)})")
        night_of = str(obj["night_of"])
        doc_id = str(obj.get("message_id", number))
        records.append(MorningRecord(
            UkDocument(doc_id, str(obj["text"]), f"{night_of}T{PUBLISHED_TIME}"),
            night_of, dict(expected)))
    return records


def _sum_known(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _missile_lower_bound(weapon: Mapping[str, Any]) -> int:
    """How many missiles of one entry were launched at least: ``launched`` when it has a
    number, else the known destroyed + hit + pending figures (each was launched)."""
    launched = count_value(weapon.get("launched"))
    if launched is not None:
        return launched
    parts = [destroyed_value(weapon), count_value(weapon.get("hit")),
             count_value(weapon.get("pending"))]
    return sum(p for p in parts if p is not None)


def figures(attacks: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The six fields computed from the attacks with target UA (summed over them).

    ``uav``/``uav_down``/``down_total`` are ``None`` when no such figure has a number.
    Missiles: the typed entries (:data:`MISSILE_CATEGORIES`), or the generic ``missile``
    entry when there is no typed one; ``msl_complete`` when each has a launched number,
    ``msl_min`` the sum of their lower bounds (:func:`_missile_lower_bound`) — the upstream
    project reads "N destroyed" of a type listed without a launched number as "at least N
    launched". With no attack on UA at all, every field is ``None``.
    """
    on_ua = [a for a in attacks if a.get("target") == "UA"]
    if not on_ua:
        return dict.fromkeys(FIELDS)
    weapons = weapons_of(on_ua)
    drones = [w for w in weapons if w.get("category") in DRONE_CATEGORIES]
    typed = [w for w in weapons if w.get("category") in MISSILE_CATEGORIES]
    missiles = typed or [w for w in weapons if w.get("category") == "missile"]
    complete = all(count_value(w.get("launched")) is not None for w in missiles)
    msl_min = sum(_missile_lower_bound(w) for w in missiles)
    return {
        "uav": _sum_known([count_value(w.get("launched")) for w in drones]),
        "uav_down": _sum_known([destroyed_value(w) for w in drones]),
        "down_total": _sum_known([destroyed_value(a.get("totals") or {}) for a in on_ua]),
        "msl": msl_min if complete else None,
        "msl_min": msl_min,
        "msl_complete": complete,
    }


def same(expected: Any, got: Any) -> bool:
    """Equality that keeps ``True`` apart from ``1`` and ``None`` apart from ``0``."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool) and expected == got
    if expected is None or got is None:
        return expected is None and got is None
    return bool(expected == got)


def _show(value: Any) -> str:
    return "null" if value is None else str(value).lower() if isinstance(value, bool) \
        else str(value)


def score_morning(records: Sequence[MorningRecord], outcomes: Sequence[DetectionOutcome], *,
                  source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    correct = dict.fromkeys(FIELDS, 0)
    given = dict.fromkeys(FIELDS, 0)
    exact = 0
    misses: list[str] = []
    for record, outcome in zip(records, outcomes, strict=True):
        got = figures(outcome.attacks)
        all_right = True
        for name in FIELDS:
            if name not in record.expected:
                continue
            given[name] += 1
            if same(record.expected[name], got[name]):
                correct[name] += 1
            else:
                all_right = False
                misses.append(f"{record.document.id} (night of {record.night_of}) {name}: "
                              f"expected {_show(record.expected[name])}, "
                              f"got {_show(got[name])}")
        exact += all_right
    ratios = [Ratio(f"{name}.accuracy", correct[name], given[name],
                    "records where the field is right / records giving it")
              for name in FIELDS]
    ratios.append(Ratio("records.exact", exact, len(records),
                        "records with every given field right"))
    notes = ["fields from the attacks with target UA: uav/uav_down over drone and decoy_drone "
             "weapons (not loitering munitions), down_total = totals.destroyed, msl over typed "
             "missiles (generic 'missile' only without them)"]
    return EvalReport(name="airforce-morning", format="airforce-morning", source=source,
                      documents=len(records), unit="reports", ratios=ratios,
                      errors=list(errors), notes=notes, misses=misses)


def evaluate_morning(path: Path, extract: Extract, limit: int | None = None) -> EvalReport:
    records = load_morning(path)[:limit]
    outcomes, errors = extract([r.document for r in records])
    return score_morning(records, outcomes, source=str(path), errors=errors)
