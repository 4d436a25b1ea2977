"""Many rows into one table with one ``executemany``, without per-row SQL compilation.

``connection.execute(insert(table), rows)`` compiles nothing per row but still builds and
processes every row's parameters through SQLAlchemy's machinery: for the ~45 rows one
result adds, that cost the ingesting process more than SQLite's own work. Here the INSERT
is compiled once per table and set of columns (per dialect), each column's bind processor
(dates as SQLite keeps them, JSON serialised, ...) is looked up once, and the rows go to the
driver as plain tuples (SQLite's ``?`` placeholders) or dicts (psycopg's ``%(name)s``),
inside the caller's transaction. The values stored are the ones SQLAlchemy would store.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect

__all__ = ["insert_many"]

Processor = Callable[[Any], Any] | None


def insert_many(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]],
                *, raw: Collection[str] = ()) -> None:
    """Insert ``rows`` (all with the same keys) into ``table``; ``raw`` names columns whose
    values are already in their stored form (a result's JSON text) and go as they are."""
    if not rows:
        return
    keys = tuple(rows[0])
    sql, order, processors = _plan(connection.dialect, table, keys, frozenset(raw))
    pairs = list(zip(order, processors, strict=True))
    if connection.dialect.positional:
        params: list[Any] = [tuple(row[key] if process is None else process(row[key])
                                   for key, process in pairs) for row in rows]
    else:
        params = [{key: row[key] if process is None else process(row[key])
                   for key, process in pairs} for row in rows]
    connection.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _plan(dialect: Dialect, table: Table, keys: tuple[str, ...], raw: frozenset[str]
          ) -> tuple[str, tuple[str, ...], tuple[Processor, ...]]:
    """The INSERT's SQL, its parameters' order and each parameter's bind processor."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ()) if dialect.positional else keys
    unknown = set(order) - set(keys)
    if unknown:  # a column default or an expression: not a plain bulk insert
        raise ValueError(f"cannot bulk-insert {table.name}: parameters {sorted(unknown)}")
    processors = tuple(None if key in raw else
                       table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
                       for key in order)
    return compiled.string, order, processors
