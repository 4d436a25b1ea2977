"""The PLOVER adapter's event figures: type of the first event, actor countries (records
written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.evaluation.detection import DetectionOutcome
from sitrep.evaluation.plover import OLD_NAMES, load_plover, load_plover_actors, score_plover
from sitrep.model import Actor, Event


def _actor(text: str, code: str) -> dict[str, str]:
    return {"actorText": text, "code": code, "sector": "GOV"}


RECORDS: list[dict[str, Any]] = [
    {"id": "doc", "event": "DOCUMENT"},
    # old name DEMAND = REQUEST; two gold actors, one a country
    {"id": "r1", "event": "DEMAND", "text": "Estonia demanded that Russia return the tug.",
     "source": [_actor("Estonia", "EST"), _actor("EU", "IGO")],
     "target": [_actor("Russia", "RUS")]},
    # old name DISAPPROVE = ACCUSE; no gold target: target not judged
    {"id": "r2", "event": "DISAPPROVE", "text": "Latvia condemned the drone incursion.",
     "source": [_actor("Latvia", "LVA")], "target": [""]},
    # the future consultation is coded AGREE
    {"id": "r3", "event": "AGREE", "text": "Chile will host Peru's president next month.",
     "source": {"actorText": "Chile", "code": "CHL"}, "target": [_actor("Peru", "PER")]},
    # an IGO actor: source not judged; a miss for the type
    {"id": "r4", "event": "SUPPORT", "text": "The committee was silent.",
     "source": [_actor("UN", "IGO")], "target": [_actor("Chile", "CHL")]},
    # old name INVESTIGATE
    {"id": "r5", "event": "INVESTIGATE", "text": "Italy opened an inquiry into the sinking.",
     "source": [_actor("Italy", "ITA")]},
]
NOTHING = DetectionOutcome()


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_gold_actor_codes(tmp_path: Path) -> None:
    actors = load_plover_actors(_write(tmp_path))
    assert [a.id for a in actors] == ["r1", "r2", "r3", "r4", "r5"]
    assert actors[0].sources == frozenset({"EST"}) and actors[0].targets == frozenset({"RUS"})
    assert actors[1].targets is None  # no gold recipient
    assert actors[3].sources is None  # IGO is no country
    assert OLD_NAMES["FIGHT"] == "ASSAULT"


def test_event_type_and_country_accuracy(tmp_path: Path) -> None:
    path = _write(tmp_path)
    items = load_plover(path)
    report = score_plover(items, [NOTHING] * len(items), source=str(path))
    m = report.metrics()
    assert m["events.type_accuracy"] == 4 / 5
    assert m["events.found"] == 4 / 5
    assert m["events.recall.REQUEST"] == 1.0 and m["events.recall.SUPPORT"] == 0.0
    assert m["events.recall.INVESTIGATE"] == 1.0
    # sources judged: r1, r2, r3, r5 (r4 is an IGO); targets: r1, r3, r4
    assert m["events.source_country_accuracy"] == 1.0
    assert m["events.target_country_accuracy"] == 2 / 3
    assert any("SUPPORT→nothing 1" in n for n in report.notes)
    assert any(line.startswith("EV r4 [SUPPORT] got nothing") for line in report.misses)
    assert m["nonviolent.no_attack"] == 1.0  # the attack figures are still there


def test_events_passed_in_and_no_gold_actors(tmp_path: Path) -> None:
    items = load_plover(_write(tmp_path))
    chile = Actor("Chile", "Chile", 0, 5, "CL", "CL", "GOV")
    planned = Event("CONSULT", "host", chile, None, "planned", None, None, "t", 0, 1)
    events = [[], [], [planned], [], []]
    report = score_plover(items, [NOTHING] * len(items), events=events)
    m = report.metrics()
    assert m["events.type_accuracy"] == 1 / 5  # the planned CONSULT is PLOVER's AGREE
    assert "events.source_country_accuracy" not in m  # no gold file to read actors from
