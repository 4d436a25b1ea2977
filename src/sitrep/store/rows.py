"""From one ``sitrep/1`` result to the rows of the query tables (pure functions, no SQL).

Everything is converted before a transaction opens, so a malformed result is refused as
one :class:`~sitrep.errors.StoreError` and never leaves half its rows behind.
:func:`prepare_result` does all of it — the rows and the JSON text that is stored — where
the result is made: an ingest's worker processes prepare their results, so that the one
process that writes to the database only writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import StoreError
from ..model import COUNT_ROLES
from .db import compact_json

__all__ = ["AttackRows", "PreparedResult", "ResultRows", "day_of", "figure", "parse_day",
           "prepare_result", "rows_from_result"]

Row = dict[str, Any]


@dataclass(slots=True)
class AttackRows:
    """One attack: its row, its weapon (and totals) rows and its places."""

    attack: Row
    weapons: list[Row] = field(default_factory=list)
    places: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class ResultRows:
    """Every row one result adds. ``attack_key`` links casualties to their attack."""

    attacks: list[AttackRows] = field(default_factory=list)
    places: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    casualties: list[Row] = field(default_factory=list)
    impacts: list[Row] = field(default_factory=list)


def parse_day(value: object) -> date | None:
    """The calendar date an ISO 8601 date or date-time names (its local date)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_of(period: Mapping[str, Any], published: date | None) -> date | None:
    """The day an attack is filed under: its period's end, else its start, else publication."""
    return parse_day(period.get("end")) or parse_day(period.get("start")) or published


def figure(name: str, count: Mapping[str, Any] | None) -> Row:
    """The four columns of one figure (all null when there is none)."""
    if count is None:
        return {name: None, f"{name}_qualifier": None, f"{name}_start": None,
                f"{name}_end": None}
    return {name: count.get("value"), f"{name}_qualifier": count.get("qualifier"),
            f"{name}_start": count.get("start_char"), f"{name}_end": count.get("end_char")}


def _span(obj: Mapping[str, Any] | None) -> tuple[int | None, int | None]:
    if obj is None:
        return None, None
    return obj.get("start_char"), obj.get("end_char")


def _name(obj: Mapping[str, Any] | None, key: str = "name") -> Any:
    return None if obj is None else obj.get(key)


def _place_row(place: Mapping[str, Any], ordinal: int) -> Row:
    return {"ordinal": ordinal, "name": place["name"], "role": place.get("role"),
            "text": place.get("text"), "start_char": place.get("start_char"),
            "end_char": place.get("end_char"), "country": place.get("country"),
            "admin1": place.get("admin1"), "lat": place.get("lat"), "lon": place.get("lon"),
            "geonameid": place.get("geonameid")}


def _attack_rows(attack: Mapping[str, Any], ordinal: int, published: date | None) -> AttackRows:
    period = attack.get("period") or {}
    reporter = attack.get("reported_by")
    rep_start, rep_end = _span(reporter)
    row: Row = {
        "attack_key": attack["id"], "ordinal": ordinal, "attacker": attack.get("attacker"),
        "target": attack.get("target"), "day": day_of(period, published),
        "period_start": period.get("start"), "period_end": period.get("end"),
        "period_kind": period.get("kind"), "period_resolved": bool(period.get("resolved")),
        "period_text": period.get("text"), "period_start_char": period.get("start_char"),
        "period_end_char": period.get("end_char"),
        "reported_by": _name(reporter), "reported_by_country": _name(reporter, "country"),
        "reported_by_start": rep_start, "reported_by_end": rep_end,
        **figure("hit_locations", attack.get("hit_locations")),
        **figure("debris_locations", attack.get("debris_locations")),
        "conflicts": len(attack.get("conflicts") or ()),
    }
    out = AttackRows(attack=row)
    for i, weapon in enumerate(attack.get("weapons") or ()):
        start, end = _span(weapon.get("mention"))
        out.weapons.append({"ordinal": i, "row_kind": "weapon", "category": weapon["category"],
                            "model": weapon.get("model"), "mention_start": start,
                            "mention_end": end, **_roles(weapon)})
    totals = attack.get("totals") or {}
    if any(totals.get(role) for role in COUNT_ROLES):
        out.weapons.append({"ordinal": len(out.weapons), "row_kind": "total", "category": None,
                            "model": None, "mention_start": None, "mention_end": None,
                            **_roles(totals)})
    out.places = [_place_row(p, i) for i, p in enumerate(attack.get("places") or ())]
    return out


def _roles(counts: Mapping[str, Any]) -> Row:
    row: Row = {}
    for role in COUNT_ROLES:
        row.update(figure(role, counts.get(role)))
    return row


