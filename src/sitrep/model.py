"""Typed result objects; ``to_dict()`` gives exactly the ``sitrep/1`` JSON contract.

Every figure is a :class:`Count` that points at the characters it was read from
(``start_char``/``end_char`` index the input exactly as given, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

__all__ = [
    "COUNT_ROLES",
    "EVENT_STATUSES",
    "QUALIFIERS",
    "WEAPON_CATEGORIES",
    "Actor",
    "Attack",
    "Conflict",
    "Count",
    "DocumentMeta",
    "DocumentResult",
    "Event",
    "Evidence",
    "InputDocument",
    "Period",
    "Place",
    "Quote",
    "Reporter",
    "Totals",
    "Weapon",
]

SCHEMA_ID = "sitrep/1"

Qualifier = Literal["exact", "at_least", "more_than", "about", "at_most", "vague"]
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "about", "at_most", "vague")

Role = Literal["launched", "destroyed", "shot_down", "suppressed", "hit", "pending"]
COUNT_ROLES: tuple[str, ...] = (
    "launched",
    "destroyed",
    "shot_down",
    "suppressed",
    "hit",
    "pending",
)

WEAPON_CATEGORIES: tuple[str, ...] = (
    "drone",
    "decoy_drone",
    "recon_drone",
    "loitering_munition",
    "missile",
    "cruise_missile",
    "ballistic_missile",
    "aeroballistic_missile",
    "guided_missile",
    "anti_ship_missile",
    "guided_bomb",
    "aircraft",
)


@dataclass(frozen=True, slots=True)
class Count:
    """One figure: ``value`` is ``None`` for vague amounts ("dozens of")."""

    value: int | None
    qualifier: str
    text: str
    start_char: int
    end_char: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "qualifier": self.qualifier,
            "text": self.text,
            "start_char": self.start_char,
            "end_char": self.end_char,
        }

    def same_figure(self, other: Count) -> bool:
        return self.value == other.value and self.qualifier == other.qualifier


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of text that supports a non-numeric field (an actor, a model name)."""

    text: str
    start_char: int
    end_char: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start_char": self.start_char, "end_char": self.end_char}


@dataclass(slots=True)
class Period:
    """When the attack happened; ``resolved`` is false without a publication time."""

    start: str | None = None
    end: str | None = None
    resolved: bool = False
    text: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "resolved": self.resolved,
            "text": self.text,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Reporter:
    """Who gave the figures ("according to Ukraine's air force")."""

    name: str
    text: str
    start_char: int
    end_char: int
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "country": self.country,
        }


def _count_dict(count: Count | None) -> dict[str, Any] | None:
    return None if count is None else count.to_dict()


@dataclass(slots=True)
class Weapon:
    """Counts by role for one weapon category (and model, where the text names one)."""

    category: str
    model: str | None = None
    launched: Count | None = None
    destroyed: Count | None = None
    shot_down: Count | None = None
    suppressed: Count | None = None
    hit: Count | None = None
    pending: Count | None = None
    mention: Evidence | None = None

    def get(self, role: str) -> Count | None:
        value: Count | None = getattr(self, role)
        return value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"category": self.category, "model": self.model}
        for role in COUNT_ROLES:
            out[role] = _count_dict(getattr(self, role))
        out["mention"] = None if self.mention is None else self.mention.to_dict()
        return out


@dataclass(slots=True)
class Totals:
    """Figures given across weapon types; never the sum of the per-type counts."""

    launched: Count | None = None
    destroyed: Count | None = None
    shot_down: Count | None = None
    suppressed: Count | None = None
    hit: Count | None = None
    pending: Count | None = None

    def get(self, role: str) -> Count | None:
        value: Count | None = getattr(self, role)
        return value

    def to_dict(self) -> dict[str, Any]:
        return {role: _count_dict(getattr(self, role)) for role in COUNT_ROLES}


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two or more figures for the same field that disagree; all are kept."""

    field: str
    counts: tuple[Count, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "counts": [c.to_dict() for c in self.counts]}


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text, geocoded offline where the gazetteer knows it.

    ``role``: ``struck`` (hit or damaged there), ``interception_area`` (weapons downed
    over it), ``launch_site`` (launched from it), ``venue`` (where a meeting or statement
    took place), ``mentioned`` (anything else). ``name`` is the canonical name ("Kyiv" for
    "Kiev", "Київщина"); ``admin1`` the first-level region (oblast); ``country`` an ISO
    3166 alpha-2 code; ``lat``/``lon``/``geonameid`` are null for places the gazetteer
    does not hold.
    """

    name: str
    role: str
    text: str
    start_char: int
    end_char: int
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "start_char": self.start_char,
                "end_char": self.end_char, "role": self.role, "admin1": self.admin1,
                "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid}


