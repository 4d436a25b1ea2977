"""Commands over the database: ``attacks``, ``quotes``, ``events``, ``incidents``,
``search``, ``reextract`` and ``reconcile`` (one library call each; see
:mod:`sitrep.store` and :mod:`sitrep.reconcile.store`).

Only click is imported here: SQLAlchemy, rich and pyarrow load inside the commands.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .errors import SitrepError, StoreError

if TYPE_CHECKING:
    from .store import Rows, Store

__all__ = ["DAY", "STORE_COMMANDS", "as_day", "register_store_commands"]

F = TypeVar("F", bound=Callable[..., Any])
EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 1
DEFAULT_LIMIT = 1000
#: A day option's type, and its value as a date (shared with ``sitrep.cli_export``).
DAY = click.DateTime(formats=["%Y-%m-%d"])

db_option = click.option(
    "--db", "db", metavar="URL|FILE",
    help="Database: a SQLite file or postgresql://user@host/name "
         "(default: $SITREP_DB, else sitrep.db here).")


def _reporting_errors(command: F) -> F:
    """A sitrep error becomes one line on standard error and exit status 2."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SitrepError as exc:
            click.echo(f"sitrep: error: {exc}", err=True)
            raise SystemExit(EXIT_BAD_INPUT) from None

    return run  # type: ignore[return-value]


def _query_options(command: F) -> F:
    """The options every query command shares: database, days, format, output, limit."""
    for option in reversed([
        db_option,
        click.option("--since", type=DAY, help="First day, YYYY-MM-DD (inclusive)."),
        click.option("--until", type=DAY, help="Last day, YYYY-MM-DD (inclusive)."),
        click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "parquet"]),
                     default="table", show_default=True, help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file (required for parquet)."),
        click.option("--limit", type=click.IntRange(min=0), default=DEFAULT_LIMIT,
                     show_default=True, help="At most this many rows (0: all)."),
    ]):
        command = option(command)
    return _reporting_errors(command)


def as_day(value: datetime | None) -> date | None:
    return None if value is None else value.date()


def _open(db: str | None, *, create: bool = False) -> Store:
    from .store import Store

    return Store.open(db, create=create)


def _emit(rows: Rows, *, fmt: str, output: Path | None, limit: int,
          table_columns: tuple[str, ...], title: str) -> None:
    """Write the rows (the query asked for ``limit + 1`` to tell whether it cut any)."""
    from .store.output import write_rows
    from .store.records import Rows as RowsType

    cut = bool(limit) and len(rows) > limit
    if cut:
        rows = RowsType(rows.columns, rows.rows[:limit])
    write_rows(rows, fmt, out=sys.stdout, path=output, table_columns=table_columns,
               title=title)
    if cut:
        click.echo(f"sitrep: showing the first {limit} rows; --limit 0 shows all", err=True)


def _fetch_limit(limit: int) -> int | None:
    return limit + 1 if limit else None


@click.command()
@_query_options
@click.option("--attacker", help="Attacking country code (RU, UA).")
@click.option("--target", help="Target country code.")
@click.option("--category", help="Weapon category (drone, cruise_missile, ...).")
@click.option("--model", help="Weapon model (Shahed-136, Kh-101, ...).")
@click.option("--region", help="A place or region (oblast) named for the attack.")
@click.option("--source", help="Outlet or channel (any part of its name).")
@click.option("--reporter", help="Who gave the figures (any part of the name).")
def attacks(db: str | None, since: datetime | None, until: datetime | None, fmt: str,
            output: Path | None, limit: int, attacker: str | None, target: str | None,
            category: str | None, model: str | None, region: str | None,
            source: str | None, reporter: str | None) -> None:
    """Attacks in the database, one row per weapon, newest first.

    Example: sitrep attacks --since 2025-09-01 --attacker RU --format csv
    """
    with _open(db) as store:
        rows = store.attacks(since=as_day(since), until=as_day(until), attacker=attacker,
                             target=target, category=category, model=model, region=region,
                             source=source, reporter=reporter, limit=_fetch_limit(limit))
    _emit(rows, fmt=fmt, output=output, limit=limit, title="attacks",
          table_columns=("day", "attacker", "target", "category", "model", "launched",
                         "destroyed", "hit", "pending", "reported_by", "source",
                         "document_id"))


