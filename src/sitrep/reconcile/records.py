"""What one document says, as typed records read from its ``sitrep/1`` result.

A :class:`Claim` is one attack of one document with its figures; a :class:`QuoteMention`
one quote, an :class:`EventMention` one political or military event. Each keeps the
:class:`SourceDocument` it came from; figures, places and actors are the contract's own
:class:`~sitrep.model.Count`, :class:`~sitrep.model.Place` and
:class:`~sitrep.model.Actor`, with the character offsets of their evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from ..model import Actor, Count, Place

__all__ = [
    "Claim",
    "EventMention",
    "FigureKey",
    "QuoteMention",
    "SourceDocument",
    "actor_key",
]

#: ``FigureKey.category`` of figures given across weapon types.
TOTAL = "total"
#: ``FigureKey.category`` of the hit and debris location counts.
LOCATIONS = "locations"
#: ``FigureKey.category`` of casualty figures; their ``model`` is the place, if named.
CASUALTIES = "casualties"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """Where a claim was published: the document's id, outlet or channel, URL and time."""

    id: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None
    published_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"document_id": self.id, "source": self.source, "url": self.url,
                "published": self.published, "title": self.title, "language": self.language}


class FigureKey(NamedTuple):
    """What a figure counts: a weapon ``category`` and ``model`` and a ``role``.

    ``category`` is also ``total`` (a figure across weapon types), ``locations`` (role
    ``hit_locations`` or ``debris_locations``) or ``casualties`` (role ``killed``,
    ``injured`` or ``missing``; ``model`` is then the place the text gives, if any).
    """

    category: str
    model: str | None
    role: str

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "model": self.model, "role": self.role}


@dataclass(frozen=True, slots=True)
class Claim:
    """One attack as one document reports it.

    ``start``/``end`` are the resolved period (ISO 8601) or ``None``; ``reported_by``
    names who gave the figures in the text. ``conflicts`` are figures the document itself
    gives twice with different values (kept as the result has them).
    """

    document: SourceDocument
    attack_id: str
    attacker: str | None
    target: str | None
    start: str | None
    end: str | None
    period_text: str | None
    period_kind: str | None
    reported_by: str | None
    figures: tuple[tuple[FigureKey, Count], ...]
    places: tuple[Place, ...] = ()
    conflicts: tuple[tuple[str, tuple[Count, ...]], ...] = ()

    def figure(self, key: FigureKey) -> Count | None:
        for k, figure in self.figures:
            if k == key:
                return figure
        return None

    def to_dict(self) -> dict[str, Any]:
        return {**self.document.to_dict(), "attack_id": self.attack_id,
                "attacker": self.attacker, "target": self.target,
                "period": {"start": self.start, "end": self.end, "text": self.period_text,
                           "kind": self.period_kind},
                "reported_by": self.reported_by,
                "figures": [{**k.to_dict(), **f.to_dict()} for k, f in self.figures],
                "conflicts": [{"field": name, "counts": [f.to_dict() for f in figures]}
                              for name, figures in self.conflicts]}


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One quote in one document."""

    document: SourceDocument
    text: str
    start_char: int
    end_char: int
    kind: str
    speaker: Actor | None

    def to_dict(self) -> dict[str, Any]:
        return {**self.document.to_dict(), "text": self.text, "start_char": self.start_char,
                "end_char": self.end_char, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class EventMention:
    """One political or military event in one document (PLOVER type, CAMEO root)."""

    document: SourceDocument
    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    status: str
    date: str | None
    location: Place | None
    cameo_root: str | None
    text: str
    start_char: int
    end_char: int


def actor_key(actor: Actor) -> str:
    """What makes two mentions the same actor: the actor id, else the folded name."""
    return actor.actor_id or " ".join(actor.name.casefold().split())
