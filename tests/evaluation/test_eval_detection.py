"""Detection sets: the aerial-weapon test, the tallies, and the three adapters on tiny files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_builders import attack, weapon

from sitrep.errors import EvalError
from sitrep.evaluation.case2021 import load_case2021, score_case2021
from sitrep.evaluation.detection import (
    DetectionItem,
    DetectionOutcome,
    mentions_aerial_weapon,
    tally_detection,
)
from sitrep.evaluation.plover import load_plover, score_plover
from sitrep.evaluation.wikievents import load_wikievents, score_wikievents

FOUND = DetectionOutcome((attack("RU", "UA", weapon("drone", launched=5)),))
FOUND_NO_FIGURE = DetectionOutcome((attack("RU", "UA", weapon("drone")),))
NOTHING = DetectionOutcome()


@pytest.mark.parametrize(("text", "aerial"), [
    ("Warplanes pounded the village.", True),
    ("An airstrike hit the clinic.", True),
    ("Four rockets slammed into the town.", True),
    ("Russian drones attacked the port.", True),
    ("Helicopters shelled positions near the border.", True),
    ("Guided bombs fell on the city.", True),
    ("A roadside bomb killed two soldiers.", False),
    ("A suicide bomber blew himself up.", False),
    ("The IRA bombing of the city centre.", False),
    ("Police opened fire on demonstrators.", False),
])
def test_aerial_weapon(text: str, aerial: bool) -> None:
    assert mentions_aerial_weapon(text) is aerial


def test_tally_skips_unjudged_items_and_keeps_ids() -> None:
    items = [DetectionItem("1", "a", True, "AIR_STRIKE"), DetectionItem("2", "b", True, "AIR"),
             DetectionItem("3", "c", False, "DIPLO"), DetectionItem("4", "d", False, "DIPLO"),
             DetectionItem("5", "e", None, "OTHER")]
    t = tally_detection(items, [FOUND, NOTHING, FOUND, NOTHING, FOUND])
    assert (t.tally.tp, t.tally.fp, t.tally.fn, t.true_negatives) == (1, 1, 1, 1)
    assert t.false_positive_ids == ["3"]
    assert t.false_negative_ids == ["2"]
    assert t.by_group == {"AIR_STRIKE": (1, 1), "AIR": (0, 1)}


def test_case2021(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tJets struck a depot, killing 4.\tAIR_STRIKE\n"
                    "2\tThree rockets hit a town.\tART_MISS_ATTACK\n"
                    "3\tThe minister met his counterpart.\tDIPLO\n"
                    "4\tProtesters marched downtown.\tPEACE_PROTEST\n", encoding="utf-8")
    items = load_case2021(path)
    assert [i.expected for i in items] == [True, True, False, False]
    report = score_case2021(items, [FOUND, FOUND_NO_FIGURE, FOUND, NOTHING])
    m = report.metrics()
    assert m["detection.precision"] == pytest.approx(2 / 3)
    assert m["detection.recall"] == 1.0
    assert m["recall.AIR_STRIKE"] == 1.0
    assert m["attacks.with_figure"] == pytest.approx(2 / 3)
    assert m["negatives.no_attack"] == 0.5
    assert report.misses == ["FP 3 [DIPLO]: The minister met his counterpart."]


@pytest.mark.parametrize(("content", "message"), [
    ("id\ttext\tlabel\n1\tx\tAIR_STRIKE\n", "not a CASE-2021 file"),
    ("id\tEventSnippet\tSubType\n1\tx\n", "line 2: expected 3 tab-separated columns"),
    ("id\tEventSnippet\tSubType\n", "no snippets"),
])
def test_case2021_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "case.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_case2021(path)


def test_plover(tmp_path: Path) -> None:
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {"id": "a", "event": "AGREE", "text": "Two ministers agreed to limit missiles."},
        {"id": "b", "event": "ASSAULT", "text": "Warplanes bombed a market."},
        {"id": "c", "event": "ASSAULT", "text": "Gunmen attacked a convoy."},
        {"id": "d", "event": "DEMAND", "text": "The envoy demanded talks."},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    items = load_plover(path)
    assert [(i.id, i.expected) for i in items] == [("a", False), ("b", True), ("c", None),
                                                   ("d", False)]
    report = score_plover(items, [FOUND, FOUND, FOUND, NOTHING])
    m = report.metrics()
    assert m["nonviolent.no_attack"] == 0.5
    assert m["aerial_violent.found"] == 1.0
    assert m["detection.precision"] == 0.5
    assert "1 got an attack" in report.notes[0]


def test_plover_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps({"text": "x"}), encoding="utf-8")
    with pytest.raises(EvalError, match="JSON list of records"):
        load_plover(path)
    path.write_text(json.dumps([{"text": "x"}]), encoding="utf-8")
    with pytest.raises(EvalError, match="record 0 has no 'event'"):
        load_plover(path)


def test_wikievents(tmp_path: Path) -> None:
    doc = {
        "doc_id": "w1",
        "sentences": [[[], "Drones attacked the base."], [[], "A gunman opened fire."],
                      [[], "The weather was mild."]],
        "event_mentions": [
            {"event_type": "Conflict.Attack.Unspecified",
             "trigger": {"sent_idx": 0, "text": "attacked"},
             "arguments": [{"role": "Instrument", "text": "Drones"}]},
            {"event_type": "Conflict.Attack.Unspecified",
             "trigger": {"sent_idx": 1, "text": "opened fire"}, "arguments": []},
            {"event_type": "Life.Die.Unspecified",
             "trigger": {"sent_idx": 2, "text": "mild"}, "arguments": []},
        ],
    }
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    items = load_wikievents(path)
    assert [(i.id, i.expected) for i in items] == [("w1#0", True), ("w1#1", None),
                                                   ("w1#2", False)]
    report = score_wikievents(items, [NOTHING, FOUND, FOUND])
    m = report.metrics()
    assert m["detection.recall"] == 0.0
    assert m["no_attack_sentence.no_attack"] == 0.0
    assert report.unit == "sentences"


def test_wikievents_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({"doc_id": "w", "sentences": []}) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match="needs 'sentences' and 'event_mentions'"):
        load_wikievents(path)
    path.write_text(json.dumps({"doc_id": "w", "sentences": [], "event_mentions": [
        {"event_type": "Conflict.Attack.Unspecified", "trigger": {}}]}) + "\n",
        encoding="utf-8")
    with pytest.raises(EvalError, match=r"lacks event_type or trigger\.sent_idx"):
        load_wikievents(path)
