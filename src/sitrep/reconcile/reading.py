"""Reading ``sitrep/1`` results into typed records, refusing what does not fit.

A result comes as the dict of :meth:`DocumentResult.to_dict` (a line of ``sitrep extract
--jsonl``, a row of the store), as a :class:`~sitrep.model.DocumentResult`, or already
read. Only the fields that reconciling and exporting use are checked; a result that lacks
one, or has one of the wrong type, raises :class:`~sitrep.errors.InputError` naming the
document and the JSON path. ``document.url`` is read when the result carries one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NoReturn

from ..errors import InputError
from ..model import COUNT_ROLES, QUALIFIERS, Actor, Count, Place
from .moments import parse_moment
from .records import (
    CASUALTIES,
    LOCATIONS,
    TOTAL,
    Claim,
    EventMention,
    FigureKey,
    QuoteMention,
    SourceDocument,
)

if TYPE_CHECKING:
    from ..model import DocumentResult

__all__ = ["ResultDocument", "load_result", "read_results"]

SCHEMA = "sitrep/1"
_CASUALTY_ROLES = ("killed", "injured", "missing")


@dataclass(frozen=True, slots=True)
class ResultDocument:
    """One document's result, read: its claims, quotes and events."""

    document: SourceDocument
    claims: tuple[Claim, ...]
    quotes: tuple[QuoteMention, ...]
    events: tuple[EventMention, ...]


