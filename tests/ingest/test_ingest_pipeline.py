"""The ingest pipeline in this process: idempotency, failures, retry, what is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_builders import Recorder, corpus, report, write_jsonl

from sitrep import ingest as ingest_module
from sitrep.ingest import EXTRACTOR_VERSION, IngestOptions, IngestSummary, ingest
from sitrep.sources import SourceOptions
from sitrep.store import Store


def _options(**kwargs: object) -> IngestOptions:
    return IngestOptions(batch_size=4, **kwargs)  # type: ignore[arg-type]


def test_same_input_twice_adds_nothing(tmp_path: Path, store: Store) -> None:
    path = corpus(tmp_path / "wire.jsonl", 6)
    first = ingest([path], store, _options())
    before = store.counts()
    second = ingest([path], store, _options())
    assert (first.read, first.new, first.duplicates, first.failed) == (6, 6, 0, 0)
    assert (second.read, second.new, second.duplicates, second.failed) == (6, 0, 6, 0)
    assert store.counts() == before


def test_repeated_text_in_one_run_is_stored_once(tmp_path: Path, store: Store) -> None:
    (tmp_path / "a.txt").write_text(report(1).replace(". ", ".\n"))
    (tmp_path / "b.txt").write_bytes(report(1).replace(". ", ".\r\n").encode())  # \r\n
    write_jsonl(tmp_path / "c.jsonl", [{"text": report(1).replace(". ", ".\n")},
                                       {"text": report(2)}])
    summary = ingest([tmp_path], store, _options())
    assert (summary.read, summary.new, summary.duplicates) == (4, 2, 2)
    assert store.counts()["documents"] == 2


def test_every_document_has_its_result_and_metadata(tmp_path: Path, store: Store) -> None:
    write_jsonl(tmp_path / "wire.jsonl", [{"text": report(3), "published": "2025-09-03T10:30",
                                           "id": "r3", "source": "Test Wire",
                                           "url": "https://example.test/r3", "desk": "kyiv"}])
    ingest([tmp_path / "wire.jsonl"], store, _options())
    [doc] = list(store.documents_needing_extraction("no-such-version"))
    assert doc.text == report(3)
    assert (doc.origin, doc.external_id, doc.source, doc.url) == (
        str(tmp_path / "wire.jsonl"), "r3", "Test Wire", "https://example.test/r3")
    assert doc.metadata is not None
    assert (doc.metadata["reader"], doc.metadata["ref"], doc.metadata["desk"]) == (
        "jsonl", "line 1", "kyiv")
    result = store.result(doc.id)
    assert result is not None and result["schema"] == "sitrep/1"
    assert result["attacks"][0]["weapons"][0]["launched"]["value"] == 43
    assert store.count_needing_extraction(EXTRACTOR_VERSION) == 0


def test_bad_items_are_recorded_and_the_rest_goes_in(tmp_path: Path, store: Store) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", [{"text": report(1)}, '{"text": "cut',
                                                 {"text": report(2)}])
    recorder = Recorder()
    summary = ingest([path, tmp_path / "missing.txt"], store, _options(), reporter=recorder)
    assert (summary.read, summary.new, summary.failed) == (2, 2, 2)
    assert [(f.origin, f.item) for f in store.failures()] == [
        (str(path), "line 2"), (str(tmp_path / "missing.txt"), "")]
    assert [where for where, _ in recorder.failures] == [
        f"{path} (line 2)", str(tmp_path / "missing.txt")]
    assert recorder.updates > 0


def test_retry_failed_reads_the_origins_again(tmp_path: Path, store: Store) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", [{"text": report(1)}, '{"text": "cut'])
    missing = tmp_path / "late.txt"
    ingest([path, missing], store, _options())
    assert len(store.failures()) == 2
    write_jsonl(path, [{"text": report(1)}, {"text": report(2)}])  # the line is mended
    missing.write_text(report(3))  # the file has arrived
    summary = ingest([], store, _options(), retry_failed=True)
    assert (summary.read, summary.new, summary.duplicates, summary.resolved) == (3, 2, 1, 2)
    assert store.failures() == []
    assert store.counts()["documents"] == 3


def test_retry_of_a_still_broken_item_counts_another_attempt(tmp_path: Path,
                                                             store: Store) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", ['{"text": "cut'])
    ingest([path], store, _options())
    summary = ingest([], store, _options(), retry_failed=True)
    [failure] = store.failures()
    assert summary.failed == 1 and failure.attempts == 2 and failure.item == "line 1"


def test_extraction_failure_is_recorded_and_nothing_half_stored(tmp_path: Path,
                                                                store: Store) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", [{"text": report(1)},
                                                 {"text": report(2) * 20}])
    summary = ingest([path], store, _options(max_chars=2000))
    assert (summary.new, summary.failed) == (1, 1)
    [failure] = store.failures()
    assert failure.item == "line 2" and failure.error.startswith("extraction: document has")
    assert store.counts()["documents"] == 1


def test_language_hint_reaches_the_document(tmp_path: Path, store: Store) -> None:
    (tmp_path / "a.txt").write_text(report(4))
    ingest([tmp_path / "a.txt"], store, _options(sources=SourceOptions(language="en")))
    [doc] = list(store.documents_needing_extraction("x"))
    assert doc.language == "en"


def test_locked_database_fails_the_batch_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    monkeypatch.setattr(ingest_module, "_WRITE_PAUSE", 0.01)
    db = tmp_path / "locked.db"
    Store.open(str(db)).close()
    (tmp_path / "a.txt").write_text(report(5))
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing and does not stop
    recorder = Recorder()
    try:
        with Store.open(str(db), timeout=0.2, migrate=False) as locked:
            summary = ingest([tmp_path / "a.txt"], locked, _options(), reporter=recorder)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert summary.failed == 1 and summary.new == 0
    assert "locked" in recorder.failures[0][1]
    with Store.open(str(db)) as store:  # the lock is gone: the next run puts it in
        again = ingest([tmp_path / "a.txt"], store, _options())
    assert again.new == 1


def test_summary_line() -> None:
    line = IngestSummary(read=5, new=3, duplicates=1, failed=1, resolved=2).line()
    assert line.startswith("read 5, new 3, duplicates 1, failed 1, resolved 2 earlier "
                           "failures in ")
    assert json.dumps(line)  # one line of plain text
    assert "\n" not in line


def test_urls_go_in_and_a_404_is_recorded(tmp_path: Path, store: Store) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    site = tmp_path / "site"
    site.mkdir()
    corpus(site / "wire.jsonl", 2)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        summary = ingest([f"{base}/wire.jsonl", f"{base}/gone.rss"], store, _options())
    finally:
        server.shutdown()
        server.server_close()
    assert (summary.new, summary.failed) == (2, 1)
    [failure] = store.failures()
    assert (failure.origin, failure.error) == (f"{base}/gone.rss", "HTTP 404 File not found")
