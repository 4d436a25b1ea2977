"""``sitrep export`` and ``sitrep compare``: incidents from many results, written out.

Both read ``sitrep/1`` results from a JSON Lines file (``sitrep extract --jsonl``
output; ``--input``) or from the store (``--db``). A line that is not a readable result
is reported on standard error and skipped; the rest is still written, and the exit
status is then 1. The library does the work (:mod:`sitrep.export`, :mod:`sitrep.compare`);
heavy modules are imported inside the commands.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

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


def _store_results(url: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every stored result, with the stored document's source, URL and time filled in."""
    from .store import Store

    with Store.open(url, create=False) as store:
        for stored in store.documents_needing_extraction("", everything=True):
            result = store.result(stored.id)
            if result is None:
                continue
            meta = dict(result.get("document") or {})
            for key in ("url", "source", "published", "title"):
                if meta.get(key) is None:
                    meta[key] = getattr(stored, key)
            yield f"document {stored.id}", {**result, "document": meta}


def _from_store(url: str) -> tuple[list[ResultDocument], int]:
    from .reconcile import load_result

    docs: list[ResultDocument] = []
    skipped = 0
    for where, result in _store_results(url):
        try:
            docs.append(load_result(result))
        except SitrepError as exc:
            skipped += 1
            click.echo(f"sitrep: {where}: skipped: {exc.message}", err=True)
    return docs, skipped


def _documents(source: str | None, db: str | None) -> tuple[list[ResultDocument], int]:
    if (source is None) == (db is None):
        _fail("give the results with exactly one of --input FILE or --db URL")
    try:
        return _from_jsonl(source) if source is not None else _from_store(str(db))
    except SitrepError as exc:
        _fail(str(exc))


def _finish(skipped: int, total: int) -> None:
    if skipped:
        click.echo(f"sitrep: {skipped} of {total} results skipped", err=True)
        raise SystemExit(EXIT_PARTIAL)


_input = click.option("--input", "source", metavar="FILE",
                      help="JSON Lines of sitrep results (sitrep extract --jsonl), - for "
                           "standard input.")
_db = click.option("--db", metavar="URL",
                   help="Read the results from the store (a SQLite path or a PostgreSQL URL).")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), required=True,
              help="kaggle-csv: the curated missile-attacks table's columns; acled: "
                   "ACLED-style rows; gdelt: GDELT-style event rows; json: incidents with "
                   "every claim and the merged quotes; parquet: the incidents' figures.")
@click.option("--output", "-o", metavar="FILE", help="Write here (default: standard "
              "output; Parquet needs a file).")
@_input
@_db
def export_command(fmt: str, output: str | None, source: str | None, db: str | None) -> None:
    """Reconcile many results into incidents and write them for analysts' tools.

    Example: sitrep export --format kaggle-csv --input results.jsonl --output attacks.csv
    """
    docs, skipped = _documents(source, db)
    from .export import export_data, write_export

    if fmt == "parquet" and output is None:
        _fail("Parquet is binary: name an output file with --output")
    try:
        data = export_data(docs, fmt)
        write_export(data, sys.stdout if output is None else Path(output))
    except SitrepError as exc:
        _fail(str(exc))
    _finish(skipped, skipped + len(docs))


@click.command("compare")
@click.option("--reference", metavar="CSV", required=True,
              help="The curated table (missile_attacks_daily.csv layout).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--output", "-o", metavar="FILE", help="Write here (default: standard output).")
@_input
@_db
def compare_command(reference: str, fmt: str, output: str | None, source: str | None,
                    db: str | None) -> None:
    """List, per night and model, where incidents and the reference table agree.

    Example: sitrep compare --reference missile_attacks_daily.csv --input results.jsonl
    """
    docs, skipped = _documents(source, db)
    from .compare import agreement, compare, read_reference
    from .compare_output import write_comparison
    from .reconcile import reconcile

    try:
        table = read_reference(reference)
        for problem in table.skipped:
            click.echo(f"sitrep: {reference}: {problem}: skipped", err=True)
        rows = compare(reconcile(docs), table)
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


#: What ``sitrep.cli`` registers.
COMMANDS = (export_command, compare_command)
