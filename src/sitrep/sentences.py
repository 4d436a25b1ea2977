"""Sentence boundaries as character ranges over the text exactly as received.

Rules: a line break always ends a sentence (headlines and Telegram lines carry no full
stop); ``.``, ``!`` or ``?`` followed by space and an upper-case letter, digit or quote ends
one unless the word before the stop is a known abbreviation ("p.m.", "U.S.", "Sept.").
"""

from __future__ import annotations

import regex

__all__ = ["split_sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen lt col sgt maj capt gov sen rep pres adm cmdr prof no vs etc inc corp
    co ltd jr sr jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n e.g i.e
    approx est dept min max fig mt ft""".split()
)

_BOUNDARY = regex.compile(
    r"(?P<stop>[.!?…]+)[\"'”’»)\]]*(?P<space>[ \t\u00a0]+)(?=[\"'“‘«(\[]?[\p{Lu}\d])"
    r"|(?P<nl>[ \t]*\n[\s]*)"
)
_LAST_WORD = regex.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` pairs covering every non-blank stretch of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group("stop") is not None:
            before = text[start : m.start("stop")]
            word = _LAST_WORD.search(before)
            if word is not None:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
            end = m.start("space")
        else:
            end = m.start()
        _add(text, spans, start, end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
