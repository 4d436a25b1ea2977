"""Where extraction runs: in this process, in a pool of worker processes, or on Dask.

Every runner takes batches of :class:`~sitrep.api.InputDocument` and gives back, for each
document, its ``sitrep/1`` result ready to store (a
:class:`~sitrep.store.rows.PreparedResult`: its JSON text and its query-table rows, made
where it was extracted) or a one-line reason why it has none. Results come back to the
process that submitted them, which alone writes to the database (one writer, many
readers), and which thus has nothing left to do with a result but to write it.
:func:`run_windowed` keeps a few batches in flight per worker, so reading the sources goes
on while the workers extract, and memory stays bounded however long the input.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from .api import DEFAULT_MAX_CHARS, Extractor, InputDocument
from .errors import IngestError, SitrepError
from .model import DocumentResult
from .store.rows import PreparedResult, prepare_result

__all__ = [
    "DaskRunner",
    "InlineRunner",
    "Outcome",
    "PoolRunner",
    "Runner",
    "extract_batch",
    "make_runner",
    "run_windowed",
]

Outcome = PreparedResult | str
"""A document's ``sitrep/1`` result, prepared to be stored, or why it has none."""

T = TypeVar("T")
_IN_FLIGHT_PER_WORKER = 2

# one Extractor per worker thread (a worker process has one thread; a threaded Dask
# worker may have several, and a spaCy pipeline is not shared between threads)
_local = threading.local()


def _extractor(language: str, max_chars: int) -> Extractor:
    cache: dict[tuple[str, int], Extractor] = _local.__dict__.setdefault("extractors", {})
    key = (language, max_chars)
    if key not in cache:
        cache[key] = Extractor(language=language, max_chars=max_chars)
    return cache[key]


def extract_batch(docs: Sequence[InputDocument], language: str = "auto",
                  max_chars: int = DEFAULT_MAX_CHARS) -> list[Outcome]:
    """Read ``docs``: one outcome each, in order. Runs wherever a runner sends it."""
    extractor = _extractor(language, max_chars)
    results: list[DocumentResult | Exception]
    try:
        results = list(extractor.extract_stream(docs, batch_size=max(1, len(docs))))
    except Exception:  # one document broke the batch: find it, keep the rest
        results = [_extract_one(extractor, doc) for doc in docs]
    return [_outcome(result) for result in results]


def _extract_one(extractor: Extractor, doc: InputDocument) -> DocumentResult | Exception:
    try:
        return next(iter(extractor.extract_stream([doc])))
    except Exception as exc:  # a bug in a step must not end the ingest
        return exc


def _outcome(result: DocumentResult | Exception) -> Outcome:
    try:
        if isinstance(result, DocumentResult):
            return prepare_result(result.to_dict())
    except SitrepError as exc:  # a result the store would refuse
        result = exc
    if isinstance(result, SitrepError):
        return result.message
    return f"internal error: {type(result).__name__}: {result}"


class Runner(Protocol):
    """Runs :func:`extract_batch` somewhere; ``window`` batches may be in flight."""

    window: int

    def submit(self, docs: list[InputDocument]) -> Callable[[], list[Outcome]]:
        """Start a batch; the callable waits for its outcomes."""
        ...

    def close(self) -> None: ...


