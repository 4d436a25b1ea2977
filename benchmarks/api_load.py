"""Requests/s and latency of ``sitrep serve``: ``/api/attacks`` and ``/api/stats/interception``.

Builds a database of ``--docs`` generated documents (default 100,000; ``corpus.py``, as
JSON Lines parts, stored by ``sitrep ingest --workers 2``, which also reconciles the
incidents the statistics are computed from), or reuses one given with ``--db``. Then starts
``sitrep serve`` on 127.0.0.1 as a subprocess and, from a **separate client process**
(this script run with ``--client``), sends requests for ``--duration`` seconds over
``--concurrency`` connections (threads, one ``httpx.Client`` each) per endpoint:

- ``/api/attacks``: a mix of pages (1-20) and filters (attacker, category, a week's days,
  source, page sizes 50 and 200);
- ``/api/stats/interception``: night, week and month, all or one category, an attacker.

It prints, per endpoint: requests, requests/s, p50/p95/p99 latency in milliseconds, and
errors (non-2xx answers or failed connections). Only the server's and client's loopback
traffic is involved; nothing is downloaded.

Usage::

    .venv/bin/python benchmarks/api_load.py                       # 100,000 documents
    .venv/bin/python benchmarks/api_load.py --docs 5000 --duration 20 --concurrency 8
    .venv/bin/python benchmarks/api_load.py --db /tmp/bench.db    # reuse a database
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from ingest_scale import write_parts
from stream_memory import _sitrep_executable

ENDPOINTS = ("attacks", "stats")
_ATTACK_FILTERS = ("", "&attacker=RU", "&attacker=UA", "&category=drone",
                   "&category=cruise_missile", "&source=Reuters", "&model=Shahed-136",
                   "&target=UA&sort=day")
_STATS = ("period=night", "period=week", "period=month", "period=night&category=drone",
          "period=week&category=all&attacker=RU", "period=month&category=ballistic_missile")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _query(endpoint: str, rng: random.Random) -> str:
    if endpoint == "stats":
        return f"/api/stats/interception?{rng.choice(_STATS)}&page_size=500"
    size = rng.choice((50, 50, 200))
    query = f"/api/attacks?page={rng.randint(1, 20)}&page_size={size}"
    query += rng.choice(_ATTACK_FILTERS)
    if rng.random() < 0.3:  # a week within the corpus' span (2024-01 to 2025-09)
        since = date(2024, 1, 1) + timedelta(days=rng.randrange(620))
        query += f"&since={since}&until={since + timedelta(days=7)}"
    return query


# -- the client process -----------------------------------------------------------------


def run_client(base: str, endpoint: str, duration: float, concurrency: int) -> dict[str, float]:
    """Drive ``endpoint`` for ``duration`` s over ``concurrency`` threads; the figures."""
    import httpx

    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[float] = []
        failed = 0
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < stop:
                url = _query(endpoint, rng)
                started = time.perf_counter()
                try:
                    response = client.get(url)
                    ok = response.status_code < 300
                except httpx.HTTPError:
                    ok = False
                mine.append(time.perf_counter() - started)
                failed += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    began = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return 1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0

    return {"requests": len(ordered), "rps": len(ordered) / elapsed, "p50": pct(0.50),
            "p95": pct(0.95), "p99": pct(0.99),
            "mean": 1000 * statistics.fmean(ordered) if ordered else 0.0,
            "errors": errors[0]}


# -- the driver -------------------------------------------------------------------------


def build(docs: int, workdir: Path) -> Path:
    corpus, db = workdir / "corpus", workdir / "bench.db"
    print(f"api_load: generating {docs:,} documents …", flush=True)
    write_parts(docs, corpus, 5000, 0)
    print("api_load: sitrep ingest --workers 2 (extracts, stores, reconciles) …", flush=True)
    started = time.monotonic()
    subprocess.run([_sitrep_executable(), "ingest", str(corpus), "--db", str(db), "-q",
                    "--workers", "2"], check=False)
    print(f"api_load: database built in {time.monotonic() - started:.0f} s", flush=True)
    return db


def _wait_for(base: str, process: subprocess.Popen[bytes], timeout: float) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=5) as response:
                answer: dict[str, object] = json.loads(response.read())
                return answer
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("api_load: sitrep serve did not start") from None
            time.sleep(0.3)


def _counts(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        found = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "attacks", "attack_weapons", "incidents")}
    return ", ".join(f"{n:,} {t}" for t, n in found.items())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this SQLite database")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--endpoints", default=",".join(ENDPOINTS))
    parser.add_argument("--client", metavar="BASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client:  # the separate client process
        print(json.dumps(run_client(args.client, args.endpoint, args.duration,
                                    args.concurrency)))
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-api-load-") as tmp:
        db = args.db or build(args.docs, Path(tmp))
        _measure(db, args)


def _measure(db: Path, args: argparse.Namespace) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([_sitrep_executable(), "serve", "--db", str(db), "--port",
                               str(port), "--log-level", "warning"],
                              env={**os.environ, "SITREP_TOKEN": ""})
    try:
        health = _wait_for(base, server, 60)
        print(f"api_load: {db} ({_counts(db)}); server up ({health['documents']:,} "
              f"documents); {args.concurrency} connections, {args.duration:.0f} s each")
        print(f"{'endpoint':<26}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}"
              f"{'p99 ms':>9}{'errors':>8}")
        for endpoint in args.endpoints.split(","):
            out = subprocess.run([sys.executable, __file__, "--client", base, "--endpoint",
                                  endpoint, "--duration", str(args.duration),
                                  "--concurrency", str(args.concurrency)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            name = "/api/attacks" if endpoint == "attacks" else "/api/stats/interception"
            print(f"{name:<26}{r['requests']:>9,}{r['rps']:>8.1f}{r['p50']:>9.1f}"
                  f"{r['p95']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
