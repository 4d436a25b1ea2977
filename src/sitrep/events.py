"""Political and military events between actors, coded to PLOVER 2.0 (with CAMEO roots).

Entry point: :func:`finder_for` gives the compiled event rules of one language; its
``find`` reads a document's text into :class:`~sitrep.model.Event` records.
"""

from __future__ import annotations

from functools import cache

from .model import Event, Quote
from .periods import Publication

__all__ = ["EventFinder", "finder_for"]


class EventFinder:
    """Compiled event rules of one language (or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def find(self, text: str, publication: Publication | None = None,
             quotes: list[Quote] | None = None) -> list[Event]:
        """The events of ``text`` in order of their sentences."""
        return []


@cache
def finder_for(language: str) -> EventFinder:
    return EventFinder(language)
