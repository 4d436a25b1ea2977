"""Write stored incidents: every source's claim side by side, the chosen figure marked.

``table`` (for a terminal): per incident a heading (sides, period, how many documents) and
a table whose first row is the incident's chosen figures and whose other rows are the
claims, best source first (source, publication time, URL); the columns are launched /
destroyed / hit per weapon (every figure in the ``detail`` view, which also prints each
figure's evidence and the reason it was chosen). A chosen figure is marked ``*``; a column
on which the claims disagree is flagged ``!`` (they contradict each other) or ``≈`` (they
differ but can all be true: "about 100" and "97").

``json``: the incidents with their summaries and claims. ``csv``: one row per claim and
figure (a claim without figures: one row), the shape a spreadsheet filters.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import IO, Any

from .incident_views import FigureKey, IncidentView
from .output import qualified
from .records import Rows

__all__ = ["CSV_COLUMNS", "incident_rows", "write_incidents"]

CSV_COLUMNS = ("incident_id", "incident_key", "day", "attacker", "target", "document_id",
               "source", "published", "url", "source_rank", "attack_key", "category",
               "model", "role", "value", "qualifier", "chosen", "conflict", "consistent",
               "text", "start_char", "end_char")
#: The roles the overview table shows (the detail view shows every figure).
OVERVIEW_ROLES = ("launched", "destroyed", "hit")
_CATEGORY_LABELS = {"total": "all types", "locations": "", "casualties": "casualties"}


def write_incidents(views: Sequence[IncidentView], fmt: str, out: IO[str], *,
                    detail: bool = False) -> None:
    """Write ``views`` as ``table``, ``json`` or ``csv`` to ``out``."""
    if fmt == "json":
        json.dump([v.to_dict() for v in views], out, ensure_ascii=False, indent=1,
                  default=_plain)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(row for view in views for row in _csv_rows(view))
    else:
        _write_tables(views, out, detail=detail)


def incident_rows(views: Sequence[IncidentView]) -> Rows:
    """The ``csv`` rows as :class:`Rows` (for Parquet)."""
    return Rows(CSV_COLUMNS, [tuple(row.get(c) for c in CSV_COLUMNS)
                              for view in views for row in _csv_rows(view)])


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _csv_rows(view: IncidentView) -> list[dict[str, Any]]:
    conflicts = view.conflicts
    rows: list[dict[str, Any]] = []
    for claim in view.claims:
        base = {"incident_id": view.id, "incident_key": view.key,
                "day": None if view.day is None else view.day.isoformat(),
                "attacker": view.attacker, "target": view.target,
                "document_id": claim.document_id, "source": claim.source,
                "published": claim.published, "url": claim.url,
                "source_rank": claim.source_rank, "attack_key": claim.attack_key}
        if not claim.figures:
            rows.append(base)
        for key, cell in claim.figures.items():
            rows.append({**base, "category": key[0], "model": key[1], "role": key[2],
                         "value": cell.value, "qualifier": cell.qualifier,
                         "chosen": cell.chosen, "conflict": key in conflicts,
                         "consistent": conflicts.get(key), "text": cell.text,
                         "start_char": cell.start_char, "end_char": cell.end_char})
    return rows


def _label(key: FigureKey) -> str:
    category, model, role = key
    what = _CATEGORY_LABELS.get(category, category)
    if model:
        what = f"{what} ({model})"
    return f"{what}\n{role.replace('_', ' ')}".strip()


def _flag(view: IncidentView, key: FigureKey) -> str:
    if key not in view.conflicts:
        return ""
    return " ≈" if view.conflicts[key] else " !"


def _heading(view: IncidentView) -> str:
    sides = f"{view.attacker or '?'} → {view.target or '?'}"
    period = view.summary.get("period") or {}
    when = f"{view.period_start or '?'} → {view.period_end or '?'}"
    if period.get("text"):
        when = f"{period['text']!r} = {when}"
    documents = view.summary.get("documents", len({c.document_id for c in view.claims}))
    conflicts = len(view.conflicts)
    tail = f", {conflicts} disagreeing" if conflicts else ""
    return (f"incident {view.id} ({view.day or 'no day'}): {sides}, {when}; "
            f"{len(view.claims)} claims in {documents} documents{tail}")


def _write_tables(views: Sequence[IncidentView], out: IO[str], *, detail: bool) -> None:
    from rich.console import Console

    console = Console(file=out, width=None if out.isatty() else 200, highlight=False)
    if not views:
        console.print("no incidents", markup=False)
        return
    for view in views:
        console.print(_heading(view), markup=False)
        console.print(_claims_table(view, detail=detail))
        if detail:
            for line in _evidence_lines(view):
                console.print(line, markup=False, soft_wrap=True)
        console.print()
    console.print("* the incident's figure   ! the claims contradict each other   "
                  "≈ the claims differ but can all be true", markup=False)


def _claims_table(view: IncidentView, *, detail: bool) -> Any:
    from rich.table import Table
    from rich.text import Text

    keys = [k for k in view.figure_keys() if detail or k[2] in OVERVIEW_ROLES]
    table = Table(show_lines=False)
    for column in ("claim", "published", "url", "rank"):
        table.add_column(column, overflow="fold")
    for key in keys:
        table.add_column(_label(key), justify="right")
    chosen = view.chosen
    table.add_row(Text("incident", style="bold"), "", "", "",
                  *(Text(_chosen_cell(chosen.get(k)) + _flag(view, k), style="bold")
                    for k in keys))
    for claim in view.claims:
        cells = []
        for key in keys:
            cell = claim.figures.get(key)
            if cell is None:
                cells.append(Text(""))
            else:
                mark = "*" if cell.chosen else ""
                cells.append(Text(qualified(cell.value, cell.qualifier) + mark))
        table.add_row(Text(claim.source or f"document {claim.document_id}"),
                      Text(claim.published or ""), Text(claim.url or ""),
                      Text(claim.source_rank or ""), *cells)
    return table


def _chosen_cell(figure: dict[str, Any] | None) -> str:
    if figure is None:
        return ""
    return qualified(figure.get("value"), figure.get("qualifier"))


def _evidence_lines(view: IncidentView) -> list[str]:
    lines = ["chosen figures:"]
    for key, figure in view.chosen.items():
        lines.append(f"  {_label(key).replace(chr(10), ' ')} = "
                     f"{_chosen_cell(figure)}{_flag(view, key)}  ({figure.get('reason')}; "
                     f"document {figure.get('document_id')}, {figure.get('agreeing')} of "
                     f"{figure.get('claims')} claims agree)")
    lines.append("evidence:")
    for claim in view.claims:
        where = claim.source or f"document {claim.document_id}"
        lines.append(f"  {where} (document {claim.document_id}, {claim.attack_key}, "
                     f"{claim.source_rank}; reported by {claim.reported_by or 'nobody named'})")
        for key, cell in claim.figures.items():
            lines.append(f"    {_label(key).replace(chr(10), ' ')} = "
                         f"{qualified(cell.value, cell.qualifier)}"
                         f"{'*' if cell.chosen else ''} [{cell.start_char}:{cell.end_char}] "
                         f"{cell.text!r}")
    places = view.summary.get("places") or []
    if places:
        lines.append("places: " + ", ".join(f"{p['name']} ({p['role']})" for p in places))
    return lines