@dataclass(slots=True)
class Attack:
    id: str
    attacker: str | None = None
    target: str | None = None
    period: Period = field(default_factory=Period)
    reported_by: Reporter | None = None
    weapons: list[Weapon] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)
    hit_locations: Count | None = None
    debris_locations: Count | None = None
    attacker_evidence: Evidence | None = None
    target_evidence: Evidence | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "attacker": self.attacker,
            "target": self.target,
            "period": self.period.to_dict(),
            "reported_by": None if self.reported_by is None else self.reported_by.to_dict(),
            "weapons": [w.to_dict() for w in self.weapons],
            "totals": self.totals.to_dict(),
            "hit_locations": _count_dict(self.hit_locations),
            "debris_locations": _count_dict(self.debris_locations),
            "attacker_evidence": None
            if self.attacker_evidence is None
            else self.attacker_evidence.to_dict(),
            "target_evidence": None
            if self.target_evidence is None
            else self.target_evidence.to_dict(),
            "conflicts": [c.to_dict() for c in self.conflicts],
            "places": [p.to_dict() for p in self.places],
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone or something that speaks or acts: a person, an organisation, a country.

    ``actor_id``/``country``/``sector`` come from the actor list when the name is known;
    an unknown speaker keeps the words of the text (``name`` = ``text``).
    """

    name: str
    text: str
    start_char: int
    end_char: int
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "start_char": self.start_char,
                "end_char": self.end_char, "actor_id": self.actor_id,
                "country": self.country, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said: ``direct`` (in quotation marks) or ``indirect`` (reported)."""

    text: str
    start_char: int
    end_char: int
    kind: str
    speaker: Actor | None
    channel: Evidence | None = None
    cue: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start_char": self.start_char, "end_char": self.end_char,
                "kind": self.kind,
                "speaker": None if self.speaker is None else self.speaker.to_dict(),
                "channel": None if self.channel is None else self.channel.to_dict(),
                "cue": None if self.cue is None else self.cue.to_dict()}


EVENT_STATUSES: tuple[str, ...] = ("occurred", "planned", "proposed", "refused")


@dataclass(frozen=True, slots=True)
class Event:
    """A political or military event between actors, coded to PLOVER 2.0.

    ``type`` is a PLOVER event type (AGREE, CONSULT, … ASSAULT), ``mode`` its PLOVER mode
    where the text tells one ("visit", "sanctions", "air-strike"), ``cameo_root`` the
    two-digit CAMEO root code for GDELT users. ``status`` keeps what happened apart from
    what is only scheduled (``planned``), put forward (``proposed``) or turned down
    (``refused``). ``date`` is an ISO date when the text and publication time give one.
    ``text``/``start_char``/``end_char`` are the sentence; ``cue`` the words that carry it.
    """

    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    status: str
    date: str | None
    location: Place | None
    text: str
    start_char: int
    end_char: int
    cameo_root: str | None = None
    cue: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode,
                "source": None if self.source is None else self.source.to_dict(),
                "target": None if self.target is None else self.target.to_dict(),
                "status": self.status, "date": self.date,
                "location": None if self.location is None else self.location.to_dict(),
                "text": self.text, "start_char": self.start_char, "end_char": self.end_char,
                "cameo_root": self.cameo_root,
                "cue": None if self.cue is None else self.cue.to_dict()}


@dataclass(frozen=True, slots=True)
class InputDocument:
    """One document to read, with what is known about it."""

    text: str
    published: str | datetime | date | None = None
    source: str | None = None
    title: str | None = None
    id: str | None = None
    language: str | None = None
    url: str | None = None


@dataclass(slots=True)
class DocumentMeta:
    id: str
    published: str | None = None
    language: str = "en"
    title: str | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published,
            "language": self.language,
            "title": self.title,
            "source": self.source,
            "url": self.url,
        }


@dataclass(slots=True)
class DocumentResult:
    """What sitrep read from one document."""

    document: DocumentMeta
    attacks: list[Attack] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    casualties: list[Any] = field(default_factory=list)  # sitrep.casualties.Casualty
    impacts: list[Any] = field(default_factory=list)  # sitrep.impacts.Impact
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    text: str = field(default="", repr=False)
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "document": self.document.to_dict(),
            "attacks": [a.to_dict() for a in self.attacks],
            "quotes": [q.to_dict() for q in self.quotes],
            "casualties": [c.to_dict() for c in self.casualties],
            "impacts": [i.to_dict() for i in self.impacts],
            "events": [e.to_dict() for e in self.events],
            "places": [p.to_dict() for p in self.places],
            "warnings": list(self.warnings),
        }

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return 0, len(self.text)
