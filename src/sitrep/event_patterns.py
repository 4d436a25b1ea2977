"""Event cue patterns: compiled once, found in a document with one cheap pass.

A cue pattern of ``rules/<lang>/events.json`` is a regular expression that begins with a
word ("attack(?:s|ed)?", "(?:held|hold) (?:[\\w'’.,-]+ ){0,3}talks"). :func:`first_words`
spells out the words a pattern can begin with; :class:`CueScanner` keeps them in a set, so
that finding the cues of a document is one pass over its words (``str.lower`` and one
``findall``) and a set intersection. Only where one of those words occurs are the patterns
that can begin with it tried. A document without a cue word costs that one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import RulesError

__all__ = ["CueMatch", "CueScanner", "WordGate", "alternation", "first_words", "pattern"]

_LETTER = re.compile(r"[^\W\d_]|['\u2019-]")
# a word as the gate reads it: letters and digits joined by hyphens or apostrophes
_GATE_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
_BEFORE_WORD = re.compile(r"[\w-]")  # what may not stand right before a cue word
_AFTER_WORD = re.compile(r"[\w'\u2019-]")  # … or right after it
# a sentence end inside a match: a line break, or a stop before a capital
_SENTENCE_END = re.compile(
    r"\n|[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z\u0400-\u042f])")


def pattern(text: str) -> str:
    """A rule pattern as a regular expression: a space is any run of spaces."""
    return text.replace(" ?", r"\s*").replace(" ", r"\s+")


def alternation(patterns: list[str]) -> str:
    """One alternation of rule patterns, the longest first."""
    return "|".join(f"(?:{pattern(p)})" for p in sorted(set(patterns), key=len, reverse=True))


def _group_end(text: str, i: int) -> int:
    """The index of the ``)`` that closes the group opened at ``text[i]``."""
    depth = 0
    k = i
    while k < len(text):
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return k
        k += 1
    raise RulesError(f"cue pattern {text!r}: unbalanced parentheses")


def _alternatives(inner: str) -> list[str]:
    parts, depth, part = [], 0, ""
    for ch in inner:
        if ch == "|" and depth == 0:
            parts.append(part)
            part = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        part += ch
    return [*parts, part]


def first_words(text: str) -> set[tuple[str, bool]]:
    """The first words a cue pattern can begin with, spelled out: ``(word, complete)``.

    "attack(?:s|ed)?" gives attack, attacks, attacked (complete: the word ends there);
    "retaliat\\w*" gives retaliat (a beginning only). An optional group at the start
    ("(?:forcibly )?evicted") gives the words of both ways. Raises :class:`RulesError` for
    a pattern that does not begin with a letter.
    """
    words: set[str] = {""}
    i = 0
    while True:
        if text.startswith(" ?", i) and words != {""}:
            # "air ?strikes?": the word ends here, or goes on with the next ("airstrikes")
            joined = {(w, True) for w in words}
            for more, complete in first_words(text[i + 2:]):
                joined |= {(w + more, complete) for w in words}
            return joined
        if i >= len(text) or text[i].isspace() or text.startswith(("(?=", "(?!", "\\s"), i):
            complete = True
            break
        ch = text[i]
        if ch == "[":  # a class of letters ("normali[sz]e"): each of them
            close = text.find("]", i)
            letters = text[i + 1:close]
            if close > i and letters.isalpha() and letters.islower() \
                    and text[close + 1:close + 2] not in ("?", "*", "+", "{"):
                words = {w + c for w in words for c in letters}
                i = close + 1
                continue
        if _LETTER.fullmatch(ch):
            if text[i + 1:i + 2] == "?":
                words |= {w + ch for w in words}
                i += 2
            elif text[i + 1:i + 2] in ("*", "+", "{"):
                complete = False
                break
            else:
                words = {w + ch for w in words}
                i += 1
            continue
        if text.startswith("(?:", i):
            close = _group_end(text, i)
            quantifier = text[close + 1:close + 2]
            alternatives = _alternatives(text[i + 3:close])
            after = close + (2 if quantifier in ("?", "*", "+") else 1)
            if words == {""}:  # the pattern begins with the group: each way on its own
                out: set[tuple[str, bool]] = set()
                for alt in alternatives:
                    out |= first_words(alt + text[after:])
                if quantifier in ("?", "*"):
                    out |= first_words(text[after:].lstrip())
                return out
            if all(a[:1].isspace() for a in alternatives):
                complete = True  # "met(?: with)?": the word ends here
                break
            if quantifier not in ("*", "+") and all(
                    re.fullmatch(r"(?:[^\W\d_]|['\u2019-])*", a) for a in alternatives):
                grown = {w + a for w in words for a in alternatives}
                words = grown | words if quantifier == "?" else grown
                i = after
                continue
        complete = False
        break
    words = {w.lower() for w in words if w}
    if not words:
        raise RulesError(f"cue pattern {text!r} must begin with a word")
    return {(w, complete) for w in words}


@dataclass(frozen=True, slots=True)
class CueMatch:
    """The longest cue found at one place: the index of its rule, its characters."""

    index: int
    start: int
    end: int


class CueScanner:
    """Every cue pattern of a rule set, found by the words they begin with.

    ``patterns``: ``(rule index, pattern)`` pairs. The gate is a set of whole first words
    and a short expression for the few patterns that begin with a part of a word
    ("retaliat\\w*").
    """

    def __init__(self, patterns: list[tuple[int, str]]) -> None:
        self._groups = [(index, text, first_words(text)) for index, text in patterns]
        self._whole = frozenset(w for *_, words in self._groups for w, complete in words
                                if complete)
        begun = sorted({w for *_, words in self._groups for w, complete in words
                        if not complete}, key=len, reverse=True)
        # read over the text in lower case
        self._begun = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, begun))})\w*") if begun else None
        self._begun_words = begun
        self._by_word: dict[str, list[tuple[int, re.Pattern[str]]]] = {}

    def _cues_from(self, word: str) -> list[tuple[int, re.Pattern[str]]]:
        """The cues that can begin with ``word`` (what the gate found), compiled once."""
        compiled = self._by_word.get(word)
        if compiled is None:
            compiled = [(index, re.compile(pattern(text) + r"(?:(?<=\s)|(?![\w-]))",
                                           re.IGNORECASE))
                        for index, text, words in self._groups
                        if any(w == word if complete else word.startswith(w)
                               for w, complete in words)]
            self._by_word[word] = compiled
        return compiled

    def _starts(self, text: str) -> list[tuple[int, str]]:
        """Where a cue word stands in ``text``: ``(offset, word in lower case)``."""
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: no offsets
            return self._starts_by_expression(text)
        found = self._whole.intersection(_GATE_WORD.findall(low))
        starts: list[tuple[int, str]] = []
        for word in found:
            n = len(word)
            i = low.find(word)
            while i >= 0:
                j = i + n
                if (i == 0 or not _BEFORE_WORD.match(low, i - 1)) and (
                        j == len(low) or not _AFTER_WORD.match(low, j)):
                    starts.append((i, word))
                i = low.find(word, j)
        if self._begun is not None:
            starts.extend((m.start(), m.group()) for m in self._begun.finditer(low))
        starts.sort()
        return starts

    def _starts_by_expression(self, text: str) -> list[tuple[int, str]]:
        starts = [(m.start(), m.group().lower()) for m in _GATE_WORD.finditer(text)
                  if m.group().lower() in self._whole]
        if self._begun is not None:
            starts.extend((m.start(), m.group().lower()) for m in self._begun.finditer(text)
                          if m.group().lower().startswith(tuple(self._begun_words)))
        starts.sort()
        return starts

    def find(self, text: str) -> list[CueMatch]:
        """The cues of ``text`` in order; where several begin at one place, the longest (the
        first listed on a tie); a cue never runs past the end of its sentence."""
        matches: list[CueMatch] = []
        taken = 0
        for start, word in self._starts(text):
            if start < taken:
                continue
            best: tuple[int, int] | None = None
            for index, compiled in self._cues_from(word):
                m = compiled.match(text, start)
                if m is None:
                    continue
                end = m.end()
                stop = _SENTENCE_END.search(text, start, end)
                if stop is not None:  # "… a drone ship in the Atlantic.\n\nVenlum Systems"
                    m = compiled.match(text, start, stop.start())
                    if m is None:
                        continue
                    end = m.end()
                if best is None or end > best[1]:
                    best = (index, end)
            if best is not None:
                end = best[1]
                while end > start and text[end - 1].isspace():
                    end -= 1
                matches.append(CueMatch(best[0], start, end))
                taken = end
        return matches


class WordGate:
    """The first words of a list of patterns: whether a stretch of words holds one of them
    (so that the patterns themselves are searched only there)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        words = {pair for text in patterns for pair in first_words(text)}
        self.whole = frozenset(w for w, complete in words if complete)
        begun = sorted({w for w, complete in words if not complete}, key=len, reverse=True)
        # the beginnings of words ("kh-" of "Kh-\\d+"), searched in the words joined by spaces
        self._begun = re.compile(rf"(?:^| )(?:{'|'.join(map(re.escape, begun))})") \
            if begun else None

    def present(self, words: list[str]) -> bool:
        """Whether one of ``words`` (lower case) may begin one of the patterns."""
        if not self.whole.isdisjoint(words):
            return True
        return self._begun is not None and self._begun.search(" ".join(words)) is not None
