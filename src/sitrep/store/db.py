"""Where the database is and how to connect to it.

The URL comes from the caller (``--db``), else the environment variable ``SITREP_DB``,
else ``sitrep.db`` in the current directory. A bare path is a SQLite file; ``postgresql://``
(or ``postgres://``) URLs are sent through psycopg 3.

SQLite gets WAL journaling (readers never wait for the writer), foreign keys, a busy
timeout and explicit ``BEGIN``/``BEGIN IMMEDIATE``: a write transaction takes the write
lock at its start, so two writers queue instead of failing half-way (the pysqlite driver's
own transaction handling is switched off, as SQLAlchemy's documentation recommends).
``synchronous = NORMAL`` saves an fsync per commit and is safe in WAL mode against a killed
process: a commit has been written to the WAL file (in the operating system's cache) when
it returns, and a process that dies later loses none of it; only a power cut or an
operating-system crash may lose the last commits, and never leaves the database corrupt
(SQLite's documentation, "Write-Ahead Logging" and ``PRAGMA synchronous``).

Every low-level database error that reaches the caller is converted to one
:class:`~sitrep.errors.StoreError` line by :func:`translate_errors`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, Connection, make_url

from ..errors import StoreError

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "WRITE",
    "compact_json",
    "describe_url",
    "make_engine",
    "resolve_url",
    "translate_errors",
]

ENV_VAR = "SITREP_DB"
DEFAULT_URL = "sqlite:///sitrep.db"
#: Execution option that makes a SQLite transaction take the write lock at ``BEGIN``.
WRITE = "sitrep_write"
_SCHEMES = {"sqlite": "sqlite", "sqlite+pysqlite": "sqlite", "postgresql": "postgresql+psycopg",
            "postgres": "postgresql+psycopg", "postgresql+psycopg": "postgresql+psycopg"}


def resolve_url(url: str | None = None) -> URL:
    """The database URL: ``url``, else ``$SITREP_DB``, else ``sqlite:///sitrep.db``."""
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in raw:  # a plain path names a SQLite file
        return URL.create("sqlite", database=raw)
    try:
        parsed = make_url(raw)
    except (exc.ArgumentError, ValueError) as error:
        raise StoreError(f"cannot read the database URL {raw!r}") from error
    driver = _SCHEMES.get(parsed.drivername)
    if driver is None:
        raise StoreError(f"unsupported database {parsed.drivername!r}: use a SQLite file "
                         "(sqlite:///path.db) or PostgreSQL (postgresql://user@host/db)")
    if driver == "sqlite" and not parsed.database:
        raise StoreError("an in-memory SQLite database would lose everything: name a file")
    return parsed.set(drivername=driver)


def describe_url(url: URL) -> str:
    """The URL for messages: a SQLite file's path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def compact_json(value: Any) -> str:
    """How JSON columns are written: no spaces after separators, non-ASCII as itself (a
    stored result is a third smaller than with ``json.dumps``' defaults for Ukrainian)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url: URL, *, timeout: float = 10.0) -> Engine:
    """An engine for ``url``; ``timeout`` seconds to wait for a lock or a connection."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, timeout)
    return create_engine(url, connect_args={"connect_timeout": max(1, round(timeout))},
                         pool_pre_ping=True, json_serializer=compact_json)


def _sqlite_engine(url: URL, timeout: float) -> Engine:
    engine = create_engine(url, connect_args={"timeout": timeout},
                           json_serializer=compact_json)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()
        # SQLite's own lower()/upper() fold ASCII only: "Сибіга" must find "СИБІГА" too
        dbapi_connection.create_function("lower", 1, _fold(str.lower), deterministic=True)
        dbapi_connection.create_function("upper", 1, _fold(str.upper), deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _fold(change: Callable[[str], str]) -> Callable[[object], object]:
    def fold(value: object) -> object:
        return change(value) if isinstance(value, str) else value

    return fold


@contextmanager
def translate_errors(url: URL, *, doing: str) -> Iterator[None]:
    """Turn a database driver's error into a one-line :class:`StoreError`."""
    where = describe_url(url)
    try:
        yield
    except StoreError:
        raise
    except exc.DBAPIError as error:
        raise StoreError(f"{doing}: {_explain(error, where, url)}") from error
    except exc.SQLAlchemyError as error:
        raise StoreError(f"{doing}: {where}: {_first_line(str(error))}") from error


def _explain(error: exc.DBAPIError, where: str, url: URL) -> str:
    message = _first_line(str(error.orig) if error.orig is not None else str(error))
    lowered = message.lower()
    if url.get_backend_name() == "sqlite":
        if "locked" in lowered or "busy" in lowered:
            return (f"the database {where} is locked by another process; try again when it "
                    "has finished")
        if "not a database" in lowered:
            return f"{where} is not a SQLite database"
        if "unable to open" in lowered:
            return f"cannot open {where} (does its folder exist, may it be written?)"
        if "readonly" in lowered or "read-only" in lowered:
            return f"{where} is read-only"
        return f"{where}: {message}"
    if isinstance(error, exc.OperationalError | exc.InterfaceError) and (
            "connect" in lowered or "connection" in lowered or "server" in lowered):
        return f"cannot reach the database {where}: {message}"
    return f"{where}: {message}"


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unknown error"
