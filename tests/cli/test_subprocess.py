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
    lines = tmp / "in.jsonl"
    lines.write_text(json.dumps({"text": GOOD}) + "\n[1, 2]\n", encoding="utf-8")
    return run_many({
        "file": (["extract", str(report), "--published", "2025-09-03T10:30"], None),
        "stdin-cp1251": (["extract", "-", "--published", "2025-09-03", "--compact"],
                         report_text.encode("cp1251")),
        "binary": (["extract", str(image)], None),
        "jsonl-partial": (["extract", "--jsonl", str(lines)], None),
    })


def test_script_extracts_a_file(runs, report_text, check_output):
    run = runs["file"]
    assert run.exit_code == 0, str(run)
    assert run.stderr == "", str(run)
    data = run.json()
    check_output(data, report_text)
    assert data["document"]["id"] == document_id(report_text)
    assert data["attacks"][0]["attacker"] == "RU", str(run)
    assert data["attacks"][0]["weapons"][0]["launched"]["value"] == 96, str(run)


def test_script_reads_cp1251_from_stdin(runs, report_text, check_output):
    run = runs["stdin-cp1251"]
    assert run.exit_code == 0, str(run)
    assert run.stdout.count("\n") == 1, str(run)
    check_output(run.json(), report_text)


def test_script_bad_input_is_one_line(runs, error_check):
    error_check(runs["binary"], contains="binary")


def test_script_jsonl_partial_failure(runs, check_output):
    run = runs["jsonl-partial"]
    assert run.exit_code == 1, str(run)
    lines = run.stdout.splitlines()
    assert len(lines) == 1, str(run)
    check_output(json.loads(lines[0]), GOOD)
    assert "line 2" in run.stderr and "Traceback" not in run.stderr, str(run)
