"""``sitrep extract --jsonl``: one result per line; a bad line is reported and skipped."""

from __future__ import annotations

import json


def _line(**obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


GOOD_1 = "Russia launched 40 drones at Ukraine overnight."
GOOD_2 = "Russia fired 12 missiles at Ukraine overnight, the air force said."
NEGATIVE = "The central bank cut interest rates by 25 basis points."


def _results(run, check_output, texts):
    lines = run.stdout.splitlines()
    assert len(lines) == len(texts), str(run)
    results = [json.loads(line) for line in lines]
    for data, text in zip(results, texts, strict=True):
        check_output(data, text)
    return results


def test_jsonl_all_good(invoke, tmp_path, check_output):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        _line(id="a", text=GOOD_1, published="2025-09-03"),
        _line(id="b", text=GOOD_2, published="2025-09-03T10:30", source="wire"),
        _line(id="c", text=NEGATIVE),
    ]) + "\n", encoding="utf-8")
    run = invoke(["extract", "--jsonl", str(path)])
    assert run.exit_code == 0, str(run)
    assert run.stderr == "", str(run)
    results = _results(run, check_output, [GOOD_1, GOOD_2, NEGATIVE])
    assert [r["document"]["id"] for r in results] == ["a", "b", "c"]
    assert results[0]["attacks"][0]["weapons"][0]["launched"]["value"] == 40
    assert results[1]["attacks"][0]["weapons"][0]["launched"]["value"] == 12
    assert results[1]["document"]["source"] == "wire"
    assert results[1]["document"]["published"] == "2025-09-03T10:30+03:00"
    assert results[2]["attacks"] == []


def test_jsonl_bad_lines_are_reported_and_skipped(invoke, tmp_path, check_output):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        _line(id="a", text=GOOD_1, published="2025-09-03"),   # 1
        "{not json at all",                                   # 2: invalid JSON
        _line(id="x", title="no text here"),                  # 3: missing "text"
        _line(id="y", text=""),                               # 4: empty text
        _line(id="b", text=GOOD_2),                           # 5
        _line(id="z", text=GOOD_1, published="not a date"),   # 6: bad published
    ]) + "\n", encoding="utf-8")
    run = invoke(["extract", "--jsonl", str(path)])
    assert run.exit_code == 1, str(run)
    results = _results(run, check_output, [GOOD_1, GOOD_2])
    assert [r["document"]["id"] for r in results] == ["a", "b"]
    assert "Traceback" not in run.stderr, str(run)
    err = run.stderr.splitlines()
    for number in (2, 3, 4, 6):
        assert any(f"line {number}" in line for line in err), \
            f"line {number} is not reported\n{run}"
    for number in (1, 5):
        assert not any(f"line {number}:" in line for line in err), str(run)
    assert all(line.startswith("sitrep:") for line in err), str(run)


def test_jsonl_from_stdin(invoke, check_output):
    data = _line(text=GOOD_1, published="2025-09-03") + "\n\n" + _line(text=GOOD_2) + "\n"
    run = invoke(["extract", "--jsonl", "-"], input=data)
    assert run.exit_code == 0, str(run)
    _results(run, check_output, [GOOD_1, GOOD_2])


def test_jsonl_text_field(invoke, tmp_path, check_output):
    path = tmp_path / "in.jsonl"
    path.write_text(_line(body=GOOD_1, published="2025-09-03") + "\n", encoding="utf-8")
    run = invoke(["extract", "--jsonl", "--text-field", "body", str(path)])
    assert run.exit_code == 0, str(run)
    _results(run, check_output, [GOOD_1])


def test_jsonl_missing_file(invoke, tmp_path, error_check):
    error_check(invoke(["extract", "--jsonl", str(tmp_path / "absent.jsonl")]),
                contains="absent.jsonl")


def test_jsonl_bad_line_is_not_utf8(invoke, tmp_path, check_output):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_line(text=GOOD_1).encode() + b"\n" + b'{"text": "\xff\xfe bad"}\n')
    run = invoke(["extract", "--jsonl", str(path)])
    assert run.exit_code == 1, str(run)
    _results(run, check_output, [GOOD_1])
    assert "line 2" in run.stderr, str(run)


def test_jsonl_line_numbers_count_blank_lines_and_limits_apply(invoke, tmp_path, check_output):
    long_text = GOOD_1 + " " + "The air force gave no further details. " * 3
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        _line(text=GOOD_1),      # 1
        "",                      # 2: blank, ignored
        "   ",                   # 3: blank, ignored
        _line(text=5),           # 4: "text" is not a string
        _line(text=long_text),   # 5: longer than --max-chars
    ]) + "\n", encoding="utf-8")
    run = invoke(["extract", "--jsonl", "--max-chars", "100", str(path)])
    assert run.exit_code == 1, str(run)
    _results(run, check_output, [GOOD_1])
    assert "line 4" in run.stderr and "line 5" in run.stderr, str(run)
    assert "line 2" not in run.stderr and "line 3" not in run.stderr, str(run)
