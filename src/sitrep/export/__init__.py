"""Exports that analysts' tools read: the curated table's CSV, ACLED and GDELT rows.

| format | what | one row per |
|---|---|---|
| ``kaggle-csv`` | the columns of the curated "Massive Missile Attacks on Ukraine" table, its model names (:mod:`sitrep.export.kaggle`) | incident × table model |
| ``acled`` | ACLED-style rows (:mod:`sitrep.export.acled`) | incident × struck place |
| ``gdelt`` | GDELT-style event rows with CAMEO root codes (:mod:`sitrep.export.gdelt`) | distinct political/military event |
| ``json`` | the incidents with every claim, chosen figure and conflict, and the merged quotes | — |
| ``parquet`` | the incidents' chosen figures, long format (:mod:`sitrep.export.figures`) | incident figure |

Everything is computed from ``sitrep/1`` results (:func:`sitrep.reconcile.read_results`);
:func:`export_data` gives the rows, :func:`write_export` writes them. From the store,
:func:`export_stored` writes the incidents ``sitrep reconcile`` stored (one row per
incident × model, however many documents report the night) and the stored quotes, merged.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import InputError
from ..reconcile import (
    Incident,
    MergedQuote,
    ResultDocument,
    load_result,
    merge_quotes,
    reconcile,
)
from .acled import ACLED_COLUMNS, acled_rows
from .figures import FIGURE_COLUMNS, figure_rows
from .gdelt import GDELT_COLUMNS, gdelt_rows
from .kaggle import kaggle_columns, kaggle_rows
from .stored import StoredExport, export_stored
from .writers import write_csv, write_json, write_parquet

if TYPE_CHECKING:
    from ..model import DocumentResult

__all__ = ["FORMATS", "INCIDENTS_SCHEMA", "ExportData", "StoredExport", "export_data",
           "export_stored", "write_export"]

FORMATS = ("kaggle-csv", "acled", "gdelt", "json", "parquet")
INCIDENTS_SCHEMA = "sitrep-incidents/1"


@dataclass(frozen=True, slots=True)
class ExportData:
    """What one format writes: a table (``columns``/``rows``) or, for ``json``, ``data``."""

    format: str
    columns: list[str]
    rows: list[dict[str, Any]]
    data: dict[str, Any] | None = None


def export_data(documents: Iterable[ResultDocument | Mapping[str, Any] | DocumentResult],
                fmt: str, *, incidents: Sequence[Incident] | None = None,
                quotes: Sequence[MergedQuote] | None = None) -> ExportData:
    """The rows (or JSON document) of ``fmt`` for the results ``documents``.

    ``incidents``/``quotes``: already reconciled and merged (the store's, see
    :func:`export_stored`) instead of being made from ``documents``.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (formats: {', '.join(FORMATS)})")
    docs = [load_result(d) for d in documents]
    if fmt == "gdelt":
        return ExportData(fmt, GDELT_COLUMNS, gdelt_rows(docs))
    found = reconcile(docs) if incidents is None else list(incidents)
    if fmt == "kaggle-csv":
        return ExportData(fmt, kaggle_columns(), kaggle_rows(found))
    if fmt == "acled":
        return ExportData(fmt, ACLED_COLUMNS, acled_rows(found))
    if fmt == "parquet":
        return ExportData(fmt, FIGURE_COLUMNS, figure_rows(found))
    merged = merge_quotes(docs) if quotes is None else quotes
    data = {"schema": INCIDENTS_SCHEMA, "incidents": [i.to_dict() for i in found],
            "quotes": [q.to_dict() for q in merged]}
    return ExportData(fmt, [], [], data)


def write_export(export: ExportData, out: IO[str] | Path) -> None:
    """Write ``export`` to a text stream or a file (Parquet needs a file)."""
    if export.format == "parquet":
        if not isinstance(out, Path):
            raise InputError("Parquet is binary: name an output file")
        write_parquet(export.columns, export.rows, out)
        return
    if isinstance(out, Path):
        try:
            with out.open("w", encoding="utf-8", newline="") as stream:
                write_export(export, stream)
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from exc
        return
    if export.data is not None:
        write_json(export.data, out)
    else:
        write_csv(export.columns, export.rows, out)
