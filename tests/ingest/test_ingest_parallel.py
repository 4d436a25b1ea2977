"""Extraction elsewhere: two worker processes, a Dask LocalCluster; the same results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ingest_builders import corpus, write_jsonl

from sitrep.ingest import IngestOptions, ingest
from sitrep.runners import InlineRunner, run_windowed
from sitrep.store import Store
from sitrep.store.rows import PreparedResult

COUNT = 24


def _stored(db: Path) -> dict[str, Any]:
    """Every document's text and result, keyed by text (ids differ between databases)."""
    with Store.open(str(db)) as store:
        docs = list(store.documents_needing_extraction("none", everything=True))
        return {d.text: store.result(d.id) for d in docs}


def _run(tmp_path: Path, name: str, **options: Any) -> dict[str, Any]:
    source = corpus(tmp_path / "wire.jsonl", COUNT)
    db = tmp_path / f"{name}.db"
    with Store.open(str(db)) as store:
        summary = ingest([source], store, IngestOptions(batch_size=5, **options))
    assert (summary.read, summary.new, summary.failed) == (COUNT, COUNT, 0)
    return _stored(db)


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _run(tmp_path_factory.mktemp("inline"), "inline")


@pytest.mark.slow
def test_two_workers_give_the_same_results_as_one(tmp_path: Path,
                                                  inline: dict[str, Any]) -> None:
    assert _run(tmp_path, "pool", workers=2) == inline


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_results(tmp_path: Path,
                                                   inline: dict[str, Any]) -> None:
    assert _run(tmp_path, "dask", dask="local", workers=2, dask_processes=False) == inline


def test_dask_scheduler_that_does_not_answer_is_one_error(tmp_path: Path) -> None:
    import socket

    from sitrep.errors import IngestError

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source = write_jsonl(tmp_path / "a.jsonl", [{"text": "One."}])
    with Store.open(str(tmp_path / "x.db")) as store, pytest.raises(IngestError) as caught:
        ingest([source], store, IngestOptions(dask=f"tcp://127.0.0.1:{port}", dask_timeout=1))
    assert f"the Dask scheduler at tcp://127.0.0.1:{port}" in caught.value.message


def test_window_keeps_order_and_reports_a_dead_worker() -> None:
    class Flaky(InlineRunner):
        window = 3

        def submit(self, docs: list[Any]) -> Any:
            if docs == ["boom"]:
                def die() -> list[Any]:
                    raise RuntimeError("worker killed")
                return die
            return lambda: [f"done {d}" for d in docs]

    batches = [(1, ["a"]), (2, ["boom"]), (3, ["b", "c"])]
    assert list(run_windowed(Flaky(), batches)) == [  # type: ignore[arg-type]
        (1, ["done a"]),
        (2, ["extraction failed in a worker (RuntimeError: worker killed)"]),
        (3, ["done b", "done c"])]


def test_a_batch_no_dask_worker_takes_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.api import InputDocument
    from sitrep.runners import DaskRunner

    runner = DaskRunner("local", workers=1, processes=False)
    try:
        calls = []
        real = runner._client.scatter

        def scatter(data: Any, **kwargs: Any) -> Any:
            calls.append(data)
            if len(calls) == 1:
                raise OSError("no worker answered")
            return real(data, **kwargs)

        monkeypatch.setattr(runner._client, "scatter", scatter)
        batches = [(1, [InputDocument("Russia launched 40 drones overnight.")]),
                   (2, [InputDocument("Russia launched 41 drones overnight.")])]
        first, second = list(run_windowed(runner, batches))
    finally:
        runner.close()
    assert first == (1, ["extraction failed in a worker (OSError: no worker answered)"])
    assert isinstance(second[1][0], PreparedResult) and second[1][0].rows.attacks


def test_a_worker_sends_back_its_results_ready_to_store() -> None:
    import json

    from sitrep.api import Extractor, InputDocument
    from sitrep.runners import extract_batch

    doc = InputDocument("Russia launched 40 drones overnight, the air force said.",
                        "2025-09-03T09:00+03:00")
    [outcome] = extract_batch([doc])
    assert isinstance(outcome, PreparedResult)
    expected = next(iter(Extractor().extract_stream([doc]))).to_dict()
    assert json.loads(outcome.json) == expected
    assert [a.attack["attacker"] for a in outcome.rows.attacks] == \
        [a["attacker"] for a in expected["attacks"]] != []


def test_a_result_the_store_would_refuse_is_a_reason_not_a_crash(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.runners as runners
    from sitrep.api import InputDocument
    from sitrep.errors import StoreError

    def refuse(result: Any) -> Any:
        raise StoreError("the result cannot be kept as JSON: invented")

    monkeypatch.setattr(runners, "prepare_result", refuse)
    assert runners.extract_batch([InputDocument("Russia launched 40 drones.")]) == [
        "the result cannot be kept as JSON: invented"]
