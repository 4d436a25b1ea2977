"""How fast does ``sitrep ingest`` fill a database, in how much memory, in how much disk?

Writes a generated corpus (default 100,000 documents, ``corpus.py``) to a temporary folder
of JSON Lines files of ``--part-size`` documents each (``sitrep ingest`` reads a file whole
and refuses one over 100 MB, so the corpus is split like a real archive of daily dumps), then
ingests the folder into a fresh SQLite database once per mode — ``--workers 1``,
``--workers 2`` and ``--dask local`` (a LocalCluster of 2 worker processes) — each as a
``sitrep ingest FOLDER --db DB -q`` subprocess, which ends by reconciling every day it added
into incidents. Every ``--interval`` seconds it samples the resident set size of the whole
process tree (``VmRSS`` of the command and of all its descendants: pool workers, the fork
server, Dask's nanny and worker processes) and counts the stored documents (a read-only
connection; SQLite's WAL lets it read while the command writes).

Per mode it prints documents/s (to the last document stored, and to the end including the
reconcile step), the reconcile step's time, the tree's RSS at 10%, 50% and 90% of the
documents and its peak, whether memory stayed flat (peak minus RSS at 10% below
``--flat-mb``), the CPU time of the main process (reading, deduplicating, writing,
reconciling) and of its descendants (the extraction workers) per 1,000 documents — what
bounds the gain of a second worker on a small machine — and the database's size per 1,000
documents (the file with its WAL). Linux only (``/proc``).

Usage::

    .venv/bin/python benchmarks/ingest_scale.py                  # 100,000 documents
    .venv/bin/python benchmarks/ingest_scale.py --docs 20000 --modes 1,2
    .venv/bin/python benchmarks/ingest_scale.py --quick          # 2,000 documents
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus import generate_labelled, word_count
from stream_memory import _sitrep_executable

MODES = {"1": ["--workers", "1"], "2": ["--workers", "2"],
         "dask": ["--dask", "local", "--workers", "2"]}
LABELS = {"1": "1 worker", "2": "2 workers", "dask": "Dask LocalCluster, 2 workers"}


@dataclass
class Sample:
    elapsed: float
    stored: int
    rss_kb: int
    main_cpu: float = 0.0  # seconds, the command's own process
    workers_cpu: float = 0.0  # seconds, its live descendants (with their reaped children)


@dataclass
class Run:
    mode: str
    returncode: int
    elapsed: float
    all_stored_at: float | None
    stored: int
    db_bytes: int
    stderr_tail: str
    samples: list[Sample] = field(default_factory=list)


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _status_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def _stats() -> dict[int, list[str]]:
    """Every process's ``/proc/PID/stat`` fields after the command name."""
    out: dict[int, list[str]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # the command name may hold spaces and parentheses: the fields follow the last ")"
        out[int(entry.name)] = stat[stat.rindex(")") + 2:].split()
    return out


def _cpu(fields: list[str], *, reaped: bool) -> float:
    """utime + stime (+ cutime + cstime: its children that have ended), in seconds."""
    used = int(fields[11]) + int(fields[12])
    if reaped:
        used += int(fields[13]) + int(fields[14])
    return used / _TICKS


def tree_usage(root: int) -> tuple[int, float, float]:
    """The summed RSS (kB) of ``root`` and all its descendants, the CPU seconds of ``root``
    itself and those of its descendants."""
    stats = _stats()
    children: dict[int, list[int]] = {}
    for pid, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(pid)
    rss = _status_kb(root)
    main_cpu = _cpu(stats[root], reaped=False) if root in stats else 0.0
    workers_cpu = 0.0
    todo = list(children.get(root, ()))
    while todo:
        pid = todo.pop()
        rss += _status_kb(pid)
        workers_cpu += _cpu(stats[pid], reaped=True)
        todo.extend(children.get(pid, ()))
    return rss, main_cpu, workers_cpu


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet, or busy: try again at the next sample
        return -1


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal"))
               if p.exists())


