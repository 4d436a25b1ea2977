"""Reading sources into documents: text, HTML pages, JSON Lines, RSS/Atom feeds, Telegram
Desktop exports, folders and URLs.

>>> from sitrep.sources import SourceOptions, read_sources
>>> for item in read_sources(["articles/"], SourceOptions(language="en")):  # doctest: +SKIP
...     print(item)

Each reader yields :class:`SourceItem` (one document, its text kept exactly as it will
be stored and read) or :class:`SourceFailure` (what could not be read, where, and why);
a failure never stops the stream.
"""

from __future__ import annotations

from .items import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    JsonFields,
    SourceFailure,
    SourceItem,
    SourceOptions,
    SourceResult,
)
from .read import read_source, read_sources

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "JsonFields",
    "SourceFailure",
    "SourceItem",
    "SourceOptions",
    "SourceResult",
    "read_source",
    "read_sources",
]