@click.command()
@_query_options
@click.option("--speaker", help="Who spoke (any part of the name).")
@click.option("--text", help="Words in the quote.")
@click.option("--source", help="Outlet or channel (any part of its name).")
def quotes(db: str | None, since: datetime | None, until: datetime | None, fmt: str,
           output: Path | None, limit: int, speaker: str | None, text: str | None,
           source: str | None) -> None:
    """Quotes with their speakers: one per quote said, with every document reporting it.

    The same words of the same speaker in ten outlets are one quote with ten sources
    (merged when asked: the filters pick the quotes, then they are merged). Earliest
    report first.

    Example: sitrep quotes --speaker Sybiha
    """
    from .reconcile.from_store import QUOTE_COLUMNS, quote_records, stored_quotes
    from .store import Rows

    with _open(db) as store:
        merged = stored_quotes(store, speaker=speaker, text=text, source=source,
                               since=as_day(since), until=as_day(until))
    records = quote_records(merged[:limit + 1] if limit else merged)
    rows = Rows(QUOTE_COLUMNS, [tuple(r[c] for c in QUOTE_COLUMNS) for r in records])
    _emit(rows, fmt=fmt, output=output, limit=limit, title="quotes",
          table_columns=("published", "speaker", "kind", "text", "outlets", "sources"))


@click.command()
@_query_options
@click.option("--type", "event_type", help="PLOVER event type (REJECT, CONSULT, ASSAULT ...).")
@click.option("--actor", help="Source or target actor (any part of the name).")
@click.option("--status", help="occurred, planned, proposed or refused.")
@click.option("--source", help="Outlet or channel (any part of its name).")
def events(db: str | None, since: datetime | None, until: datetime | None, fmt: str,
           output: Path | None, limit: int, event_type: str | None, actor: str | None,
           status: str | None, source: str | None) -> None:
    """Political and military events, newest first.

    Example: sitrep events --type REJECT --since 2025-09-01
    """
    with _open(db) as store:
        rows = store.events(type=event_type, actor=actor, status=status, source=source,
                            since=as_day(since), until=as_day(until), limit=_fetch_limit(limit))
    _emit(rows, fmt=fmt, output=output, limit=limit, title="events",
          table_columns=("day", "type", "status", "source_actor", "target_actor", "location",
                         "text", "document_id"))


@click.command()
@_query_options
@click.option("--attacker", help="Attacking country code (RU, UA).")
@click.option("--target", help="Target country code.")
@click.option("--id", "incident_ids", type=int, multiple=True, metavar="N",
              help="Only incident N, in detail: every figure with its evidence and the "
                   "reason it was chosen (repeatable).")
def incidents(db: str | None, since: datetime | None, until: datetime | None, fmt: str,
              output: Path | None, limit: int, attacker: str | None, target: str | None,
              incident_ids: tuple[int, ...]) -> None:
    """Incidents: each one's chosen figures beside every source's claim.

    One incident per real-world attack, however many documents report it (written by
    sitrep reconcile, which sitrep ingest runs). The table shows, per incident, the
    chosen figures and one row per claim (source, publication time, URL) with its
    launched / destroyed / hit per weapon; * marks the chosen figure, ! and ≈ flag
    disagreements. csv has one row per claim and figure.

    Example: sitrep incidents --since 2025-09-01 --attacker RU

    Example: sitrep incidents --id 12
    """
    from .store.incident_output import incident_rows, write_incidents
    from .store.incident_views import incident_views
    from .store.output import write_rows

    with _open(db) as store:
        views = incident_views(store, ids=incident_ids or None, since=as_day(since),
                               until=as_day(until), attacker=attacker, target=target,
                               limit=_fetch_limit(limit))
    if incident_ids and not views:
        raise StoreError(f"no incident with id {', '.join(map(str, incident_ids))}")
    cut = bool(limit) and len(views) > limit
    views = views[:limit] if cut else views
    if fmt == "parquet":
        write_rows(incident_rows(views), fmt, path=output)
    elif output is None:
        write_incidents(views, fmt, sys.stdout, detail=bool(incident_ids))
    else:
        try:
            with output.open("w", encoding="utf-8", newline="") as out:
                write_incidents(views, fmt, out, detail=bool(incident_ids))
        except OSError as exc:
            raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    if cut:
        click.echo(f"sitrep: showing the first {limit} incidents; --limit 0 shows all",
                   err=True)


