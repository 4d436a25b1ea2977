"""Does ``sitrep extract --jsonl`` stream in flat memory?

Writes a generated corpus (default 100,000 documents) to a temporary JSON Lines file, runs
``sitrep extract --jsonl FILE`` as a subprocess, counts its output lines as they arrive and
samples its resident set size (``VmRSS`` in ``/proc/PID/status``) every ``--interval``
seconds. Prints RSS at 10%, 50% and 90% of progress, the peak, documents/s, and whether
memory stayed flat (peak - RSS at 10% < ``--flat-mb``, default 50 MB). Also checks that the
output has one line per input line. Linux only (``/proc``).

Usage::

    .venv/bin/python benchmarks/stream_memory.py                 # 100,000 documents
    .venv/bin/python benchmarks/stream_memory.py --docs 5000
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

from corpus import write_jsonl

NO_ATTACKS = b'"attacks":[]'


@dataclass
class Sample:
    elapsed: float
    done: int
    rss_kb: int


class OutputCounter(threading.Thread):
    """Reads the child's standard output, counting lines and lines with attacks."""

    def __init__(self, stream: BufferedReader) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines = 0
        self.with_attacks = 0
        self.first_line_at: float | None = None

    def run(self) -> None:
        tail = b""
        while chunk := self.stream.read1(1 << 20):
            if self.first_line_at is None and b"\n" in chunk:
                self.first_line_at = time.perf_counter()
            *complete, tail = (tail + chunk).split(b"\n")
            self.with_attacks += sum(1 for line in complete if NO_ATTACKS not in line)
            self.lines += len(complete)
        if tail.strip():  # a last line without a newline still counts
            self.lines += 1
            self.with_attacks += NO_ATTACKS not in tail


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def _sitrep_executable() -> str:
    beside = Path(sys.executable).with_name("sitrep")
    if beside.exists():
        return str(beside)
    found = shutil.which("sitrep")
    if found is None:
        raise SystemExit("stream_memory: cannot find the sitrep command")
    return found


def _rss_at(samples: list[Sample], done: float) -> Sample | None:
    return next((s for s in samples if s.done >= done), None)


def _mb(kb: float) -> str:
    return f"{kb / 1024:,.1f} MB"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents (default 100000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--interval", type=float, default=0.5, help="RSS sampling, seconds")
    parser.add_argument("--flat-mb", type=float, default=50.0,
                        help="peak - RSS at 10%% below this counts as flat (default 50)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="sitrep-stream-"))
    corpus = workdir / "corpus.jsonl"
    try:
        start = time.perf_counter()
        with corpus.open("w", encoding="utf-8") as fh:
            words = write_jsonl(args.docs, fh, seed=args.seed)
        print(f"corpus: {args.docs:,} documents, {words:,} words, "
              f"{corpus.stat().st_size / 2**20:,.1f} MiB, written in "
              f"{time.perf_counter() - start:.1f} s to {corpus}", flush=True)
        _run(args, corpus, words, workdir)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(args: argparse.Namespace, corpus: Path, words: int, workdir: Path) -> None:
    command = [_sitrep_executable(), "extract", "--jsonl", str(corpus)]
    print(f"running: {' '.join(command)} > (counted and discarded)", flush=True)
    samples: list[Sample] = []
    stderr_path = workdir / "stderr.txt"
    with stderr_path.open("wb") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr)
        assert isinstance(proc.stdout, BufferedReader)  # bufsize=-1: a buffered pipe
        counter = OutputCounter(proc.stdout)
        counter.start()
        next_report = 0.1
        while proc.poll() is None:
            rss = _rss_kb(proc.pid)
            if rss is not None:
                samples.append(Sample(time.perf_counter() - start, counter.lines, rss))
                if counter.lines >= next_report * args.docs:
                    print(f"  {counter.lines / args.docs:4.0%}  {counter.lines:>9,} docs  "
                          f"RSS {_mb(rss):>10}  {samples[-1].elapsed:7.1f} s", flush=True)
                    while counter.lines >= next_report * args.docs:
                        next_report += 0.1
            time.sleep(args.interval)
        counter.join()
        elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    errors = stderr_path.read_text(encoding="utf-8", errors="replace").strip()

    print()
    print(f"exit status: {proc.returncode}")
    if errors:
        lines = errors.splitlines()
        print(f"stderr ({len(lines)} lines), last: {lines[-1]}")
    same = counter.lines == args.docs
    print(f"output lines: {counter.lines:,} for {args.docs:,} input lines: "
          f"{'one per input line' if same else 'MISMATCH'}")
    print(f"documents with at least one attack: {counter.with_attacks:,} "
          f"({counter.with_attacks / max(1, counter.lines):.1%})")
    print(f"wall time: {elapsed:.1f} s; {args.docs / elapsed:,.0f} docs/s, "
          f"{words / elapsed:,.0f} words/s (including start-up)")
    if counter.first_line_at is not None:
        steady = elapsed - (counter.first_line_at - start)
        print(f"after the first output line: {args.docs / steady:,.0f} docs/s "
              f"(start-up to first line {counter.first_line_at - start:.1f} s)")
    print(f"RSS samples: {len(samples)} every {args.interval} s")
    marks: dict[str, Sample | None] = {f"{p:.0%}": _rss_at(samples, p * args.docs)
                                       for p in (0.1, 0.5, 0.9)}
    for label, sample in marks.items():
        if sample is None:
            print(f"  RSS at {label:>3}: n/a (run too short to sample)")
        else:
            print(f"  RSS at {label:>3}: {_mb(sample.rss_kb):>10}  "
                  f"({sample.done:,} docs, {sample.elapsed:.1f} s)")
    sampled_peak = max((s.rss_kb for s in samples), default=0)
    print(f"  peak RSS sampled: {_mb(sampled_peak):>10}")
    print(f"  peak RSS (getrusage ru_maxrss of the child): {_mb(peak_kb)}")
    at10 = marks["10%"]
    if at10 is None:
        print("verdict: n/a (no sample at 10% progress; use more documents)")
        return
    growth_kb = max(peak_kb, sampled_peak) - at10.rss_kb
    flat = growth_kb < args.flat_mb * 1024
    print(f"verdict: peak - RSS at 10% = {_mb(growth_kb)}: "
          f"{'memory stayed flat' if flat else 'memory GREW'} "
          f"(threshold {args.flat_mb:.0f} MB)")


if __name__ == "__main__":
    main()
