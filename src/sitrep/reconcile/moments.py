"""Times of periods and publications: ISO 8601 strings to comparable moments."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..periods import KYIV

__all__ = ["overlap_hours", "parse_moment"]


def parse_moment(value: str, *, end: bool) -> datetime:
    """An aware moment; a bare date is the start of that day (the end of it if ``end``).

    Reports are dated in Kyiv time: a time without an offset is read as Kyiv time.

    Raises ``ValueError`` for a string that is no ISO 8601 date or date-time.
    """
    text = value.strip()
    if "T" not in text and " " not in text:
        day = date.fromisoformat(text)
        moment = datetime.combine(day, time(0), tzinfo=KYIV)
        return moment + timedelta(days=1) if end else moment
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=KYIV)


def overlap_hours(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> float:
    """Hours that two intervals share (zero or negative when they do not overlap)."""
    return (min(a[1], b[1]) - max(a[0], b[0])).total_seconds() / 3600
