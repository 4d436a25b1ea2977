"""Damage and disruption: power outages, rail disruption, buildings damaged, energy and port
facilities hit — each with its kind, count and unit where the text gives one, a duration
("delays of up to 4 hours") and its span. Patterns are data (``rules/<lang>/impacts.json``)
in a small grammar: ``NUM`` (a number expression) and ``UNIT`` (the kind's units).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import RulesError
from .model import Count, Evidence, Place
from .numbers import grammar_for

__all__ = ["Impact", "ImpactFinder", "finder_for"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True, slots=True)
class Impact:
    kind: str
    count: Count | None
    unit: str | None
    duration: Evidence | None
    text: str
    start_char: int
    end_char: int
    place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": None if self.count is None else self.count.to_dict(),
                "unit": self.unit,
                "duration": None if self.duration is None else self.duration.to_dict(),
                "place": None if self.place is None else self.place.to_dict(),
                "text": self.text, "start_char": self.start_char,
                "end_char": self.end_char}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


class ImpactFinder:
    def __init__(self, language: str) -> None:
        lang = language.split("+")[-1]
        try:
            data = json.loads(resources.files("sitrep").joinpath("rules", lang, "impacts.json")
                              .read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise RulesError(f"rule file {lang}/impacts.json is missing") from exc
        self.numbers = grammar_for(lang)
        num = self.numbers.pattern.replace("(?P<qual>", "(?P<q>").replace("(?P<num>", "(?P<n>")
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        self.kind_triggers = {kind: re.compile(spec["trigger"])
                              for kind, spec in data["kinds"].items()}
        for kind, spec in data["kinds"].items():
            unit = f"(?P<unit>{_alt([u.lower() for u in spec['units']])})"
            for pattern in spec["patterns"]:
                body = pattern.replace("NUM", num, 1).replace("UNIT", unit, 1).replace(" ", r"\s+")
                try:
                    self.patterns.append((kind, re.compile(rf"\b{body}\b")))
                except re.error as exc:
                    raise RulesError(f"rule file {lang}/impacts.json: {kind}: {exc}") from exc
        self.duration = re.compile(data["duration"])
        self.trigger = re.compile(data["trigger"], re.IGNORECASE)

    def find(self, text: str) -> list[Impact]:
        if not self.trigger.search(text):
            return []
        low = text.lower() if len(text.lower()) == len(text) else text
        out: list[Impact] = []
        hits = {kind: [m.start() for m in t.finditer(low)]
                for kind, t in self.kind_triggers.items()}
        if not any(hits.values()):
            return []
        for sent in _SENTENCE.finditer(low):
            s_lo, s_hi = sent.start(), sent.end()
            kinds_seen: set[str] = set()
            for kind, pattern in self.patterns:
                if kind in kinds_seen:
                    continue
                near = [h for h in hits[kind] if s_lo <= h < s_hi]
                if not near:
                    continue
                m = None
                for h in near:  # the figure stands close to the word that names the kind
                    m = pattern.search(low, max(s_lo, h - 80), min(s_hi, h + 80))
                    if m is not None:
                        break
                if m is None:
                    continue
                kinds_seen.add(kind)
                groups = m.groupdict()
                count = None
                if groups.get("n"):
                    n_lo, n_hi = m.span("n")
                    c_lo = m.start("q") if groups.get("q") else n_lo
                    c_hi = m.end("unit") if groups.get("unit") else n_hi
                    value = self.numbers.value(groups["n"])
                    qualifier = "vague" if value is None else self.numbers.qualifier(groups["q"])
                    count = Count(value, qualifier, text[c_lo:c_hi], c_lo, c_hi)
                d = self.duration.search(low, s_lo, s_hi)
                duration = None if d is None else Evidence(text[d.start():d.end()], d.start(),
                                                           d.end())
                body = text[s_lo:s_hi].strip()
                a = s_lo + text[s_lo:s_hi].find(body)
                out.append(Impact(kind, count, groups.get("unit"), duration, body, a,
                                  a + len(body)))
        return out


@cache
def finder_for(language: str) -> ImpactFinder:
    return ImpactFinder(language)
