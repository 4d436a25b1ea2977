"""What an evaluation measured: tallies, ratios, and how to show them.

Every ratio keeps the counts behind it (``TP``/``FP``/``FN`` or numerator/denominator) so
that a reader can check it. A ratio whose denominator is zero is ``None`` ("not measured"),
never 0 or 1. Metric names are flat strings (``weapons.launched.f1``,
``no_attack.accuracy``); ``eval/floors.json`` uses the same names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

__all__ = ["EvalReport", "FieldRow", "Ratio", "Tally", "render_text"]


def _div(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


@dataclass(frozen=True, slots=True)
class Tally:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _div(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _div(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One line of the table: a field's tally and, where defined, its exact-match rate.

    ``exact`` counts documents where the field was entirely right (``exact_docs`` of
    ``exact_total``); it is left out for detection-only sets.
    """

    name: str
    tally: Tally
    exact_docs: int | None = None
    exact_total: int | None = None

    @property
    def exact(self) -> float | None:
        if self.exact_docs is None or self.exact_total is None:
            return None
        return _div(self.exact_docs, self.exact_total)

    def metrics(self) -> dict[str, float | None]:
        out = {
            f"{self.name}.precision": self.tally.precision,
            f"{self.name}.recall": self.tally.recall,
            f"{self.name}.f1": self.tally.f1,
        }
        if self.exact_total is not None:
            out[f"{self.name}.exact"] = self.exact
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.name,
            "tp": self.tally.tp,
            "fp": self.tally.fp,
            "fn": self.tally.fn,
            "precision": self.tally.precision,
            "recall": self.tally.recall,
            "f1": self.tally.f1,
            "exact": self.exact,
            "exact_docs": self.exact_docs,
            "exact_total": self.exact_total,
        }


@dataclass(frozen=True, slots=True)
class Ratio:
    """A named fraction with its counts, e.g. ``no_attack.accuracy`` = 9/10."""

    name: str
    numerator: int
    denominator: int
    note: str = ""

    @property
    def value(self) -> float | None:
        return _div(self.numerator, self.denominator)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value": self.value,
            "note": self.note,
        }


@dataclass(slots=True)
class EvalReport:
    """The result of scoring one gold set. Higher is better for every metric."""

    name: str
    format: str
    source: str
    documents: int
    unit: str = "documents"
    rows: list[FieldRow] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float | None]:
        """Every metric by its flat name; ``None`` when its denominator was zero."""
        out: dict[str, float | None] = {}
        for row in self.rows:
            out.update(row.metrics())
        for ratio in self.ratios:
            out[ratio.name] = ratio.value
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "format": self.format,
            "source": self.source,
            "documents": self.documents,
            "unit": self.unit,
            "fields": [row.to_dict() for row in self.rows],
            "ratios": [ratio.to_dict() for ratio in self.ratios],
            "metrics": self.metrics(),
            "errors": list(self.errors),
            "notes": list(self.notes),
            "misses": list(self.misses),
        }


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def render_text(report: EvalReport, out: IO[str], *, show_misses: bool = False) -> None:
    """Write ``report`` as a readable table."""
    out.write(f"{report.name} ({report.format}, {report.source}): {report.documents} "
              f"{report.unit}, {len(report.errors)} could not be read\n")
    if report.rows:
        width = max(len("field"), *(len(r.name) for r in report.rows))
        out.write(f"{'field':<{width}}  {'TP':>5} {'FP':>5} {'FN':>5}  {'precision':>9} "
                  f"{'recall':>7} {'F1':>6}  {'exact':>6} {'(docs)':>9}\n")
        for row in report.rows:
            t = row.tally
            docs = "" if row.exact_total is None else f"{row.exact_docs}/{row.exact_total}"
            exact = "" if row.exact_total is None else _fmt(row.exact)
            out.write(f"{row.name:<{width}}  {t.tp:>5} {t.fp:>5} {t.fn:>5}  "
                      f"{_fmt(t.precision):>9} {_fmt(t.recall):>7} {_fmt(t.f1):>6}  "
                      f"{exact:>6} {docs:>9}\n")
    if report.ratios:
        out.write("\n")
        width = max(len(r.name) for r in report.ratios)
        for ratio in report.ratios:
            frac = f"{ratio.numerator}/{ratio.denominator}"
            note = f"  {ratio.note}" if ratio.note else ""
            out.write(f"{ratio.name:<{width}}  {frac:>9}  {_fmt(ratio.value):>6}{note}\n")
    for note in report.notes:
        out.write(f"note: {note}\n")
    for error in report.errors:
        out.write(f"not read: {error}\n")
    if show_misses and report.misses:
        out.write(f"\nmisses ({len(report.misses)}):\n")
        for miss in report.misses:
            out.write(f"  {miss}\n")
