"""The native gold format ``sitrep``: JSON Lines, one hand-annotated document per line.

Each line::

    {"id": "d01", "text": "...", "published": "2025-09-03T10:30",
     "attacks": [{"attacker": "RU", "target": "UA", "period_kind": "overnight",
                  "weapons": [{"category": "drone", "model": null,
                               "launched": 230, "destroyed": 205}],
                  "totals": {"launched": 242},
                  "hit_locations": 7, "debris_locations": 4}],
     "note": "which phenomenon the document tests"}

A role that is left out has no figure; a role given as ``null`` has a figure without a
number ("dozens of drones"). Unknown keys are refused, and so are categories outside
:data:`sitrep.model.WEAPON_CATEGORIES` and model ids missing from the weapon catalogue, so
that a typo in the gold never silently scores as an extractor error. Every problem is an
:class:`~sitrep.errors.EvalError` naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.model import COUNT_ROLES, WEAPON_CATEGORIES

from .facts import LOCATION_FIELDS, AttackFacts, Figure, Slot
from .sources import read_text

__all__ = ["GoldDocument", "known_models", "load_sitrep_gold", "parse_gold_line"]

_DOC_KEYS = frozenset({"id", "text", "published", "attacks", "note"})
_ATTACK_KEYS = frozenset({"attacker", "target", "period_kind", "weapons", "totals",
                          *LOCATION_FIELDS})
_WEAPON_KEYS = frozenset({"category", "model", *COUNT_ROLES})


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document."""

    id: str
    text: str
    attacks: tuple[AttackFacts, ...]
    published: str | None = None
    note: str = ""


@cache
def known_models() -> frozenset[str]:
    """The model ids of the weapon catalogue (``sitrep/rules/weapons.json``)."""
    try:
        raw = resources.files("sitrep").joinpath("rules", "weapons.json").read_text("utf-8")
        return frozenset(str(m["id"]) for m in json.loads(raw)["models"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalError(f"cannot read the weapon catalogue to check model ids: {exc}") from exc


class _Where:
    """Builds error messages that say where the problem is."""

    def __init__(self, source: str, line: int) -> None:
        self.prefix = f"{source}, line {line}"

    def fail(self, message: str) -> EvalError:
        return EvalError(f"{self.prefix}: {message}")


def _check_keys(obj: Mapping[str, Any], allowed: frozenset[str], what: str,
                where: _Where) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise where.fail(f"unknown key(s) in {what}: {', '.join(unknown)} "
                         f"(allowed: {', '.join(sorted(allowed))})")


def _object(value: Any, what: str, where: _Where) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise where.fail(f"{what} must be a JSON object, not {type(value).__name__}")
    return value


def _figure(value: Any, what: str, where: _Where) -> Figure:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise where.fail(f"{what} must be a non-negative integer or null, not {value!r}")
    return value


def _optional_str(value: Any, what: str, where: _Where) -> str | None:
    if value is None or (isinstance(value, str) and value):
        return value
    raise where.fail(f"{what} must be a non-empty string or null, not {value!r}")


def _roles(obj: Mapping[str, Any], what: str, where: _Where) -> dict[str, Figure]:
    return {role: _figure(obj[role], f"{what}.{role}", where)
            for role in COUNT_ROLES if role in obj}


def _attack(raw: Any, index: int, where: _Where) -> AttackFacts:
    what = f"attacks[{index}]"
    obj = _object(raw, what, where)
    _check_keys(obj, _ATTACK_KEYS, what, where)
    weapons: dict[Slot, dict[str, Figure]] = {}
    raw_weapons = obj.get("weapons", [])
    if not isinstance(raw_weapons, list):
        raise where.fail(f"{what}.weapons must be a list")
    for w_index, raw_weapon in enumerate(raw_weapons):
        w_what = f"{what}.weapons[{w_index}]"
        weapon = _object(raw_weapon, w_what, where)
        _check_keys(weapon, _WEAPON_KEYS, w_what, where)
        category = weapon.get("category")
        if category not in WEAPON_CATEGORIES:
            raise where.fail(f"{w_what}.category {category!r} is not one of "
                             f"{', '.join(WEAPON_CATEGORIES)}")
        model = _optional_str(weapon.get("model"), f"{w_what}.model", where)
        if model is not None and model not in known_models():
            raise where.fail(f"{w_what}.model {model!r} is not a model id of the weapon "
                             "catalogue (sitrep/rules/weapons.json)")
        slot: Slot = (category, model)
        if slot in weapons:
            raise where.fail(f"{w_what} repeats category {category!r} and model {model!r}; "
                             "give each (category, model) once")
        weapons[slot] = _roles(weapon, w_what, where)
    totals = _object(obj.get("totals", {}), f"{what}.totals", where)
    _check_keys(totals, frozenset(COUNT_ROLES), f"{what}.totals", where)
    locations = {name: _figure(obj[name], f"{what}.{name}", where)
                 for name in LOCATION_FIELDS if name in obj}
    return AttackFacts(
        attacker=_optional_str(obj.get("attacker"), f"{what}.attacker", where),
        target=_optional_str(obj.get("target"), f"{what}.target", where),
        period_kind=_optional_str(obj.get("period_kind"), f"{what}.period_kind", where),
        weapons=weapons,
        totals=_roles(totals, f"{what}.totals", where),
        locations=locations,
    )


def parse_gold_line(line: str, *, source: str = "gold", number: int = 1) -> GoldDocument:
    """Parse one line of a native gold file. Raises :class:`EvalError`."""
    where = _Where(source, number)
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise where.fail(f"not valid JSON ({exc.msg}, column {exc.colno})") from exc
    obj = _object(raw, "the document", where)
    _check_keys(obj, _DOC_KEYS, "the document", where)
    doc_id = obj.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise where.fail("'id' must be a non-empty string")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise where.fail("'text' must be a non-empty string")
    attacks = obj.get("attacks")
    if not isinstance(attacks, list):
        raise where.fail("'attacks' must be a list (empty for a document with no attack)")
    note = obj.get("note", "")
    if not isinstance(note, str):
        raise where.fail("'note' must be a string")
    return GoldDocument(
        id=doc_id,
        text=text,
        attacks=tuple(_attack(a, i, where) for i, a in enumerate(attacks)),
        published=_optional_str(obj.get("published"), "'published'", where),
        note=note,
    )


def load_sitrep_gold(path: Path) -> list[GoldDocument]:
    """Read a native gold file; blank lines are skipped, ids must be unique."""
    docs: list[GoldDocument] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        doc = parse_gold_line(line, source=str(path), number=number)
        if doc.id in seen:
            raise EvalError(f"{path}, line {number}: id {doc.id!r} was already used on line "
                            f"{seen[doc.id]}")
        seen[doc.id] = number
        docs.append(doc)
    if not docs:
        raise EvalError(f"{path}: no gold documents in the file")
    return docs
