"""http(s) URLs: fetched once with a time limit, read as a feed, page, JSON or text.

Only the URL the user names is fetched. The content type picks the reader, else the
content itself. An HTTP error status, a timeout, a name that does not resolve or a
refused connection is a failure of that URL.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from .dispatch import read_bytes
from .items import SourceFailure, SourceOptions, SourceResult
from .sniff import kind_from_content_type

__all__ = ["FetchFailed", "Fetched", "fetch", "is_url", "read_url"]

_CHUNK = 65536
_ACCEPT = ("application/rss+xml, application/atom+xml, text/html;q=0.9, "
           "application/json;q=0.8, text/plain;q=0.8, */*;q=0.5")


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    content_type: str | None
    url: str


class FetchFailed(Exception):
    """Why a URL gave nothing (one line); becomes a :class:`SourceFailure`."""


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def read_url(url: str, options: SourceOptions) -> Iterator[SourceResult]:
    """The items at ``url``; a failure when it cannot be fetched."""
    try:
        fetched = fetch(url, options)
    except FetchFailed as exc:
        yield SourceFailure(url, str(exc), kind="url")
        return
    yield from read_bytes(fetched.data, url, options,
                          kind=kind_from_content_type(fetched.content_type), url=fetched.url)


def fetch(url: str, options: SourceOptions) -> Fetched:
    """GET ``url``; the whole exchange takes about ``options.timeout`` seconds at most."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchFailed("not an http or https URL")
    request = urllib.request.Request(url, headers={"User-Agent": options.user_agent,
                                                   "Accept": _ACCEPT})
    deadline = time.monotonic() + options.timeout
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as response:
            data = _read_body(response, deadline, options)
            return Fetched(data, response.headers.get("Content-Type"), response.geturl())
    except urllib.error.HTTPError as exc:
        raise FetchFailed(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FetchFailed(_reason(exc.reason, options.timeout, parts.hostname)) from exc
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise FetchFailed(_reason(exc, options.timeout, parts.hostname)) from exc


def _read_body(response: http.client.HTTPResponse, deadline: float,
               options: SourceOptions) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchFailed(f"the response is larger than {options.max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(exc: object, timeout: float, host: str) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve host {host!r}"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, http.client.HTTPException):
        return f"broken HTTP response ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"network error ({exc.strerror or exc})"
    return f"cannot fetch ({exc})"
