"""The ``die.*`` and ``injure.*`` metrics of the wikievents adapter, on a hand-made file."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.casualties import Casualty
from sitrep.evaluation.detection import DetectionOutcome
from sitrep.evaluation.wikievents import WikiEventsItem, load_wikievents, score_wikievents
from sitrep.model import Count, Evidence


def _life(kind: str, index: int, *victims: str) -> dict[str, object]:
    return {"event_type": f"Life.{kind}.Unspecified",
            "trigger": {"sent_idx": index, "text": "x"},
            "arguments": [{"role": "Victim", "text": v} for v in victims]
            + [{"role": "Place", "text": "Kyiv"}]}


def _write(tmp_path: Path) -> Path:
    doc = {
        "doc_id": "w1",
        "sentences": [[[], "Five civilians were killed and 3 people injured."],
                      [[], "The commander died."],
                      [[], "Two soldiers were killed."],
                      [[], "Four people were wounded."],
                      [[], "Nothing happened."]],
        "event_mentions": [_life("Die", 0, "civilians"), _life("Injure", 0, "men"),
                           _life("Die", 1, "commander"), _life("Injure", 3)],
    }
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_load_keeps_life_events(tmp_path: Path) -> None:
    items = load_wikievents(_write(tmp_path))
    assert all(isinstance(i, WikiEventsItem) for i in items)
    first = items[0]
    assert isinstance(first, WikiEventsItem)
    assert (first.die, first.injure, first.die_victims, first.injure_victims) == (
        True, True, ("civilians",), ("men",))
    assert [(i.die, i.injure) for i in items if isinstance(i, WikiEventsItem)] == [
        (True, True), (True, False), (False, False), (False, True), (False, False)]


def test_die_and_injure_metrics(tmp_path: Path) -> None:
    items = load_wikievents(_write(tmp_path))
    report = score_wikievents(items, [DetectionOutcome()] * len(items))
    rows = {r.name: (r.tally.tp, r.tally.fp, r.tally.fn) for r in report.rows}
    # killed: sentence 0 (TP), 1 (FN: "died" has no figure), 2 (FP: no Life.Die event)
    assert rows["die.killed"] == (1, 1, 1)
    # injured: sentence 0 (TP), 3 (TP)
    assert rows["injure.injured"] == (2, 0, 0)
    m = report.metrics()
    assert m["die.killed.recall"] == 0.5
    assert m["die.killed.precision"] == 0.5
    assert m["injure.injured.recall"] == 1.0
    assert m["die.victim.overlap"] == 1.0  # "civilians" in "Five civilians"
    assert m["injure.victim.overlap"] == 0.0  # "men" vs "3 people"; sentence 3 has no Victim
    ratios = {r.name: (r.numerator, r.denominator) for r in report.ratios}
    assert ratios["die.victim.overlap"] == (1, 1)
    assert ratios["injure.victim.overlap"] == (0, 1)
    assert "detection.recall" in m and "no_attack_sentence.no_attack" in m
    assert any(line.startswith("FP die.killed w1#2") for line in report.misses)


def test_given_casualties_and_who(tmp_path: Path) -> None:
    items = load_wikievents(_write(tmp_path))
    who = Casualty(None, Count(3, "exact", "3", 0, 1), None, Evidence("Men", 2, 5), "unknown",
                   None, "", 0, 0)
    found: list[list[Casualty]] = [[who], [], [], [], []]
    report = score_wikievents(items, [DetectionOutcome()] * len(items), casualties=found)
    rows = {r.name: (r.tally.tp, r.tally.fp, r.tally.fn) for r in report.rows}
    assert rows["die.killed"] == (0, 0, 2)
    assert rows["injure.injured"] == (1, 0, 1)
    assert report.metrics()["injure.victim.overlap"] == 1.0  # "men" in "Men"
    assert report.metrics()["die.victim.overlap"] is None
