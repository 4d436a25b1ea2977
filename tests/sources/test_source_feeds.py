"""RSS and Atom feed files."""

from __future__ import annotations

from pathlib import Path

from source_builders import REPORT, RSS

from sitrep.sources import SourceFailure, read_sources

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
<updated>2025-09-03T10:00:00Z</updated>
<entry><title>Missiles</title><id>urn:x:1</id><link href="http://example.test/m"/>
<updated>2025-09-03T10:00:00+03:00</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Full story: twelve missiles were launched.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_with_html_summary_dates_and_channel(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(RSS)
    first, headline = read_sources([path])
    assert not isinstance(first, SourceFailure) and not isinstance(headline, SourceFailure)
    assert first.text == REPORT + "\nDebris fell in two districts."
    assert (first.title, first.url, first.source, first.ref) == (
        "Drones over Kyiv", "http://example.test/a/1", "Frontline Wire", "entry a-1")
    assert first.published == "2025-09-03T07:15:00+00:00"
    assert first.external_id == "a-1" and first.metadata["tags"] == ["war"]
    assert first.metadata["feed_language"] == "en-gb"


def test_headline_only_entry_keeps_its_title_as_text(tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_bytes(RSS)
    headline = list(read_sources([path]))[1]
    assert headline.text == "Headline only: 40 drones downed"  # type: ignore[union-attr]
    assert headline.metadata["text_from"] == "title"  # type: ignore[union-attr]
    assert headline.published is None  # type: ignore[union-attr]


def test_atom_prefers_full_content_over_summary(tmp_path: Path) -> None:
    path = tmp_path / "desk.atom"
    path.write_bytes(ATOM)
    [entry] = read_sources([path])
    assert entry.text == "Full story: twelve missiles were launched."  # type: ignore[union-attr]
    assert entry.published == "2025-09-03T07:00:00+00:00"  # type: ignore[union-attr]
    assert entry.source == "Atom Desk"  # type: ignore[union-attr]


def test_xml_that_is_no_feed_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "settings.xml"
    path.write_bytes(b"<?xml version='1.0'?><settings><depth>3</depth></settings>")
    [failure] = read_sources([path])
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("not an RSS or Atom feed")


def test_truncated_feed_keeps_what_it_can_and_reports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_bytes(RSS[:RSS.index(b"<item><title>Headline")] + b"<item><title>")
    first, cut = read_sources([path])
    assert not isinstance(first, SourceFailure) and first.title == "Drones over Kyiv"
    assert isinstance(cut, SourceFailure) and cut.ref == "entry 2"
