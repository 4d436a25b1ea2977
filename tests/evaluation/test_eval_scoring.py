"""Scoring native gold against predicted ``sitrep/1`` attacks, with hand-made dicts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from eval_builders import attack, night_gold, weapon

from sitrep.evaluation.facts import AttackFacts, facts_from_prediction
from sitrep.evaluation.gold import GoldDocument, parse_gold_line
from sitrep.evaluation.scoring import match_attacks, score_document, score_documents


def gold_doc(obj: dict[str, Any]) -> GoldDocument:
    return parse_gold_line(json.dumps(obj))


@pytest.fixture(name="night_gold")
def night_gold_fixture() -> dict[str, Any]:
    return night_gold()


def metrics_for(gold: list[GoldDocument], predicted: list[list[dict[str, Any]]]
                ) -> dict[str, float | None]:
    return score_documents(gold, predicted).metrics()


def perfect_prediction() -> dict[str, Any]:
    return attack("RU", "UA", weapon("drone", launched=230, destroyed=205),
                  weapon("missile", launched=12, hit=3), kind="overnight",
                  totals={"launched": 242}, hit_locations=7)


def test_perfect_prediction_scores_one_everywhere(night_gold: dict[str, Any]) -> None:
    report = score_documents([gold_doc(night_gold)], [[perfect_prediction()]])
    m = report.metrics()
    for name in ("attack", "counts", "weapons.launched", "weapons.destroyed", "weapons.hit",
                 "totals.launched", "hit_locations", "attacker", "target", "category",
                 "period_kind"):
        assert m[f"{name}.precision"] == 1.0, name
        assert m[f"{name}.recall"] == 1.0, name
        assert m[f"{name}.exact"] == 1.0, name
    assert m["document.exact_match"] == 1.0
    assert report.misses == []


def test_fields_without_any_figure_are_not_measured(night_gold: dict[str, Any]) -> None:
    m = metrics_for([gold_doc(night_gold)], [[perfect_prediction()]])
    assert m["weapons.pending.precision"] is None
    assert m["weapons.pending.recall"] is None
    assert m["weapons.pending.exact"] == 1.0  # nothing expected, nothing given


def test_wrong_value_is_one_false_positive_and_one_false_negative(
        night_gold: dict[str, Any]) -> None:
    pred = perfect_prediction()
    pred["weapons"][0]["destroyed"]["value"] = 250
    report = score_documents([gold_doc(night_gold)], [[pred]])
    row = {r.name: r for r in report.rows}["weapons.destroyed"]
    assert (row.tally.tp, row.tally.fp, row.tally.fn) == (0, 1, 1)
    assert row.exact == 0.0
    counts = {r.name: r for r in report.rows}["counts"].tally
    assert (counts.tp, counts.fp, counts.fn) == (5, 1, 1)
    assert report.metrics()["document.exact_match"] == 0.0
    assert "expected drone/-=205" in report.misses[0]
    assert "got drone/-=250" in report.misses[0]


def test_figure_under_the_wrong_category_does_not_count(night_gold: dict[str, Any]) -> None:
    pred = perfect_prediction()
    pred["weapons"][1]["category"] = "cruise_missile"
    m = metrics_for([gold_doc(night_gold)], [[pred]])
    assert m["weapons.launched.precision"] == 0.5
    assert m["weapons.hit.recall"] == 0.0


def test_total_is_not_a_per_type_figure(night_gold: dict[str, Any]) -> None:
    pred = perfect_prediction()
    pred["totals"]["launched"] = None
    pred["weapons"].append(weapon("missile", "Kh-101", launched=242))
    m = metrics_for([gold_doc(night_gold)], [[pred]])
    assert m["totals.launched.recall"] == 0.0
    assert m["weapons.launched.precision"] == pytest.approx(2 / 3)
    assert m["model.precision"] == 0.0


def test_vague_gold_matches_vague_prediction_only() -> None:
    gold = gold_doc({"id": "v", "text": "Russia launched dozens of drones.", "attacks": [
        {"attacker": "RU", "target": "UA",
         "weapons": [{"category": "drone", "model": None, "launched": None}]}]})
    vague = attack("RU", "UA", weapon("drone", launched=None))
    numbered = attack("RU", "UA", weapon("drone", launched=24))
    assert metrics_for([gold], [[vague]])["weapons.launched.f1"] == 1.0
    assert metrics_for([gold], [[numbered]])["weapons.launched.f1"] == 0.0


def test_role_left_out_in_gold_is_no_figure(night_gold: dict[str, Any]) -> None:
    pred = perfect_prediction()
    pred["weapons"][0]["pending"] = {"value": 4, "qualifier": "exact", "text": "4",
                                     "start_char": 0, "end_char": 1}
    m = metrics_for([gold_doc(night_gold)], [[pred]])
    assert m["weapons.pending.precision"] == 0.0
    assert m["weapons.pending.recall"] is None


def test_unmatched_attacks_are_false_positive_and_false_negative() -> None:
    gold = gold_doc({"id": "d", "text": "t", "attacks": [
        {"attacker": "RU", "target": "UA",
         "weapons": [{"category": "drone", "model": None, "launched": 40}]}]})
    stray = attack("IR", "IL", weapon("missile", launched=3))
    report = score_documents([gold], [[stray]])
    attack_row = report.rows[0]
    assert attack_row.name == "attack"
    assert (attack_row.tally.tp, attack_row.tally.fp, attack_row.tally.fn) == (0, 1, 1)
    m = report.metrics()
    assert m["attacker.precision"] == 0.0
    assert m["weapons.launched.recall"] == 0.0


def test_wrong_direction_still_matches_on_shared_figures() -> None:
    gold = gold_doc({"id": "d", "text": "t", "attacks": [
        {"attacker": "UA", "target": "RU",
         "weapons": [{"category": "drone", "model": None, "destroyed": 41}]}]})
    pred = attack("RU", "UA", weapon("drone", destroyed=41))
    m = metrics_for([gold], [[pred]])
    assert m["attack.f1"] == 1.0
    assert m["weapons.destroyed.f1"] == 1.0
    assert m["attacker.f1"] == 0.0


def test_matching_prefers_direction_then_overlap() -> None:
    night = AttackFacts("RU", "UA", "overnight", {("drone", None): {"launched": 230}})
    month = AttackFacts("RU", "UA", "month_named", {("drone", None): {"launched": 6297}})
    back = AttackFacts("UA", "RU", None, {("drone", None): {"destroyed": 41}})
    predicted = [
        facts_from_prediction(attack("UA", "RU", weapon("drone", destroyed=41))),
        facts_from_prediction(attack("RU", "UA", weapon("drone", launched=6297),
                                     kind="last_month")),
        facts_from_prediction(attack("RU", "UA", weapon("drone", launched=230),
                                     kind="overnight")),
    ]
    assert match_attacks([night, month, back], predicted) == [(0, 2), (1, 1), (2, 0)]


def test_period_kind_counts_only_where_gold_gives_it() -> None:
    gold = gold_doc({"id": "d", "text": "t", "attacks": [
        {"attacker": "RU", "target": "UA",
         "weapons": [{"category": "drone", "model": None, "launched": 40}]}]})
    pred = attack("RU", "UA", weapon("drone", launched=40), kind="weekday")
    m = metrics_for([gold], [[pred]])
    assert m["period_kind.precision"] is None
    assert m["document.exact_match"] == 1.0


def test_monthly_total_needs_its_own_attack() -> None:
    gold = gold_doc({"id": "d", "text": "t", "attacks": [
        {"attacker": "RU", "target": "UA", "period_kind": "overnight",
         "weapons": [{"category": "drone", "model": None, "launched": 66}]},
        {"attacker": "RU", "target": "UA", "period_kind": "month_named",
         "weapons": [{"category": "drone", "model": None, "launched": 6297}]}]})
    merged = attack("RU", "UA", weapon("drone", launched=66), kind="overnight")
    merged["weapons"].append(weapon("drone", launched=6297))  # the same slot, twice
    report = score_documents([gold], [[merged]])
    m = report.metrics()
    assert m["attack.recall"] == 0.5
    assert m["weapons.launched.precision"] == 0.5  # the repeated slot is not lost
    assert m["period_kind.recall"] == 0.5


def test_no_attack_accuracy_and_exact_match() -> None:
    negative = gold_doc({"id": "n", "text": "SpaceX launched a rocket.", "attacks": []})
    report = score_documents([negative, negative], [[], [attack("US", None)]])
    m = report.metrics()
    assert m["no_attack.accuracy"] == 0.5
    assert m["document.exact_match"] == 0.5
    assert m["attack_document.found"] is None
    ratio = {r.name: r for r in report.ratios}["no_attack.accuracy"]
    assert (ratio.numerator, ratio.denominator) == (1, 2)


def test_score_document_reports_problems() -> None:
    gold = [AttackFacts("RU", "UA", None, {("drone", None): {"hit": 9}})]
    score = score_document("d", gold, [])
    assert not score.exact
    assert any("attacks: gold 1, predicted 0" in p for p in score.problems)


def test_prediction_count_mismatch_is_a_programming_error() -> None:
    gold = gold_doc({"id": "n", "text": "t", "attacks": []})
    with pytest.raises(ValueError):
        score_documents([gold], [])