def _quote_row(quote: Mapping[str, Any], ordinal: int) -> Row:
    speaker = quote.get("speaker")
    start, end = _span(speaker)
    return {"ordinal": ordinal, "kind": quote.get("kind"), "text": quote["text"],
            "start_char": quote.get("start_char"), "end_char": quote.get("end_char"),
            "speaker": _name(speaker), "speaker_text": _name(speaker, "text"),
            "speaker_actor_id": _name(speaker, "actor_id"),
            "speaker_country": _name(speaker, "country"),
            "speaker_sector": _name(speaker, "sector"), "speaker_start": start,
            "speaker_end": end, "channel": _name(quote.get("channel"), "text"),
            "cue": _name(quote.get("cue"), "text")}


def _event_row(event: Mapping[str, Any], ordinal: int) -> Row:
    source, target, location = event.get("source"), event.get("target"), event.get("location")
    return {"ordinal": ordinal, "type": event["type"], "mode": event.get("mode"),
            "status": event.get("status"), "date": parse_day(event.get("date")),
            "cameo_root": event.get("cameo_root"),
            "source_actor": _name(source), "source_actor_id": _name(source, "actor_id"),
            "source_country": _name(source, "country"),
            "target_actor": _name(target), "target_actor_id": _name(target, "actor_id"),
            "target_country": _name(target, "country"),
            "location": _name(location), "location_admin1": _name(location, "admin1"),
            "text": event.get("text"), "start_char": event.get("start_char"),
            "end_char": event.get("end_char"), "cue": _name(event.get("cue"), "text")}


def _casualty_row(casualty: Mapping[str, Any], ordinal: int) -> Row:
    place = casualty.get("place")
    return {"ordinal": ordinal, "attack_key": casualty.get("attack_id"),
            "scope": casualty.get("scope"),
            **figure("killed", casualty.get("killed")),
            **figure("injured", casualty.get("injured")),
            **figure("missing", casualty.get("missing")),
            "who": _name(casualty.get("who"), "text"), "place": _name(place),
            "place_admin1": _name(place, "admin1"), "text": casualty.get("text"),
            "start_char": casualty.get("start_char"), "end_char": casualty.get("end_char")}


def _impact_row(impact: Mapping[str, Any], ordinal: int) -> Row:
    place = impact.get("place")
    return {"ordinal": ordinal, "kind": impact["kind"], **figure("count", impact.get("count")),
            "unit": impact.get("unit"), "duration": _name(impact.get("duration"), "text"),
            "place": _name(place), "place_admin1": _name(place, "admin1"),
            "text": impact.get("text"), "start_char": impact.get("start_char"),
            "end_char": impact.get("end_char")}


def rows_from_result(result: Mapping[str, Any], published: date | None = None) -> ResultRows:
    """The query-table rows of one result; :class:`StoreError` when it is malformed."""
    try:
        return ResultRows(
            attacks=[_attack_rows(a, i, published)
                     for i, a in enumerate(result.get("attacks") or ())],
            places=[_place_row(p, i) for i, p in enumerate(result.get("places") or ())],
            quotes=[_quote_row(q, i) for i, q in enumerate(result.get("quotes") or ())],
            events=[_event_row(e, i) for i, e in enumerate(result.get("events") or ())],
            casualties=[_casualty_row(c, i)
                        for i, c in enumerate(result.get("casualties") or ())],
            impacts=[_impact_row(m, i) for i, m in enumerate(result.get("impacts") or ())],
        )
    except (AttributeError, KeyError, TypeError) as exc:
        raise StoreError(f"the result is not a sitrep/1 result ({type(exc).__name__}: "
                         f"{exc})") from exc


@dataclass(frozen=True, slots=True)
class PreparedResult:
    """A result ready to store: its JSON text (as :func:`compact_json` writes it) and its
    query-table rows. Cheaper to send between processes than the result itself."""

    json: str
    rows: ResultRows


def prepare_result(result: Mapping[str, Any] | PreparedResult) -> PreparedResult:
    """A ``sitrep/1`` result ready to store; :class:`StoreError` when it is malformed or
    cannot be written as JSON."""
    if isinstance(result, PreparedResult):
        return result
    if not isinstance(result, Mapping):
        raise StoreError(f"the result must be a sitrep/1 mapping, not {type(result).__name__}")
    document = result.get("document")
    published = document.get("published") if isinstance(document, Mapping) else None
    rows = rows_from_result(result, parse_day(published))
    try:
        text = compact_json(result)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"the result cannot be kept as JSON: {exc}") from exc
    return PreparedResult(text, rows)
