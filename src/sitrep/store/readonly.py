"""A :class:`~sitrep.store.Store` that cannot write: what the HTTP API reads through.

Every connection of its engine refuses writes at the database itself, not only in the
code above it: SQLite connections run ``PRAGMA query_only = ON`` (a write fails with
"attempt to write a readonly database"), PostgreSQL transactions are opened ``READ
ONLY``. Nothing is created or migrated: a SQLite file that does not exist is an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from ..errors import StoreError
from .db import make_engine, resolve_url
from .repository import Store

__all__ = ["open_readonly"]


def open_readonly(url: str | None = None, *, timeout: float = 10.0) -> Store:
    """Open the database at ``url`` (see :func:`~sitrep.store.resolve_url`) read-only."""
    resolved = resolve_url(url)
    if resolved.get_backend_name() == "sqlite":
        if not Path(str(resolved.database)).exists():
            raise StoreError(f"there is no database {resolved.database} yet (store documents "
                             "first with sitrep ingest, or name one with --db or SITREP_DB)")
        engine = make_engine(resolved, timeout=timeout)

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("PRAGMA query_only = ON")
            finally:
                cursor.close()
    else:
        engine = make_engine(resolved, timeout=timeout).execution_options(
            postgresql_readonly=True)
    return Store(engine, resolved)