def write_parts(docs: int, folder: Path, part_size: int, seed: int) -> int:
    """The corpus as ``part-NNNN.jsonl`` files of ``part_size`` documents; its words."""
    folder.mkdir()
    words = 0
    lines: list[str] = []
    for index, doc in enumerate(generate_labelled(docs, seed), start=1):
        words += word_count(doc.text)
        lines.append(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        if index % part_size == 0 or index == docs:
            part = folder / f"part-{(index - 1) // part_size:04d}.jsonl"
            part.write_text("".join(lines), encoding="utf-8")
            lines = []
    return words


def run_mode(mode: str, corpus: Path, docs: int, workdir: Path, interval: float,
             batch_size: int) -> Run:
    db = workdir / f"ingest-{mode}.db"
    command = [_sitrep_executable(), "ingest", str(corpus), "--db", str(db), "-q",
               "--batch-size", str(batch_size), *MODES[mode]]
    print(f"\n== {LABELS[mode]}: {' '.join(command[1:])}", flush=True)
    stderr_path = workdir / f"stderr-{mode}.txt"
    samples: list[Sample] = []
    stored = 0
    all_stored_at: float | None = None
    next_report = 0.1
    with stderr_path.open("wb") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        while proc.poll() is None:
            rss, main_cpu, workers_cpu = tree_usage(proc.pid)
            now = time.perf_counter() - start
            stored = max(stored, _stored(db))
            if rss:
                samples.append(Sample(now, stored, rss, main_cpu, workers_cpu))
            if all_stored_at is None and stored >= docs:
                all_stored_at = now
            if stored >= next_report * docs:
                print(f"  {stored / docs:4.0%}  {stored:>9,} docs  RSS {_mb(rss):>10}  "
                      f"{now:7.1f} s", flush=True)
                while stored >= next_report * docs:
                    next_report += 0.1
            time.sleep(interval)
        elapsed = time.perf_counter() - start
    stored = max(stored, _stored(db))
    tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip()
    return Run(mode, proc.returncode, elapsed, all_stored_at, stored, _db_bytes(db),
               tail.splitlines()[-1] if tail else "", samples)


def _mb(kb: float) -> str:
    return f"{kb / 1024:,.1f} MB"


def _at(samples: list[Sample], stored: float) -> Sample | None:
    return next((s for s in samples if s.stored >= stored), None)


def report(run: Run, docs: int, flat_mb: float) -> None:
    print(f"-- {LABELS[run.mode]}: exit status {run.returncode}; {run.stored:,} documents "
          "stored")
    if run.stderr_tail:
        print(f"   sitrep said: {run.stderr_tail}")
    if run.all_stored_at is not None:
        print(f"   documents/s to the last document stored: "
              f"{docs / run.all_stored_at:,.1f} ({run.all_stored_at:.1f} s); then reconcile "
              f"and exit {run.elapsed - run.all_stored_at:.1f} s")
    done = min(docs, run.stored)
    print(f"   documents/s overall: {done / run.elapsed:,.1f} ({run.elapsed:.1f} s)"
          + ("" if done == docs else f": INCOMPLETE, {done:,} of {docs:,} documents"))
    marks = {label: _at(run.samples, p * docs) for label, p in
             (("10%", 0.1), ("50%", 0.5), ("90%", 0.9))}
    for label, sample in marks.items():
        shown = "n/a" if sample is None else f"{_mb(sample.rss_kb)} ({sample.elapsed:.1f} s)"
        print(f"   RSS of the process tree at {label:>3} of the documents: {shown}")
    peak = max(run.samples, key=lambda s: s.rss_kb, default=None)
    if peak is not None:
        phase = "reconcile" if run.all_stored_at is not None and \
            peak.elapsed >= run.all_stored_at else "ingest"
        print(f"   peak RSS sampled: {_mb(peak.rss_kb)} at {peak.elapsed:.1f} s ({phase})")
    ten = marks["10%"]
    if ten is not None and peak is not None:
        growth = peak.rss_kb - ten.rss_kb
        verdict = "flat" if growth < flat_mb * 1024 else "GREW"
        print(f"   peak - RSS at 10%: {_mb(growth)}: {verdict} (threshold {flat_mb:.0f} MB)")
    stored_all = _at(run.samples, docs) if run.all_stored_at is not None else None
    if stored_all is not None:
        total = stored_all.main_cpu + stored_all.workers_cpu
        print(f"   CPU to the last document stored, per 1,000 documents: main process "
              f"{stored_all.main_cpu / docs * 1000:,.1f} s, workers "
              f"{stored_all.workers_cpu / docs * 1000:,.1f} s (main "
              f"{stored_all.main_cpu / total:.0%} of {total:,.0f} s)" if total else
              "   CPU: not sampled")
    if run.stored:
        print(f"   database: {run.db_bytes / 2**20:,.1f} MiB, "
              f"{run.db_bytes / run.stored * 1000 / 2**20:,.2f} MiB per 1,000 documents")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents (default 100000)")
    parser.add_argument("--quick", action="store_true", help="2,000 documents: a smoke run")
    parser.add_argument("--modes", default="1,2,dask",
                        help="comma-separated among 1, 2, dask (default: all three)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--interval", type=float, default=0.5, help="sampling, seconds")
    parser.add_argument("--batch-size", type=int, default=32, help="sitrep ingest's batch")
    parser.add_argument("--part-size", type=int, default=10_000,
                        help="documents per JSON Lines file (default 10000)")
    parser.add_argument("--flat-mb", type=float, default=100.0,
                        help="peak - RSS at 10%% below this counts as flat (default 100)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and databases")
    args = parser.parse_args(argv)
    docs = 2_000 if args.quick else args.docs
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(unknown)}: use 1, 2 or dask")

    workdir = Path(tempfile.mkdtemp(prefix="sitrep-ingest-scale-"))
    corpus = workdir / "corpus"
    try:
        start = time.perf_counter()
        words = write_parts(docs, corpus, max(1, args.part_size), args.seed)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(f"corpus: {docs:,} documents, {words:,} words, {size / 2**20:,.1f} MiB in "
              f"{len(list(corpus.iterdir()))} files, written in "
              f"{time.perf_counter() - start:.1f} s; {os.cpu_count()} CPUs", flush=True)
        runs = [run_mode(m, corpus, docs, workdir, args.interval, args.batch_size)
                for m in modes]
        print()
        for run in runs:
            report(run, docs, args.flat_mb)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
