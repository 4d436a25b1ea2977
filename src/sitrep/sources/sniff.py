"""Which reader a file or response needs: by its name, its content type, its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

__all__ = [
    "SKIPPED_SUFFIXES",
    "Kind",
    "is_binary",
    "kind_from_content_type",
    "kind_from_name",
    "sniff",
]

Kind = Literal["text", "html", "feed", "json", "jsonl"]

_BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}

SKIPPED_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".ico",
    ".mp4", ".mov", ".webm", ".mkv", ".avi", ".mp3", ".ogg", ".oga", ".wav", ".m4a", ".opus",
    ".pdf", ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar", ".tgs", ".css", ".js",
    ".pyc", ".so", ".exe", ".db", ".sqlite", ".sqlite3", ".parquet",
})
"""Files a folder walk passes over without a word: media, archives, code, databases."""

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_XML_DECL = re.compile(rb"^<\?xml\b", re.I)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def kind_from_name(name: str) -> Kind | None:
    """The reader a file name asks for, ``None`` when the suffix says nothing."""
    return _BY_SUFFIX.get(PurePath(name).suffix.lower())


def kind_from_content_type(content_type: str | None) -> Kind | None:
    """The reader an HTTP ``Content-Type`` asks for (``None``: sniff the content)."""
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return "jsonl"
    if mime == "application/json":
        return "json"
    return None  # text/plain, text/xml, application/xml, octet-stream: look inside


def sniff(data: bytes) -> Kind:
    """The reader the content itself asks for; plain text when nothing else fits."""
    head = data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    head = head.lstrip()
    if head.startswith(b"<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_ROOT.search(head) or not _XML_DECL.match(head):
            return "html"
        return "text"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        first, _, rest = head.partition(b"\n")
        # one object per line: the first line closes its object and the next opens one;
        # a pretty-printed document does not (a single line is read as one JSON object)
        return "jsonl" if first.rstrip().endswith(b"}") and rest.lstrip().startswith(b"{") \
            else "json"
    return "text"


def is_binary(data: bytes) -> bool:
    """True for content that is no text in any encoding we read (NUL bytes, no BOM)."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((*_BOMS, b"\x00\x00\xfe\xff"))
