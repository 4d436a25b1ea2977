"""What the three Ukrainian Air Force sets share: reading their files and their figures.

The sets (``airforce-morning``, ``airforce-channel``, ``airforce-infographics``) are
Ukrainian texts scored against figures that others wrote down; each adapter reduces
sitrep's attacks (``sitrep/1`` dicts) to those figures. Here: one JSON Lines reader, the
document each record hands to the extractor (:class:`UkDocument`, always read as
Ukrainian), the value of a figure, and the line of the text a figure was read from.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .detection import DetectionOutcome
from .sources import read_text

__all__ = ["Extract", "UkDocument", "count_value", "destroyed_value", "line_at",
           "read_jsonl", "weapons_of"]


@dataclass(frozen=True, slots=True)
class UkDocument:
    """One text to extract: its id, text and publication time.

    ``published`` is a naive ISO date-time: sitrep takes a naive time as Kyiv time, the
    time zone the Air Force dates its reports in.
    """

    id: str
    text: str
    published: str | None
    language: str = "uk"


Extract = Callable[[Sequence[UkDocument]], tuple[list[DetectionOutcome], list[str]]]
"""Runs the extractor over documents: one outcome per document, and the refusals."""


def read_jsonl(path: Path, *, required: Sequence[str]) -> list[dict[str, Any]]:
    """Every non-blank line of ``path`` as a JSON object holding the ``required`` keys."""
    records: list[dict[str, Any]] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}, line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise EvalError(f"{path}, line {number}: expected a JSON object")
        missing = [key for key in required if key not in obj]
        if missing:
            raise EvalError(f"{path}, line {number}: missing {', '.join(missing)}")
        records.append(obj)
    if not records:
        raise EvalError(f"{path}: no records in the file")
    return records


def count_value(count: Any) -> int | None:
    """The number of a ``sitrep/1`` count object; ``None`` when absent or vague."""
    if isinstance(count, Mapping):
        value = count.get("value")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def destroyed_value(figures: Mapping[str, Any]) -> int | None:
    """The "destroyed" figure of a weapon or of the totals.

    ``destroyed`` when it has a number; otherwise ``shot_down`` + ``suppressed`` (those
    given) when the text gave them apart; otherwise ``None``.
    """
    destroyed = count_value(figures.get("destroyed"))
    if destroyed is not None:
        return destroyed
    parts = [count_value(figures.get(role)) for role in ("shot_down", "suppressed")]
    known = [p for p in parts if p is not None]
    return sum(known) if known else None


def weapons_of(attacks: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The weapons of every attack, in order."""
    return [w for a in attacks for w in (a.get("weapons") or ()) if isinstance(w, Mapping)]


def line_at(text: str, offset: int) -> str:
    """The line of ``text`` holding character ``offset``, stripped."""
    if not 0 <= offset <= len(text):
        return ""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start: len(text) if end < 0 else end].strip()