@click.command("reconcile")
@db_option
@click.option("--since", type=DAY, help="First day, YYYY-MM-DD (inclusive).")
@click.option("--until", type=DAY, help="Last day, YYYY-MM-DD (inclusive).")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
@_reporting_errors
def reconcile_command(db: str | None, since: datetime | None, until: datetime | None,
                      quiet: bool) -> None:
    """Group the stored attacks into incidents (one per real-world attack).

    Every document's claim stays visible beside the incident's figures, which follow
    the rule of sitrep.reconcile (primary source first, exact before rounded, later
    before earlier); disagreements are flagged. Without --since/--until every day is
    done again; with them, only those days (and incidents reaching into them). sitrep
    ingest does this itself for the days its new documents touch. A stored result that
    cannot be read is reported and skipped (exit status 1).

    Example: sitrep reconcile --since 2025-09-01 --until 2025-09-07
    """
    from .reconcile.store import reconcile_store

    with _open(db) as store:
        summary = reconcile_store(store, since=as_day(since), until=as_day(until))
    for document_id, reason in sorted(summary.skipped.items()):
        click.echo(f"sitrep: document {document_id}: skipped: {reason}", err=True)
    if not quiet:
        click.echo(f"sitrep: reconcile: {summary.line()}", err=True)
    if summary.skipped:
        raise SystemExit(EXIT_PARTIAL)


@click.command()
@click.argument("query")
@_query_options
@click.option("--source", help="Outlet or channel (any part of its name).")
def search(query: str, db: str | None, since: datetime | None, until: datetime | None,
           fmt: str, output: Path | None, limit: int, source: str | None) -> None:
    """Full-text search of the documents' titles and texts, best match first.

    QUERY works like a web search: all words, "a phrase", -excluded, a or b.

    Example: sitrep search "railway" --since 2025-09-01
    """
    with _open(db) as store:
        rows = store.search(query, source=source, since=as_day(since), until=as_day(until),
                            limit=_fetch_limit(limit))
    _emit(rows, fmt=fmt, output=output, limit=limit, title=f"search: {query}",
          table_columns=("document_id", "published", "source", "title", "snippet"))


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Re-read every document, not only those read by another version.")
@click.option("--lang", default="auto", show_default=True,
              help="Language of the texts: auto (as stored, else detected), en or uk.")
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Results saved per transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@_reporting_errors
def reextract(db: str | None, everything: bool, lang: str, batch_size: int,
              quiet: bool) -> None:
    """Extract again the stored texts that this version of sitrep has not read.

    Sources are not read again: the texts come from the database. A document that fails
    is recorded (origin "reextract") and skipped; exit status 1 when any failed.

    Example: sitrep reextract --db sitrep.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ._version import __version__
    from .api import Extractor
    from .store.reextract import reextract as run

    with _open(db) as store:
        total = store.count_needing_extraction(__version__, everything=everything)
        extractor = Extractor(language=lang)
        progress = Progress(TextColumn("re-extracting"), BarColumn(), MofNCompleteColumn(),
                            console=Console(stderr=True), disable=quiet, transient=True)
        with progress:
            task = progress.add_task("reextract", total=total)
            summary = run(store, extractor, __version__, everything=everything,
                          batch_size=batch_size, advance=lambda: progress.advance(task))
    if not quiet:
        click.echo(f"sitrep: re-extracted {summary.done} documents, {summary.failed} failed",
                   err=True)
    if summary.failed:
        raise SystemExit(EXIT_PARTIAL)


STORE_COMMANDS: tuple[click.Command, ...] = (attacks, quotes, events, incidents, search,
                                             reextract, reconcile_command)


def register_store_commands(group: click.Group) -> None:
    """Add the database commands to the ``sitrep`` command group."""
    for command in STORE_COMMANDS:
        group.add_command(command)
