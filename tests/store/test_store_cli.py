"""The query commands and ``sitrep reextract``, run in-process through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from store_corpus import fill

from sitrep import __version__
from sitrep.cli import cli
from sitrep.store import Store


@pytest.fixture
def filled(sqlite_url: str) -> str:
    with Store.open(sqlite_url) as store:
        fill(store)
    return sqlite_url


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_attacks_as_a_table(filled):
    out = run("attacks", "--db", filled, "--attacker", "RU", "--since", "2025-09-01")
    assert out.exit_code == 0, out.output
    assert "Kh-101" in out.stdout and "120" in out.stdout and "Shahed" not in out.stdout


def test_a_qualified_figure_shows_its_qualifier_in_the_table(filled):
    out = run("attacks", "--db", filled, "--model", "Shahed-136")
    assert ">50" in out.stdout


def test_attacks_as_csv_and_json(filled):
    csv_out = run("attacks", "--db", filled, "--format", "csv", "--target", "RU")
    lines = csv_out.stdout.strip().splitlines()
    assert lines[0].startswith("document_id,source,published")
    assert len(lines) == 2 and ",41," in lines[1]
    data = json.loads(run("attacks", "--db", filled, "--format", "json").stdout)
    assert {row["day"] for row in data} == {"2025-09-03", "2025-09-10", "2025-08-20"}


def test_attacks_as_parquet(filled, tmp_path: Path):
    import pyarrow.parquet as pq

    target = tmp_path / "attacks.parquet"
    out = run("attacks", "--db", filled, "--format", "parquet", "--output", str(target))
    assert out.exit_code == 0, out.output
    table = pq.read_table(target)
    assert table.num_rows == 4
    assert sorted(v for v in table.column("launched").to_pylist() if v is not None) == [
        6, 50, 120]


def test_parquet_needs_a_file(filled):
    out = CliRunner().invoke(cli, ["attacks", "--db", filled, "--format", "parquet"])
    assert out.exit_code == 2
    assert out.stderr.strip() == ("sitrep: error: E400: parquet output needs a file: "
                                  "give --output FILE")


def test_a_cut_list_says_so(filled):
    out = run("attacks", "--db", filled, "--limit", "2", "--format", "csv")
    assert len(out.stdout.strip().splitlines()) == 3
    assert "showing the first 2 rows" in out.stderr
    assert "showing" not in run("attacks", "--db", filled, "--limit", "0").stderr


def test_quotes_events_incidents_and_search(filled):
    assert "This terror must stop." in run("quotes", "--db", filled, "--speaker",
                                           "Sybiha").stdout
    assert "REJECT" in run("events", "--db", filled, "--type", "reject").stdout
    assert "CONSULT" not in run("events", "--db", filled, "--type", "reject").stdout
    assert json.loads(run("incidents", "--db", filled, "--format", "json").stdout) == []
    found = json.loads(run("search", "railway", "--db", filled, "--format", "json").stdout)
    assert [hit["title"] for hit in found] == ["Night attack on Kyiv"]
    assert "[Railways]" in found[0]["snippet"]


def test_the_database_can_come_from_the_environment(filled, monkeypatch):
    monkeypatch.setenv("SITREP_DB", filled)
    assert "REJECT" in run("events").stdout


@pytest.mark.parametrize("args", [
    ["attacks", "--db", "{missing}"],
    ["search", "drones", "--db", "{missing}"],
    ["reextract", "--db", "{bad}"],
])
def test_a_missing_or_broken_database_is_one_line_and_exit_2(tmp_path, args):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all\n" * 50)
    args = [a.format(missing=tmp_path / "none.db", bad=bad) for a in args]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 2, out.output
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("sitrep: error: E400")
    assert out.stdout == ""


def test_a_bad_date_is_a_usage_error(filled):
    out = CliRunner().invoke(cli, ["attacks", "--db", filled, "--since", "September"])
    assert out.exit_code == 2 and "Invalid value for '--since'" in out.stderr


REPORTS = [
    "Russia launched 48 drones at Ukraine overnight, the air force said. Air defences shot "
    "down 40 of them.",
    "Russia attacked Ukraine overnight with 12 missiles and 90 drones, Ukraine's air force "
    "said.",
]


def test_reextract_reads_stored_texts_that_this_version_has_not_read(sqlite_url):
    with Store.open(sqlite_url) as store:
        fresh = store.add_document(REPORTS[0], published="2025-09-03T10:30")
        old = store.add_document(REPORTS[1], published="2025-09-04T09:00")
        store.save_result(old.id, {"schema": "sitrep/1", "attacks": []}, "0.0.1")
    out = run("reextract", "--db", sqlite_url, "--quiet")
    assert out.exit_code == 0, out.output
    with Store.open(sqlite_url) as store:
        assert store.count_needing_extraction(__version__) == 0
        launched = {(r["document_id"], r["category"]): r["launched"]
                    for r in store.attacks().records()}
        assert launched[(fresh.id, "drone")] == 48
        assert launched[(old.id, "missile")] == 12
        assert store.result(old.id)["document"]["published"].startswith("2025-09-04")
    again = run("reextract", "--db", sqlite_url)
    assert "re-extracted 0 documents, 0 failed" in again.stderr


def test_reextract_records_a_document_it_cannot_read_and_goes_on(sqlite_url):
    with Store.open(sqlite_url) as store:
        good = store.add_document(REPORTS[0], published="2025-09-03T10:30")
        odd = store.add_document(REPORTS[1], published="not a date at all")
    out = CliRunner().invoke(cli, ["reextract", "--db", sqlite_url, "--quiet"])
    assert out.exit_code == 1, out.output  # the extractor refuses that publication time
    with Store.open(sqlite_url) as store:
        (failure,) = store.failures(origin="reextract")
        assert failure.item == f"document {odd.id}" and "ISO 8601" in failure.error
        assert store.result(good.id) is not None
        store.save_result(odd.id, {"schema": "sitrep/1"}, "0.0.1")
    # a later run that reads it resolves the failure (here: after the text was fixed up)
    with Store.open(sqlite_url) as store:
        from sqlalchemy import update

        from sitrep.store.tables import documents

        with store.engine.begin() as connection:
            connection.execute(update(documents).where(documents.c.id == odd.id)
                               .values(published="2025-09-04"))
    assert run("reextract", "--db", sqlite_url, "--quiet").exit_code == 0
    with Store.open(sqlite_url) as store:
        assert store.failures(origin="reextract") == []


def test_the_command_line_starts_without_loading_the_database_libraries():
    import subprocess
    import sys

    code = ("import sys, sitrep.cli; print(sorted(m for m in ('sqlalchemy', 'alembic', "
            "'pyarrow', 'psycopg') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
