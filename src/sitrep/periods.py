"""Period expressions: find them ("overnight", "since 6 p.m. on Tuesday", "in September")
and resolve each to a window in Europe/Kyiv time against the publication time.

A night window runs from 18:00 the evening before to 09:00 on the morning the night
ends (the Air Force's reporting convention), capped at the publication time. Without a
publication time nothing is resolved: ``resolved`` is false and ``start``/``end`` are
``None``; the text and its offsets are still given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from .errors import InputError
from .model import Period
from .rules import PeriodRules, load_periods

__all__ = ["KYIV", "PeriodFinder", "Publication", "parse_published", "resolve"]

KYIV = ZoneInfo("Europe/Kyiv")
NIGHT_START = time(18, 0)
NIGHT_END = time(9, 0)
INVASION = date(2022, 2, 24)


@dataclass(frozen=True, slots=True)
class Publication:
    """When the document was published; ``time_known`` is false for a bare date."""

    moment: datetime  # aware, Europe/Kyiv
    time_known: bool

    @property
    def day(self) -> date:
        return self.moment.date()


def parse_published(value: str | datetime | date | None) -> Publication | None:
    """Parse an ISO 8601 date or date-time; a naive time is taken as Kyiv time."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
        known = True
    elif isinstance(value, date):
        dt = datetime.combine(value, time(23, 59))
        known = False
    else:
        text = value.strip()
        try:
            if len(text) == 10:
                dt = datetime.combine(date.fromisoformat(text), time(23, 59))
                known = False
            else:
                dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
                known = True
        except ValueError as exc:
            raise InputError(f"published: {value!r} is not an ISO 8601 date or date-time") from exc
    dt = dt.replace(tzinfo=KYIV) if dt.tzinfo is None else dt.astimezone(KYIV)
    return Publication(dt, known)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    kind: str
    scope: str
    text: str
    start_char: int
    end_char: int
    groups: dict[str, str]


class PeriodFinder:
    """Compiled period patterns of one language, dispatched by trigger word.

    Each trigger word ("overnight", "since", "September", ...) is tried only with the
    patterns whose text contains it, inside a small window around the trigger; this
    keeps the cost per document proportional to the number of triggers, not its length.
    """

    def __init__(self, rules: PeriodRules) -> None:
        self.rules = rules
        self.patterns = [
            (p.kind, p.scope, re.compile(rf"\b(?:{p.pattern})(?!\w)", re.IGNORECASE))
            for p in rules.patterns
        ]
        self._scans = [re.compile(p) for p in rules.scan]
        self._by_trigger: dict[str, list[int]] = {}
        for trigger in rules.triggers:
            word = re.compile(rf"(?<![a-z]){re.escape(trigger.lower())}(?![a-z])")
            self._by_trigger[trigger.lower()] = [
                i for i, p in enumerate(rules.patterns) if word.search(p.pattern.lower())
            ] or list(range(len(rules.patterns)))

    def scan(self, text: str) -> list[PeriodMention]:
        """Dates written in digits ("23.01.2024"), found anywhere in the text."""
        out = []
        for pattern in self._scans:
            for m in pattern.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                out.append(PeriodMention("date", "night", m.group(0), m.start(), m.end(), groups))
        return out

    def find_at(self, text: str, trigger: str, start: int, end: int, lo: int, hi: int
                ) -> PeriodMention | None:
        """The first pattern (in rule order) that matches around ``text[start:end]``."""
        candidates = self._by_trigger.get(trigger.lower(), ())
        for i in candidates:
            kind, scope, pattern = self.patterns[i]
            for m in pattern.finditer(text, lo, hi):
                if m.start() <= start and end <= m.end():
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    return PeriodMention(kind, scope, m.group(0), m.start(), m.end(), groups)
                if m.start() > start:
                    break
        return None


@cache
def finder_for(language: str = "en") -> PeriodFinder:
    return PeriodFinder(load_periods(language))


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="minutes")


def _latest_weekday(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=KYIV)


def _night_ending(day: date) -> tuple[datetime, datetime]:
    return _at(day - timedelta(days=1), NIGHT_START), _at(day, NIGHT_END)


def _month_number(rules: PeriodRules, name: str | None) -> int | None:
    if not name:
        return None
    if name.isdigit():
        number = int(name)
        return number if 1 <= number <= 12 else None
    return rules.months.get(name.lower().rstrip("."))


def _weekday_number(rules: PeriodRules, name: str | None) -> int | None:
    if not name:
        return None
    return rules.weekdays.get(name.lower())


