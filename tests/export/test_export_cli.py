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


def _stored_nights(db: Path, reports: list[tuple[str, int]], *, reconciled: bool = True
                   ) -> None:
    from sitrep.reconcile.store import reconcile_store
    from sitrep.store import Store

    with Store.open(str(db)) as store:
        for name, launched in reports:
            doc = drones_night(name, "2025-09-03", launched=launched)
            added = store.add_document(f"text of {name}", published="2025-09-03T10:00+03:00",
                                       source=name.title(), url=f"https://{name}.example/a")
            store.save_result(added.id, doc, "test")
        if reconciled:
            reconcile_store(store)


def test_export_reads_the_stored_incidents(tmp_path: Path) -> None:
    db = tmp_path / "sitrep.db"
    _stored_nights(db, [("wire", 40), ("daily", 41)])
    code, out, err = run("export", "--format", "json", "--db", str(db))
    assert (code, err) == (0, "")
    [incident] = json.loads(out)["incidents"]
    assert sorted(c["url"] for c in incident["claims"]) == ["https://daily.example/a",
                                                            "https://wire.example/a"]
    assert sorted(c["document_id"] for c in incident["claims"]) == ["1", "2"]
    assert incident["conflicts"][0]["role"] == "launched"


def test_ten_reports_of_one_night_are_one_kaggle_row(tmp_path: Path) -> None:
    db = tmp_path / "sitrep.db"
    _stored_nights(db, [(f"outlet{n}", 40) for n in range(10)])
    code, out, err = run("export", "--format", "kaggle-csv", "--db", str(db))
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["model"], r["launched"], r["time_end"]) for r in rows] == [
        ("Shahed-136/131", "40", "2025-09-03 09:00")]
    assert len(rows[0]["source"].split()) == 1  # the one document the figure was taken from
    code, out, _ = run("export", "--format", "kaggle-csv", "--db", str(db), "--since",
                       "2025-09-04")
    assert code == 0 and len(out.splitlines()) == 1  # the header only


def test_unreconciled_attacks_are_reported_not_hidden(tmp_path: Path) -> None:
    db = tmp_path / "sitrep.db"
    _stored_nights(db, [("wire", 40), ("daily", 41)], reconciled=False)
    code, out, err = run("export", "--format", "kaggle-csv", "--db", str(db))
    assert code == 1
    assert err == ("sitrep: 2 documents have attacks in no incident yet: run sitrep "
                   "reconcile\n")
    assert len(out.splitlines()) == 1
    table = tmp_path / "reference.csv"
    table.write_text("time_start,time_end,model,target,launched,destroyed,source\n"
                     "2025-09-02 18:00,2025-09-03 08:00,Shahed-136/131,Ukraine,40,,x\n",
                     encoding="utf-8")
    code, _, err = run("compare", "--reference", str(table), "--db", str(db))
    assert code == 1 and "2 documents have attacks in no incident yet" in err


def test_compare_reads_the_stored_incidents(tmp_path: Path) -> None:
    db = tmp_path / "sitrep.db"
    _stored_nights(db, [(f"outlet{n}", 40) for n in range(3)])
    table = tmp_path / "reference.csv"
    table.write_text("time_start,time_end,model,target,launched,destroyed,source\n"
                     "2025-09-02 18:00,2025-09-03 08:00,Shahed-136/131,Ukraine,40,,x\n",
                     encoding="utf-8")
    code, out, err = run("compare", "--reference", str(table), "--db", str(db))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].startswith("1 rows: agree 1, differ 0")


def test_days_are_for_the_store_only(tmp_path: Path) -> None:
    source = results_file(tmp_path, json.dumps(drones_night("d", "2025-09-03", launched=1)))
    code, _, err = run("export", "--format", "json", "--input", str(source), "--since",
                       "2025-09-01")
    assert code == 2 and "use them with --db" in err
