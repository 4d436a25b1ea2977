"""Bytes of a known kind to items: the one place that maps a kind to its reader."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .feeds import read_feed
from .items import SourceFailure, SourceOptions, SourceResult
from .pages import read_html
from .plain import read_text
from .records import read_json, read_jsonl
from .sniff import Kind, sniff

__all__ = ["READERS", "read_bytes"]

Reader = Callable[..., Iterator[SourceResult]]

READERS: dict[Kind, Reader] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "json": read_json,
    "jsonl": read_jsonl,
}


def read_bytes(data: bytes, origin: str, options: SourceOptions, *, kind: Kind | None = None,
               url: str | None = None) -> Iterator[SourceResult]:
    """Items of ``data`` read as ``kind`` (sniffed from the content when ``None``).

    A ``.json`` name whose content is JSON Lines is read as JSON Lines. Whatever a
    third-party parser raises on a hostile input ends this origin with one failure;
    the items it yielded before stand.
    """
    sniffed = sniff(data)
    if kind is None or (kind == "json" and sniffed == "jsonl"):
        kind = sniffed
    try:
        yield from READERS[kind](data, origin, options, url=url)
    # lxml, feedparser and trafilatura are run on untrusted bytes: their errors are the
    # input's fault, so they become a failure of this origin rather than end the batch
    except Exception as exc:
        yield SourceFailure(origin, f"cannot be read as {kind} ({type(exc).__name__}: {exc})",
                            kind=kind)
