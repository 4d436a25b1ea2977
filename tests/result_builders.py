"""Hand-built ``sitrep/1`` results for the reconcile and export tests.

Each builder makes the dict that ``DocumentResult.to_dict()`` would give for a document
we invent, with only the fields a test cares about set; offsets point into an imagined
text (``start`` given per figure) and are only checked to be carried through.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def night(day: str) -> tuple[str, str]:
    """The Air Force's night ending on ``day``: 18:00 the day before to 09:00, Kyiv time."""
    before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return f"{before}T18:00+03:00", f"{day}T09:00+03:00"


def count(value: int | None, text: str | None = None, qualifier: str = "exact",
          start: int = 0) -> dict[str, Any]:
    words = text if text is not None else str(value)
    return {"value": value, "qualifier": qualifier, "text": words, "start_char": start,
            "end_char": start + len(words)}


def weapon(category: str, model: str | None = None, **roles: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"category": category, "model": model}
    for role in ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending"):
        out[role] = roles.get(role)
    out["mention"] = None
    return out


def place(name: str, role: str = "struck", *, admin1: str | None = None,
          lat: float | None = None, lon: float | None = None, country: str = "UA",
          start: int = 0) -> dict[str, Any]:
    return {"name": name, "text": name, "start_char": start, "end_char": start + len(name),
            "role": role, "admin1": admin1, "country": country, "lat": lat, "lon": lon,
            "geonameid": None}


def attack(attack_id: str, *, period: tuple[str, str] | None, attacker: str | None = "RU",
           target: str | None = "UA", weapons: list[dict[str, Any]] | None = None,
           reported_by: str | None = None, totals: dict[str, Any] | None = None,
           hit_locations: dict[str, Any] | None = None,
           debris_locations: dict[str, Any] | None = None,
           places: list[dict[str, Any]] | None = None, period_kind: str = "overnight",
           conflicts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    roles = ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending")
    return {
        "id": attack_id, "attacker": attacker, "target": target,
        "period": {"start": period[0] if period else None, "end": period[1] if period else None,
                   "resolved": period is not None, "text": "overnight", "start_char": 0,
                   "end_char": 9, "kind": period_kind if period else None},
        "reported_by": None if reported_by is None else {
            "name": reported_by, "text": reported_by, "start_char": 0,
            "end_char": len(reported_by), "country": None},
        "weapons": weapons or [],
        "totals": {r: (totals or {}).get(r) for r in roles},
        "hit_locations": hit_locations, "debris_locations": debris_locations,
        "attacker_evidence": None, "target_evidence": None,
        "conflicts": conflicts or [], "places": places or []}


def speaker(name: str, actor_id: str | None = None, country: str | None = None,
            sector: str | None = None) -> dict[str, Any]:
    return {"name": name, "text": name, "start_char": 0, "end_char": len(name),
            "actor_id": actor_id, "country": country, "sector": sector}


def quote(text: str, who: dict[str, Any] | None, *, kind: str = "direct",
          start: int = 0) -> dict[str, Any]:
    return {"text": text, "start_char": start, "end_char": start + len(text), "kind": kind,
            "speaker": who, "channel": None, "cue": None}


def casualty(attack_id: str, *, killed: int | None = None, injured: int | None = None,
             where: dict[str, Any] | None = None, scope: str = "attack") -> dict[str, Any]:
    return {"killed": None if killed is None else count(killed),
            "injured": None if injured is None else count(injured), "missing": None,
            "who": None, "scope": scope, "place": where, "attack_id": attack_id,
            "text": "casualties", "start_char": 0, "end_char": 10}


def event(event_type: str, source: dict[str, Any] | None, target: dict[str, Any] | None, *,
          cameo_root: str | None, status: str = "occurred", mode: str | None = None,
          day: str | None = None, location: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": event_type, "mode": mode, "source": source, "target": target,
            "status": status, "date": day, "location": location, "text": "an event",
            "start_char": 0, "end_char": 8, "cameo_root": cameo_root, "cue": None}


def result(doc_id: str, *, published: str | None, source: str | None = None,
           url: str | None = None, attacks: list[dict[str, Any]] | None = None,
           quotes: list[dict[str, Any]] | None = None,
           casualties: list[dict[str, Any]] | None = None,
           events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"id": doc_id, "published": published, "language": "en",
                                "title": None, "source": source}
    if url is not None:
        document["url"] = url
    return {"schema": "sitrep/1", "document": document, "attacks": attacks or [],
            "quotes": quotes or [], "casualties": casualties or [], "impacts": [],
            "events": events or [], "places": [], "warnings": []}


def drones_night(doc_id: str, day: str, *, launched: int | None = None,
                 destroyed: int | None = None, qualifier: str = "exact",
                 published: str | None = None, source: str | None = None,
                 reported_by: str | None = None, model: str | None = None,
                 attacker: str | None = "RU", target: str | None = "UA") -> dict[str, Any]:
    """One document about one night's drones: the commonest shape in these tests."""
    roles = {}
    if launched is not None:
        roles["launched"] = count(launched, qualifier=qualifier, start=10)
    if destroyed is not None:
        roles["destroyed"] = count(destroyed, start=40)
    return result(doc_id, published=published or f"{day}T10:00+03:00", source=source,
                  attacks=[attack(f"{doc_id}-a1", period=night(day), attacker=attacker,
                                  target=target, reported_by=reported_by,
                                  weapons=[weapon("drone", model, **roles)])])
