"""Invented source files for the reader tests: a report, an RSS feed, an HTML page."""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.sources import SourceFailure, SourceItem, SourceResult

REPORT = ("Russia launched 96 drones and four missiles at Ukraine overnight, the air force "
          "said. Air defences shot down 71 drones.")

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontline Wire</title><link>http://example.test/</link>
<language>en-gb</language>
<item><title>Drones over Kyiv</title><link>http://example.test/a/1</link><guid>a-1</guid>
<pubDate>Wed, 03 Sep 2025 07:15:00 GMT</pubDate>
<description>&lt;p&gt;{REPORT}&lt;/p&gt;
&lt;p&gt;Debris fell in two districts.&lt;/p&gt;</description>
<category>war</category></item>
<item><title>Headline only: 40 drones downed</title><link>http://example.test/a/2</link></item>
</channel></rss>""".encode()

PAGE = f"""<!doctype html><html><head><title>Night attack | Example Post</title>
<meta property="og:site_name" content="Example Post">
<meta property="article:published_time" content="2025-09-03T08:15:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Night attack</h1><p>{REPORT}</p>
<p>Officials said repair crews were working through the morning in three districts of the
city, and that power had been restored to most homes by midday.</p></article>
<footer>Copyright Example Post. All rights reserved.</footer></body></html>""".encode()


def items(results: Iterable[SourceResult]) -> list[SourceItem]:
    return [r for r in results if isinstance(r, SourceItem)]


def failures(results: Iterable[SourceResult]) -> list[SourceFailure]:
    return [r for r in results if isinstance(r, SourceFailure)]
