"""(quote text, speaker text) pairs of an English text, with every offset checked."""

from __future__ import annotations

from sitrep.quotes import finder_for


def pairs(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    out = []
    for q in finder_for(language).find(text):
        assert text[q.start_char:q.end_char] == q.text
        if q.speaker is not None:
            sp = q.speaker
            assert text[sp.start_char:sp.end_char] == sp.text
        out.append((q.text, None if q.speaker is None else q.speaker.text))
    return out
