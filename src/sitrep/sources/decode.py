"""Bytes to text for every reader, with the failure that names why not."""

from __future__ import annotations

from ..errors import InputError
from ..inputs import decode_bytes
from .items import SourceFailure

__all__ = ["decode"]


def decode(data: bytes, origin: str, kind: str) -> str | SourceFailure:
    """``data`` as text (BOM, UTF-8, then a detected legacy encoding), or why not."""
    try:
        return decode_bytes(data, name="the content")
    except InputError as exc:
        return SourceFailure(origin, exc.message, kind=kind)
