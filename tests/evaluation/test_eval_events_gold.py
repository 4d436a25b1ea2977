"""The ``sitrep-events`` gold format: loading, refusing bad records, scoring (no extractor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.evaluation.events_gold import load_events_gold, score_events
from sitrep.evaluation.formats import detect_format, gold_name

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _actor(country: str | None) -> dict[str, object] | None:
    return None if country is None else {"name": country, "country": country}


def _event(kind: str, source: str | None = None, target: str | None = None,
           status: str = "occurred") -> dict[str, object]:
    return {"type": kind, "source": _actor(source), "target": _actor(target),
            "status": status}


RECORDS: list[dict[str, object]] = [
    {"id": "a", "text": "Spain agreed to send tents to Chile.",
     "events": [{"type": ["AGREE", "AID"], "source": "ES", "target": "CL"}]},
    {"id": "b", "text": "Norway condemned the raid.",
     "events": [{"type": "ACCUSE", "source": "NO", "target": None}]},
    {"id": "c", "text": "The president will visit Peru.", "published": "2026-01-01",
     "events": [{"type": "CONSULT", "source": None, "target": "PE", "status": "planned"}]},
    {"id": "d", "text": "It rained in Oslo.", "events": []},
]


def test_the_file_is_recognised_and_named_after_its_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, RECORDS)
    assert detect_format(path) == "sitrep-events"
    assert gold_name(path, "sitrep-events") == "events"


def test_scoring_takes_the_first_event_and_accepts_listed_readings(tmp_path: Path) -> None:
    gold = load_events_gold(_write(tmp_path, RECORDS))
    predicted = [[_event("AID", "ES", "CL")],             # an accepted reading
                 [_event("REJECT", "NO"), _event("ACCUSE", "NO")],  # first event is wrong
                 [_event("CONSULT", None, "PE", "occurred")],      # right type, wrong status
                 []]                                              # nothing, rightly
    m = score_events(gold, predicted, name="events").metrics()
    assert m["events.type_accuracy"] == 3 / 4
    assert m["events.detected"] == 3 / 3
    assert m["events.source_country_accuracy"] == 2 / 2
    assert m["events.target_country_accuracy"] == 2 / 2
    assert m["events.status_accuracy"] == 1 / 2
    assert m["events.all.precision"] == 3 / 4


def test_an_event_where_none_is_reported_is_a_false_positive(tmp_path: Path) -> None:
    gold = load_events_gold(_write(tmp_path, RECORDS[3:]))
    m = score_events(gold, [[_event("PROTEST")]], name="events").metrics()
    assert m["events.type_accuracy"] == 0.0
    assert m["events.all.precision"] == 0.0


@pytest.mark.parametrize("bad", [
    {"id": "x", "text": "t", "events": [{"type": "PRAISE"}]},
    {"id": "x", "text": "t", "events": [{"type": "AGREE", "source": "Spain"}]},
    {"id": "x", "text": "t", "events": [{"type": "AGREE", "status": "maybe"}]},
    {"id": "x", "text": "t", "events": [], "extra": 1},
    {"id": "x", "events": []},
])
def test_a_bad_record_is_refused_with_its_line(tmp_path: Path, bad: dict[str, object]) -> None:
    with pytest.raises(EvalError, match=r"events\.jsonl:1"):
        load_events_gold(_write(tmp_path, [bad]))


def test_our_events_gold_loads_and_covers_most_types() -> None:
    gold = load_events_gold(ROOT / "eval" / "gold" / "en_events.jsonl")
    assert len(gold) >= 40
    types = {t for g in gold for ev in g.events for t in ev.types}
    assert len(types) >= 15
    statuses = {s for g in gold for ev in g.events for s in ev.statuses}
    assert {"occurred", "planned", "proposed", "refused"} <= statuses
