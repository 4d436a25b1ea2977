"""Sentence boundaries as character ranges over the text exactly as received.

Rules: a line break always ends a sentence (headlines and Telegram lines carry no full
stop); ``.``, ``!`` or ``?`` followed by space and an upper-case letter, digit or quote ends
one unless the word before the stop is a known abbreviation ("p.m.", "U.S.", "Sept.").
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen lt col sgt maj capt gov sen rep pres adm cmdr prof no vs etc inc corp
    co ltd jr sr jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n e.g i.e
    approx est dept min max fig mt ft""".split()
)

_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*[ \t\u00a0]+|[ \t]*\n\s*")
_OPENERS = "\"'\u201c\u2018\u00ab(["
_LAST_WORD = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` pairs covering every non-blank stretch of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _CANDIDATE.finditer(text):
        end_match = m.end()
        if "\n" not in m.group():
            nxt = text[end_match : end_match + 2]
            if not nxt:
                continue
            first = nxt[1:2] if nxt[0] in _OPENERS else nxt[0]
            if not (first.isupper() or first.isdigit()):
                continue
            stop = m.start()
            word = _LAST_WORD.search(text, max(start, stop - 12), stop)
            if word is not None:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
            end = m.start() + len(m.group().rstrip(" \t\u00a0"))
        else:
            end = m.start()
        _add(text, spans, start, end)
        start = end_match
    _add(text, spans, start, n)
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