class InlineRunner:
    """In this process, one batch at a time."""

    window = 1

    def __init__(self, *, language: str = "auto", max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.language = language
        self.max_chars = max_chars

    def submit(self, docs: list[InputDocument]) -> Callable[[], list[Outcome]]:
        outcomes = extract_batch(docs, self.language, self.max_chars)
        return lambda: outcomes

    def close(self) -> None:
        pass


class PoolRunner:
    """``workers`` processes on this machine, each with its own Extractor.

    Workers come from a fork server that has already imported sitrep (quick to start, and
    safe with the threads of the parent: progress bar, database driver). A worker that
    dies fails its batch; the pool is then started afresh.
    """

    def __init__(self, workers: int, *, language: str = "auto",
                 max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.workers = workers
        self.window = workers * _IN_FLIGHT_PER_WORKER
        self.language = language
        self.max_chars = max_chars
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        try:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([__name__])
            return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        except (OSError, ValueError) as exc:
            raise IngestError(f"cannot start {self.workers} worker processes: {exc}") from exc

    def submit(self, docs: list[InputDocument]) -> Callable[[], list[Outcome]]:
        try:
            future = self._executor.submit(extract_batch, docs, self.language, self.max_chars)
        except BrokenProcessPool:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            future = self._executor.submit(extract_batch, docs, self.language, self.max_chars)
        return future.result

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """A Dask cluster: ``address`` of a running scheduler, or ``"local"`` for a
    ``LocalCluster`` of ``workers`` workers on this machine (``processes=False``: threads
    in this process, quick to start; for tests and small runs).

    On a remote cluster every worker needs sitrep installed, the same version.
    """

    def __init__(self, address: str, *, workers: int = 1, processes: bool = True,
                 language: str = "auto", max_chars: int = DEFAULT_MAX_CHARS,
                 timeout: float = 30.0) -> None:
        from dask.distributed import Client, LocalCluster

        self.language = language
        self.max_chars = max_chars
        self._cluster: Any = None
        try:
            if address == "local":
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers, threads_per_worker=1, processes=processes,
                    dashboard_address="127.0.0.1:0",  # loopback only, any free port
                    silence_logs=logging.ERROR, **({"host": "127.0.0.1"} if processes else {}))
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            else:
                self._client = Client(address,  # type: ignore[no-untyped-call]
                                      timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = "a local Dask cluster" if address == "local" else \
                f"the Dask scheduler at {address}"
            raise IngestError(f"cannot reach {where}: {exc}") from exc
        count = len(self._client.scheduler_info().get("workers", {}))
        self.window = max(1, count or workers) * _IN_FLIGHT_PER_WORKER

    def submit(self, docs: list[InputDocument]) -> Callable[[], list[Outcome]]:
        # the documents go to a worker as data of their own, not inside the task: the
        # scheduler keeps what it deserialises of each task graph, and with the texts in it
        # its memory grew by ~4 MB a thousand documents
        try:
            [data] = self._client.scatter([docs], hash=False)  # type: ignore[no-untyped-call]
        except Exception as exc:  # no worker takes the data: this batch fails, not the run
            error = exc

            def failed() -> list[Outcome]:
                raise error

            return failed
        future = self._client.submit(extract_batch, data, self.language, self.max_chars,
                                     pure=False)
        result: Callable[[], list[Outcome]] = future.result
        return result

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_runner(*, workers: int = 1, dask: str | None = None, dask_processes: bool = True,
                dask_timeout: float = 30.0, language: str = "auto",
                max_chars: int = DEFAULT_MAX_CHARS) -> Runner:
    """The runner the options ask for: Dask if ``dask``, a pool if ``workers`` > 1."""
    if dask:
        return DaskRunner(dask, workers=workers, processes=dask_processes, language=language,
                          max_chars=max_chars, timeout=dask_timeout)
    if workers > 1:
        return PoolRunner(workers, language=language, max_chars=max_chars)
    return InlineRunner(language=language, max_chars=max_chars)


def run_windowed(runner: Runner, batches: Iterable[tuple[T, list[InputDocument]]]
                 ) -> Iterator[tuple[T, list[Outcome]]]:
    """Each batch's tag with its outcomes, in submission order, ``runner.window`` at a time.

    A batch whose worker failed (killed, out of memory, lost from the cluster) comes back
    with the reason as every document's outcome.
    """
    pending: deque[tuple[T, int, Callable[[], list[Outcome]]]] = deque()
    for tag, docs in batches:
        pending.append((tag, len(docs), runner.submit(docs)))
        while len(pending) >= runner.window:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


def _collect(tag: T, size: int, wait: Callable[[], list[Outcome]]
             ) -> tuple[T, list[Outcome]]:
    try:
        return tag, wait()
    except Exception as exc:  # whatever killed the worker, report the batch
        return tag, [f"extraction failed in a worker ({type(exc).__name__}: {exc})"] * size
