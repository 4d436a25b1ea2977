"""The native events gold format ``sitrep-events``: JSON Lines, one sentence or short
document per line, with the political and military events it reports.

Each line::

    {"id": "ev01", "text": "...", "published": "2026-03-02T18:00",
     "events": [{"type": "CONSULT", "source": "UA", "target": "PL", "status": "occurred"}],
     "note": "optional"}

``type`` and ``status`` may be a list of the readings a careful annotator would accept
("agreed to share intelligence": AGREE or COOPERATE); ``source`` and ``target`` are ISO
3166 alpha-2 codes (``EU`` for the European Union), or ``null`` when the text names none.

What is measured, the way the PLOVER set is measured (the first event extracted is the
event of the text): ``events.type_accuracy`` over all records, ``events.detected`` (some
event was extracted where one is reported), ``events.no_event_clean`` (no event extracted
where none is reported: markets, sport, weather), and, over the records whose type was
right, the accuracy of the source country, the target country (records with a gold
target) and the status. Every extracted event also counts towards ``events.all``
precision/recall by type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.model import EVENT_STATUSES

from .report import EvalReport, FieldRow, Ratio, Tally
from .sources import json_records

__all__ = ["EVENT_TYPES", "EventGold", "load_events_gold", "score_events"]

EVENT_TYPES: frozenset[str] = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "INVESTIGATE"})
_KEYS = frozenset({"id", "text", "published", "events", "note"})
_EVENT_KEYS = frozenset({"type", "source", "target", "status"})


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: frozenset[str]
    source: str | None
    target: str | None
    statuses: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventGold:
    id: str
    text: str
    published: str | None
    events: tuple[GoldEvent, ...]


def _choices(value: Any, allowed: frozenset[str] | tuple[str, ...], what: str,
             where: str) -> frozenset[str]:
    values = value if isinstance(value, list) else [value]
    if not values or any(v not in allowed for v in values):
        raise EvalError(f"{where}: {what} {value!r} is not one of {sorted(allowed)}")
    return frozenset(values)


def _country(value: Any, what: str, where: str) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 2 and value.isupper()):
        raise EvalError(f"{where}: {what} must be a two-letter country code or null")
    return value


def load_events_gold(path: Path) -> list[EventGold]:
    """Read the file. Raises :class:`EvalError` naming the line of any problem."""
    out: list[EventGold] = []
    for where, obj in json_records(path):
        if not isinstance(obj.get("text"), str) \
                or not isinstance(obj.get("events"), list):
            raise EvalError(f"{where}: a record needs 'text' and a list of 'events'")
        unknown = set(obj) - _KEYS
        if unknown:
            raise EvalError(f"{where}: unknown keys {sorted(unknown)}")
        events = []
        for ev in obj["events"]:
            if not isinstance(ev, dict) or set(ev) - _EVENT_KEYS or "type" not in ev:
                raise EvalError(f"{where}: an event has 'type', 'source', 'target', 'status'")
            events.append(GoldEvent(
                types=_choices(ev["type"], EVENT_TYPES, "type", where),
                source=_country(ev.get("source"), "source", where),
                target=_country(ev.get("target"), "target", where),
                statuses=_choices(ev.get("status", "occurred"), EVENT_STATUSES, "status",
                                  where)))
        out.append(EventGold(id=str(obj.get("id", where)), text=obj["text"],
                             published=obj.get("published"), events=tuple(events)))
    if not out:
        raise EvalError(f"{path}: no records")
    return out


def _country_of(actor: dict[str, Any] | None) -> str | None:
    return None if actor is None else actor.get("country")


def score_events(gold: Sequence[EventGold], predicted: Sequence[Sequence[dict[str, Any]]],
                 *, name: str, source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    """Score the extracted events (``Event.to_dict()`` per record) against ``gold``."""
    type_ok = detected = clean = src_ok = src_n = tgt_ok = tgt_n = status_ok = status_n = 0
    per_type: dict[str, Tally] = {}
    misses: list[str] = []
    for g, events in zip(gold, predicted, strict=True):
        first = events[0] if events else None
        want = g.events[0] if g.events else None
        if want is None:
            type_ok += first is None
            clean += first is None
            if first is not None:
                misses.append(f"{g.id}: no event, got {first['type']} ({first.get('text')!r})")
            for ev in events:
                per_type[ev["type"]] = per_type.get(ev["type"], Tally()) + Tally(fp=1)
            continue
        detected += first is not None
        if first is not None and first["type"] in want.types:
            type_ok += 1
            src_n += 1
            src_ok += _country_of(first.get("source")) == want.source
            if want.target is not None:
                tgt_n += 1
                tgt_ok += _country_of(first.get("target")) == want.target
            status_n += 1
            status_ok += first.get("status") in want.statuses
        else:
            got = "nothing" if first is None else first["type"]
            misses.append(f"{g.id}: {'/'.join(sorted(want.types))}, got {got}")
        gold_types = {t for ev in g.events for t in ev.types}
        for ev in events:
            kind = "tp" if ev["type"] in gold_types else "fp"
            per_type[ev["type"]] = per_type.get(ev["type"], Tally()) + Tally(**{kind: 1})
        found = {ev["type"] for ev in events}
        for want_ev in g.events:
            if not want_ev.types & found:
                label = min(want_ev.types)
                per_type[label] = per_type.get(label, Tally()) + Tally(fn=1)
    total = sum(per_type.values(), Tally())
    report = EvalReport(name=name, format="sitrep-events", source=source,
                        documents=len(gold), unit="records", errors=list(errors),
                        misses=misses)
    report.rows.append(FieldRow("events.all", total))
    report.rows.extend(FieldRow(f"events.{t}", per_type[t]) for t in sorted(per_type))
    report.ratios.extend([
        Ratio("events.type_accuracy", type_ok, len(gold), "first event has the gold type"),
        Ratio("events.detected", detected, sum(1 for g in gold if g.events),
              "records with an event that got some event"),
        Ratio("events.no_event_clean", clean, sum(1 for g in gold if not g.events),
              "records without an event that got none"),
        Ratio("events.source_country_accuracy", src_ok, src_n, "when the type is right"),
        Ratio("events.target_country_accuracy", tgt_ok, tgt_n,
              "when the type is right and the gold names a target"),
        Ratio("events.status_accuracy", status_ok, status_n, "when the type is right"),
    ])
    return report
