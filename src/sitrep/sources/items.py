"""What the readers yield: a :class:`SourceItem` per document, a :class:`SourceFailure`
per thing that could not be read, and the :class:`SourceOptions` that steer them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._version import __version__
from ..model import InputDocument

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "JsonFields",
    "SourceFailure",
    "SourceItem",
    "SourceOptions",
    "SourceResult",
]

DEFAULT_TIMEOUT = 20.0
"""Seconds a URL may take, connecting and reading together."""

DEFAULT_MAX_BYTES = 100_000_000
"""Files and responses larger than this are refused (a failure, not a crash)."""


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One document as read from its source, before extraction.

    ``text`` is what the extractor reads and what every offset will index, exactly as it
    will be stored. ``origin`` is the file path or URL the item came from and ``ref`` the
    place inside it ("line 12", "message 4031", "entry 3"), ``None`` when the origin is
    the document. ``external_id`` is the id the source gave it (a JSON record's id, a
    feed entry's guid, a Telegram message id). ``published`` is an ISO 8601 date or
    date-time, ``None`` when the source does not say (an unparseable date is kept in
    ``metadata["published_raw"]``).
    ``kind`` names the reader: ``text``, ``html``, ``jsonl``, ``json``, ``feed``,
    ``telegram``.
    """

    text: str
    origin: str
    kind: str
    ref: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    language: str | None = None
    external_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """Origin and reference in one string, for messages."""
        return _where(self.origin, self.ref)

    def to_input(self) -> InputDocument:
        """The :class:`~sitrep.model.InputDocument` the extractor reads (id = content hash)."""
        return InputDocument(text=self.text, published=self.published, source=self.source,
                             title=self.title, language=self.language, url=self.url)


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """Something that could not be read: a file, a URL, a line, an entry, a message.

    ``reason`` is one line. Re-reading ``origin`` retries it (items already stored are
    recognised by their content hash and not added twice).
    """

    origin: str
    reason: str
    ref: str | None = None
    kind: str | None = None

    @property
    def where(self) -> str:
        return _where(self.origin, self.ref)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _where(origin: str, ref: str | None) -> str:
    return origin if ref is None else f"{origin} ({ref})"


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Field names of a JSON Lines (or JSON array) record."""

    text: str = "text"
    url: str = "url"
    published: str = "published"
    title: str = "title"
    source: str = "source"
    id: str = "id"
    language: str = "language"


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOptions:
    """How to read sources.

    ``language`` is the hint given to every item that does not carry its own (``None``:
    the extractor detects it). ``telegram_username`` names the channel of a Telegram
    export whose ``result.json`` does not (links are ``https://t.me/<username>/<id>``).
    ``timeout`` bounds each URL fetch from connection to last byte.
    """

    fields: JsonFields = field(default_factory=JsonFields)
    language: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    telegram_username: str | None = None
    user_agent: str = f"sitrep/{__version__}"


SourceResult = SourceItem | SourceFailure
"""What every reader yields."""
