"""``sitrep export`` and ``sitrep compare``: incidents from many results, written out.

Both read ``sitrep/1`` results from a JSON Lines file (``sitrep extract --jsonl``
output; ``--input``) and reconcile them, or read the incidents ``sitrep reconcile``
stored (``--db``). A line (or stored result) that cannot be read is reported on standard
error and skipped; the rest is still written, and the exit status is then 1 (so too when
some stored attacks are in no incident yet). The library does the work
(:mod:`sitrep.export`, :mod:`sitrep.compare`); heavy modules are imported inside the
commands.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from .cli_store import DAY, as_day
from .errors import SitrepError

if TYPE_CHECKING:
    from .reconcile import ResultDocument

__all__ = ["COMMANDS", "compare_command", "export_command"]

EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 1
_FORMATS = ("kaggle-csv", "acled", "gdelt", "json", "parquet")


def _fail(message: str) -> NoReturn:
    click.echo(f"sitrep: error: {message}", err=True)
    raise SystemExit(EXIT_BAD_INPUT)


def _from_jsonl(source: str) -> tuple[list[ResultDocument], int]:
    from .reconcile import read_results

    docs: list[ResultDocument] = []
    skipped = 0
    try:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    except FileNotFoundError:
        _fail(f"{source}: no such file")
    except OSError as exc:
        _fail(f"{source}: cannot read ({exc.strerror or exc})")
    try:
        for number, item in read_results(stream):
            if isinstance(item, SitrepError):
                skipped += 1
                click.echo(f"sitrep: line {number}: skipped: {item.message}", err=True)
            else:
                docs.append(item)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return docs, skipped


def _jsonl_documents(source: str | None, db: str | None, since: object, until: object
                     ) -> tuple[list[ResultDocument], int]:
    """The results of ``--input`` (``None`` for ``--db``: read through the store)."""
    if (source is None) == (db is None):
        _fail("give the results with exactly one of --input FILE or --db URL")
    if source is not None and (since is not None or until is not None):
        _fail("--since and --until pick incidents from the store: use them with --db")
    if source is None:
        return [], 0
    try:
        return _from_jsonl(source)
    except SitrepError as exc:
        _fail(str(exc))


def _report_store(*, skipped: dict[int, str], unreconciled: int, outdated: int) -> bool:
    """Say on standard error what a store export left out; whether it left anything out."""
    for document_id, reason in sorted(skipped.items()):
        click.echo(f"sitrep: document {document_id}: skipped: {reason}", err=True)
    if unreconciled:
        click.echo(f"sitrep: {unreconciled} documents have attacks in no incident yet: run "
                   "sitrep reconcile", err=True)
    if outdated:
        click.echo(f"sitrep: {outdated} incidents changed since they were reconciled and "
                   "are left out: run sitrep reconcile", err=True)
    return bool(skipped or unreconciled or outdated)


def _finish(skipped: int, total: int) -> None:
    if skipped:
        click.echo(f"sitrep: {skipped} of {total} results skipped", err=True)
        raise SystemExit(EXIT_PARTIAL)


_input = click.option("--input", "source", metavar="FILE",
                      help="JSON Lines of sitrep results (sitrep extract --jsonl), - for "
                           "standard input.")
_db = click.option("--db", metavar="URL",
                   help="Read the incidents sitrep reconcile stored (a SQLite path or a "
                        "PostgreSQL URL).")
_since = click.option("--since", type=DAY, help="With --db: first day, YYYY-MM-DD.")
_until = click.option("--until", type=DAY, help="With --db: last day, YYYY-MM-DD.")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), required=True,
              help="kaggle-csv: the curated missile-attacks table's columns; acled: "
                   "ACLED-style rows; gdelt: GDELT-style event rows; json: incidents with "
                   "every claim and the merged quotes; parquet: the incidents' figures.")
@click.option("--output", "-o", metavar="FILE", help="Write here (default: standard "
              "output; Parquet needs a file).")
@_input
@_db
@_since
@_until
def export_command(fmt: str, output: str | None, source: str | None, db: str | None,
                   since: datetime | None, until: datetime | None) -> None:
    """Write incidents (one per real-world attack, every claim kept) for analysts' tools.

    With --input the results are reconciled here; with --db the incidents sitrep
    reconcile stored are written (ten reports of one night: one row per model).

    Example: sitrep export --format kaggle-csv --input results.jsonl --output attacks.csv

    Example: sitrep export --format kaggle-csv --db sitrep.db --since 2025-09-01
    """
    docs, skipped = _jsonl_documents(source, db, since, until)
    from .export import export_data, export_stored, write_export

    if fmt == "parquet" and output is None:
        _fail("Parquet is binary: name an output file with --output")
    partial = False
    try:
        if db is not None:
            from .store import Store

            with Store.open(db, create=False) as store:
                stored = export_stored(store, fmt, since=as_day(since), until=as_day(until))
            data = stored.data
            partial = _report_store(skipped=stored.skipped, unreconciled=stored.unreconciled,
                                    outdated=stored.outdated)
        else:
            data = export_data(docs, fmt)
        write_export(data, sys.stdout if output is None else Path(output))
    except SitrepError as exc:
        _fail(str(exc))
    _finish(skipped, skipped + len(docs))
    if partial:
        raise SystemExit(EXIT_PARTIAL)


@click.command("compare")
@click.option("--reference", metavar="CSV", required=True,
              help="The curated table (missile_attacks_daily.csv layout).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--output", "-o", metavar="FILE", help="Write here (default: standard output).")
@_input
@_db
@_since
@_until
def compare_command(reference: str, fmt: str, output: str | None, source: str | None,
                    db: str | None, since: datetime | None, until: datetime | None) -> None:
    """List, per night and model, where incidents and the reference table agree.

    Example: sitrep compare --reference missile_attacks_daily.csv --input results.jsonl

    Example: sitrep compare --reference missile_attacks_daily.csv --db sitrep.db
    """
    docs, skipped = _jsonl_documents(source, db, since, until)
    from .compare import agreement, compare, read_reference
    from .compare_output import write_comparison
    from .reconcile import reconcile

    partial = False
    try:
        table = read_reference(reference)
        for problem in table.skipped:
            click.echo(f"sitrep: {reference}: {problem}: skipped", err=True)
        if db is not None:
            from .reconcile.from_store import stored_incidents
            from .store import Store

            with Store.open(db, create=False) as store:
                found = stored_incidents(store, since=as_day(since), until=as_day(until))
                unreconciled = len(store.unreconciled_documents(since=as_day(since),
                                                                until=as_day(until)))
            incidents = found.incidents
            partial = _report_store(skipped=found.skipped, unreconciled=unreconciled,
                                    outdated=found.outdated)
        else:
            incidents = reconcile(docs)
        rows = compare(incidents, table)
        if output is None:
            write_comparison(rows, agreement(rows), fmt, sys.stdout)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as out:
                    write_comparison(rows, agreement(rows), fmt, out)
            except OSError as exc:
                _fail(f"{output}: cannot write ({exc.strerror or exc})")
    except SitrepError as exc:
        _fail(str(exc))
    _finish(skipped, skipped + len(docs))
    if partial:
        raise SystemExit(EXIT_PARTIAL)


#: What ``sitrep.cli`` registers.
COMMANDS = (export_command, compare_command)
