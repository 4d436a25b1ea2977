"""``sitrep reconcile``, ``sitrep incidents`` and ``sitrep quotes`` over a database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner, Result

from result_builders import drones_night, quote, speaker
from sitrep.cli import cli
from sitrep.store import Store

AIR_FORCE = "Ukrainian Air Force"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def night_db(db_url: str) -> str:
    """One night in three reports (own channel, relay, governor), one quote in two."""
    said = "This terror must stop."
    sybiha = speaker("Andrii Sybiha", "andrii-sybiha", "UA", "GOV")
    with Store.open(db_url) as store:
        for data, source, url in [
            (drones_night("post", "2025-09-03", launched=230, destroyed=205),
             "Повітряні сили ЗСУ", "https://t.me/kpszsu/1"),
            (drones_night("wire", "2025-09-03", launched=231, destroyed=205,
                          reported_by=AIR_FORCE), "Reuters", "https://wire.example/a"),
            (drones_night("governor", "2025-09-03", launched=200, qualifier="about"),
             "Regional TV", None),
        ]:
            data["quotes"] = [quote(said, sybiha)] if source != "Regional TV" else []
            added = store.add_document(f"text of {source}",
                                       published=data["document"]["published"],
                                       source=source, url=url)
            store.save_result(added.id, data, "test")
    return db_url


def test_reconcile_says_what_it_did(night_db: str) -> None:
    out = run("reconcile", "--db", night_db)
    assert out.exit_code == 0
    assert out.stderr == ("sitrep: reconcile: 1 incidents from 3 claims in 3 documents, 1 "
                          "with disagreeing figures\n")
    assert run("reconcile", "--db", night_db, "--since", "2025-09-03", "-q").stderr == ""


def test_incidents_table_shows_the_chosen_figures_beside_every_claim(night_db: str) -> None:
    assert json.loads(run("incidents", "--db", night_db, "--format", "json").stdout) == []
    run("reconcile", "--db", night_db)
    out = run("incidents", "--db", night_db)
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0].startswith("incident 1 (2025-09-03): RU → UA, 'overnight' = ")
    assert lines[0].endswith("3 claims in 3 documents, 1 disagreeing")
    rows = {line.split("│")[1].strip(): [cell.strip() for cell in line.split("│")[2:-1]]
            for line in lines if line.startswith("│")}
    # columns: published, url, rank, drone launched, drone destroyed
    assert rows["incident"][3:] == ["230 !", "205"]
    assert rows["Повітряні сили ЗСУ"][1:] == ["https://t.me/kpszsu/1", "own_channel", "230*",
                                              "205*"]
    assert rows["Reuters"][2:] == ["attributed", "231", "205"]
    assert rows["Regional TV"][2:] == ["other", "~200", ""]
    assert "* the incident's figure" in lines[-1]


def test_one_incident_in_detail_with_its_evidence(night_db: str) -> None:
    run("reconcile", "--db", night_db)
    out = run("incidents", "--db", night_db, "--id", "1")
    assert out.exit_code == 0
    assert "drone launched = 230 !  (primary source; document 1, 1 of 3 claims agree)" \
        in out.stdout
    assert "    drone launched = 230* [10:13] '230'" in out.stdout
    missing = run("incidents", "--db", night_db, "--id", "7")
    assert missing.exit_code == 2
    assert missing.stderr == "sitrep: error: E400: no incident with id 7\n"


def test_incidents_as_csv_one_row_per_claim_and_figure(night_db: str) -> None:
    run("reconcile", "--db", night_db)
    rows = list(csv.DictReader(io.StringIO(run("incidents", "--db", night_db, "--format",
                                               "csv").stdout)))
    launched = [(r["source"], r["value"], r["qualifier"], r["chosen"], r["conflict"],
                 r["consistent"]) for r in rows if r["role"] == "launched"]
    assert launched == [("Повітряні сили ЗСУ", "230", "exact", "True", "True", "False"),
                        ("Reuters", "231", "exact", "False", "True", "False"),
                        ("Regional TV", "200", "about", "False", "True", "False")]
    assert len(rows) == 5


def test_quotes_are_merged_with_their_sources(night_db: str) -> None:
    out = run("quotes", "--db", night_db, "--speaker", "Sybiha", "--format", "json")
    [merged] = json.loads(out.stdout)
    assert merged["text"] == "This terror must stop." and merged["outlets"] == 2
    assert merged["sources"] == ["Повітряні сили ЗСУ", "Reuters"]
    assert merged["document_ids"] == [1, 2]


def test_quotes_of_a_source_with_no_quotes(night_db: str) -> None:
    out = run("quotes", "--db", night_db, "--source", "Regional", "--format", "csv")
    assert out.stdout.splitlines() == ["published,speaker,speaker_actor_id,speaker_country,"
                                       "kind,text,outlets,sources,document_ids,urls"]
