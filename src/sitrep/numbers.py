"""Amounts in text: digits with separators, number words, vague amounts, qualifiers.

``NumberGrammar`` builds one regular expression from ``rules/<lang>/numbers.json`` and
turns a match into ``(value, qualifier)``. ``value`` is ``None`` for vague amounts.
"""

from __future__ import annotations

import re as regex
from dataclasses import dataclass
from functools import cache

from .rules import NumberRules, load_inflections, load_numbers

__all__ = ["NumberGrammar", "grammar_for"]

_CASE_ENDING = regex.compile(r"-[а-яіїєґ]{1,3}$")


def _alt(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class NumberGrammar:
    rules: NumberRules
    pattern: str  # a regex fragment with named groups qual, num
    _qualifier_of: dict[str, str]
    _vague: frozenset[str]

    @classmethod
    def build(cls, rules: NumberRules) -> NumberGrammar:
        unit = _alt(list(rules.units))
        ten = _alt(list(rules.tens))
        scale = _alt(list(rules.scales))
        word_small = rf"(?:(?:{ten})(?:[-\s](?:{unit}))?|(?:{unit}))"
        word_number = (
            rf"(?:{word_small}(?:\s+(?:{scale})(?:\s+(?:and\s+)?{word_small})?)*"
            rf"|(?:a|one)\s+(?:{scale})(?:\s+(?:and\s+)?{word_small})?)"
        )
        digits = (
            r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,])"
            r"|\d+(?:\.\d+)?(?:\s*(?:thousand|million|k)\b)?|\d+)"
        )
        fixed = _alt(list(rules.fixed))
        vague = _alt(rules.vague)
        qualifier_of: dict[str, str] = {}
        for qual, phrases in rules.qualifiers.items():
            for phrase in phrases:
                qualifier_of[" ".join(phrase.lower().split())] = qual
        quals = _alt([p for ps in rules.qualifiers.values() for p in ps])
        pattern = (
            rf"(?:(?P<qual>{quals})\s+)?"
            rf"(?P<num>(?<![\w\-/.,])(?:{digits}|{fixed}|{vague}|{word_number})(?![\w\-/])(?!:\d))"
        )
        vague_set = frozenset(" ".join(v.lower().split()) for v in rules.vague)
        return cls(rules=rules, pattern=pattern, _qualifier_of=qualifier_of, _vague=vague_set)

    def qualifier(self, phrase: str | None) -> str:
        if not phrase:
            return "exact"
        return self._qualifier_of.get(" ".join(phrase.lower().split()), "exact")

    def value(self, text: str) -> int | None:
        """The integer value of a number expression, ``None`` for a vague amount."""
        t = " ".join(text.lower().replace("\u00a0", " ").replace("\u202f", " ")
                     .replace("\u2019", "'").replace("\u02bc", "'").split())
        rules = self.rules
        if t in rules.fixed:
            return rules.fixed[t]
        if t in self._vague:
            return None
        if t[0].isdigit():
            return _digits_value(_CASE_ENDING.sub("", t))
        return _words_value(t, rules)


def _digits_value(t: str) -> int | None:
    mult = 1
    for suffix, factor in ((" thousand", 1000), ("thousand", 1000), (" million", 1_000_000),
                           ("million", 1_000_000), ("k", 1000)):
        if t.endswith(suffix):
            t = t[: -len(suffix)].strip()
            mult = factor
            break
    t = t.replace(",", "").replace(" ", "").replace("\u2009", "")
    try:
        return round(float(t) * mult)
    except ValueError:
        return None


def _words_value(t: str, rules: NumberRules) -> int | None:
    total = 0
    current = 0
    seen = False
    for word in t.replace("-", " ").split():
        if word == "and":
            continue
        if word in ("a", "one") and not seen:
            current = 1
            seen = True
            continue
        if word in rules.units:
            current += rules.units[word]
        elif word in rules.tens:
            current += rules.tens[word]
        elif word in rules.scales:
            scale = rules.scales[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        else:
            return None
        seen = True
    return total + current if seen else None


@cache
def grammar_for(language: str = "en") -> NumberGrammar:
    rules = load_numbers(language)
    extra = load_inflections(language).numbers
    if extra:
        # generated case forms are additive words like "units" (each keeps its own value)
        rules = rules.model_copy(update={"units": {**extra, **rules.units}})
    return NumberGrammar.build(rules)
