"""Reading input bytes as text: encodings, binary files, HTML, size limits, JSON lines.

Everything here raises :class:`~sitrep.errors.InputError` with a one-line message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any, BinaryIO

from .errors import InputError
from .model import InputDocument

__all__ = ["decode_bytes", "html_to_text", "looks_like_html", "read_jsonl"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|html|body|head|script|style|table|li|ul)\b[^>]*>", re.I)


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode ``data`` to text: BOMs first, then UTF-8, then a detected legacy encoding."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} after its byte-order mark") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(f"{name} is not UTF-8 and no encoding detector is installed") from exc
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name} is neither UTF-8 nor a recognisable text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{name} could not be decoded as {best.encoding}") from exc


def looks_like_html(text: str) -> bool:
    """True for an HTML page rather than plain text."""
    if _HTML_START.match(text[:2000].encode("utf-8", "ignore")):
        return True
    return len(_TAG.findall(text[:20000])) >= 5


class _TextCollector(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "section", "article", "header", "footer", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def read_jsonl(stream: BinaryIO, *, text_field: str = "text"
               ) -> Iterator[tuple[int, InputDocument | InputError]]:
    """``(line number, document or error)`` for each non-blank line of a JSON Lines stream."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, InputError("not valid UTF-8")
            continue
        try:
            obj: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, InputError(f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield number, InputError("a JSON object is expected")
            continue
        text = obj.get(text_field)
        if not isinstance(text, str):
            yield number, InputError(f"no string field {text_field!r}")
            continue
        ident = obj.get("id")
        yield number, InputDocument(
            text=text,
            published=_str_or_none(obj.get("published")),
            source=_str_or_none(obj.get("source")),
            title=_str_or_none(obj.get("title")),
            id=None if ident is None else str(ident),
            language=_str_or_none(obj.get("language") or obj.get("lang")),
            url=_str_or_none(obj.get("url")),
        )


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
