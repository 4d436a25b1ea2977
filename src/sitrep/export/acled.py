"""ACLED-style rows: one per incident and struck place, with ACLED's vocabulary.

``event_type`` is "Explosions/Remote violence"; ``sub_event_type`` is "Shelling/
artillery/missile attack" when the incident has missile figures, else "Air/drone strike"
(``acled`` in ``rules/export_models.json``). ``actor1`` is the attacker's armed forces in
ACLED's naming; ``actor2`` is the target country's civilians when the incident has people
killed or injured. Each struck place with its ``admin1`` and coordinates is a row, with
the fatalities the text gives for that place; fatalities without a place (or an incident
without struck places) go on a row for the whole target country (``geo_precision`` 3).
``event_date`` is the day the incident's period ends (``YYYY-MM-DD``, as ACLED writes it;
``time_precision`` 1), else the publication day (``time_precision`` 2: the text gives no
date of its own). ``notes`` sums the chosen figures up; ``source`` names every document's
outlet.

The actor types follow ACLED's codebook (its 2024 layout: text values, no longer numeric
codes): ``inter1`` is "External/Other forces" when the attacker strikes another country
(ACLED codes a state's military active outside its home state so) and "State forces"
within its own; ``inter2`` is "Civilians" when people were killed or injured;
``interaction`` joins the two ("External/Other forces-Civilians") or, for one actor, is
"External/Other forces only". ``latitude``/``longitude`` have four decimals, and
``fatalities`` is 0 when the text reports none, as in ACLED.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..reconcile import Incident
from ..reconcile.grouping import family_of
from .countries import country
from .naming import model_names

__all__ = ["ACLED_COLUMNS", "acled_rows"]

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
                 "interaction", "iso3", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "source", "notes", "fatalities"]
_STATE_FORCES, _EXTERNAL_FORCES, _CIVILIANS = "State forces", "External/Other forces", \
    "Civilians"
_DATED, _PUBLICATION_DAY = 1, 2  # time_precision: the text's own date, or the report's day
_DEGREE_DECIMALS = 4
_NOTE_ROLES = ("launched", "destroyed", "hit")


def _event_date(incident: Incident) -> tuple[str, int] | None:
    """The event's day and ACLED's ``time_precision`` for it."""
    if incident.end:
        return incident.end[:10], _DATED
    published = incident.lead.document.published
    return (published[:10], _PUBLICATION_DAY) if published else None


def _inter1(incident: Incident) -> str:
    abroad = incident.attacker and incident.target and incident.attacker != incident.target
    return _EXTERNAL_FORCES if abroad else _STATE_FORCES


def _interaction(inter1: str, inter2: str) -> str:
    if not inter1:
        return ""
    return f"{inter1}-{inter2}" if inter2 else f"{inter1} only"


def _degrees(value: float | None) -> float | str:
    return "" if value is None else round(value, _DEGREE_DECIMALS)


def _sub_event_type(incident: Incident) -> str:
    present = {family_of().get(f.key.category) for f in incident.figures}
    choices = model_names().rules.acled.sub_event_types
    for choice in choices:
        if present & set(choice.families):
            return choice.sub_event_type
    return choices[-1].sub_event_type


def _notes(incident: Incident) -> str:
    parts = []
    for role in _NOTE_ROLES:
        counts = [f"{f.key.category.replace('_', ' ')}"
                  + (f" ({f.key.model})" if f.key.model else "") + f" {f.value}"
                  for f in incident.figures
                  if f.key.role == role and f.value is not None and f.key.category in family_of()]
        if counts:
            parts.append(f"{role} {', '.join(counts)}")
    reporters = dict.fromkeys(c.reported_by for c in incident.claims if c.reported_by)
    said = f" (according to {', '.join(reporters)})" if reporters else ""
    period = incident.lead.period_text or "period not resolved"
    return f"{period}: {incident.attacker or '?'} attack on {incident.target or '?'}: " \
           f"{'; '.join(parts) or 'no figures'}{said}."


def _casualties(incident: Incident, role: str) -> dict[str | None, int]:
    return {f.key.model: f.value for f in incident.figures
            if f.key.category == "casualties" and f.key.role == role and f.value is not None}


def _incident_rows(incident: Incident) -> list[dict[str, Any]]:
    dated = _event_date(incident)
    if dated is None:
        return []
    day, precision = dated
    vocabulary = model_names().rules.acled
    attacker, target = country(incident.attacker), country(incident.target)
    killed = _casualties(incident, "killed")
    harmed = any(v > 0 for v in killed.values()) or any(
        v > 0 for v in _casualties(incident, "injured").values())
    actor1 = vocabulary.actors.get(incident.attacker or "") or (
        f"Military Forces of {attacker.name}" if attacker else "")
    inter1 = _inter1(incident) if actor1 else ""
    inter2 = _CIVILIANS if harmed else ""
    base = {
        "event_date": day, "year": day[:4], "time_precision": precision,
        "disorder_type": vocabulary.disorder_type, "event_type": vocabulary.event_type,
        "sub_event_type": _sub_event_type(incident), "actor1": actor1, "inter1": inter1,
        "actor2": vocabulary.civilians.format(country=target.name) if harmed and target else "",
        "inter2": inter2, "interaction": _interaction(inter1, inter2),
        "iso3": target.iso3 if target else "", "country": target.name if target else "",
        "source": "; ".join(dict.fromkeys(c.document.source or c.document.id
                                          for c in incident.claims)),
        "notes": _notes(incident)}
    struck = {p.name: p for p in incident.places if p.role == "struck"}
    rows = []
    for place in struck.values():
        precise = place.lat is not None and place.name != place.admin1
        rows.append({**base, "admin1": place.admin1 or "", "location": place.name,
                     "latitude": _degrees(place.lat), "longitude": _degrees(place.lon),
                     "geo_precision": 1 if precise else 2,
                     "fatalities": killed.get(place.name, 0)})
    unplaced = sum(v for k, v in killed.items() if k not in struck)
    if not rows or unplaced:
        rows.append({**base, "admin1": "", "location": target.name if target else "",
                     "latitude": "", "longitude": "", "geo_precision": 3,
                     "fatalities": unplaced})
    for n, row in enumerate(rows, start=1):
        row["event_id_cnty"] = f"{incident.id}-{n}"
    return [{column: row[column] for column in ACLED_COLUMNS} for row in rows]


def acled_rows(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    """The incidents as ACLED-style rows (see the module docstring)."""
    return [row for incident in incidents for row in _incident_rows(incident)]
