"""One page of a query: the rows of ``offset``..``offset + limit`` and how many there are.

The statements come from :mod:`sitrep.store.queries` and the other read modules; a page
is the statement with ``OFFSET``/``LIMIT`` (bound parameters), the total a ``COUNT(*)``
over the same statement without its order. Both run in one read transaction, so they
see the same database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, select

from .db import translate_errors
from .records import Rows

if TYPE_CHECKING:
    from .repository import Store

__all__ = ["count_rows", "fetch_page", "fetch_rows", "reading", "store_fingerprint"]


@contextmanager
def reading(store: Store) -> Iterator[Connection]:
    """A read transaction on ``store`` (database errors become :class:`StoreError`)."""
    with translate_errors(store.url, doing="cannot read the database"), \
            store.engine.connect() as connection, connection.begin():
        yield connection


def _rows(connection: Connection, stmt: Any) -> Rows:
    result = connection.execute(stmt)
    return Rows(tuple(result.keys()), [tuple(row) for row in result])


def fetch_rows(store: Store, stmt: Any) -> Rows:
    """Every row of ``stmt``."""
    with reading(store) as connection:
        return _rows(connection, stmt)


def _counted(stmt: Select[Any]) -> Select[Any]:
    return select(func.count()).select_from(stmt.order_by(None).subquery())


def count_rows(store: Store, stmt: Select[Any]) -> int:
    """How many rows ``stmt`` gives."""
    with reading(store) as connection:
        return int(connection.execute(_counted(stmt)).scalar_one())


def fetch_page(store: Store, stmt: Select[Any], *, offset: int, limit: int,
               total: int | None = None) -> tuple[Rows, int]:
    """The rows of one page of ``stmt`` (already in its final order) and the total
    (counted here unless the caller knows it: a count is the slow part of a page)."""
    with reading(store) as connection:
        if total is None:
            total = int(connection.execute(_counted(stmt)).scalar_one())
        if offset >= total:
            return _rows(connection, stmt.limit(0)), total
        return _rows(connection, stmt.offset(offset).limit(limit)), total


def store_fingerprint(store: Store) -> tuple[Any, ...]:
    """A value that changes whenever documents, their extractions or incidents are
    written: the largest id of each table (a primary-key lookup, no scan) and the
    incidents' count and latest time (a small table). (A re-extraction that writes the
    same number of rows again keeps the largest ids; its counts are then the same too.)"""
    from .tables import attack_weapons, attacks, documents, events, incidents, places, quotes

    parts = [select(func.max(t.c.id)).scalar_subquery()
             for t in (documents, attacks, attack_weapons, quotes, events, places)]
    i = incidents.c
    parts += [select(func.count(i.id)).scalar_subquery(),
              select(func.max(i.created_at)).scalar_subquery()]
    return tuple(fetch_rows(store, select(*parts)).rows[0])
