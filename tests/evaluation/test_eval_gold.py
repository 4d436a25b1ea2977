"""Loading the native gold format: good lines parse, bad ones fail with one clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from eval_builders import night_gold

from sitrep.errors import EvalError
from sitrep.evaluation.gold import load_sitrep_gold, parse_gold_line


def test_parses_weapons_totals_and_locations() -> None:
    doc = parse_gold_line(json.dumps(night_gold()))
    assert doc.id == "g1"
    assert doc.published == "2025-09-03T10:30"
    (attack,) = doc.attacks
    assert attack.weapons[("drone", None)] == {"launched": 230, "destroyed": 205}
    assert attack.totals == {"launched": 242}
    assert attack.locations == {"hit_locations": 7}
    assert attack.period_kind == "overnight"


def test_null_is_a_figure_and_a_left_out_role_is_none() -> None:
    line = json.dumps({"id": "v", "text": "dozens of drones", "attacks": [
        {"attacker": "RU", "target": "UA",
         "weapons": [{"category": "drone", "launched": None}]}]})
    (attack,) = parse_gold_line(line).attacks
    assert attack.weapons[("drone", None)] == {"launched": None}
    assert attack.facts()["weapons.launched"] == {("drone", None, None): 1}
    assert not attack.facts()["weapons.destroyed"]


def _with_attack(**changes: Any) -> str:
    doc = night_gold()
    doc["attacks"][0].update(changes)
    return json.dumps(doc)


def _with_weapon(**changes: Any) -> str:
    doc = night_gold()
    doc["attacks"][0]["weapons"][0].update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    (json.dumps({"id": "x", "text": "t"}), "'attacks' must be a list"),
    (json.dumps({"id": "", "text": "t", "attacks": []}), "'id' must be a non-empty string"),
    (json.dumps({"id": "x", "text": "  ", "attacks": []}), "'text' must be"),
    (json.dumps({"id": "x", "text": "t", "attacks": [], "lang": "en"}), "unknown key(s)"),
    (_with_attack(weapon=[]), "unknown key(s) in attacks[0]: weapon"),
    (_with_attack(totals={"fired": 3}), "unknown key(s) in attacks[0].totals: fired"),
    (_with_attack(weapons={}), "weapons must be a list"),
    (_with_attack(hit_locations="seven"), "hit_locations must be a non-negative integer"),
    (_with_attack(attacker=""), "attacker must be a non-empty string or null"),
    (_with_weapon(category="drones"), "category 'drones' is not one of"),
    (_with_weapon(model="Shahed-999"), "model 'Shahed-999' is not a model id"),
    (_with_weapon(launched=-1), "launched must be a non-negative integer"),
    (_with_weapon(launched=True), "launched must be a non-negative integer"),
    (_with_weapon(launched=2.5), "launched must be a non-negative integer"),
    (_with_weapon(shotdown=3), "unknown key(s) in attacks[0].weapons[0]: shotdown"),
    (_with_weapon(category="missile"), "repeats category 'missile'"),
])
def test_bad_lines_are_refused(line: str, message: str) -> None:
    with pytest.raises(EvalError) as info:
        parse_gold_line(line, source="gold.jsonl", number=3)
    assert info.value.message.startswith("gold.jsonl, line 3: ")
    assert message in info.value.message
    assert "\n" not in str(info.value)


def test_file_with_repeated_ids_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    line = json.dumps(night_gold())
    path.write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(EvalError, match="line 3: id 'g1' was already used on line 1"):
        load_sitrep_gold(path)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "no gold documents"),
    (b"\n\n", "no gold documents"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
])
def test_unreadable_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(content)
    with pytest.raises(EvalError, match=message):
        load_sitrep_gold(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no such file"):
        load_sitrep_gold(tmp_path / "absent.jsonl")
    with pytest.raises(EvalError, match="is a directory"):
        load_sitrep_gold(tmp_path)
