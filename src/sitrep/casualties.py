"""Casualties: killed, injured and missing, with who they were and the scope of the figure.

A figure is read next to a word of its kind ("killed 5 people", "5 people were killed",
"killing at least five", "the death toll rose to 9"); figures of one sentence make one
record ("killing two and injuring 14"). The scope keeps tolls apart that must never be
added: ``attack`` (this document's attack), ``national_day`` (a country-wide past-day
total), ``background`` (an earlier event, a year's total), ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import RulesError
from .model import Count, Evidence, Place
from .numbers import grammar_for

__all__ = ["Casualty", "CasualtyFinder", "finder_for"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True, slots=True)
class Casualty:
    killed: Count | None
    injured: Count | None
    missing: Count | None
    who: Evidence | None
    scope: str
    attack_id: str | None
    text: str
    start_char: int
    end_char: int
    place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        def c(x: Count | None) -> dict[str, Any] | None:
            return None if x is None else x.to_dict()

        return {"killed": c(self.killed), "injured": c(self.injured), "missing": c(self.missing),
                "who": None if self.who is None else self.who.to_dict(), "scope": self.scope,
                "place": None if self.place is None else self.place.to_dict(),
                "attack_id": self.attack_id, "text": self.text,
                "start_char": self.start_char, "end_char": self.end_char}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


class CasualtyFinder:
    def __init__(self, language: str) -> None:
        import json
        from importlib import resources

        lang = language.split("+")[-1] if "+" in language else language
        try:
            data = json.loads(resources.files("sitrep").joinpath("rules", lang,
                                                                "casualties.json")
                              .read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise RulesError(f"rule file {lang}/casualties.json is missing") from exc
        numbers = grammar_for(lang)
        self.numbers = numbers
        num = numbers.pattern.replace("(?P<qual>", "(?P<q>").replace("(?P<num>", "(?P<n>")
        adjectives = "other|more|civilian|young|elderly|local|ukrainian|russian"
        who = rf"(?P<who>(?:(?:{adjectives})\s+)?(?:{_alt(data['who'])}))"
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for kind, after, before in (("killed", data["killed_after"], data["killed_before"]),
                                    ("injured", data["injured_after"], data["injured_before"]),
                                    ("missing", [], data["missing_before"])):
            if after:
                self.patterns.append((kind, re.compile(
                    rf"\b(?:{_alt(after)})\s+{num}(?:\s+{who})?\b")))
            self.patterns.append((kind, re.compile(
                rf"{num}(?:\s+{who})?\s+(?:{_alt(before)})\b")))
        self.patterns.append(("killed", re.compile(
            rf"\b(?:{_alt(data['killed_toll'])})\s+{num}")))
        self.national = re.compile(rf"\b(?:{_alt(data['national'])})\b", re.IGNORECASE)
        self.background = re.compile(rf"\b(?:{_alt(data['background'])})\b", re.IGNORECASE)
        self.trigger = re.compile(r"kill|dead|died|death|injur|wound|hurt|missing|perish|lives",
                                  re.IGNORECASE)

    def find(self, text: str, attack_id: str | None) -> list[Casualty]:
        if not self.trigger.search(text):
            return []
        # patterns are lower-case and matched on a lower-cased copy (same offsets): a
        # case-sensitive alternation is several times faster than an IGNORECASE one
        original = text
        text = text.lower() if len(text.lower()) == len(text) else text
        out: list[Casualty] = []
        triggers = [m.start() for m in self.trigger.finditer(text)]
        for sent in _SENTENCE.finditer(text):
            s_lo, s_hi = sent.start(), sent.end()
            near = [t for t in triggers if s_lo <= t < s_hi]
            if not near:
                continue
            # the figures stand close to their verb: search small windows, not the sentence
            windows = _merge([(max(s_lo, t - 70), min(s_hi, t + 70)) for t in near])
            found: dict[str, Count] = {}
            who: Evidence | None = None
            taken: list[tuple[int, int]] = []
            for kind, pattern in self.patterns:
                for m in (m for w_lo, w_hi in windows
                          for m in pattern.finditer(text, w_lo, w_hi)):
                    n_lo, n_hi = m.span("n")
                    if any(a <= n_lo < b for a, b in taken) or kind in found:
                        continue
                    value = self.numbers.value(m.group("n"))
                    qualifier = self.numbers.qualifier(m.group("q"))
                    if value is None:
                        qualifier = "vague"
                    victims = m.groupdict().get("who")
                    c_lo = m.start("q") if m.group("q") else n_lo
                    c_hi = m.end("who") if victims else n_hi
                    found[kind] = Count(value, qualifier, original[c_lo:c_hi], c_lo, c_hi)
                    taken.append((n_lo, n_hi))
                    if who is None and victims and victims.lower() not in (
                            "others", "more", "people", "persons"):
                        w_lo, w_hi = m.span("who")
                        who = Evidence(original[w_lo:w_hi], w_lo, w_hi)
            if not found:
                continue
            sentence = original[s_lo:s_hi]
            if self.background.search(sentence):
                scope = "background"
            elif self.national.search(sentence):
                scope = "national_day"
            elif attack_id is not None:
                scope = "attack"
            else:
                scope = "unknown"
            body = sentence.strip()
            a = s_lo + sentence.find(body)
            out.append(Casualty(found.get("killed"), found.get("injured"), found.get("missing"),
                                who, scope, attack_id if scope == "attack" else None, body, a,
                                a + len(body)))
        return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@cache
def finder_for(language: str) -> CasualtyFinder:
    return CasualtyFinder(language)
