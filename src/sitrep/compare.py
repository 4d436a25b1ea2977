"""Comparing incidents with the curated table, per night and model.

:func:`compare` lays sitrep's rows (its incidents written as the table's rows, see
:mod:`sitrep.export.kaggle`) beside the reference table's rows:

* the nights match when the two rows' periods are the same night (the rule of
  :func:`sitrep.reconcile.grouping.periods_match`: overlapping by at least half of the
  shorter period), and only reference rows with the same target as sitrep's rows
  ("Ukraine": the Air Force's national figures, not a regional command's) are looked at;
  an incident without a resolved period has no night and is left out;
* the models match by what they count: both names are read into the table's single
  models ("C-300/C-400 and Iskander-M" = {C-300, C-400, Iskander-M}); the same set
  matches first, then any overlap (noted as lumped differently);
* a matched pair ``agree``s when every figure both give (``launched``, ``destroyed``) is
  equal, ``differ``s (with both values) when one is not, and has ``no_common_figure``
  when they share none; a sitrep row without a partner is ``only_sitrep``, a reference row
  of a night sitrep covers without a partner is ``only_reference``.

:func:`agreement` sums the rows up: agreement rates on launched and on destroyed over
the matched pairs that give the figure on both sides.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import InputError
from .export.kaggle import kaggle_rows
from .export.naming import model_names
from .reconcile import Incident
from .reconcile.grouping import periods_match
from .reconcile.moments import overlap_hours, parse_moment

__all__ = ["Agreement", "ComparisonRow", "Reference", "TableRow", "agreement", "compare",
           "read_reference"]

_NEEDED = ("time_start", "time_end", "model", "target", "launched", "destroyed")
_FIGURES = ("launched", "destroyed")
_TABLE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?")


def _table_time(text: object) -> str:
    """A time cell as ISO 8601: "2023-05-16 3:30" -> "2023-05-16T03:30"; bare dates stay."""
    cell = str(text or "").strip()
    found = _TABLE_TIME.fullmatch(cell)
    if found is None:
        raise ValueError(f"not a time: {cell!r}")
    day, hour, minute = found.groups()
    return day if hour is None else f"{day}T{int(hour):02d}:{minute}"


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of the table (sitrep's or the reference's), read for comparing."""

    time_start: str
    time_end: str
    model: str
    target: str
    launched: int | None
    destroyed: int | None
    source: str
    line: int | None = None

    @property
    def span(self) -> tuple[datetime, datetime]:
        return parse_moment(self.time_start, end=False), parse_moment(self.time_end, end=True)

    @property
    def parts(self) -> frozenset[str]:
        return model_names().reference_parts(self.model)

    def figure(self, name: str) -> int | None:
        value: int | None = getattr(self, name)
        return value


@dataclass(frozen=True, slots=True)
class Reference:
    """The reference table's rows; ``skipped`` says which lines could not be read."""

    rows: list[TableRow]
    skipped: list[str]


def _number(text: str | None) -> int | None:
    """A count cell: "93.0" -> 93, "" -> None; ``ValueError`` for anything else."""
    if text is None or not text.strip():
        return None
    value = float(text)
    if value < 0 or value != int(value):
        raise ValueError(f"not a count: {text!r}")
    return int(value)


def _table_row(raw: Mapping[str, Any], line: int | None) -> TableRow:
    """A row from CSV cells or from :func:`kaggle_rows`; ``ValueError`` if unreadable."""
    row = TableRow(
        time_start=_table_time(raw.get("time_start")), time_end=_table_time(raw.get("time_end")),
        model=str(raw.get("model") or "").strip(), target=str(raw.get("target") or "").strip(),
        launched=_number(raw.get("launched")), destroyed=_number(raw.get("destroyed")),
        source=str(raw.get("source") or ""), line=line)
    if not row.model:
        raise ValueError("no model")
    start, end = row.span  # raises ValueError for a time that is not ISO 8601
    if end < start:
        raise ValueError("time_end is before time_start")
    return row


