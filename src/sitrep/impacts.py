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

_SENTENCE_END = re.compile(r"[.!?]+|\n")


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
        # one pass finds every kind's words (the group that matched names the kind); a
        # kind's patterns are then tried near its word, in its sentence, in rule order
        self.triggers = re.compile("|".join(f"(?P<{kind}>{spec['trigger']})"
                                            for kind, spec in data["kinds"].items()))
        self.patterns: dict[str, list[re.Pattern[str]]] = {}
        for kind, spec in data["kinds"].items():
            unit = f"(?P<unit>{_alt([u.lower() for u in spec['units']])})"
            for pattern in spec["patterns"]:
                body = pattern.replace("NUM", num, 1).replace("UNIT", unit, 1).replace(" ", r"\s+")
                try:
                    self.patterns.setdefault(kind, []).append(re.compile(rf"\b{body}\b"))
                except re.error as exc:
                    raise RulesError(f"rule file {lang}/impacts.json: {kind}: {exc}") from exc
        self.duration = re.compile(data["duration"])

    def find(self, text: str) -> list[Impact]:
        low = text.lower() if len(text.lower()) == len(text) else text
        # kinds named in each sentence, with where their words stand
        by_sentence: dict[tuple[int, int], dict[str, list[int]]] = {}
        for hit in self.triggers.finditer(low):
            kind = hit.lastgroup
            if kind is not None:
                span = _sentence_around(low, hit.start())
                by_sentence.setdefault(span, {}).setdefault(kind, []).append(hit.start())
        out: list[Impact] = []
        for (s_lo, s_hi), hits in sorted(by_sentence.items()):
            for kind, patterns in self.patterns.items():
                near = hits.get(kind)
                m = None if near is None else self._match(low, patterns, near, s_lo, s_hi)
                if m is not None:
                    out.append(self._impact(text, low, kind, m, s_lo, s_hi))
        return out

    @staticmethod
    def _match(low: str, patterns: list[re.Pattern[str]], near: list[int], s_lo: int,
               s_hi: int) -> re.Match[str] | None:
        """The first pattern that matches close to one of the kind's words."""
        for pattern in patterns:
            for h in near:  # the figure stands close to the word that names the kind
                m = pattern.search(low, max(s_lo, h - 80), min(s_hi, h + 80))
                if m is not None:
                    return m
        return None

    def _impact(self, text: str, low: str, kind: str, m: re.Match[str], s_lo: int,
                s_hi: int) -> Impact:
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
        duration = None if d is None else Evidence(text[d.start():d.end()], d.start(), d.end())
        body = text[s_lo:s_hi].strip()
        a = s_lo + text[s_lo:s_hi].find(body)
        return Impact(kind, count, groups.get("unit"), duration, body, a, a + len(body))


def _sentence_around(low: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: after the last stop or line break before it, up to and
    including the stop after it (or the line break, or the end of the text)."""
    lo = max(low.rfind(".", 0, pos), low.rfind("!", 0, pos), low.rfind("?", 0, pos),
             low.rfind("\n", 0, pos)) + 1
    end = _SENTENCE_END.search(low, pos)
    return lo, len(low) if end is None else end.end()


@cache
def finder_for(language: str) -> ImpactFinder:
    return ImpactFinder(language)
