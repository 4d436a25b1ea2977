"""Writing export tables: CSV with the csv module, JSON, and Parquet (pyarrow, lazily)."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import InputError

__all__ = ["write_csv", "write_json", "write_parquet"]


def write_csv(columns: Sequence[str], rows: Sequence[dict[str, Any]], out: IO[str]) -> None:
    """A header line and one line per row; ``None`` is an empty cell."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row[c] for c in columns})


def write_json(data: Any, out: IO[str]) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_parquet(columns: Sequence[str], rows: Sequence[dict[str, Any]],
                  out: str | Path | IO[bytes]) -> None:
    """One Parquet table; column types are inferred from the values (empty cells are null)."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    try:
        table = (pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
                 if rows else pa.table({c: pa.array([], pa.null()) for c in columns}))
        pq.write_table(table, out)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"cannot write {out}: {exc}") from exc
