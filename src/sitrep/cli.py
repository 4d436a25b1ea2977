"""The ``sitrep`` command line: thin wrappers over the library.

Every error sitrep knows about becomes one line on standard error and exit status 2
(bad input or usage) or 1 (some items of a batch failed). Heavy imports (spaCy) happen
inside the commands so that ``sitrep --help`` stays quick.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ._version import __version__
from .errors import SitrepError

if TYPE_CHECKING:
    from .api import InputDocument
    from .errors import InputError

__all__ = ["main"]

EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 1
EXIT_INTERNAL = 3


def _fail(message: str) -> None:
    click.echo(f"sitrep: error: {message}", err=True)
    raise SystemExit(EXIT_BAD_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def cli() -> None:
    """Read war reporting into structured, source-linked records."""


def _read_input(source: str, max_chars: int) -> tuple[bytes, str]:
    name = "standard input" if source == "-" else source
    limit = max_chars * 4 + 4
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            path = Path(source)
            if path.is_dir():
                _fail(f"{source} is a directory, not a file")
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
    except FileNotFoundError:
        _fail(f"{source}: no such file")
    except PermissionError:
        _fail(f"{source}: permission denied")
    except OSError as exc:
        _fail(f"{source}: cannot read ({exc.strerror or exc})")
    if len(data) > limit:
        _fail(f"{name} is larger than {limit:,} bytes; the limit is {max_chars:,} characters "
              "(raise it with --max-chars)")
    return data, name


@cli.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--published", help="Publication time, ISO 8601 (2025-09-03 or "
              "2025-09-03T08:15+03:00). Without it periods stay unresolved.")
@click.option("--source", "source_name", help="Name of the outlet or channel.")
@click.option("--title", help="Title of the document.")
@click.option("--url", help="Where the document was read (kept in the output).")
@click.option("--id", "doc_id", help="Document id (default: a hash of the text).")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="Output format.")
@click.option("--jsonl", is_flag=True, help="Read JSON Lines ({\"text\", \"published\", "
              "\"id\", \"source\", \"title\"} per line) and write one JSON result per line.")
@click.option("--text-field", default="text", show_default=True,
              help="With --jsonl: the field that holds the text.")
@click.option("--html", is_flag=True, help="The input is an HTML page: read its visible text "
              "(offsets then index that text).")
@click.option("--compact", is_flag=True, help="One-line JSON (always so with --jsonl).")
@click.option("--lang", default="auto", show_default=True,
              help="Language of the text: auto (detected per document), en or uk.")
@click.option("--max-chars", type=click.IntRange(min=1), default=5_000_000, show_default=True,
              help="Refuse documents longer than this.")
def extract(source: str, published: str | None, source_name: str | None, title: str | None,
            url: str | None, doc_id: str | None, fmt: str, jsonl: bool, text_field: str, html: bool,
            compact: bool, lang: str, max_chars: int) -> None:
    """Extract attacks from one document (FILE, or - for standard input).

    Example: sitrep extract article.txt --published 2025-09-03 --format table
    """
    from .api import Extractor
    from .inputs import decode_bytes, html_to_text, looks_like_html

    try:
        extractor = Extractor(language=lang, max_chars=max_chars)
    except SitrepError as exc:
        _fail(str(exc))
    # the pipeline's ~100k long-lived objects never need collecting: keep them out of
    # the collector's generations (a command-line process owns its heap)
    gc.freeze()
    if jsonl:
        _extract_jsonl(extractor, source, text_field)
        return
    data, name = _read_input(source, max_chars)
    try:
        text = decode_bytes(data, name=name)
        if looks_like_html(text):
            if not html:
                _fail(f"{name} looks like an HTML page; pass --html to read its visible text")
            text = html_to_text(text)
        result = extractor.extract(text, published=published, source=source_name,
                                   title=title, id=doc_id, url=url)
    except SitrepError as exc:
        _fail(str(exc))
    if fmt == "table":
        from .table import render_table

        render_table(result, sys.stdout)
    else:
        _write_json(result.to_dict(), sys.stdout, compact)


def _write_json(obj: Any, out: IO[str], compact: bool) -> None:
    if compact:
        out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _extract_jsonl(extractor: Any, source: str, text_field: str) -> None:
    from .inputs import read_jsonl

    try:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        _fail(f"{source}: cannot read ({exc.strerror or exc})")
    lines: deque[int] = deque()
    failed = 0
    done = 0

    def items() -> Iterator[InputDocument | InputError]:
        for number, item in read_jsonl(stream, text_field=text_field):
            lines.append(number)
            yield item

    out = sys.stdout
    try:
        for result in extractor.extract_stream(items()):
            number = lines.popleft()
            if isinstance(result, SitrepError):
                failed += 1
                click.echo(f"sitrep: line {number}: skipped: {result.message}", err=True)
                continue
            done += 1
            out.write(json.dumps(result.to_dict(), ensure_ascii=False,
                                 separators=(",", ":")) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    out.flush()
    if failed:
        click.echo(f"sitrep: {failed} of {failed + done} lines skipped", err=True)
        raise SystemExit(EXIT_PARTIAL)


@cli.command()
def steps() -> None:
    """List the pipeline's steps in the order data moves through them.

    Example: sitrep steps
    """
    from .pipeline import PIPELINE_STEPS
    from .pipeline import __doc__ as doc

    for name in PIPELINE_STEPS:
        click.echo(name)
    del doc


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output contract (sitrep/1).

    Example: sitrep schema > sitrep-1.schema.json
    """
    from importlib import resources

    click.echo(resources.files("sitrep").joinpath("schema", "sitrep-1.schema.json")
               .read_text(encoding="utf-8"), nl=False)


def main() -> None:
    """Entry point of the ``sitrep`` script."""
    try:
        cli.main(prog_name="sitrep", standalone_mode=True)
    except SitrepError as exc:
        click.echo(f"sitrep: error: {exc}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    except KeyboardInterrupt:
        click.echo("sitrep: interrupted", err=True)
        raise SystemExit(130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise SystemExit(0) from None
    except Exception as exc:  # a bug, not bad input: say so in one line
        if os.environ.get("SITREP_DEBUG"):
            raise
        click.echo(f"sitrep: internal error: {type(exc).__name__}: {exc} "
                   "(please report it; set SITREP_DEBUG=1 for the traceback)", err=True)
        raise SystemExit(EXIT_INTERNAL) from None


def _register_optional_commands() -> None:
    """Commands that live in their own modules (kept out of this file's imports)."""
    from .cli_export import COMMANDS as export_commands  # export, compare (incidents)

    for command in export_commands:
        cli.add_command(command)
    from .cli_store import register_store_commands

    register_store_commands(cli)
    from .cli_ingest import ingest_command

    cli.add_command(ingest_command, "ingest")
    from .cli_serve import serve_command

    cli.add_command(serve_command, "serve")
    try:
        from .evaluation.command import eval_command
    except ImportError:  # pragma: no cover - the evaluation package is part of sitrep
        return
    cli.add_command(eval_command, "eval")


_register_optional_commands()
