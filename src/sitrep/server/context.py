"""What every route needs: the settings, the read-only store, the writer (only when
ingest is enabled), one extractor, and a cache of the interception statistics."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Select

    from ..api import Extractor
    from ..store import Store
    from ..store.records import Rows

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_MAX_PAGE_SIZE", "ServerContext", "ServerSettings"]

DEFAULT_MAX_BODY = 1_000_000
DEFAULT_MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
_CACHE_ENTRIES = 256


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    """How the app was started. ``token``: ingest over HTTP is enabled (and needs it);
    ``cors_origins``: the origins allowed to call the API from a browser (none: no CORS);
    ``max_body``: the largest request body in bytes; ``static_dir``: the web page's folder
    (default: ``static`` beside this module)."""

    db_url: str | None = None
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY
    max_page_size: int = DEFAULT_MAX_PAGE_SIZE
    static_dir: Path | None = None

    @property
    def static_folder(self) -> Path:
        return self.static_dir or Path(__file__).parent / "static"


@dataclass(slots=True)
class ServerContext:
    """The app's state, shared by its routes (built by :func:`~sitrep.server.create_app`)."""

    settings: ServerSettings
    reader: Store
    writer: Store | None = None
    _extractor: Extractor | None = None
    _extract_lock: threading.Lock = field(default_factory=threading.Lock)
    _cache: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)
    _computing: dict[Hashable, threading.Lock] = field(default_factory=dict)

    def extract(self, work: Callable[[Extractor], Any]) -> Any:
        """Run ``work`` with the one extractor (loaded on first use; one call at a time:
        a spaCy pipeline is not shared between threads)."""
        with self._extract_lock:
            if self._extractor is None:
                from ..api import Extractor

                self._extractor = Extractor()
            return work(self._extractor)

    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` (the least recently used entries go).

        Requests that miss the same key at once wait for one computation instead of each
        running their own."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            with self._cache_lock:
                if key in self._cache:
                    return self._cache[key]
            value = compute()
            with self._cache_lock:
                self._cache[key] = value
                self._computing.pop(key, None)
                while len(self._cache) > _CACHE_ENTRIES:
                    self._cache.popitem(last=False)
        return value

    def remembered(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` until the database changes
        (:func:`~sitrep.store.paging.store_fingerprint`)."""
        from ..store.paging import store_fingerprint

        return self.cached((key, store_fingerprint(self.reader)), compute)

    def page(self, stmt: Select[Any], *, offset: int, limit: int) -> tuple[Rows, int]:
        """One page of ``stmt`` and its total. The total (a count over the whole filtered
        set, the slow part on a large database) is remembered for the same filters until
        the database changes, so turning pages or asking again costs only the page."""
        from ..store.paging import count_rows, fetch_page

        unordered = stmt.order_by(None)
        compiled = unordered.compile(self.reader.engine)
        key = ("total", str(compiled),
               tuple(sorted((k, repr(v)) for k, v in compiled.params.items())))
        total: int = self.remembered(key, lambda: count_rows(self.reader, unordered))
        return fetch_page(self.reader, stmt, offset=offset, limit=limit, total=total)

    def close(self) -> None:
        self.reader.close()
        if self.writer is not None:
            self.writer.close()
