"""Write a query's :class:`~sitrep.store.records.Rows` as a table, CSV, JSON or Parquet.

``table`` is for reading at a terminal: a chosen few columns, a figure shown with its
qualifier (``>1200`` for "more than 1,200", ``~50`` for "about 50", ``?`` for "dozens").
The other formats carry every column; Parquet (through pyarrow) needs a file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from .records import Rows

__all__ = ["FORMATS", "qualified", "write_rows"]

FORMATS = ("table", "csv", "json", "parquet")
_QUALIFIER_MARKS = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~",
                    "at_most": "≤", "vague": "?"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def qualified(value: int | None, qualifier: str | None) -> str:
    """A figure with its qualifier's mark: ``>1200``, ``~50``, ``?`` (vague), ``97``."""
    mark = _QUALIFIER_MARKS.get(qualifier or "exact", "")
    return mark if value is None else f"{mark}{value}"


def _cell(record: dict[str, Any], column: str) -> str:
    value = record.get(column)
    qualifier = record.get(f"{column}_qualifier")
    if qualifier is not None:
        return qualified(value, qualifier)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(_plain(value))


def write_rows(rows: Rows, fmt: str, *, out: IO[str] | None = None, path: Path | None = None,
               table_columns: Sequence[str] | None = None, title: str | None = None) -> None:
    """Write ``rows`` in ``fmt`` to ``path`` (required for parquet) or else to ``out``."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        if path is None:
            raise StoreError("parquet output needs a file: give --output FILE")
        _write_parquet(rows, path)
        return
    if path is not None:
        try:
            with path.open("w", encoding="utf-8", newline="") as fh:
                _write_text(rows, fmt, fh, table_columns, title)
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return
    if out is None:
        raise StoreError("nowhere to write: give a stream or a file")
    _write_text(rows, fmt, out, table_columns, title)


def _write_text(rows: Rows, fmt: str, out: IO[str], table_columns: Sequence[str] | None,
                title: str | None) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(rows.columns)
        writer.writerows([_csv_value(v) for v in row] for row in rows.rows)
    elif fmt == "json":
        json.dump(rows.records(), out, ensure_ascii=False, indent=1, default=_plain)
        out.write("\n")
    else:
        _write_table(rows, out, table_columns or rows.columns, title)


def _csv_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return _plain(value)


def _write_table(rows: Rows, out: IO[str], columns: Sequence[str], title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for record in rows.records():
        table.add_row(*(Text(_cell(record, column)) for column in columns))
    Console(file=out, width=200 if not out.isatty() else None).print(table)


def _write_parquet(rows: Rows, path: Path) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    records = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
                for k, v in record.items()} for record in rows.records()]
    try:
        table = (pa.Table.from_pylist(records) if records
                 else pa.table({c: pa.array([], pa.null()) for c in rows.columns}))
        pq.write_table(table, str(path))
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"cannot write {path}: {exc}") from exc
