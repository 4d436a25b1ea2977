"""URLs on a local server: feeds, pages, text, JSON Lines, 404, redirects, timeouts."""

from __future__ import annotations

import socket

import pytest
from source_builders import REPORT, failures, items

from sitrep.sources import SourceFailure, SourceOptions, read_sources


def test_feed_url_by_content_type(server: str) -> None:
    results = items(read_sources([f"{server}/feed"]))
    assert [r.kind for r in results] == ["feed", "feed"]
    assert results[0].origin == f"{server}/feed" and results[0].url == "http://example.test/a/1"


def test_feed_served_as_generic_xml_is_sniffed(server: str) -> None:
    assert [r.kind for r in read_sources([f"{server}/feed-as-xml"])] == ["feed", "feed"]


def test_page_url_is_read_with_trafilatura(server: str) -> None:
    [page] = items(read_sources([f"{server}/page"]))
    assert page.kind == "html" and "Russia launched 96 drones" in page.text
    assert page.published == "2025-09-03T08:15:00+03:00"


def test_plain_and_sniffed_jsonl_urls(server: str) -> None:
    [plain] = items(read_sources([f"{server}/plain"]))
    assert plain.text == REPORT and plain.url == f"{server}/plain"
    assert [r.ref for r in read_sources([f"{server}/lines"])] == ["line 1", "line 2"]


def test_redirect_is_followed(server: str) -> None:
    [page] = items(read_sources([f"{server}/redirect"]))
    assert page.origin == f"{server}/redirect" and page.url == f"{server}/page"


def test_404_is_a_failure_and_the_stream_goes_on(server: str) -> None:
    results = list(read_sources([f"{server}/missing", f"{server}/plain"]))
    assert isinstance(results[0], SourceFailure)
    assert results[0].reason == "HTTP 404 Not Found"
    assert len(items(results)) == 1


def test_slow_endpoint_times_out(server: str) -> None:
    [failure] = failures(read_sources([f"{server}/slow"], SourceOptions(timeout=0.3)))
    assert failure.reason == "timed out after 0.3 s"


def test_refused_connection_is_a_failure() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [failure] = failures(read_sources([f"http://127.0.0.1:{port}/feed"]))
    assert failure.reason == "connection refused"


def test_unresolvable_host_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)  # no resolver is asked
    [failure] = failures(read_sources(["http://no-such-host.invalid/feed"]))
    assert failure.reason == "cannot resolve host 'no-such-host.invalid'"
