"""Plain text files: the encoding is detected, the text is kept exactly as decoded."""

from __future__ import annotations

from collections.abc import Iterator

from ..inputs import looks_like_html
from .decode import decode
from .items import SourceFailure, SourceItem, SourceOptions, SourceResult
from .pages import page_item

__all__ = ["read_text"]


def read_text(data: bytes, origin: str, options: SourceOptions, *,
              url: str | None = None) -> Iterator[SourceResult]:
    """One document per file; a text file that is really an HTML page is read as one."""
    text = decode(data, origin, "text")
    if isinstance(text, SourceFailure):
        yield text
    elif looks_like_html(text):
        yield page_item(text, origin, options, url=url)
    else:
        yield SourceItem(text=text, origin=origin, kind="text", url=url,
                         language=options.language)
