"""The entry point: any mix of files, folders and URLs to one stream of items."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from .files import read_path
from .items import SourceFailure, SourceOptions, SourceResult
from .urls import is_url, read_url

__all__ = ["read_source", "read_sources"]


def read_sources(sources: Iterable[str | os.PathLike[str]],
                 options: SourceOptions | None = None) -> Iterator[SourceResult]:
    """Every document in ``sources`` (paths, folders, http/https URLs), in order.

    Yields a :class:`~.items.SourceItem` per document and a
    :class:`~.items.SourceFailure` per file, URL, line, entry or message that could not
    be read; the stream always goes on. Nothing is fetched but the URLs given.
    """
    opts = SourceOptions() if options is None else options
    for source in sources:
        yield from read_source(source, opts)


def read_source(source: str | os.PathLike[str], options: SourceOptions
                ) -> Iterator[SourceResult]:
    name = os.fspath(source)
    if is_url(name):
        yield from read_url(name, options)
    elif "://" in name:
        yield SourceFailure(name, f"unsupported URL scheme {urlsplit(name).scheme!r} "
                                  "(http and https only)", kind="url")
    else:
        yield from read_path(Path(name), options)
