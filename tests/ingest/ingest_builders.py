"""Invented documents for the ingest tests, written to tmp_path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.ingest import IngestSummary

CITIES = ("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Chernihiv")


def report(i: int) -> str:
    """A short attack report; every ``i`` gives a different text."""
    city = CITIES[i % len(CITIES)]
    return (f"Russia launched {40 + i} drones and {i % 7 + 1} missiles at Ukraine overnight, "
            f"the air force said on Wednesday. Air defences shot down {30 + i} drones over "
            f"{city} and the surrounding region. Debris fell at {i % 5 + 2} locations.")


def write_jsonl(path: Path, records: list[dict[str, Any] | str]) -> Path:
    """One line per record; a string is written as it is (a malformed line)."""
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def corpus(path: Path, count: int, *, start: int = 0) -> Path:
    """``count`` distinct reports as JSON Lines with publication dates."""
    return write_jsonl(path, [{"text": report(i), "published": "2025-09-03T10:30",
                               "id": f"r{i}", "source": "Test Wire"}
                              for i in range(start, start + count)])


class Recorder:
    """An ingest reporter that keeps the failures and counts the progress updates."""

    def __init__(self) -> None:
        self.failures: list[tuple[str, str]] = []
        self.updates = 0

    def progress(self, summary: IngestSummary) -> None:
        self.updates += 1

    def failure(self, where: str, reason: str) -> None:
        self.failures.append((where, reason))
