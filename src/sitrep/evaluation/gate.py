"""The quality gate: floors per gold set, checked against a report.

A floors file is JSON: ``{"<gold name>": {"<metric>": floor, ...}, ...}``. Every metric is
"higher is better", so a metric passes when its value is at least its floor. A metric
that could not be measured (its denominator was zero, e.g. with ``--limit``) fails: a gate
that passes on nothing measured is no gate. A floor for a metric the report does not have
is an error, so that a typo cannot switch a check off. Floors only ever go up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import EvalError

from .report import EvalReport
from .sources import read_text

__all__ = ["FloorFailure", "check_floors", "load_floors"]

Floors = dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class FloorFailure:
    metric: str
    value: float | None
    floor: float

    def __str__(self) -> str:
        shown = "not measured" if self.value is None else f"{self.value:.3f}"
        return f"{self.metric} = {shown}, below its floor {self.floor:.3f}"


def load_floors(path: Path) -> Floors:
    """Read and check a floors file. Raises :class:`EvalError`."""
    try:
        raw = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(raw, dict):
        raise EvalError(f"{path}: floors must be a JSON object of gold names")
    floors: Floors = {}
    for name, metrics in raw.items():
        if not isinstance(metrics, dict):
            raise EvalError(f"{path}: the floors of {name!r} must be an object of metrics")
        floors[name] = {}
        for metric, floor in metrics.items():
            if (isinstance(floor, bool) or not isinstance(floor, int | float)
                    or not math.isfinite(floor) or not 0 <= floor <= 1):
                raise EvalError(f"{path}: floor {name}/{metric} must be a number from 0 to 1, "
                                f"not {floor!r}")
            floors[name][metric] = float(floor)
    return floors


def check_floors(report: EvalReport, floors: Mapping[str, Mapping[str, float]],
                 *, source: str = "floors") -> list[FloorFailure]:
    """The metrics of ``report`` that are below their floor (empty: the gate passes)."""
    if report.name not in floors:
        raise EvalError(f"{source} has no floors for {report.name!r} "
                        f"(it has: {', '.join(sorted(floors)) or 'none'})")
    metrics = report.metrics()
    wanted = floors[report.name]
    unknown = sorted(set(wanted) - set(metrics))
    if unknown:
        raise EvalError(f"{source}: unknown metric(s) for {report.name!r}: "
                        f"{', '.join(unknown)}")
    failures: list[FloorFailure] = []
    for metric, floor in sorted(wanted.items()):
        value = metrics[metric]
        if value is None or value < floor - 1e-9:
            failures.append(FloorFailure(metric, value, floor))
    return failures
