"""A process killed while it ingests loses no committed batch and leaves no half document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sitrep.store import Store

BATCH = 10
CHILD = textwrap.dedent("""
    import sys
    from sitrep.store import NewDocument, Store

    def result(n):
        text = f"Report {n}: Russia launched {n} drones overnight."
        words = f"{n} drones"
        start = text.index(words)
        count = {"value": n, "qualifier": "exact", "text": words, "start_char": start,
                 "end_char": start + len(words)}
        weapon = {"category": "drone", "model": None, "launched": count, "mention": None}
        attack = {"id": f"r{n}-a1", "attacker": "RU", "target": "UA", "period": {},
                  "weapons": [weapon], "totals": {}, "places": []}
        return text, {"schema": "sitrep/1", "document": {"id": f"r{n}"},
                      "attacks": [attack]}

    store = Store.open(sys.argv[1])
    n = 0
    while True:
        batch = []
        for _ in range(BATCH):
            n += 1
            text, res = result(n)
            batch.append((NewDocument(text), res))
        store.ingest(batch, "1.0")
        print(f"committed {n}", flush=True)
""").replace("BATCH", str(BATCH))


def test_killing_the_writer_loses_nothing_committed(db_url):
    child = subprocess.Popen([sys.executable, "-c", CHILD, db_url], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    committed = 0
    try:
        while committed < 5 * BATCH:
            line = child.stdout.readline()
            assert line, f"the writer stopped (exit {child.poll()})"
            committed = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    with Store.open(db_url) as store:
        counts = store.counts()
        assert counts["documents"] >= committed
        assert counts["documents"] % BATCH == 0  # whole batches only
        assert counts["extractions"] == counts["documents"]  # no document without its result
        assert counts["attacks"] == counts["attack_weapons"] == counts["documents"]
        assert store.count_needing_extraction("1.0") == 0
        assert len(store.search("Russia drones", limit=None)) == counts["documents"]
