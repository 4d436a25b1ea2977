"""Writing a comparison (:mod:`sitrep.compare`): a plain table, CSV or JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO

from .compare import Agreement, ComparisonRow

__all__ = ["summary_line", "write_comparison"]

_COLUMNS = ("night", "model", "status", "launched", "destroyed", "note")


def _pair(row: ComparisonRow, name: str) -> str:
    ours, theirs = row.values(name)
    return f"{'-' if ours is None else ours}/{'-' if theirs is None else theirs}"


def _rate(summary: Agreement, name: str) -> str:
    rate = summary.rate(name)
    share = "n/a" if rate is None else f"{rate:.0%}"
    return f"{name} {summary.equal[name]}/{summary.pairs[name]} ({share})"


def summary_line(summary: Agreement) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in summary.counts.items())
    return (f"{sum(summary.counts.values())} rows: {counts}; agreement on same-model pairs: "
            f"{_rate(summary, 'launched')}, {_rate(summary, 'destroyed')} "
            f"({summary.lumped} pairs lumped differently not counted)")


def write_comparison(rows: Sequence[ComparisonRow], summary: Agreement, fmt: str,
                     out: IO[str]) -> None:
    """``fmt``: ``table`` (sitrep/reference values per line), ``csv`` or ``json``."""
    if fmt == "json":
        json.dump({"rows": [r.to_dict() for r in rows], "summary": summary.to_dict()}, out,
                  ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        records = [r.to_dict() for r in rows]
        columns = list(records[0]) if records else ["night", "model", "status"]
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return
    cells = [("night", "model", "status", "launched s/r", "destroyed s/r", "note")]
    cells += [(r.night, r.model, r.status, _pair(r, "launched"), _pair(r, "destroyed"), r.note)
              for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(_COLUMNS))]
    for line in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                  + "\n")
    out.write(summary_line(summary) + "\n")
