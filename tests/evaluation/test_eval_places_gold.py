"""The ``sitrep-places`` gold format: loading, refusing bad records, scoring (no extractor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.evaluation.formats import detect_format
from sitrep.evaluation.places_gold import load_places_gold, score_places

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Shells fell on Tromso and later on Tromso again, near Bergen."


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "places.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _place(text: str, start: int, name: str, country: str | None, role: str
           ) -> dict[str, object]:
    return {"text": text, "start_char": start, "end_char": start + len(text), "name": name,
            "country": country, "role": role}


def test_a_second_occurrence_is_found_and_scored(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "a", "text": TEXT, "places": [
        {"text": "Tromso", "occurrence": 2, "name": "Tromsø", "country": "NO",
         "role": "struck"},
        {"text": "Bergen", "name": "Bergen", "country": "NO", "role": "mentioned"}]}])
    assert detect_format(path) == "sitrep-places"
    gold = load_places_gold(path)
    second = TEXT.index("Tromso", TEXT.index("Tromso") + 1)
    assert gold[0].places[0].start == second
    predicted = [[_place("Tromso", TEXT.index("Tromso"), "Tromsø", "NO", "struck"),
                  _place("Tromso", second, "Tromsø", "NO", "struck"),
                  _place("Bergen", TEXT.index("Bergen"), "Bergen Municipality", "NO",
                         "venue")]]
    m = score_places(gold, predicted, name="places").metrics()
    assert m["places.mentions.precision"] == 2 / 3
    assert m["places.mentions.recall"] == 1.0
    assert m["places.name_accuracy"] == 1.0  # "Bergen Municipality" holds "Bergen"
    assert m["places.country_accuracy"] == 1.0
    assert m["places.role_accuracy"] == 1 / 2


@pytest.mark.parametrize("place", [
    {"text": "Oslo", "name": "Oslo", "country": "NO", "role": "struck"},  # not in the text
    {"text": "Bergen", "name": "Bergen", "country": "NO", "role": "target"},
    {"text": "Bergen", "country": "NO", "role": "struck"},
])
def test_a_bad_place_is_refused(tmp_path: Path, place: dict[str, object]) -> None:
    with pytest.raises(EvalError, match=r"places\.jsonl:1"):
        load_places_gold(_write(tmp_path, [{"id": "x", "text": TEXT, "places": [place]}]))


def test_our_places_gold_loads_with_every_role_and_traps() -> None:
    gold = load_places_gold(ROOT / "eval" / "gold" / "en_places.jsonl")
    assert len(gold) >= 25
    roles = {p.role for g in gold for p in g.places}
    assert roles == {"struck", "interception_area", "launch_site", "venue", "mentioned"}
    assert sum(1 for g in gold if not g.places) >= 2
