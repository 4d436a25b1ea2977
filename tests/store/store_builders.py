"""Hand-made ``sitrep/1`` results for invented texts: every span is cut from the text.

``span(text, words)`` finds ``words`` in ``text``; the builders put the pieces of a result
together so that each test states only what it is about.
"""

from __future__ import annotations

from typing import Any

ROLES = ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending")


def span(text: str, words: str, after: int = 0) -> dict[str, Any]:
    start = text.index(words, after)
    return {"text": words, "start_char": start, "end_char": start + len(words)}


def figure(text: str, words: str, value: int | None, qualifier: str = "exact") -> dict[str, Any]:
    return {"value": value, "qualifier": qualifier, **span(text, words)}


def weapon(category: str, model: str | None = None, **roles: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"category": category, "model": model, "mention": None}
    for role in ROLES:
        out[role] = roles.get(role)
    return out


def place(text: str, words: str, name: str, role: str = "struck",
          admin1: str | None = None) -> dict[str, Any]:
    return {"name": name, **span(text, words), "role": role, "admin1": admin1,
            "country": "UA", "lat": None, "lon": None, "geonameid": None}


def attack(doc_id: str, n: int, *, attacker: str = "RU", target: str = "UA",
           end: str | None = "2025-09-03T09:00+03:00", weapons: list[dict[str, Any]] = (),
           reporter: str | None = None, places: list[dict[str, Any]] = (),
           totals: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": f"{doc_id}-a{n}", "attacker": attacker, "target": target,
        "period": {"start": None, "end": end, "resolved": end is not None, "text": None,
                   "start_char": None, "end_char": None, "kind": "overnight"},
        "reported_by": None if reporter is None else {
            "name": reporter, "text": reporter, "start_char": 0, "end_char": 1,
            "country": "UA"},
        "weapons": list(weapons),
        "totals": {role: (totals or {}).get(role) for role in ROLES},
        "hit_locations": None, "debris_locations": None, "attacker_evidence": None,
        "target_evidence": None, "conflicts": [], "places": list(places),
    }


def actor(text: str, words: str, name: str, actor_id: str | None = None) -> dict[str, Any]:
    return {"name": name, **span(text, words), "actor_id": actor_id, "country": None,
            "sector": None}


def quote(text: str, words: str, speaker: dict[str, Any] | None,
          kind: str = "direct") -> dict[str, Any]:
    return {**span(text, words), "kind": kind, "speaker": speaker, "channel": None,
            "cue": None}


def event(text: str, sentence: str, type_: str, source: dict[str, Any] | None = None,
          target: dict[str, Any] | None = None, status: str = "occurred",
          date: str | None = None) -> dict[str, Any]:
    return {"type": type_, "mode": None, "source": source, "target": target,
            "status": status, "date": date, "location": None, **span(text, sentence),
            "cameo_root": None, "cue": None}


def result(doc_id: str, *, published: str | None = "2025-09-03T10:30+03:00",
           attacks: list[dict[str, Any]] = (), quotes: list[dict[str, Any]] = (),
           events: list[dict[str, Any]] = (), places: list[dict[str, Any]] = (),
           casualties: list[dict[str, Any]] = (),
           impacts: list[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"schema": "sitrep/1",
            "document": {"id": doc_id, "published": published, "language": "en",
                         "title": None, "source": None},
            "attacks": list(attacks), "quotes": list(quotes), "casualties": list(casualties),
            "impacts": list(impacts), "events": list(events), "places": list(places),
            "warnings": []}
