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

__all__ = ["fetch_page", "fetch_rows", "reading"]


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


def fetch_page(store: Store, stmt: Select[Any], *, offset: int, limit: int
               ) -> tuple[Rows, int]:
    """The rows of one page of ``stmt`` (already in its final order) and the total."""
    counted = select(func.count()).select_from(stmt.order_by(None).subquery())
    with reading(store) as connection:
        total = int(connection.execute(counted).scalar_one())
        if offset >= total:
            return _rows(connection, stmt.limit(0)), total
        return _rows(connection, stmt.offset(offset).limit(limit)), total