class _Reader:
    """Typed access to one result's fields; errors name the document and the path."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, path: str, message: str) -> NoReturn:
        raise InputError(f"{self.where}: {path}: {message}")

    def obj(self, value: object, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(path, f"expected an object, got {type(value).__name__}")
        return value

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Mapping[str, Any]]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", f"expected a list, got {type(value).__name__}")
        return [self.obj(v, f"{path}.{key}[{i}]") for i, v in enumerate(value)]

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        value = obj.get(key)
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", f"expected a string, got {_kind(value)}")
        return value

    def opt_text(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            self.fail(f"{path}.{key}", f"expected a string or null, got {_kind(value)}")
        return value

    def offset(self, obj: Mapping[str, Any], key: str, path: str) -> int:
        value = obj.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.fail(f"{path}.{key}", f"expected a character offset, got {value!r}")
        return value

    def opt_int(self, obj: Mapping[str, Any], key: str, path: str) -> int | None:
        value = obj.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            self.fail(f"{path}.{key}", f"expected an integer or null, got {_kind(value)}")
        return value

    def opt_number(self, obj: Mapping[str, Any], key: str, path: str) -> float | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail(f"{path}.{key}", f"expected a number or null, got {_kind(value)}")
        return float(value)

    def figure(self, value: object, path: str) -> Count:
        obj = self.obj(value, path)
        number = obj.get("value")
        if number is not None and (not isinstance(number, int) or isinstance(number, bool)
                                   or number < 0):
            self.fail(f"{path}.value", f"expected a non-negative integer or null, "
                                       f"got {number!r}")
        qualifier = self.text(obj, "qualifier", path)
        if qualifier not in QUALIFIERS:
            self.fail(f"{path}.qualifier", f"unknown qualifier {qualifier!r}")
        return Count(number, qualifier, self.text(obj, "text", path),
                      self.offset(obj, "start_char", path), self.offset(obj, "end_char", path))

    def place(self, value: object, path: str) -> Place:
        obj = self.obj(value, path)
        return Place(name=self.text(obj, "name", path),
                        role=self.opt_text(obj, "role", path) or "mentioned",
                        text=self.text(obj, "text", path),
                        start_char=self.offset(obj, "start_char", path),
                        end_char=self.offset(obj, "end_char", path),
                        country=self.opt_text(obj, "country", path),
                        admin1=self.opt_text(obj, "admin1", path),
                        lat=self.opt_number(obj, "lat", path),
                        lon=self.opt_number(obj, "lon", path),
                        geonameid=self.opt_int(obj, "geonameid", path))

    def actor(self, value: object, path: str) -> Actor | None:
        if value is None:
            return None
        obj = self.obj(value, path)
        return Actor(name=self.text(obj, "name", path), text=self.text(obj, "text", path),
                        start_char=self.offset(obj, "start_char", path),
                        end_char=self.offset(obj, "end_char", path),
                        actor_id=self.opt_text(obj, "actor_id", path),
                        country=self.opt_text(obj, "country", path),
                        sector=self.opt_text(obj, "sector", path))


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def load_result(item: Mapping[str, Any] | DocumentResult | ResultDocument) -> ResultDocument:
    """Read one result; raises :class:`InputError` for one that does not fit ``sitrep/1``."""
    if isinstance(item, ResultDocument):
        return item
    data: object = item if isinstance(item, Mapping) else item.to_dict()
    reader = _Reader("result")
    top = reader.obj(data, "$")
    if top.get("schema") != SCHEMA:
        reader.fail("$.schema", f"expected {SCHEMA!r}, got {top.get('schema')!r}")
    meta = reader.obj(top.get("document"), "$.document")
    doc_id = reader.text(meta, "id", "$.document")
    reader.where = f"document {doc_id}"
    published = reader.opt_text(meta, "published", "$.document")
    moment: datetime | None = None
    if published is not None:
        try:
            moment = parse_moment(published, end=False)
        except ValueError:
            reader.fail("$.document.published", f"not an ISO 8601 time: {published!r}")
    document = SourceDocument(
        id=doc_id, source=reader.opt_text(meta, "source", "$.document"),
        url=reader.opt_text(meta, "url", "$.document"), published=published,
        title=reader.opt_text(meta, "title", "$.document"),
        language=reader.opt_text(meta, "language", "$.document"), published_at=moment)
    casualties = _casualties(reader, top)
    claims = tuple(_claim(reader, document, attack, f"$.attacks[{i}]", casualties)
                   for i, attack in enumerate(reader.items(top, "attacks", "$")))
    quotes = tuple(_quote(reader, document, q, f"$.quotes[{i}]")
                   for i, q in enumerate(reader.items(top, "quotes", "$")))
    events = tuple(_event(reader, document, e, f"$.events[{i}]")
                   for i, e in enumerate(reader.items(top, "events", "$")))
    return ResultDocument(document, claims, quotes, events)


def _casualties(reader: _Reader, top: Mapping[str, Any]
                ) -> dict[str, list[tuple[FigureKey, Count]]]:
    """Casualty figures of scope ``attack``, by the attack they belong to."""
    out: dict[str, list[tuple[FigureKey, Count]]] = {}
    for i, item in enumerate(reader.items(top, "casualties", "$")):
        path = f"$.casualties[{i}]"
        attack_id = reader.opt_text(item, "attack_id", path)
        if item.get("scope") != "attack" or attack_id is None:
            continue
        place = item.get("place")
        where = None if place is None else reader.place(place, f"{path}.place").name
        for role in _CASUALTY_ROLES:
            if item.get(role) is not None:
                figure = reader.figure(item[role], f"{path}.{role}")
                out.setdefault(attack_id, []).append((FigureKey(CASUALTIES, where, role),
                                                      figure))
    return out


def _claim(reader: _Reader, document: SourceDocument, attack: Mapping[str, Any], path: str,
           casualties: Mapping[str, list[tuple[FigureKey, Count]]]) -> Claim:
    attack_id = reader.text(attack, "id", path)
    period = reader.obj(attack.get("period", {}), f"{path}.period")
    resolved = period.get("resolved") is True
    start = reader.opt_text(period, "start", f"{path}.period") if resolved else None
    end = reader.opt_text(period, "end", f"{path}.period") if resolved else None
    for key, value in (("start", start), ("end", end)):
        if value is not None:
            try:
                parse_moment(value, end=key == "end")
            except ValueError:
                reader.fail(f"{path}.period.{key}", f"not an ISO 8601 time: {value!r}")
    figures: list[tuple[FigureKey, Count]] = []
    for i, weapon in enumerate(reader.items(attack, "weapons", path)):
        wpath = f"{path}.weapons[{i}]"
        category = reader.text(weapon, "category", wpath)
        model = reader.opt_text(weapon, "model", wpath)
        for role in COUNT_ROLES:
            if weapon.get(role) is not None:
                figures.append((FigureKey(category, model, role),
                                reader.figure(weapon[role], f"{wpath}.{role}")))
    totals = reader.obj(attack.get("totals", {}), f"{path}.totals")
    for role in COUNT_ROLES:
        if totals.get(role) is not None:
            figures.append((FigureKey(TOTAL, None, role),
                            reader.figure(totals[role], f"{path}.totals.{role}")))
    for role in ("hit_locations", "debris_locations"):
        if attack.get(role) is not None:
            figures.append((FigureKey(LOCATIONS, None, role),
                            reader.figure(attack[role], f"{path}.{role}")))
    figures.extend(casualties.get(attack_id, ()))
    reporter = attack.get("reported_by")
    conflicts = tuple(
        (reader.text(c, "field", f"{path}.conflicts[{i}]"),
         tuple(reader.figure(f, f"{path}.conflicts[{i}].counts[{j}]")
               for j, f in enumerate(reader.items(c, "counts", f"{path}.conflicts[{i}]"))))
        for i, c in enumerate(reader.items(attack, "conflicts", path)))
    return Claim(
        document=document, attack_id=attack_id,
        attacker=reader.opt_text(attack, "attacker", path),
        target=reader.opt_text(attack, "target", path),
        start=start, end=end,
        period_text=reader.opt_text(period, "text", f"{path}.period"),
        period_kind=reader.opt_text(period, "kind", f"{path}.period"),
        reported_by=None if reporter is None else reader.text(
            reader.obj(reporter, f"{path}.reported_by"), "name", f"{path}.reported_by"),
        figures=tuple(figures),
        places=tuple(reader.place(p, f"{path}.places[{i}]")
                     for i, p in enumerate(reader.items(attack, "places", path))),
        conflicts=conflicts)


def _quote(reader: _Reader, document: SourceDocument, quote: Mapping[str, Any], path: str
           ) -> QuoteMention:
    return QuoteMention(document=document, text=reader.text(quote, "text", path),
                        start_char=reader.offset(quote, "start_char", path),
                        end_char=reader.offset(quote, "end_char", path),
                        kind=reader.opt_text(quote, "kind", path) or "direct",
                        speaker=reader.actor(quote.get("speaker"), f"{path}.speaker"))


def _event(reader: _Reader, document: SourceDocument, event: Mapping[str, Any], path: str
           ) -> EventMention:
    location = event.get("location")
    return EventMention(
        document=document, type=reader.text(event, "type", path),
        mode=reader.opt_text(event, "mode", path),
        source=reader.actor(event.get("source"), f"{path}.source"),
        target=reader.actor(event.get("target"), f"{path}.target"),
        status=reader.opt_text(event, "status", path) or "occurred",
        date=reader.opt_text(event, "date", path),
        location=None if location is None else reader.place(location, f"{path}.location"),
        cameo_root=reader.opt_text(event, "cameo_root", path),
        text=reader.text(event, "text", path),
        start_char=reader.offset(event, "start_char", path),
        end_char=reader.offset(event, "end_char", path))


def read_results(lines: Iterable[bytes | str]) -> Iterator[tuple[int, ResultDocument | InputError]]:
    """Read JSON Lines of results (``sitrep extract --jsonl`` output), one per line.

    Yields ``(line number, result)``; a line that is not a readable result yields its
    :class:`InputError` instead, and reading goes on. Blank lines are skipped.
    """
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            yield number, InputError("not UTF-8 text")
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, InputError(f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield number, load_result(data)
        except InputError as exc:
            yield number, exc
