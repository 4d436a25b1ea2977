"""A local HTTP server on 127.0.0.1 for the URL readers: feeds, pages, a 404, a redirect
and a slow endpoint."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from source_builders import PAGE, REPORT, RSS


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/feed": (200, "application/rss+xml; charset=utf-8", RSS),
        "/feed-as-xml": (200, "text/xml", RSS),
        "/page": (200, "text/html; charset=utf-8", PAGE),
        "/plain": (200, "text/plain; charset=utf-8", REPORT.encode()),
        "/lines": (200, "application/octet-stream",
                   b'{"text": "' + REPORT.encode() + b'"}\n{"text": "Second line."}\n'),
    }

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a threading HTTP server on 127.0.0.1 (a free port)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
