"""Which language a document is in: ``en``, ``uk`` or ``ru``, from its letters.

Cyrillic text is Ukrainian when it has Ukrainian-only letters (і ї є ґ) at least as often
as Russian-only ones (ы э ъ ё); Latin-script text is English. Emoji, digits, URLs and
Latin model names inside Cyrillic text ("Shahed", "KN-23") do not change the answer.
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "fold_lookalikes"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_URL = re.compile(r"https?://\S+|www\.\S+|t\.me/\S+")


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """``"uk"``, ``"ru"`` or ``"en"`` (the default when letters are few)."""
    head = _URL.sub(" ", text[:sample])
    cyrillic = len(_CYRILLIC.findall(head))
    latin = len(_LATIN.findall(head))
    if cyrillic <= latin:
        return "en"
    uk = len(_UKRAINIAN.findall(head))
    ru = len(_RUSSIAN.findall(head))
    return "ru" if ru > uk else "uk"


# Latin letters that look like Cyrillic ones, for words that mix the two scripts
# ("крилатi" with a Latin i, "БПЛA" with a Latin A): one character for one, so that every
# offset into the folded text is the same offset into the text as received.
_TO_CYRILLIC = str.maketrans("aceiopxykmthbACEHIKMOPTXBy", "асеіорхукмтнвАСЕНІКМОРТХВу")
_MIXED_WORD = re.compile(r"\w*(?:[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff])\w*")


def fold_lookalikes(text: str) -> str:
    """Cyrillic letters for the Latin look-alikes inside mixed-script words only.

    Whole Latin words ("Shahed", "KN-23") are left alone; the result has the same length.
    """
    if not (_CYRILLIC.search(text) and _LATIN.search(text)):
        return text
    folded = _MIXED_WORD.sub(lambda m: m.group(0).translate(_TO_CYRILLIC), text)
    return folded if len(folded) == len(text) else text
