"""The plain objects that go into and come out of the store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

__all__ = [
    "AddedDocument",
    "ClaimRecord",
    "Failure",
    "IncidentRecord",
    "NewDocument",
    "Rows",
    "StoredDocument",
    "content_hash",
    "normalise_newlines",
]


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` as ``\\n``: the only change the content hash forgives."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """The SHA-256 (hex) that makes a document unique: the same text is stored once."""
    return hashlib.sha256(normalise_newlines(text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document to keep: its text exactly as read, and what is known about it.

    ``origin`` says where it was read from (a file path, a URL, a feed); ``external_id`` is
    the id the source gave it (a feed entry's guid, a JSON Lines ``id``); ``metadata`` holds
    anything else the reader wants kept (JSON-serialisable).
    """

    text: str
    published: str | datetime | date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None
    external_id: str | None = None
    metadata: Mapping[str, Any] | None = None


class AddedDocument(NamedTuple):
    """What :meth:`Store.add_document` did: the document's id, and whether it was new."""

    id: int
    created: bool


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as kept in the store."""

    id: int
    content_hash: str
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    language: str | None
    origin: str | None
    external_id: str | None
    metadata: dict[str, Any] | None
    ingested_at: datetime


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that could not be read or stored, kept so that it can be retried."""

    id: int
    origin: str
    item: str
    error: str
    attempts: int
    first_failed_at: datetime
    last_tried_at: datetime
    resolved: bool


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One document's claim about an incident (a figure, or the attack as a whole)."""

    document_id: int
    attack_key: str | None = None
    field: str | None = None
    category: str | None = None
    model: str | None = None
    value: int | None = None
    qualifier: str | None = None
    reported_by: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    """One real-world incident that several documents report; ``key`` is stable across runs."""

    key: str
    kind: str = "attack"
    attacker: str | None = None
    target: str | None = None
    day: date | None = None
    period_start: str | None = None
    period_end: str | None = None
    summary: Mapping[str, Any] | None = None
    claims: Sequence[ClaimRecord] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Rows:
    """A query's answer: column names and one tuple per row."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """Every row's value in one column."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]
