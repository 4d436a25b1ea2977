"""JSON Lines (one article per line) and JSON files (an array of articles, one article,
or a Telegram Desktop export). Field names come from :class:`~.items.JsonFields`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .dates import to_iso
from .items import SourceFailure, SourceItem, SourceOptions, SourceResult
from .telegram import is_telegram_export, read_export

__all__ = ["read_json", "read_jsonl", "record_item"]


def read_jsonl(data: bytes, origin: str, options: SourceOptions, *,
               url: str | None = None) -> Iterator[SourceResult]:
    """One item per non-blank line; a line that is not a JSON article is a failure."""
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        ref = f"line {number}"
        try:
            obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            yield SourceFailure(origin, "not valid UTF-8", ref=ref, kind="jsonl")
        except json.JSONDecodeError as exc:
            yield SourceFailure(origin, f"not valid JSON ({exc.msg} at column {exc.colno})",
                                ref=ref, kind="jsonl")
        else:
            yield record_item(obj, origin, options, ref=ref, kind="jsonl")


def read_json(data: bytes, origin: str, options: SourceOptions, *,
              url: str | None = None) -> Iterator[SourceResult]:
    """A Telegram export, an array of articles, or a single article."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield SourceFailure(origin, "not valid UTF-8", kind="json")
        return
    except json.JSONDecodeError as exc:
        yield SourceFailure(origin, f"not valid JSON ({exc.msg} at line {exc.lineno} "
                                    f"column {exc.colno})", kind="json")
        return
    if isinstance(obj, dict) and is_telegram_export(obj):
        yield from read_export(obj, origin, options)
    elif isinstance(obj, list):
        for number, record in enumerate(obj, start=1):
            yield record_item(record, origin, options, ref=f"record {number}", kind="json")
    else:
        yield record_item(obj, origin, options, ref=None, kind="json")


def record_item(obj: Any, origin: str, options: SourceOptions, *, ref: str | None,
                kind: str) -> SourceResult:
    """One article record; every field besides the text is kept in ``metadata``."""
    fields = options.fields
    if not isinstance(obj, dict):
        return SourceFailure(origin, "a JSON object is expected", ref=ref, kind=kind)
    text = obj.get(fields.text)
    if not isinstance(text, str):
        return SourceFailure(origin, f"no string field {fields.text!r}", ref=ref, kind=kind)
    if not text.strip():
        return SourceFailure(origin, f"field {fields.text!r} is empty", ref=ref, kind=kind)
    metadata = {key: value for key, value in obj.items() if key != fields.text}
    raw_published = obj.get(fields.published)
    try:
        published = to_iso(raw_published)
    except ValueError:
        published = None
        metadata["published_raw"] = raw_published
    language = _str(obj.get(fields.language)) or options.language
    return SourceItem(text=text, origin=origin, kind=kind, ref=ref,
                      url=_str(obj.get(fields.url)), published=published,
                      title=_str(obj.get(fields.title)), source=_str(obj.get(fields.source)),
                      language=language, external_id=_str(obj.get(fields.id)),
                      metadata=metadata)


def _str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list) or str(value).strip() == "":
        return None
    return str(value)
