"""The native places gold format ``sitrep-places``: JSON Lines, one short text per line,
with every place it names.

Each line::

    {"id": "pl01", "text": "... struck an energy facility in Odesa ...",
     "places": [{"text": "Odesa", "name": "Odesa", "country": "UA", "role": "struck"}]}

``text`` is the mention as written (its first occurrence in the record, or the
``occurrence``-th, counting from 1); ``name`` the canonical name ("Kharkiv" for "Kharkov",
"Kyiv" for "Київщину"); ``country`` an ISO 3166 alpha-2 code; ``role`` one of the place
roles. A record with ``"places": []`` names none (traps: "Mr Bush", "in March").

Measured: ``places.mentions`` precision/recall (an extracted place counts when its span
overlaps a gold mention, each gold mention taken once), and over the matched mentions
``places.name_accuracy`` (the extracted name is the gold name, or holds it: "Kyiv Oblast"
for "Kyiv"), ``places.country_accuracy`` and ``places.role_accuracy``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .report import EvalReport, FieldRow, Ratio, Tally
from .sources import json_records

__all__ = ["PLACE_ROLES", "PlaceGold", "load_places_gold", "score_places"]

PLACE_ROLES = frozenset({"struck", "interception_area", "launch_site", "venue", "mentioned"})
_KEYS = frozenset({"id", "text", "published", "places", "note"})
_PLACE_KEYS = frozenset({"text", "name", "country", "role", "occurrence"})


@dataclass(frozen=True, slots=True)
class GoldPlace:
    start: int
    end: int
    name: str
    country: str | None
    role: str


@dataclass(frozen=True, slots=True)
class PlaceGold:
    id: str
    text: str
    published: str | None
    places: tuple[GoldPlace, ...]


def _gold_place(record_text: str, obj: Any, where: str) -> GoldPlace:
    if not isinstance(obj, dict) or set(obj) - _PLACE_KEYS or not isinstance(
            obj.get("text"), str) or not isinstance(obj.get("name"), str):
        raise EvalError(f"{where}: a place has 'text', 'name', 'country', 'role'")
    if obj.get("role") not in PLACE_ROLES:
        raise EvalError(f"{where}: role {obj.get('role')!r} is not one of "
                        f"{sorted(PLACE_ROLES)}")
    start = -1
    for _ in range(int(obj.get("occurrence", 1))):
        start = record_text.find(obj["text"], start + 1)
        if start < 0:
            raise EvalError(f"{where}: {obj['text']!r} is not in the text")
    return GoldPlace(start, start + len(obj["text"]), obj["name"], obj.get("country"),
                     obj["role"])


def load_places_gold(path: Path) -> list[PlaceGold]:
    """Read the file. Raises :class:`EvalError` naming the line of any problem."""
    out: list[PlaceGold] = []
    for where, obj in json_records(path):
        if not isinstance(obj.get("text"), str) \
                or not isinstance(obj.get("places"), list) or set(obj) - _KEYS:
            raise EvalError(f"{where}: a record has 'id', 'text' and a list of 'places'")
        places = tuple(_gold_place(obj["text"], p, where) for p in obj["places"])
        out.append(PlaceGold(str(obj.get("id", where)), obj["text"], obj.get("published"),
                             places))
    if not out:
        raise EvalError(f"{path}: no records")
    return out


def score_places(gold: Sequence[PlaceGold], predicted: Sequence[Sequence[dict[str, Any]]],
                 *, name: str, source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    """Score the extracted places (``Place.to_dict()`` per record) against ``gold``."""
    tally = Tally()
    named = country = role = 0
    misses: list[str] = []
    for g, places in zip(gold, predicted, strict=True):
        left = list(g.places)
        for p in places:
            hit = next((w for w in left if p["start_char"] < w.end
                        and w.start < p["end_char"]), None)
            if hit is None:
                tally += Tally(fp=1)
                misses.append(f"{g.id}: extra place {p['text']!r}")
                continue
            left.remove(hit)
            tally += Tally(tp=1)
            got = str(p.get("name") or "").lower()
            named += got == hit.name.lower() or hit.name.lower() in got
            country += p.get("country") == hit.country
            role += p.get("role") == hit.role
            if p.get("role") != hit.role:
                misses.append(f"{g.id}: {p['text']!r} role {p.get('role')}, gold {hit.role}")
        for w in left:
            tally += Tally(fn=1)
            misses.append(f"{g.id}: missed {g.text[w.start:w.end]!r}")
    report = EvalReport(name=name, format="sitrep-places", source=source,
                        documents=len(gold), unit="records", errors=list(errors),
                        misses=misses)
    report.rows.append(FieldRow("places.mentions", tally))
    report.ratios.extend([
        Ratio("places.name_accuracy", named, tally.tp, "of the places found"),
        Ratio("places.country_accuracy", country, tally.tp, "of the places found"),
        Ratio("places.role_accuracy", role, tally.tp, "of the places found"),
    ])
    return report
