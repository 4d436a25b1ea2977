"""The ``airforce-infographics`` adapter: OCR'd "ЗНИЩЕНО:" infographics against a table.

Files: ``ocr_texts.jsonl`` (the gold path; one OCR'd infographic per line: ``ocr_text``,
``parsed_date``, ``parsed_time``, ``message_id``, ``file``) and, beside it,
``destroyed_counts.csv`` (one record per infographic: ``checkpoint_date``,
``checkpoint_time`` and 28 count columns, empty for none). A text is scored when exactly
one text and exactly one record share its date and time; the others are counted in the
notes.

Each text is read as Ukrainian, published at its date and time (Kyiv time). The destroyed
figure of each weapon (``destroyed``, else ``shot_down`` + ``suppressed``) is added to the
column :func:`~.infographic_columns.column_of` gives it. A cell (record × column) is exact
when the sum equals the CSV value, 0 and empty being the same. Per column the report has
TP (a non-empty CSV cell predicted exactly), FP (a predicted non-zero value that is not the
CSV value), FN (a non-empty CSV cell not predicted exactly) and the cells exact out of the
records; ``cells.exact`` is the share of exact cells over every column.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .airforce import Extract, UkDocument, count_value, line_at, read_jsonl, weapons_of
from .detection import DetectionOutcome
from .infographic_columns import COLUMNS, column_of, split_models
from .report import EvalReport, FieldRow, Ratio, Tally
from .sources import read_text

__all__ = ["CSV_NAME", "InfographicRecord", "evaluate_infographics", "load_infographics",
           "predicted_cells", "score_infographics"]

CSV_NAME = "destroyed_counts.csv"
_KEY_COLUMNS = ("checkpoint_date", "checkpoint_time")
_NAMES = tuple(c.name for c in COLUMNS)


@dataclass(frozen=True, slots=True)
class InfographicRecord:
    document: UkDocument
    key: tuple[str, str]
    gold: dict[str, int]


def read_counts(path: Path) -> tuple[dict[tuple[str, str], dict[str, int]],
                                     Counter[tuple[str, str]]]:
    """The CSV records by (date, time), and how many records share each key."""
    rows = list(csv.reader(read_text(path).splitlines()))
    if not rows:
        raise EvalError(f"{path}: empty file")
    header = [h.strip() for h in rows[0]]
    expected = {*_KEY_COLUMNS, *_NAMES}
    if set(header) != expected:
        missing = sorted(expected - set(header))
        extra = sorted(set(header) - expected)
        raise EvalError(f"{path}: columns differ from the column table "
                        f"(missing: {', '.join(missing) or 'none'}; "
                        f"unknown: {', '.join(extra) or 'none'})")
    table: dict[tuple[str, str], dict[str, int]] = {}
    keys: Counter[tuple[str, str]] = Counter()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise EvalError(f"{path}, line {number}: expected {len(header)} columns, "
                            f"found {len(row)}")
        cells = dict(zip(header, (c.strip() for c in row), strict=True))
        counts: dict[str, int] = {}
        for name in _NAMES:
            raw = cells[name]
            try:
                counts[name] = int(float(raw)) if raw else 0
            except ValueError as exc:
                raise EvalError(f"{path}, line {number}: {name} is not a number: "
                                f"{raw!r}") from exc
        key = (cells["checkpoint_date"], cells["checkpoint_time"])
        keys[key] += 1
        table[key] = counts
    return table, keys


def _time(value: str) -> str:
    """``07:00:00`` → ``07:00`` (sitrep reads minutes)."""
    return value[:5] if re.fullmatch(r"\d\d:\d\d(?::\d\d)?", value) else value


def load_infographics(path: Path) -> tuple[list[InfographicRecord], list[str]]:
    """The texts that match one CSV record, and notes on those that do not."""
    texts = read_jsonl(path, required=("ocr_text", "parsed_date", "parsed_time"))
    table, csv_keys = read_counts(path.with_name(CSV_NAME))
    text_keys: Counter[tuple[str, str]] = Counter()
    for obj in texts:
        if obj["parsed_date"] and obj["parsed_time"]:
            text_keys[(str(obj["parsed_date"]), str(obj["parsed_time"]))] += 1
    records: list[InfographicRecord] = []
    undated = unmatched = ambiguous = 0
    for number, obj in enumerate(texts, start=1):
        day, clock = obj["parsed_date"], obj["parsed_time"]
        if not day or not clock:
            undated += 1
            continue
        key = (str(day), str(clock))
        if key not in table:
            unmatched += 1
            continue
        if csv_keys[key] > 1 or text_keys[key] > 1:
            ambiguous += 1
            continue
        doc_id = str(obj.get("message_id") or obj.get("file") or number)
        published = f"{key[0]}T{_time(key[1])}"
        records.append(InfographicRecord(UkDocument(doc_id, str(obj["ocr_text"]), published),
                                         key, table[key]))
    notes = [f"{len(texts)} texts, {len(table)} CSV keys: {len(records)} texts matched one "
             f"record by date and time; not scored: {undated} without a parsed date/time, "
             f"{unmatched} without a record, {ambiguous} sharing their date and time with "
             "another text or record"]
    if not records:
        raise EvalError(f"{path}: no text matches a record of {CSV_NAME} by date and time")
    return records, notes


def _destroyed_counts(weapon: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The count objects behind a weapon's destroyed figure (destroyed, else shot down +
    suppressed); empty when none has a number."""
    destroyed = weapon.get("destroyed")
    if count_value(destroyed) is not None:
        assert isinstance(destroyed, Mapping)
        return [destroyed]
    return [c for c in (weapon.get("shot_down"), weapon.get("suppressed"))
            if isinstance(c, Mapping) and count_value(c) is not None]


