"""``sitrep ingest``: files, folders, feeds and URLs into the database.

Only click is imported here; the readers, the store (SQLAlchemy), spaCy and Dask load
inside the command, so that ``sitrep --help`` stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .ingest import IngestSummary

__all__ = ["ingest_command"]

EXIT_PARTIAL = 1  # as in sitrep.cli: some items of a batch failed


class _ProgressReporter:
    """A live line on a terminal's standard error (counts, rate, elapsed time), each
    failure printed above it; ``quiet`` shows neither."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _ProgressReporter:
        if self.quiet:
            return self
        from rich.console import Console

        console = Console(stderr=True)
        if console.is_terminal:  # a log file gets the failures and the summary, no bar
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      TimeElapsedColumn(), console=console, transient=True)
            self._progress.start()
            self._task = self._progress.add_task("reading", total=None)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def progress(self, summary: IngestSummary) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task, description=f"read {summary.read}  new {summary.new}  "
                f"duplicates {summary.duplicates}  failed {summary.failed}  "
                f"{summary.rate:.1f} docs/s")

    def failure(self, where: str, reason: str) -> None:
        if self.quiet:
            return
        message = f"sitrep: {where}: {reason}"
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False,
                                         soft_wrap=True)
        else:
            click.echo(message, err=True)


_JSON_FIELDS = {"text": "text", "url": "URL", "published": "publication time",
                "title": "title", "source": "outlet or channel", "id": "source's own id",
                "language": "language code (en, uk)"}


def _json_field_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--text-field``, ``--url-field``, ...: the field names of JSON Lines records."""
    for name, holds in reversed(_JSON_FIELDS.items()):
        command = click.option(f"--{name}-field", f"{name}_field", default=name,
                               show_default=True,
                               help=f"JSON Lines: the field holding the {holds}.")(command)
    return command


@click.command("ingest")
@click.argument("sources", nargs=-1, metavar="[PATH|URL]...")
@click.option("--db", "db_url", metavar="URL|PATH",
              help="Database: a SQLite file or a postgresql:// URL (default: $SITREP_DB, "
                   "else sitrep.db here).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extraction processes on this machine (with --dask local: cluster size).")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Run extraction on Dask: a scheduler address (tcp://host:8786) or "
                   "'local' for a local cluster.")
@click.option("--retry-failed", is_flag=True,
              help="Read again the origins of every recorded, unresolved failure.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar and no per-item messages; only the summary line.")
@click.option("--lang", type=click.Choice(["auto", "en", "uk"]), default="auto",
              show_default=True, help="Language of the documents (auto: detected per "
                                      "document).")
@_json_field_options
@click.option("--telegram-channel", metavar="USERNAME",
              help="Telegram exports without a username: the channel's username, for "
                   "message links (https://t.me/USERNAME/ID).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds a URL may take.")
@click.option("--batch-size", type=click.IntRange(min=1, max=10_000), default=32,
              show_default=True, help="Documents extracted and committed together.")
@click.option("--no-reconcile", "no_reconcile", is_flag=True,
              help="Do not group the new documents' attacks into incidents at the end "
                   "(run sitrep reconcile later).")
def ingest_command(sources: tuple[str, ...], db_url: str | None, workers: int,
                   dask_address: str | None, retry_failed: bool, quiet: bool, lang: str,
                   telegram_channel: str | None, timeout: float, batch_size: int,
                   no_reconcile: bool, **field_names: str) -> None:
    """Read documents into the database, extracting each new one.

    PATH may be a text, HTML, JSON Lines, JSON, RSS/Atom file, a Telegram Desktop export
    (result.json) or a folder (read recursively); URL an http(s) page or feed. A document
    already stored (same text) is not added again. Failures are recorded and listed; they
    are read again with --retry-failed. At the end the days the new documents report on
    are reconciled into incidents (see sitrep reconcile). Exit status 1 when anything
    failed.

    Example: sitrep ingest articles/ https://example.org/feed.xml --db news.db --workers 4
    """
    if not sources and not retry_failed:
        raise click.UsageError("name at least one PATH or URL (or use --retry-failed)")
    from .ingest import IngestOptions, ingest
    from .sources import JsonFields, SourceOptions
    from .store import Store

    fields = JsonFields(**{name.removesuffix("_field"): value
                           for name, value in field_names.items()})
    options = IngestOptions(
        sources=SourceOptions(fields=fields, language=None if lang == "auto" else lang,
                              timeout=timeout, telegram_username=telegram_channel),
        workers=workers, dask=dask_address, batch_size=batch_size, language=lang,
        reconcile=not no_reconcile)
    with Store.open(db_url) as store, _ProgressReporter(quiet) as reporter:
        summary = ingest(sources, store, options, retry_failed=retry_failed,
                         reporter=reporter)
    click.echo(f"sitrep: ingest: {summary.line()}", err=True)
    if summary.failed or summary.reconcile_error is not None:
        raise SystemExit(EXIT_PARTIAL)
