"""Invented documents for the server tests: four nights, several sources a night.

The sentences are written for these tests; the numbers are invented. Each night has a
report in the air force's own words and wire stories attributing figures, so that the
reconcile step builds incidents with several claims (and one disagreement).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DOCUMENTS: list[dict[str, Any]] = [
    {"id": "n1-af", "source": "Air Force Channel", "published": "2025-09-03T09:00+03:00",
     "title": "Night of 3 September",
     "url": "https://example.test/af/1",
     "text": "Overnight Russia launched 120 drones and 6 Kh-101 missiles at Ukraine. "
             "Air defences shot down 100 drones and 5 missiles over the Kyiv region. "
             "8 drones hit targets in Kyiv."},
    {"id": "n1-wire", "source": "Northern Wire", "published": "2025-09-03T11:00+03:00",
     "title": "Drones strike Kyiv overnight",
     "url": "https://example.test/wire/1",
     "text": "Russia launched 120 drones and six missiles at Ukraine overnight, Ukraine's "
             "air force said. Air defences shot down 101 drones. Foreign Minister Andrii "
             "Sybiha said: \"This terror must stop.\""},
    {"id": "n2-af", "source": "Air Force Channel", "published": "2025-09-05T09:00+03:00",
     "title": "Night of 5 September",
     "url": "https://example.test/af/2",
     "text": "Overnight Russia launched 80 drones at Ukraine. Air defences shot down 60 "
             "drones over the Odesa region. 12 drones hit targets in Odesa."},
    {"id": "n2-wire", "source": "Harbour Post", "published": "2025-09-05T12:00+03:00",
     "title": "Odesa port hit in drone attack",
     "url": "https://example.test/post/2",
     "text": "Russia launched 80 drones at Ukraine overnight, the air force said, and 60 "
             "were shot down. President Volodymyr Zelensky said: \"The world must respond "
             "to this terror.\" Ukraine rejected Russia's proposal for talks."},
    {"id": "n3-af", "source": "Air Force Channel", "published": "2025-09-10T09:00+03:00",
     "title": "Night of 10 September",
     "url": "https://example.test/af/3",
     "text": "Overnight Russia launched 200 drones and 10 Iskander-M missiles at Ukraine. "
             "Air defences shot down 180 drones and 4 missiles over the Kharkiv region."},
    {"id": "n3-wire", "source": "Northern Wire", "published": "2025-09-10T13:00+03:00",
     "title": "Kharkiv under missile fire",
     "url": "https://example.test/wire/3",
     "text": "Russia launched 200 drones and 10 ballistic missiles at Ukraine overnight, "
             "the air force said. Air defences shot down 170 drones and four missiles. "
             "Kremlin spokesman Dmitry Peskov said talks were \"not on the agenda\"."},
    {"id": "n4-mod", "source": "Moscow Daily", "published": "2025-09-12T08:00+03:00",
     "title": "Ukrainian drones downed over Bryansk",
     "url": "https://example.test/moscow/4",
     "text": "Russia's defence ministry said air defences destroyed 41 Ukrainian drones "
             "over the Bryansk region overnight."},
    {"id": "other", "source": "Harbour Post", "published": "2025-09-11T10:00+03:00",
     "title": "Grain prices rise",
     "text": "Grain prices rose by 3 percent on Thursday as exporters waited for ships in "
             "the port of Odesa."},
]


def write_corpus(folder: Path) -> Path:
    """The documents as one JSON Lines file in ``folder``."""
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCUMENTS),
                    encoding="utf-8")
    return path
