"""Which gold format a file is in: named by the user, or guessed from its name and start."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.errors import EvalError

__all__ = ["AIRFORCE_FORMATS", "FORMATS", "detect_format", "gold_name"]

FORMATS: tuple[str, ...] = ("sitrep", "sitrep-events", "sitrep-places", "sitrep-quotes",
                             "case2021", "plover", "wikievents", "airforce-morning",
                             "airforce-channel", "airforce-infographics", "polnear")
AIRFORCE_FORMATS: tuple[str, ...] = ("airforce-morning", "airforce-channel",
                                     "airforce-infographics")
_HEAD_BYTES = 65_536


def _head(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            return fh.read(_HEAD_BYTES).decode("utf-8", errors="replace")
    except FileNotFoundError as exc:
        raise EvalError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise EvalError(f"{path} is a directory, not a gold file") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _first_json_line(head: str) -> dict[str, object] | None:
    for line in head.splitlines():
        if line.strip():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                return None
            return obj if isinstance(obj, dict) else None
    return None


def detect_format(path: Path) -> str:
    """Guess the format of ``path`` from its contents, then its name.

    A directory is a ``polnear`` split when it holds ``text/`` and ``attributions/``.
    """
    if path.is_dir() and (path / "text").is_dir() and (path / "attributions").is_dir():
        return "polnear"
    head = _head(path)
    first_line = head.split("\n", 1)[0]
    if first_line.rstrip("\r").split("\t") == ["id", "EventSnippet", "SubType"]:
        return "case2021"
    obj = _first_json_line(head)
    if obj is not None:
        if "event_mentions" in obj and "sentences" in obj:
            return "wikievents"
        if "attacks" in obj and "text" in obj:
            return "sitrep"
        if "events" in obj and "text" in obj:
            return "sitrep-events"
        if "places" in obj and "text" in obj:
            return "sitrep-places"
        if "quotes" in obj and "text" in obj:
            return "sitrep-quotes"
        if "expected_from_upstream_tests" in obj and "text" in obj:
            return "airforce-morning"
        if "ocr_text" in obj and "parsed_date" in obj:
            return "airforce-infographics"
        if "datetime_utc" in obj and "text" in obj and "message_id" in obj:
            return "airforce-channel"
    if head.lstrip().startswith("[") and '"event"' in head and '"text"' in head:
        return "plover"
    lowered = str(path).lower()
    for fmt, hints in (("case2021", ("case2021", "case-2021")), ("plover", ("plover",)),
                       ("wikievents", ("wikievents",)),
                       ("airforce-morning", ("morning_reports",)),
                       ("airforce-channel", ("channel_posts",)),
                       ("airforce-infographics", ("airforce-infographics", "ocr_texts"))):
        if any(hint in lowered for hint in hints):
            return fmt
    if path.suffix.lower() == ".jsonl":
        return "sitrep"
    raise EvalError(f"{path}: cannot tell the gold format; pass --format "
                    f"({', '.join(FORMATS)})")


def gold_name(path: Path, fmt: str) -> str:
    """The key of a gold set in the floors file: the format name for the shared sets,
    the file's stem for native gold (``eval/gold/en_attacks.jsonl`` -> ``en_attacks``,
    ``eval/gold/en_events.jsonl`` -> ``en_events``)."""
    return path.stem if fmt.startswith("sitrep") else fmt
