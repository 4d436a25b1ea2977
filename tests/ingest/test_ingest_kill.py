"""A real ``sitrep ingest`` process, killed with SIGKILL half-way, then run again."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_builders import corpus

from sitrep.ingest import IngestOptions, ingest
from sitrep.store import Store

TOTAL = 400
SITREP = Path(sys.executable).parent / "sitrep"

pytestmark = pytest.mark.skipif(not SITREP.is_file(), reason="the sitrep script is not "
                                "installed next to this Python (pip install -e .)")


def _committed(db: Path) -> int:
    """Documents committed so far, read the way any other reader would (no writes)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet, or its tables not yet
        return 0


def _rows_per_document(db: Path, table: str) -> dict[int, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        query = {"attacks": "SELECT document_id, count(*) FROM attacks GROUP BY document_id",
                 "extractions": "SELECT document_id, count(*) FROM extractions "
                                "GROUP BY document_id"}[table]
        return dict(connection.execute(query).fetchall())


@pytest.mark.slow
def test_killed_ingest_keeps_whole_documents_and_resumes(tmp_path: Path) -> None:
    source = corpus(tmp_path / "wire.jsonl", TOTAL)
    db = tmp_path / "killed.db"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        process = subprocess.Popen([str(SITREP), "ingest", str(source), "--db", str(db),
                                    "--quiet", "--batch-size", "8"],
                                   stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + 300
            while process.poll() is None and time.monotonic() < deadline \
                    and _committed(db) < 16:
                time.sleep(0.02)
            assert process.poll() is None, "ingest ended before it could be killed: " + \
                log.read_text()
        finally:  # killed in every case: no process outlives the test
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with Store.open(str(db)) as store:  # opens cleanly after the kill
        kept = store.counts()
        assert 16 <= kept["documents"] < TOTAL
        assert kept["extractions"] == kept["documents"]
        extractions = _rows_per_document(db, "extractions")
        attacks = _rows_per_document(db, "attacks")
        for doc in store.documents_needing_extraction("none", everything=True):
            result = store.result(doc.id)
            assert result is not None and extractions[doc.id] == 1
            assert attacks.get(doc.id, 0) == len(result["attacks"]) >= 1, doc.text

        again = ingest([source], store, IngestOptions(batch_size=32))
        assert (again.read, again.new, again.duplicates, again.failed) == (
            TOTAL, TOTAL - kept["documents"], kept["documents"], 0)
        final = store.counts()
    assert final["documents"] == final["extractions"] == TOTAL