def _date_in_past(pub: date, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        d = date(pub.year, month, day)
        return d if d <= pub + timedelta(days=1) else date(pub.year - 1, month, day)
    except ValueError:
        return None


def resolve(m: PeriodMention, pub: Publication | None, rules: PeriodRules) -> Period:
    """A :class:`Period` for a mention; unresolved without a publication time."""
    period = Period(text=m.text, start_char=m.start_char, end_char=m.end_char,
                    kind=m.kind, resolved=False)
    if pub is None:
        return period
    window = _window(m, pub, rules)
    if window is None:
        return period
    start, end = window
    if pub.time_known and end > pub.moment:
        end = pub.moment
    if start is not None and end is not None and start < end:
        period.start, period.end, period.resolved = _iso(start), _iso(end), True
    return period


def _window(m: PeriodMention, pub: Publication, rules: PeriodRules
            ) -> tuple[datetime, datetime] | None:
    g = m.groups
    today = pub.day
    kind = m.kind
    low = m.text.lower()
    if kind == "overnight":
        if "this morning" in low or "tonight" in low:
            return _night_ending(today)
        return _night_ending(today)
    if kind in ("night_of_weekdays", "overnight_into_weekday"):
        wd = _weekday_number(rules, g.get("weekday2") or g.get("weekday"))
        if wd is None:
            return None
        return _night_ending(_latest_weekday(today, wd))
    if kind == "weekday_night":
        wd = _weekday_number(rules, g.get("weekday"))
        if wd is None:
            return None
        return _night_ending(_latest_weekday(today, wd) + timedelta(days=1))
    if kind == "weekday_morning":
        wd = _weekday_number(rules, g.get("weekday") or g.get("weekday2"))
        if wd is None:
            return None
        return _night_ending(_latest_weekday(today, wd))
    if kind == "night_of_date":
        month = _month_number(rules, g.get("month") or g.get("month2") or g.get("month3")
                              or g.get("month4"))
        day = g.get("day2") or g.get("day4") or g.get("day5") or g.get("day6")
        if month is None or day is None:
            return None
        d = _date_in_past(today, month, int(day), None)
        return None if d is None else _night_ending(d)
    if kind == "weekday":
        wd = _weekday_number(rules, g.get("weekday") or g.get("weekday2"))
        if wd is None:
            return None
        d = _latest_weekday(today, wd)
        return _at(d, time(0)), _at(d + timedelta(days=1), time(0))
    if kind == "date":
        month = _month_number(rules, g.get("month") or g.get("month2"))
        day = g.get("day") or g.get("day2")
        if month is None or day is None:
            return None
        d = _date_in_past(today, month, int(day), g.get("year") or g.get("year2"))
        if d is None:
            return None
        return _at(d, time(0)), _at(d + timedelta(days=1), time(0))
    if kind == "today":
        d = today - timedelta(days=1) if "yesterday" in low else today
        return _at(d, time(0)), _at(d + timedelta(days=1), time(0))
    if kind == "past_day":
        end = pub.moment if pub.time_known else _at(today, NIGHT_END)
        return end - timedelta(hours=24), end
    if kind == "since_time":
        return _since_time(g, pub, rules)
    if kind == "month_named":
        month = _month_number(rules, g.get("month"))
        if month is None:
            return None
        year = int(g["year"]) if g.get("year") else (
            today.year if month <= today.month else today.year - 1)
        start_d = date(year, month, 1)
        end_d = date(year + (month == 12), month % 12 + 1, 1)
        return _at(start_d, time(0)), _at(end_d, time(0))
    if kind == "last_month":
        first = today.replace(day=1)
        if "last month" in low:
            prev = (first - timedelta(days=1)).replace(day=1)
            return _at(prev, time(0)), _at(first, time(0))
        if "this month" in low or "start of the month" in low:
            return _at(first, time(0)), pub.moment
        return pub.moment - timedelta(days=30), pub.moment
    if kind == "week":
        monday = today - timedelta(days=today.weekday())
        if "last week" in low:
            return _at(monday - timedelta(days=7), time(0)), _at(monday, time(0))
        if "this week" in low or "during the week" in low:
            return _at(monday, time(0)), pub.moment
        if "weekend" in low:
            sat = _latest_weekday(today, 5)
            return _at(sat, time(0)), _at(sat + timedelta(days=2), time(0))
        if "recent" in low:
            return None
        return pub.moment - timedelta(days=7), pub.moment
    if kind == "year_to_date":
        return _at(date(today.year, 1, 1), time(0)), pub.moment
    if kind == "since_invasion":
        return _at(INVASION, time(0)), pub.moment
    return None


def _since_time(g: dict[str, str], pub: Publication, rules: PeriodRules
                ) -> tuple[datetime, datetime] | None:
    hour = int(g["hour"])
    minute = int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    today = pub.day
    t = time(hour, minute)
    wd = _weekday_number(rules, g.get("weekday"))
    month = _month_number(rules, g.get("month") or g.get("month2"))
    day_text = g.get("day") or g.get("day2")
    if wd is not None:
        d = _latest_weekday(today, wd)
    elif month is not None and day_text:
        found = _date_in_past(today, month, int(day_text), None)
        if found is None:
            return None
        d = found
    elif g.get("yesterday"):
        d = today - timedelta(days=1)
    else:
        d = today
        if (pub.time_known and _at(d, t) > pub.moment) or (not pub.time_known and t >= time(12, 0)):
            d = today - timedelta(days=1)
    end = pub.moment if pub.time_known else _at(today, NIGHT_END)
    start = _at(d, t)
    if start >= end:
        end = pub.moment if pub.time_known else _at(today + timedelta(days=1), time(0))
    return start, end