def read_reference(path: str | Path) -> Reference:
    """Read the reference CSV (``missile_attacks_daily.csv`` layout).

    Raises :class:`InputError` when the file cannot be read or lacks a needed column; a
    row that cannot be read (a bad time or count) is skipped and named in ``skipped``.
    """
    rows: list[TableRow] = []
    skipped: list[str] = []
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream)
            missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: not the curated table's layout: no column "
                                 f"{', '.join(missing)}")
            for raw in reader:
                try:
                    rows.append(_table_row(raw, reader.line_num))
                except ValueError as exc:
                    skipped.append(f"line {reader.line_num}: {exc}")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc
    except (OSError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    return Reference(rows, skipped)


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One night and model: sitrep's and the reference's figures side by side."""

    night: str
    model: str
    status: str
    sitrep: TableRow | None
    reference: TableRow | None
    note: str = ""

    def values(self, name: str) -> tuple[int | None, int | None]:
        """(sitrep's, the reference's) value of ``launched`` or ``destroyed``."""
        return (None if self.sitrep is None else self.sitrep.figure(name),
                None if self.reference is None else self.reference.figure(name))

    @property
    def same_models(self) -> bool:
        """Both rows count the same models (not lumped differently)."""
        return self.sitrep is not None and self.reference is not None \
            and self.sitrep.parts == self.reference.parts

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"night": self.night, "model": self.model, "status": self.status}
        for side, row in (("sitrep", self.sitrep), ("reference", self.reference)):
            out[f"{side}_model"] = None if row is None else row.model
            out[f"{side}_time_start"] = None if row is None else row.time_start
            out[f"{side}_time_end"] = None if row is None else row.time_end
        for name in _FIGURES:
            out[f"sitrep_{name}"], out[f"reference_{name}"] = self.values(name)
        out["reference_line"] = None if self.reference is None else self.reference.line
        out["sitrep_source"] = None if self.sitrep is None else self.sitrep.source
        out["note"] = self.note
        return out


def _status(ours: TableRow, theirs: TableRow) -> str:
    pairs = [(ours.figure(n), theirs.figure(n)) for n in _FIGURES]
    common = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not common:
        return "no_common_figure"
    return "agree" if all(a == b for a, b in common) else "differ"


def _night(row: TableRow) -> str:
    return row.time_end[:10]


def _sitrep_rows(items: Iterable[Incident | Mapping[str, Any]]) -> list[TableRow]:
    incidents: list[Incident] = []
    rows: list[TableRow] = []
    for item in items:
        if isinstance(item, Incident):
            incidents.append(item)
        else:
            try:
                rows.append(_table_row(item, None))
            except ValueError as exc:
                raise InputError(f"sitrep row {dict(item)!r}: {exc}") from exc
    # an incident without a resolved period has no night to be compared with
    return rows + [_table_row(r, None) for r in kaggle_rows(incidents)
                   if r["time_start"] and r["time_end"]]


def compare(items: Iterable[Incident | Mapping[str, Any]], reference: str | Path | Reference,
            *, targets: Collection[str] | None = None) -> list[ComparisonRow]:
    """Per night and model, where sitrep and the reference agree (module docstring).

    ``items`` are incidents or rows in the table's layout; ``targets`` the reference
    targets looked at (default: the targets of sitrep's rows).
    """
    ours = _sitrep_rows(items)
    table = reference if isinstance(reference, Reference) else read_reference(reference)
    wanted = set(targets) if targets is not None else {r.target for r in ours}
    our_spans = [o.span for o in ours]
    theirs: list[TableRow] = []
    their_spans: list[tuple[datetime, datetime]] = []
    for row in table.rows:
        span = row.span
        if row.target in wanted and any(periods_match(span, o) for o in our_spans):
            theirs.append(row)
            their_spans.append(span)
    candidates = []
    for i, o in enumerate(ours):
        for j, t in enumerate(theirs):
            if not periods_match(our_spans[i], their_spans[j]):
                continue
            same = 2 if o.parts == t.parts else 1 if o.parts & t.parts else 0
            if same:
                candidates.append((-same, -overlap_hours(our_spans[i], their_spans[j]), i, j))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, j in candidates:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    out: list[ComparisonRow] = []
    for i, o in enumerate(ours):
        if i in pairs:
            t = theirs[pairs[i]]
            note = "" if o.parts == t.parts else "models lumped differently"
            out.append(ComparisonRow(_night(o), t.model, _status(o, t), o, t, note))
        else:
            out.append(ComparisonRow(_night(o), o.model, "only_sitrep", o, None))
    out.extend(ComparisonRow(_night(t), t.model, "only_reference", None, t)
               for j, t in enumerate(theirs) if j not in taken)
    names = model_names()
    out.sort(key=lambda r: (r.night, names.position(r.model), r.status))
    return out


@dataclass(frozen=True, slots=True)
class Agreement:
    """Summary figures of a comparison.

    The agreement rates count the matched pairs of the same models only; pairs whose
    models are lumped differently ("X-101/X-555 and Kalibr" beside "X-101/X-555") cannot
    be expected to agree and are counted apart (``lumped``).
    """

    counts: dict[str, int]
    pairs: dict[str, int]  # same-model pairs that give the figure on both sides
    equal: dict[str, int]  # ... and give the same value
    lumped: int = 0

    def rate(self, name: str) -> float | None:
        """Share of matched pairs with equal ``launched`` (or ``destroyed``)."""
        return None if not self.pairs[name] else self.equal[name] / self.pairs[name]

    def to_dict(self) -> dict[str, Any]:
        return {"rows": sum(self.counts.values()), **self.counts, "lumped": self.lumped,
                **{f"{n}_pairs": self.pairs[n] for n in _FIGURES},
                **{f"{n}_equal": self.equal[n] for n in _FIGURES},
                **{f"{n}_agreement": self.rate(n) for n in _FIGURES}}


STATUSES = ("agree", "differ", "no_common_figure", "only_sitrep", "only_reference")


def agreement(rows: Iterable[ComparisonRow]) -> Agreement:
    counts = dict.fromkeys(STATUSES, 0)
    pairs = dict.fromkeys(_FIGURES, 0)
    equal = dict.fromkeys(_FIGURES, 0)
    lumped = 0
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
        if row.sitrep is not None and row.reference is not None and not row.same_models:
            lumped += 1
            continue
        for name in _FIGURES:
            a, b = row.values(name)
            if a is not None and b is not None:
                pairs[name] += 1
                equal[name] += a == b
    return Agreement(counts, pairs, equal, lumped)