def predicted_cells(text: str, attacks: Sequence[Mapping[str, Any]], known: Sequence[str]
                    ) -> tuple[dict[str, int], dict[str, list[str]], list[str]]:
    """Column sums of the destroyed figures, the OCR lines behind each column, and the
    figures that reach no column (described)."""
    cells: dict[str, int] = {}
    lines: dict[str, list[str]] = {}
    unmapped: list[str] = []
    for weapon in weapons_of(attacks):
        counts = _destroyed_counts(weapon)
        if not counts:
            continue
        category = str(weapon.get("category") or "")
        mention = weapon.get("mention") or {}
        column = column_of(category, split_models(weapon.get("model"), known),
                           str(mention.get("text") or ""))
        value = sum(count_value(c) or 0 for c in counts)
        where = [line_at(text, int(c.get("start_char") or 0)) for c in counts]
        if column is None:
            label = " ".join(str(x) for x in (category, weapon.get("model"), value) if x)
            unmapped.append(f"{label} ← {' / '.join(where)}")
            continue
        cells[column] = cells.get(column, 0) + value
        lines.setdefault(column, []).extend(w for w in where if w not in lines.get(column, []))
    return cells, lines, unmapped


_ITEM = re.compile(r"[-–—•*+]\s*\S")


def _item_lines(text: str) -> list[str]:
    """The list lines of an infographic ("- 3 ударних БПЛА", OCR'd "+ 3 …" too)."""
    return [ln.strip() for ln in text.splitlines() if _ITEM.match(ln.strip())]


def lines_for(text: str, column: str, value: int, catalogue: Mapping[str, Sequence[str]]
              ) -> list[str]:
    """The OCR lines a CSV cell most likely came from: those naming one of the column's
    models, else the list lines holding ``value``, else every list line."""
    aliases = [a.lower() for c in COLUMNS if c.name == column for m in c.models
               for a in catalogue.get(m, ())]
    items = _item_lines(text)
    named = [ln for ln in items if any(a in ln.lower() for a in aliases)]
    if named:
        return named
    numbered = [ln for ln in items if re.search(rf"(?<!\d){value}(?!\d)", ln)]
    return numbered or items


def _catalogue() -> dict[str, list[str]]:
    from sitrep.rules import load_weapons

    return {m.id: list(m.aliases) for m in load_weapons().models}


def score_infographics(records: Sequence[InfographicRecord],
                       outcomes: Sequence[DetectionOutcome], *, source: str = "",
                       errors: Sequence[str] = (), notes: Sequence[str] = (),
                       catalogue: Mapping[str, Sequence[str]] | None = None) -> EvalReport:
    """Score the records; ``catalogue`` (model id -> aliases) defaults to weapons.json."""
    if catalogue is None:
        catalogue = _catalogue()
    known_models = list(catalogue)
    tallies = {name: [0, 0, 0, 0] for name in _NAMES}  # tp, fp, fn, exact cells
    misses: list[str] = []
    unmapped_all: list[str] = []
    exact_records = 0
    for record, outcome in zip(records, outcomes, strict=True):
        text = record.document.text
        cells, lines, unmapped = predicted_cells(text, outcome.attacks, known_models)
        unmapped_all.extend(f"{record.key[0]} {record.key[1]}: {u}" for u in unmapped)
        all_exact = True
        for name in _NAMES:
            gold = record.gold[name]
            got = cells.get(name, 0)
            t = tallies[name]
            if gold == got:
                t[3] += 1
                t[0] += gold > 0
                continue
            all_exact = False
            t[1] += got > 0
            t[2] += gold > 0
            behind = lines.get(name) or lines_for(text, name, gold, catalogue)
            misses.append(f"{record.key[0]} {record.key[1]} (post {record.document.id}) "
                          f"{name}: expected {gold or '—'}, got {got or '—'} ← "
                          + " | ".join(behind))
        exact_records += all_exact
    rows = [FieldRow(name, Tally(t[0], t[1], t[2]), t[3], len(records))
            for name, t in tallies.items()]
    total = Tally()
    for row in rows:
        total = total + row.tally
    exact_cells = sum(t[3] for t in tallies.values())
    n_cells = len(records) * len(_NAMES)
    rows.append(FieldRow("all_columns", total, exact_records, len(records)))
    ratios = [
        Ratio("cells.exact", exact_cells, n_cells, "cells (record × column) exact"),
        Ratio("cells.found", total.tp, total.tp + total.fn,
              "non-empty CSV cells predicted exactly"),
        Ratio("records.exact", exact_records, len(records), "records with every cell exact"),
    ]
    all_notes = [*notes, "exact (docs) of a column = its cells exact / records; of "
                         "all_columns = records with every cell exact"]
    if unmapped_all:
        all_notes.append(f"{len(unmapped_all)} destroyed figure(s) reach no column: "
                         + "; ".join(unmapped_all[:10])
                         + (" …" if len(unmapped_all) > 10 else ""))
    return EvalReport(name="airforce-infographics", format="airforce-infographics",
                      source=source, documents=len(records), unit="records", rows=rows,
                      ratios=ratios, errors=list(errors), notes=all_notes, misses=misses)


def evaluate_infographics(path: Path, extract: Extract, limit: int | None = None
                          ) -> EvalReport:
    records, notes = load_infographics(path)
    records = records[:limit]
    outcomes, errors = extract([r.document for r in records])
    return score_infographics(records, outcomes, source=str(path), errors=errors, notes=notes)
