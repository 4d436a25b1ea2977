"""RSS and Atom feeds (feedparser): one item per entry.

An entry's text is its fullest content, else its summary, read from HTML to text; an
entry with neither (a headline feed) keeps its title as its text and says so in
``metadata["text_from"]``. Linked articles are not fetched: sitrep fetches only what the
user names. An entry is referred to by its guid (``entry <guid>``), by its position
where it has none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..inputs import html_to_text, looks_like_html
from .dates import iso_from_struct
from .items import SourceFailure, SourceItem, SourceOptions, SourceResult

__all__ = ["read_feed"]

_KEPT = ("author", "language")


def read_feed(data: bytes, origin: str, options: SourceOptions, *,
              url: str | None = None) -> Iterator[SourceResult]:
    import feedparser  # type: ignore[import-untyped]

    # bytes, never a string: feedparser fetches a string that looks like a URL
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = "not an RSS or Atom feed" + (f" ({problem})" if problem else "")
        yield SourceFailure(origin, reason, kind="feed")
        return
    feed = parsed.feed
    channel = feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(entry, number, origin, options, channel,
                          feed_language=feed.get("language"))


def _entry_item(entry: Any, number: int, origin: str, options: SourceOptions,
                channel: str | None, *, feed_language: str | None) -> SourceResult:
    # a guid stays the same while the feed moves on; a position does not
    ref = f"entry {entry.get('id') or number}"
    metadata: dict[str, Any] = {key: entry[key] for key in _KEPT if entry.get(key)}
    if feed_language:
        metadata["feed_language"] = feed_language
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        metadata["tags"] = tags
    title = entry.get("title") or None
    text, metadata["text_from"] = _entry_text(entry)
    if not text and title:
        text, metadata["text_from"] = title, "title"
    if not text:
        return SourceFailure(origin, "the entry has no content, summary or title", ref=ref,
                             kind="feed")
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return SourceItem(text=text, origin=origin, kind="feed", ref=ref,
                      url=entry.get("link") or None,
                      published=None if moment is None else iso_from_struct(moment),
                      title=title, source=channel, language=options.language,
                      external_id=entry.get("id") or None, metadata=metadata)


def _entry_text(entry: Any) -> tuple[str, str]:
    """The entry's longest content (else its summary) as plain text, and where it came from."""
    candidates = [("content", c.get("value") or "", c.get("type") or "")
                  for c in entry.get("content", [])]
    candidates.append(("summary", entry.get("summary") or "",
                       (entry.get("summary_detail") or {}).get("type") or ""))
    where, raw, mime = max(candidates, key=lambda c: len(c[1]))
    if "html" in mime or looks_like_html(raw):
        raw = html_to_text(raw)
    return raw.strip(), where
