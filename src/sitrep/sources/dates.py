"""Publication dates from sources, as ISO 8601 strings the extractor accepts."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["iso_from_struct", "iso_from_timestamp", "to_iso"]


def to_iso(value: object) -> str | None:
    """``value`` (ISO 8601, RFC 2822, or Unix seconds) as ISO 8601; ``None`` if absent.

    A date without a time stays a date (``2025-09-03``): the extractor then knows the time
    of day is unknown. Raises :class:`ValueError` for a value that is none of these.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, int | float):
        return iso_from_timestamp(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    text = value.strip()
    if text.isdigit() and len(text) >= 9:
        return iso_from_timestamp(int(text))
    if len(text) == 10:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"{value!r} is not an ISO 8601 or RFC 2822 date") from exc


def iso_from_timestamp(seconds: float) -> str:
    """Unix seconds as a UTC ISO 8601 date-time."""
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError(f"{seconds!r} is not a valid Unix time") from exc


def iso_from_struct(value: time.struct_time) -> str:
    """A UTC ``struct_time`` (as feedparser gives) as ISO 8601."""
    return datetime(*value[:6], tzinfo=UTC).isoformat()
