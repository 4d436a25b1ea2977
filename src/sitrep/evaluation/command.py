"""``sitrep eval``: score the extractor on a gold file, optionally against floors.

Only click and the standard library are imported here; the scorers and spaCy load inside
the command, because ``sitrep --help`` start-up time is benchmarked.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

__all__ = ["eval_command"]

EXIT_BELOW_FLOOR = 1
_FORMATS = ("auto", "sitrep", "case2021", "plover", "wikievents", "airforce-morning",
            "airforce-channel", "airforce-infographics", "polnear")


@click.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="auto",
              show_default=True, help="Format of the gold file (auto: guess from its name "
              "and contents).")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report.")
@click.option("--floors", "floors_path", type=click.Path(path_type=Path),
              help="JSON file of floors per gold set; exit 1 if a metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N items.")
@click.option("--show-misses", is_flag=True, help="List the documents or items scored wrong.")
def eval_command(gold: Path, fmt: str, as_json: bool, floors_path: Path | None,
                 limit: int | None, show_misses: bool) -> None:
    """Score extraction against a GOLD file: per-field precision, recall, exact match.

    Formats: sitrep (our JSONL gold); the shared sets, read where they lie: case2021,
    plover, wikievents, airforce-morning, airforce-channel, airforce-infographics, and
    polnear (quotes and speakers; GOLD is a directory holding text/ and attributions/). Exit
    status: 0 all floors met, 1 a metric below its floor, 2 a bad gold or floors file.

    Example: sitrep eval eval/gold/en_attacks.jsonl --floors eval/floors.json
    """
    from .gate import check_floors, load_floors
    from .report import render_text
    from .runner import evaluate

    floors = None if floors_path is None else load_floors(floors_path)
    report = evaluate(gold, fmt=fmt, limit=limit)
    failures = [] if floors is None else check_floors(report, floors, source=str(floors_path))
    if as_json:
        out = report.to_dict()
        if floors is not None:
            out["gate"] = {"floors": str(floors_path), "passed": not failures,
                           "failures": [str(f) for f in failures]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        render_text(report, sys.stdout, show_misses=show_misses)
        if floors is not None and not failures:
            click.echo(f"gate: all {len(floors[report.name])} floors of {report.name!r} met")
    if failures:
        for failure in failures:
            click.echo(f"sitrep: eval: {report.name}: {failure}", err=True)
        raise SystemExit(EXIT_BELOW_FLOOR)
