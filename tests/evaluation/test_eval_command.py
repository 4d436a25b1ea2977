"""``sitrep eval`` on the command line: error paths, the gate, import cost.

These run the real command in a subprocess (as a user would), so ``main()`` turns errors
into one line. Only tiny gold files written here are used; no ../shared.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

NEGATIVE = {"id": "n1", "text": "The central bank cut its key rate by 50 basis points.",
            "published": "2025-07-24", "attacks": [], "note": "no attack"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from sitrep.cli import main; main()", "eval",
         *map(str, args)],
        capture_output=True, text=True, timeout=120, check=False)


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("sitrep: error: E300: "), stderr
    return lines[0]


@pytest.mark.parametrize(("content", "message"), [
    ('{"id": "x", "text": "t", "attacks": [{"weapons": [{"category": "drones"}]}]}\n',
     "category 'drones' is not one of"),
    ("{broken\n", "not valid JSON"),
    ("", "no gold documents"),
])
def test_bad_gold_file_is_one_line_and_exit_2(tmp_path: Path, content: str,
                                              message: str) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text(content, encoding="utf-8")
    done = run(gold)
    assert done.returncode == 2
    assert message in one_error_line(done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_missing_gold_file(tmp_path: Path) -> None:
    done = run(tmp_path / "absent.jsonl", "--format", "sitrep")
    assert done.returncode == 2
    assert "no such file" in one_error_line(done.stderr)


def test_bad_floors_file(tmp_path: Path) -> None:
    gold = tmp_path / "mini.jsonl"
    gold.write_text(json.dumps(NEGATIVE) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text('{"mini": {"attack.f1": 2}}', encoding="utf-8")
    done = run(gold, "--floors", floors)
    assert done.returncode == 2
    assert "from 0 to 1" in one_error_line(done.stderr)


@pytest.mark.slow
def test_gate_passes_and_fails(tmp_path: Path) -> None:
    gold = tmp_path / "mini.jsonl"
    gold.write_text(json.dumps(NEGATIVE) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    # attack.recall has no gold attack to measure here: "not measured" fails the gate
    floors.write_text(json.dumps({"mini": {"attack.recall": 0.5}}), encoding="utf-8")
    failed = run(gold, "--floors", floors)
    assert failed.returncode == 1, failed.stderr
    assert "mini: attack.recall = not measured, below its floor 0.500" in failed.stderr
    assert "attack " in failed.stdout  # the table is still printed

    floors.write_text(json.dumps({"mini": {"document.exact_match": 0.0}}), encoding="utf-8")
    passed = run(gold, "--floors", floors, "--json")
    assert passed.returncode == 0, passed.stderr
    out = json.loads(passed.stdout)
    assert out["name"] == "mini"
    assert out["gate"]["passed"] is True
    assert {"fields", "ratios", "metrics", "errors", "misses"} <= set(out)


def test_command_module_imports_no_scorer() -> None:
    code = ("import sys, sitrep.evaluation.command; "
            "print(sorted(m for m in sys.modules if m.startswith('sitrep.evaluation')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "['sitrep.evaluation', 'sitrep.evaluation.command']"
