"""HTML pages: main text, title, site name and publication date, by trafilatura.

trafilatura drops navigation, footers and comments; where it finds no main text (a very
short page) the page's visible text is kept instead, and ``metadata["extraction"]`` says
which of the two the document holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..inputs import html_to_text
from .dates import to_iso
from .decode import decode
from .items import SourceFailure, SourceItem, SourceOptions, SourceResult

__all__ = ["page_item", "read_html"]

# htmldate writes a day without a time as midnight: that midnight is not a time of day
_MIDNIGHT = re.compile(r"T00:00:00$")
_DATE_PARAMS = {"original_date": True, "extensive_search": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_METADATA = ("author", "hostname", "description", "sitename", "categories", "tags")


def read_html(data: bytes, origin: str, options: SourceOptions, *,
              url: str | None = None) -> Iterator[SourceResult]:
    html = decode(data, origin, "html")
    yield html if isinstance(html, SourceFailure) else page_item(html, origin, options,
                                                                 url=url)


def page_item(html: str, origin: str, options: SourceOptions, *,
              url: str | None = None) -> SourceResult:
    """The document an HTML page holds, or a failure when it holds no text."""
    import trafilatura

    try:
        page = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                           include_comments=False, include_tables=True,
                                           date_extraction_params=_DATE_PARAMS)
    # trafilatura and lxml raise many kinds of errors on broken markup; the page then
    # keeps its visible text
    except Exception:
        page = None
    metadata: dict[str, Any] = {}
    text = getattr(page, "text", None)
    if text and text.strip():
        metadata["extraction"] = "trafilatura"
    else:
        text = html_to_text(html)
        metadata["extraction"] = "visible-text"
    if not text.strip():
        return SourceFailure(origin, "the page holds no text", kind="html")
    for key in _METADATA:
        value = getattr(page, key, None)
        if value:
            metadata[key] = value
    raw_date = getattr(page, "date", None)
    published = None
    if raw_date:
        try:
            published = to_iso(_MIDNIGHT.sub("", raw_date))
        except ValueError:
            metadata["published_raw"] = raw_date
    return SourceItem(text=text, origin=origin, kind="html",
                      url=getattr(page, "url", None) or url, published=published,
                      title=getattr(page, "title", None) or None,
                      source=getattr(page, "sitename", None) or None,
                      language=options.language, metadata=metadata)
