"""The runner wires loading, extraction and scoring; a stub stands in for the extractor."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from eval_builders import night_gold

from sitrep.api import InputDocument
from sitrep.errors import EvalError, InputError
from sitrep.evaluation.runner import evaluate
from sitrep.model import Attack, Count, DocumentMeta, DocumentResult, Weapon


class StubExtractor:
    """Finds 230 launched drones in every text that says "230", refuses empty-ish ones."""

    def __init__(self) -> None:
        self.seen: list[InputDocument] = []

    def extract_stream(self, items: Iterable[InputDocument]
                       ) -> Iterator[DocumentResult | InputError]:
        for item in items:
            self.seen.append(item)
            if item.text == "-":
                yield InputError("document text is empty")
                continue
            attacks = []
            if "230" in item.text:
                launched = Count(230, "exact", "230 drones", 0, 10)
                attacks.append(Attack(id="a1", attacker="RU", target="UA",
                                      weapons=[Weapon("drone", launched=launched)]))
            yield DocumentResult(DocumentMeta(id=item.id or "?"), attacks=attacks)


def write_gold(tmp_path: Path, *docs: dict[str, Any]) -> Path:
    path = tmp_path / "mini.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_native_gold_end_to_end(tmp_path: Path) -> None:
    refused = {"id": "r", "text": "-", "attacks": []}
    path = write_gold(tmp_path, night_gold(), refused)
    stub = StubExtractor()
    report = evaluate(path, extractor=stub)  # type: ignore[arg-type]
    assert report.name == "mini"
    assert report.format == "sitrep"
    assert [d.published for d in stub.seen] == ["2025-09-03T10:30", None]
    assert report.errors == ["r: E100: document text is empty"]
    m = report.metrics()
    assert m["weapons.launched.precision"] == 1.0
    assert m["weapons.launched.recall"] == 0.5
    assert m["no_attack.accuracy"] == 1.0


def test_limit_scores_the_first_items(tmp_path: Path) -> None:
    second = dict(night_gold(), id="g2")
    path = write_gold(tmp_path, night_gold(), second)
    report = evaluate(path, fmt="sitrep", limit=1, extractor=StubExtractor())  # type: ignore[arg-type]
    assert report.documents == 1
    assert "--limit 1" in report.notes[-1]


def test_detection_set_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "snippets.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tRussia launched 230 drones.\tAIR_STRIKE\n"
                    "2\tTalks resumed.\tDIPLO\n", encoding="utf-8")
    report = evaluate(path, extractor=StubExtractor())  # type: ignore[arg-type]
    assert report.name == "case2021"
    assert report.metrics()["detection.f1"] == 1.0


def test_unknown_format(tmp_path: Path) -> None:
    path = write_gold(tmp_path, night_gold())
    with pytest.raises(EvalError, match="unknown gold format 'acled'"):
        evaluate(path, fmt="acled", extractor=StubExtractor())  # type: ignore[arg-type]
