"""Ingest: sources into the database, each new document with its extraction.

The steps, in the order data moves:

1. **read** — :func:`sitrep.sources.read_sources` yields documents and failures;
2. **deduplicate** — a document whose content hash the store already holds (or that is
   already on its way in this run) is counted as a duplicate and goes no further;
3. **extract** — new documents go in batches to a runner (this process, a pool of
   ``workers`` processes, or a Dask cluster: :mod:`sitrep.runners`), which also turns each
   result into what is stored (its JSON text and its query-table rows), so that the main
   process, the one writer, is not what limits a run on many cores;
4. **store** — the main process writes each batch's documents *with* their results in
   one transaction (:meth:`Store.ingest`), so a document is never stored half-read and a
   killed run loses at most the batches in flight;
5. **reconcile** — at the end, the days the new documents' attacks are filed under are
   reconciled into incidents (:func:`sitrep.reconcile.store.reconcile_store`), unless
   ``IngestOptions.reconcile`` is off. Its failure loses no stored document: it is
   reported, and ``sitrep reconcile`` can run it again.

Anything that fails — a file, a line, a URL, an extraction, a refused write — is recorded
in the store's ``failures`` table and the run goes on; :func:`ingest` with
``retry_failed=True`` reads the origins of the open failures again, and a failure whose
item now goes in is marked resolved.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ._version import __version__
from .api import DEFAULT_MAX_CHARS, InputDocument
from .errors import StoreError
from .runners import Outcome, make_runner, run_windowed
from .sources import SourceFailure, SourceItem, SourceOptions, SourceResult, read_sources

if TYPE_CHECKING:
    from .store import AddedDocument, NewDocument, Store
    from .store.rows import PreparedResult

__all__ = ["EXTRACTOR_VERSION", "IngestOptions", "IngestReporter", "IngestSummary", "ingest"]

EXTRACTOR_VERSION = __version__
"""Stored with every result, so that results of an older extractor can be found again."""

_WRITE_ATTEMPTS = 3
_WRITE_PAUSE = 1.0  # seconds before the second attempt; doubled before the third


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    """How to ingest: how sources are read, where extraction runs, how much at a time.

    ``workers`` > 1 uses that many processes; ``dask`` (a scheduler address or
    ``"local"``) runs extraction on Dask instead (``workers`` is then the size of a local
    cluster; ``dask_processes=False`` makes its workers threads of this process, and
    ``dask_timeout`` is how long to wait for a scheduler). ``batch_size`` documents are
    extracted and committed together. ``reconcile``: group the new documents' attacks
    into incidents at the end.
    """

    sources: SourceOptions = field(default_factory=SourceOptions)
    workers: int = 1
    dask: str | None = None
    dask_processes: bool = True
    dask_timeout: float = 30.0
    batch_size: int = 32
    language: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS
    reconcile: bool = True


@dataclass(slots=True)
class IngestSummary:
    """What a run did. ``read`` counts documents read (not failures); ``new`` those stored;
    ``duplicates`` those already stored; ``failed`` every failure recorded; ``resolved``
    earlier failures that went in this time; ``incidents`` how many incidents the
    reconcile step left for the days it did (``None``: it did not run), and
    ``reconcile_error`` why it could not finish."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    resolved: int = 0
    incidents: int | None = None
    reconcile_error: str | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Documents read per second so far."""
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        """One line for people: ``read 120, new 100, duplicates 15, failed 5 ...``."""
        out = (f"read {self.read}, new {self.new}, duplicates {self.duplicates}, "
               f"failed {self.failed}")
        if self.resolved:
            out += f", resolved {self.resolved} earlier failures"
        if self.incidents is not None:
            out += f", {self.incidents} incidents reconciled"
        if self.reconcile_error is not None:
            out += ", reconcile failed"
        return out + f" in {self.elapsed:.1f} s ({self.rate:.1f} documents/s)"


class IngestReporter(Protocol):
    """Where a run reports as it goes (the command line shows a progress bar)."""

    def progress(self, summary: IngestSummary) -> None: ...

    def failure(self, where: str, reason: str) -> None: ...


class _Silent:
    def progress(self, summary: IngestSummary) -> None:
        pass

    def failure(self, where: str, reason: str) -> None:
        pass


Fresh = list[tuple[SourceItem, str]]  # new documents of a batch, with their content hashes


def ingest(sources: Iterable[str | os.PathLike[str]], store: Store,
           options: IngestOptions | None = None, *, retry_failed: bool = False,
           reporter: IngestReporter | None = None) -> IngestSummary:
    """Read ``sources`` into ``store``; with ``retry_failed``, also the open failures.

    Raises :class:`~sitrep.errors.StoreError` when the database cannot be read at all and
    :class:`~sitrep.errors.IngestError` when the workers cannot start; everything else
    that goes wrong is one recorded failure and the run goes on.
    """
    run = _Run(store, options or IngestOptions(), reporter or _Silent())
    return run.run(list(sources), retry_failed=retry_failed)


class _Run:
    def __init__(self, store: Store, options: IngestOptions, reporter: IngestReporter
                 ) -> None:
        self.store = store
        self.options = options
        self.reporter = reporter
        self.summary = IngestSummary()
        self.in_flight: set[str] = set()
        self.new_ids: list[int] = []
        self.open_failures = {(f.origin, f.item) for f in store.failures()}

    def run(self, sources: list[str | os.PathLike[str]], *, retry_failed: bool
            ) -> IngestSummary:
        if retry_failed:
            given = {os.fspath(s) for s in sources}
            sources += [origin for origin in dict.fromkeys(o for o, _ in self.open_failures)
                        if origin not in given]
        o = self.options
        runner = make_runner(workers=o.workers, dask=o.dask, dask_processes=o.dask_processes,
                             dask_timeout=o.dask_timeout, language=o.language,
                             max_chars=o.max_chars)
        try:
            results = read_sources(sources, o.sources)
            for fresh, outcomes in run_windowed(runner, self._batches(results)):
                self._store(fresh, outcomes)
                self.reporter.progress(self.summary)
        finally:
            runner.close()
        if o.reconcile and self.new_ids:
            self._reconcile()
        return self.summary

    def _reconcile(self) -> None:
        from .reconcile.store import reconcile_store

        try:
            done = reconcile_store(self.store, document_ids=self.new_ids)
        except StoreError as exc:
            self.summary.reconcile_error = exc.message
            self.reporter.failure("reconcile", f"{exc.message} (the documents are stored; "
                                               "run sitrep reconcile)")
            return
        for document_id, reason in sorted(done.skipped.items()):
            self.reporter.failure(f"document {document_id}", f"reconcile: skipped: {reason}")
        self.summary.incidents = done.incidents

    # -- read and deduplicate ------------------------------------------------------------

    def _batches(self, results: Iterator[SourceResult]
                 ) -> Iterator[tuple[Fresh, list[InputDocument]]]:
        chunk: list[SourceItem] = []
        for result in results:
            if isinstance(result, SourceFailure):
                self._fail(result.origin, result.ref, result.reason)
                continue
            self.summary.read += 1
            chunk.append(result)
            if len(chunk) >= self.options.batch_size:
                yield from self._fresh(chunk)
                chunk = []
        if chunk:
            yield from self._fresh(chunk)

    def _fresh(self, chunk: list[SourceItem]) -> Iterator[tuple[Fresh, list[InputDocument]]]:
        from .store import content_hash

        hashes = [content_hash(item.text) for item in chunk]
        known = self.store.known_hashes(hashes)
        fresh: Fresh = []
        for item, digest in zip(chunk, hashes, strict=True):
            if digest in known or digest in self.in_flight:
                self.summary.duplicates += 1
                self._resolve(item)
            else:
                self.in_flight.add(digest)
                fresh.append((item, digest))
        self.reporter.progress(self.summary)
        if fresh:
            yield fresh, [item.to_input() for item, _ in fresh]

    # -- store ------------------------------------------------------------------------------

    def _store(self, fresh: Fresh, outcomes: list[Outcome]) -> None:
        ready: list[tuple[SourceItem, NewDocument, PreparedResult]] = []
        for (item, digest), outcome in zip(fresh, outcomes, strict=True):
            self.in_flight.discard(digest)
            if isinstance(outcome, str):
                self._fail(item.origin, item.ref, f"extraction: {outcome}")
            else:
                ready.append((item, _new_document(item), outcome))
        for (item, _, _), answer in zip(ready, self._write(ready), strict=True):
            if isinstance(answer, StoreError):
                self._fail(item.origin, item.ref, f"not stored: {answer.message}")
                continue
            if answer.created:
                self.summary.new += 1
                self.new_ids.append(answer.id)
            else:  # stored meanwhile by another process
                self.summary.duplicates += 1
            self._resolve(item)

    def _write(self, ready: list[tuple[SourceItem, NewDocument, PreparedResult]]
               ) -> list[AddedDocument | StoreError]:
        if not ready:
            return []
        pause = _WRITE_PAUSE
        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                return self.store.ingest([(doc, result) for _, doc, result in ready],
                                         EXTRACTOR_VERSION)
            except StoreError as exc:  # locked or unreachable: wait, then try again
                if attempt == _WRITE_ATTEMPTS:
                    return [exc] * len(ready)
                time.sleep(pause)
                pause *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    # -- failures ---------------------------------------------------------------------------

    def _fail(self, origin: str, ref: str | None, reason: str) -> None:
        self.summary.failed += 1
        where = origin if ref is None else f"{origin} ({ref})"
        self.reporter.failure(where, reason)
        try:
            self.store.record_failure(origin, ref or "", reason)
        except StoreError as exc:
            self.reporter.failure(where, f"the failure could not be recorded: {exc.message}")
        self.open_failures.add((origin, ref or ""))

    def _resolve(self, item: SourceItem) -> None:
        """An item went in (or was already in): close its failure and its origin's."""
        for key in ((item.origin, item.ref or ""), (item.origin, "")):
            if key in self.open_failures:
                self.open_failures.discard(key)
                try:
                    self.summary.resolved += self.store.resolve_failure(*key)
                except StoreError as exc:  # it stays open; the next run closes it
                    self.reporter.failure(item.where, f"the failure stays open: {exc.message}")


def _new_document(item: SourceItem) -> NewDocument:
    from .store import NewDocument

    metadata = {"reader": item.kind, **({"ref": item.ref} if item.ref else {}),
                **item.metadata}
    return NewDocument(text=item.text, published=item.published, title=item.title,
                       url=item.url, source=item.source, language=item.language,
                       origin=item.origin, external_id=item.external_id, metadata=metadata)
