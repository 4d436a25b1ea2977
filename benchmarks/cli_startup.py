"""Start-up time of the ``sitrep`` command against ``python -c "import spacy"``.

Times, as subprocesses (one warm-up each, then ``--runs`` interleaved rounds, median):

* ``python -c pass``                  — the interpreter alone
* ``python -c "import spacy"``        — the reference
* ``sitrep --help``
* ``sitrep extract FILE``             — a one-sentence document

All commands run with a bytecode cache in a temporary ``PYTHONPYCACHEPREFIX`` (filled by
the warm-up run), so no run pays for compiling sources; one more row runs ``sitrep
extract`` with ``PYTHONDONTWRITEBYTECODE=1`` and no such cache, which is what an editable
install costs when ``.pyc`` files are never written.

Target: ``sitrep extract`` of a small document in under 1.5x ``import spacy``. When it is
above (or with ``--profile``), prints where the time goes: phases measured in a fresh
interpreter (imports, ``Extractor()``, the first ``extract``) and the biggest imports
from ``python -X importtime``.

Usage::

    .venv/bin/python benchmarks/cli_startup.py
    .venv/bin/python benchmarks/cli_startup.py --runs 11 --profile
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

TARGET = 1.5
SENTENCE = ("Russia launched 40 drones and two Kh-101 missiles at Ukraine overnight, "
            "Ukraine's air force said.\n")

# Runs in a fresh interpreter; prints one "phase seconds" line per phase.
PHASES_SCRIPT = """
import sys, time
t = time.perf_counter
marks = [("interpreter ready", t())]
import spacy
marks.append(("import spacy", t()))
import sitrep.cli
marks.append(("import sitrep.cli (and sitrep)", t()))
from sitrep.api import Extractor
extractor = Extractor()
marks.append(("Extractor() (spacy.blank + rules + matchers)", t()))
extractor.extract(open(sys.argv[1], encoding="utf-8").read(), published="2025-09-03")
marks.append(("first extract() of one sentence", t()))
for (_, a), (name, b) in zip(marks, marks[1:]):
    print(f"{name}\\t{b - a:.4f}")
"""


@dataclass(frozen=True)
class Command:
    label: str
    argv: list[str]
    env: dict[str, str]


def _sitrep_executable() -> str:
    beside = Path(sys.executable).with_name("sitrep")
    if beside.exists():
        return str(beside)
    found = shutil.which("sitrep")
    if found is None:
        raise SystemExit("cli_startup: cannot find the sitrep command")
    return found


def _time(command: Command) -> float:
    start = time.perf_counter()
    done = subprocess.run(command.argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=command.env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise SystemExit(f"cli_startup: {command.label} failed: {message}")
    return elapsed


def _phases(document: Path, runs: int, env: dict[str, str]) -> None:
    totals: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PHASES_SCRIPT, str(document)],
                             capture_output=True, text=True, env=env, check=True).stdout
        for line in out.splitlines():
            name, seconds = line.split("\t")
            totals.setdefault(name, []).append(float(seconds))
    print(f"phases in a fresh interpreter (median of {runs}):")
    for name, values in totals.items():
        print(f"  {name:<48}{statistics.median(values):>8.3f} s")


def _importtime(argv: list[str], top: int, env: dict[str, str]) -> None:
    """Run ``argv`` under ``-X importtime`` and print the biggest imports."""
    err = subprocess.run(argv, capture_output=True, text=True, env=env, check=False).stderr
    rows: list[tuple[int, int, int, str]] = []  # self us, cumulative us, depth, name
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:"):].split("|")
        self_us, cumulative, raw = int(parts[0]), int(parts[1]), parts[2]
        depth = (len(raw) - len(raw.lstrip(" ")) - 1) // 2
        rows.append((self_us, cumulative, depth, raw.strip()))
    total = sum(r[0] for r in rows)
    print(f"python -X importtime: {len(rows)} modules, {total / 1e6:.3f} s of imports in all")
    print("  imports at depth 0-1 by cumulative time:")
    for _self_us, cumulative, depth, name in sorted(
            (r for r in rows if r[2] <= 1), key=lambda r: -r[1])[:top]:
        print(f"    {cumulative / 1e3:8.1f} ms  {'  ' * depth}{name}")
    print("  modules by own (self) time:")
    for self_us, _cumulative, _depth, name in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"    {self_us / 1e3:8.1f} ms  {name}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--profile", action="store_true",
                        help="always print the phase and import breakdown")
    parser.add_argument("--top", type=int, default=15, help="imports to list (default 15)")
    args = parser.parse_args(argv)

    python = sys.executable
    sitrep = _sitrep_executable()
    with tempfile.TemporaryDirectory(prefix="sitrep-startup-") as tmp:
        document = Path(tmp) / "one_sentence.txt"
        document.write_text(SENTENCE, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        no_pyc = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        no_pyc["PYTHONDONTWRITEBYTECODE"] = "1"
        extract = [sitrep, "extract", str(document), "--published", "2025-09-03"]
        commands = [
            Command("python -c pass", [python, "-c", "pass"], env),
            Command('python -c "import spacy"', [python, "-c", "import spacy"], env),
            Command("sitrep --help", [sitrep, "--help"], env),
            Command("sitrep extract <one sentence>", extract, env),
            Command("  same, without .pyc for sitrep", extract, no_pyc),
        ]
        for command in commands:  # warm-up: page cache, and fills the bytecode cache
            _time(command)
        times: dict[str, list[float]] = {c.label: [] for c in commands}
        for _ in range(args.runs):
            for command in commands:
                times[command.label].append(_time(command))

        medians = {label: statistics.median(values) for label, values in times.items()}
        reference = medians['python -c "import spacy"']
        print(f"CLI start-up, median of {args.runs} interleaved runs "
              f"(python {sys.version.split()[0]})")
        header = f"{'command':<34}{'median s':>10}{'min-max s':>14}{'vs import spacy':>17}"
        print(header)
        print("-" * len(header))
        for label, values in times.items():
            spread = f"{min(values):.3f}-{max(values):.3f}"
            print(f"{label:<34}{medians[label]:>10.3f}{spread:>14}"
                  f"{medians[label] / reference:>16.2f}x")
        ratio = medians["sitrep extract <one sentence>"] / reference
        above = ratio >= TARGET
        print(f"\nsitrep extract / import spacy = {ratio:.2f}x (target < {TARGET}x): "
              f"{'ABOVE the target' if above else 'meets the target'}")
        if above or args.profile:
            print()
            _phases(document, runs=3, env=env)
            print()
            _importtime([python, "-X", "importtime", "-c",
                         "import sys; from sitrep.cli import main; "
                         f"sys.argv = ['sitrep', 'extract', {str(document)!r}]; main()"],
                        args.top, env)


if __name__ == "__main__":
    main()
