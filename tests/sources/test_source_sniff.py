"""Choosing a reader from a name, a content type, or the first bytes; dates."""

from __future__ import annotations

import pytest

from sitrep.sources.dates import to_iso
from sitrep.sources.sniff import is_binary, kind_from_content_type, kind_from_name, sniff


@pytest.mark.parametrize(("data", "kind"), [
    (b"\xef\xbb\xbf<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"  <!DOCTYPE html><html>", "html"),
    (b"<p>A fragment</p>", "html"),
    (b"<?xml version='1.0'?><config/>", "text"),
    (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    (b'{"text": "a"}', "json"),
    (b'{\n  "name": "channel",\n  "messages": []\n}', "json"),
    (b"[{\"text\": \"a\"}]", "json"),
    (b"Russia launched 40 drones.", "text"),
])
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_names_and_content_types() -> None:
    assert kind_from_name("a/B.HTM") == "html" and kind_from_name("x.ndjson") == "jsonl"
    assert kind_from_name("result.json") == "json" and kind_from_name("README") is None
    assert kind_from_content_type("application/atom+xml; charset=utf-8") == "feed"
    assert kind_from_content_type("text/html") == "html"
    assert kind_from_content_type("text/plain") is None


def test_binary() -> None:
    assert is_binary(b"\x89PNG\x00\x00") and not is_binary("ab".encode("utf-16"))


@pytest.mark.parametrize(("value", "iso"), [
    ("2025-09-03", "2025-09-03"),
    ("2025-09-03T08:15Z", "2025-09-03T08:15:00+00:00"),
    ("2025-09-03T08:15:00+0300", "2025-09-03T08:15:00+03:00"),
    ("Wed, 03 Sep 2025 07:15:00 GMT", "2025-09-03T07:15:00+00:00"),
    (1756880000, "2025-09-03T06:13:20+00:00"),
    (None, None),
    ("", None),
])
def test_dates(value: object, iso: str | None) -> None:
    assert to_iso(value) == iso


@pytest.mark.parametrize("value", ["yesterday", True, {"d": 1}, 10**20])
def test_bad_dates_raise(value: object) -> None:
    with pytest.raises(ValueError):
        to_iso(value)
