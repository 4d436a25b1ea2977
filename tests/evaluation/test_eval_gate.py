"""Floors: loading, passing, failing, and refusing what would switch a check off."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import EvalError
from sitrep.evaluation.gate import check_floors, load_floors
from sitrep.evaluation.report import EvalReport, FieldRow, Ratio, Tally


def report() -> EvalReport:
    return EvalReport(name="gold", format="sitrep", source="gold.jsonl", documents=4,
                      rows=[FieldRow("attack", Tally(tp=3, fp=1, fn=0), 3, 4),
                            FieldRow("weapons.pending", Tally())],
                      ratios=[Ratio("no_attack.accuracy", 7, 10)])


def write(tmp_path: Path, obj: Any) -> Path:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def test_floors_met_and_missed() -> None:
    assert check_floors(report(), {"gold": {"attack.precision": 0.75,
                                            "no_attack.accuracy": 0.7}}) == []
    (failure,) = check_floors(report(), {"gold": {"attack.precision": 0.76}})
    assert failure.metric == "attack.precision"
    assert str(failure) == "attack.precision = 0.750, below its floor 0.760"


def test_a_metric_not_measured_fails() -> None:
    (failure,) = check_floors(report(), {"gold": {"weapons.pending.recall": 0.0}})
    assert "not measured" in str(failure)


def test_unknown_metric_and_missing_gold_name_are_errors() -> None:
    with pytest.raises(EvalError, match="unknown metric"):
        check_floors(report(), {"gold": {"attack.precisoin": 0.5}})
    with pytest.raises(EvalError, match="no floors for 'gold'"):
        check_floors(report(), {"other": {}})


def test_load_floors(tmp_path: Path) -> None:
    assert load_floors(write(tmp_path, {"gold": {"attack.f1": 0.5, "x": 1}})) == {
        "gold": {"attack.f1": 0.5, "x": 1.0}}


@pytest.mark.parametrize(("obj", "message"), [
    ([1], "JSON object of gold names"),
    ({"gold": [0.5]}, "must be an object of metrics"),
    ({"gold": {"attack.f1": 1.5}}, "from 0 to 1"),
    ({"gold": {"attack.f1": "0.5"}}, "from 0 to 1"),
    ({"gold": {"attack.f1": True}}, "from 0 to 1"),
])
def test_bad_floors_files(tmp_path: Path, obj: Any, message: str) -> None:
    with pytest.raises(EvalError, match=message):
        load_floors(write(tmp_path, obj))


def test_floors_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(EvalError, match="not valid JSON"):
        load_floors(path)
