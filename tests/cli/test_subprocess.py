"""The installed ``sitrep`` script, run as real processes (entry point, exit status, streams).

Each process pays the full start-up (Python, spaCy, rules: ~3 s of CPU), so there are few
scenarios, started together once per module; each test checks its own run. Every other
case runs in-process through CliRunner (test_extract, test_inputs, test_jsonl).
"""

from __future__ import annotations

import json

import pytest

from sitrep.api import document_id

GOOD = "Russia launched 40 drones at Ukraine overnight."


@pytest.fixture(scope="module")
def runs(run_many, tmp_path_factory, report_text):
    tmp = tmp_path_factory.mktemp("script")
    report = tmp / "report.txt"
    report.write_text(report_text, encoding="utf-8")
    image = tmp / "image.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 16)
    return run_many({
        "file": (["extract", str(report), "--published", "2025-09-03T10:30"], None),
        "binary": (["extract", str(image)], None),
        "jsonl-stdin": (["extract", "--jsonl", "-"],
                        (json.dumps({"text": GOOD}) + "\n[1, 2]\n").encode("utf-8")),
    })


def test_script_extracts_a_file(runs, report_text, check_output):
    run = runs["file"]
    assert run.exit_code == 0, str(run)
    assert run.stderr == "", str(run)
    data = run.json()
    out = check_output(data, report_text)
    assert data["document"]["id"] == document_id(report_text)
    assert out.attack()["attacker"] == "RU", out.summary
    out.expect(out.weapon("drone", None)["launched"], 96, what="drone.launched")


def test_script_bad_input_is_one_line(runs, error_check):
    error_check(runs["binary"], contains="binary")


def test_script_jsonl_from_stdin_with_a_bad_line(runs, check_output):
    run = runs["jsonl-stdin"]
    assert run.exit_code == 1, str(run)
    lines = run.stdout.splitlines()
    assert len(lines) == 1, str(run)
    check_output(json.loads(lines[0]), GOOD)
    assert "line 2" in run.stderr and "Traceback" not in run.stderr, str(run)
