"""Ingest ends by reconciling the days its new documents report on."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_builders import Recorder, corpus, report, write_jsonl

from sitrep.errors import StoreError
from sitrep.ingest import IngestOptions, ingest
from sitrep.store import Store


def test_new_reports_of_one_night_become_one_incident(tmp_path: Path, store: Store) -> None:
    summary = ingest([corpus(tmp_path / "a.jsonl", 4)], store, IngestOptions(batch_size=2))
    assert summary.incidents == 1
    assert "1 incidents reconciled" in summary.line()
    [row] = store.incidents().records()
    assert (row["claims"], row["documents"]) == (4, 4)
    more = ingest([corpus(tmp_path / "b.jsonl", 2, start=4)], store, IngestOptions())
    assert more.incidents == 1
    [row] = store.incidents().records()
    assert (row["claims"], row["documents"]) == (6, 6)


def test_a_run_that_adds_nothing_leaves_the_incidents_alone(tmp_path: Path,
                                                            store: Store) -> None:
    path = corpus(tmp_path / "a.jsonl", 2)
    ingest([path], store, IngestOptions())
    [before] = store.incidents().records()
    again = ingest([path], store, IngestOptions())
    assert again.incidents is None
    assert store.incidents().records() == [before]


def test_no_reconcile_leaves_it_for_later(tmp_path: Path, store: Store) -> None:
    summary = ingest([corpus(tmp_path / "a.jsonl", 3)], store,
                     IngestOptions(reconcile=False))
    assert summary.incidents is None and "reconciled" not in summary.line()
    assert store.counts()["incidents"] == 0
    assert len(store.unreconciled_documents()) == 3


def test_a_failed_reconcile_loses_no_document(tmp_path: Path, store: Store,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise StoreError("database is locked")

    monkeypatch.setattr("sitrep.reconcile.store.reconcile_store", broken)
    recorder = Recorder()
    summary = ingest([corpus(tmp_path / "a.jsonl", 3)], store, IngestOptions(),
                     reporter=recorder)
    assert (summary.new, summary.failed) == (3, 0)
    assert summary.reconcile_error == "database is locked"
    assert recorder.failures == [("reconcile", "database is locked (the documents are "
                                               "stored; run sitrep reconcile)")]
    assert store.counts()["documents"] == 3 and store.counts()["incidents"] == 0


def test_the_command_reconciles_unless_told_not_to(tmp_path: Path) -> None:
    from sitrep.cli import cli

    source = write_jsonl(tmp_path / "wire.jsonl", [
        {"text": report(i), "published": "2025-09-03T10:30"} for i in range(3)])
    runner = CliRunner()
    skipped = runner.invoke(cli, ["ingest", str(source), "--db", str(tmp_path / "a.db"),
                                  "--no-reconcile"], catch_exceptions=False)
    assert skipped.exit_code == 0 and "reconciled" not in skipped.stderr
    done = runner.invoke(cli, ["ingest", str(source), "--db", str(tmp_path / "b.db")],
                         catch_exceptions=False)
    assert done.exit_code == 0
    assert ", 1 incidents reconciled in " in done.stderr
    with Store.open(str(tmp_path / "b.db")) as store:
        assert store.counts()["incidents"] == 1
