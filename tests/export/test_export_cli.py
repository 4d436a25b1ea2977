"""``sitrep export`` and ``sitrep compare``: thin commands, one-line errors, bad lines skipped."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from result_builders import drones_night
from sitrep.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return outcome.exit_code, outcome.stdout, outcome.stderr


def results_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_export_skips_a_bad_line_says_so_and_writes_the_rest(tmp_path: Path) -> None:
    good = json.dumps(drones_night("good", "2025-09-03", launched=40, source="Reuters"))
    source = results_file(tmp_path, good, '{"schema": "sitrep/1"}', "not json")
    target = tmp_path / "out.csv"
    code, _, err = run("export", "--format", "kaggle-csv", "--input", str(source),
                       "--output", str(target))
    assert code == 1
    assert "line 2: skipped: result: $.document: expected an object" in err
    assert "line 3: skipped: not JSON" in err and "2 of 3 results skipped" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["model"], r["launched"]) for r in rows] == [("Shahed-136/131", "40")]


def test_export_acled_to_standard_output(tmp_path: Path) -> None:
    source = results_file(tmp_path, json.dumps(drones_night("d", "2025-09-03", launched=40)))
    code, out, err = run("export", "--format", "acled", "--input", str(source))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("event_id_cnty,event_date,")


def test_compare_prints_rows_and_the_agreement(tmp_path: Path) -> None:
    source = results_file(tmp_path, json.dumps(drones_night("d", "2025-09-03", launched=40,
                                                            destroyed=30)))
    table = tmp_path / "reference.csv"
    table.write_text("time_start,time_end,model,target,launched,destroyed,source\n"
                     "2025-09-02 18:00,2025-09-03 08:00,Shahed-136/131,Ukraine,40.0,31.0,x\n"
                     "bad,2025-09-03 08:00,Kalibr,Ukraine,1,1,x\n", encoding="utf-8")
    code, out, err = run("compare", "--reference", str(table), "--input", str(source))
    assert code == 0
    assert "line 3: not a time: 'bad': skipped" in err
    assert "2025-09-03  Shahed-136/131  differ  40/40" in out
    assert out.splitlines()[-1].startswith("1 rows: agree 0, differ 1")
    assert "launched 1/1 (100%), destroyed 0/1 (0%)" in out
    code, out, _ = run("compare", "--reference", str(table), "--input", str(source),
                       "--format", "json")
    assert json.loads(out)["summary"]["destroyed_agreement"] == 0.0


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    source = results_file(tmp_path, json.dumps(drones_night("d", "2025-09-03", launched=1)))
    for args, message in [
        (["export", "--format", "json"], "exactly one of --input FILE or --db URL"),
        (["export", "--format", "json", "--input", str(source), "--db", "x.db"],
         "exactly one of"),
        (["export", "--format", "parquet", "--input", str(source)], "name an output file"),
        (["export", "--format", "json", "--input", str(tmp_path / "none.jsonl")],
         "no such file"),
        (["compare", "--reference", str(tmp_path / "none.csv"), "--input", str(source)],
         "no such file"),
    ]:
        code, _, err = run(*args)
        assert code == 2, args
        assert err.count("\n") == 1 and message in err, err


def test_export_reads_the_store(tmp_path: Path) -> None:
    from sitrep.store import Store

    db = tmp_path / "sitrep.db"
    with Store.open(str(db)) as store:
        for name, launched in (("wire", 40), ("daily", 41)):
            doc = drones_night(name, "2025-09-03", launched=launched)
            added = store.add_document(f"text of {name}", published="2025-09-03T10:00+03:00",
                                       source=name.title(), url=f"https://{name}.example/a")
            store.save_result(added.id, doc, "test")
    code, out, err = run("export", "--format", "json", "--db", str(db))
    assert (code, err) == (0, "")
    [incident] = json.loads(out)["incidents"]
    assert sorted(c["url"] for c in incident["claims"]) == ["https://daily.example/a",
                                                            "https://wire.example/a"]
    assert incident["conflicts"][0]["role"] == "launched"
