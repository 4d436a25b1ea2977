"""``sitrep ingest`` in this process (CliRunner): exit statuses, messages, options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from ingest_builders import corpus, report, write_jsonl

from sitrep.cli import cli
from sitrep.store import Store


def _ingest(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["ingest", *map(str, args)], env=env,
                              catch_exceptions=False)


def test_ingest_then_again_adds_nothing(tmp_path: Path) -> None:
    source = corpus(tmp_path / "wire.jsonl", 3)
    db = tmp_path / "news.db"
    first = _ingest(source, "--db", db)
    second = _ingest(source, "--db", db)
    assert first.exit_code == 0 and second.exit_code == 0, first.stderr + second.stderr
    assert "sitrep: ingest: read 3, new 3, duplicates 0, failed 0" in first.stderr
    assert "sitrep: ingest: read 3, new 0, duplicates 3, failed 0" in second.stderr
    assert first.stdout == ""


def test_failures_are_listed_and_the_exit_status_is_1(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "wire.jsonl", [{"text": report(1)}, "{oops"])
    result = _ingest(source, tmp_path / "absent.txt", "--db", tmp_path / "news.db")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"sitrep: {source} (line 2): not valid JSON")
    assert lines[1] == f"sitrep: {tmp_path / 'absent.txt'}: no such file or folder"
    assert lines[2].startswith("sitrep: ingest: read 1, new 1, duplicates 0, failed 2")


def test_quiet_keeps_only_the_summary(tmp_path: Path) -> None:
    result = _ingest(tmp_path / "absent.txt", "--db", tmp_path / "news.db", "--quiet")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines()
                                          if line.startswith("sitrep: ingest: ")]


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    source = corpus(tmp_path / "wire.jsonl", 2)
    result = _ingest(source, tmp_path / "absent.txt", "--db", tmp_path / "news.db",
                     env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert "no such file or folder" in result.stderr
    assert "sitrep: ingest: read 2, new 2" in result.stderr


def test_retry_failed_without_sources(tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    db = tmp_path / "news.db"
    assert _ingest(late, "--db", db).exit_code == 1
    late.write_text(report(7))
    result = _ingest("--retry-failed", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "new 1" in result.stderr and "resolved 1 earlier failures" in result.stderr
    with Store.open(str(db)) as store:
        assert store.failures() == []


def test_jsonl_field_options_and_language(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "feed.jsonl", [{"body": report(2), "when": "2025-09-03",
                                                    "outlet": "Wire", "link": "https://x.test/2",
                                                    "headline": "H", "key": "k2"}])
    db = tmp_path / "news.db"
    result = _ingest(source, "--db", db, "--text-field", "body", "--published-field", "when",
                     "--source-field", "outlet", "--url-field", "link", "--title-field",
                     "headline", "--id-field", "key", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    with Store.open(str(db)) as store:
        [doc] = list(store.documents_needing_extraction("x"))
    assert (doc.published, doc.source, doc.url, doc.title, doc.external_id, doc.language) == (
        "2025-09-03", "Wire", "https://x.test/2", "H", "k2", "en")


def test_no_sources_is_a_usage_error(tmp_path: Path) -> None:
    result = _ingest("--db", tmp_path / "news.db")
    assert result.exit_code == 2
    assert "name at least one PATH or URL" in result.stderr


@pytest.mark.parametrize("option", [["--workers", "0"], ["--lang", "de"],
                                    ["--batch-size", "0"]])
def test_bad_options_are_usage_errors(tmp_path: Path, option: list[str]) -> None:
    result = _ingest(tmp_path, *option)
    assert result.exit_code == 2


def test_database_that_cannot_open_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from sitrep.cli import main

    (tmp_path / "a.txt").write_text(report(1))
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are notes, not a database " * 100)
    monkeypatch.setattr(sys, "argv", ["sitrep", "ingest", str(tmp_path / "a.txt"),
                                      "--db", str(not_a_db)])
    with pytest.raises(SystemExit) as exited:
        main()
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.count("\n") == 1 and err.startswith("sitrep: error: E400: ")
    assert "is not a SQLite database" in err
