"""Places an attack names, with their role; for now where weapons were launched from.

"(район пуску – Курська обл., Новоросійськ - рф)", "із напрямків: Брянськ, Курськ, Орел –
рф, ТОТ Донецьк", "launched from Kursk and Bryansk regions": after a launch-site phrase, the
names up to the end of the bracket, clause or sentence are split on commas and "and", each
kept with its span. The country is Russia when the group says "рф" or names a Russian place
of the actor list, Ukraine for occupied territory ("ТОТ"); a gazetteer with coordinates
comes with the places issue.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .counts import DocView
from .model import Place

__all__ = ["PlaceFinder", "finder_for", "launch_sites"]

_STOP = re.compile(r"[);]|\.(?:\s|$)|\n")
_SPLIT = re.compile(r",|\s+(?:та|і|й|and|or)\s+")
_RUSSIA = re.compile(r"(?:^|[\s–—-])(?:рф|РФ|росія|Росія|Russia)\b")
_OCCUPIED = re.compile(r"\bТОТ\b|\bтот\b|окупован|occupied", re.IGNORECASE)
_TRIM = re.compile(r"^[\s:–—\-\"«“]+|[\s:–—\-\"»”,.]+$")
_GROUP_TAIL = re.compile(r"\s*[–—-]\s*(?:рф|РФ|ТОТ(?:\s+АР\s+Крим)?)\s*\.?$")


def launch_sites(view: DocView) -> list[Place]:
    text = view.text
    places: list[Place] = []
    seen: set[str] = set()
    ru_places = {name for name, code in view.vocab.place_country.items() if code == "RU"}
    for s, e, _ in view.index.get("LAUNCHSITE"):
        start = view.char_span(s, e)[1]
        sent_end = view.sentences[view.sentence_of(s)][1]
        stop = _STOP.search(text, start, sent_end)
        end = stop.start() if stop else sent_end
        segment = text[start:end]
        country_all = "RU" if _RUSSIA.search(segment) else None
        offset = start
        for piece in _SPLIT.split(segment):
            piece_start = text.find(piece, offset, end) if piece else -1
            if piece_start < 0:
                continue
            offset = piece_start + len(piece)
            name = _GROUP_TAIL.sub("", _TRIM.sub("", piece))
            name = _TRIM.sub("", name)
            if not name or len(name) < 3 or name.lower() in ("рф", "russia") \
                    or not name[0].isupper() or name in seen:
                continue  # place names are capitalised ("…, the air force said" is not one)
            seen.add(name)
            lead = piece.find(name)
            a = piece_start + max(lead, 0)
            b = a + len(name)
            if text[a:b] != name:
                continue
            country = "UA" if _OCCUPIED.search(piece) else (
                "RU" if _RUSSIA.search(piece) or name.split()[0] in ru_places else country_all)
            places.append(Place(name=name, role="launch_site", text=name, start_char=a,
                                end_char=b, country=country))
    return places


class PlaceFinder:
    """Finds and geocodes the places of a document (one per language or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def locate(self, state: Any) -> None:
        """Fill ``state.places`` (a ``DocState``) with every place of the document."""
        places: list[Place] = []
        for attack in state.attacks:
            places.extend(attack.places)
        state.places = sorted(places, key=lambda p: p.start_char)


@cache
def finder_for(language: str) -> PlaceFinder:
    return PlaceFinder(language)
