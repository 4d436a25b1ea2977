"""Guessing the gold format from a file's contents and name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.evaluation.formats import detect_format, gold_name


@pytest.mark.parametrize(("name", "content", "fmt"), [
    ("any.tsv", "id\tEventSnippet\tSubType\n1\tx\tDIPLO\n", "case2021"),
    ("any.jsonl", json.dumps({"doc_id": "d", "sentences": [], "event_mentions": []}),
     "wikievents"),
    ("any.jsonl", json.dumps({"id": "d", "text": "t", "attacks": []}), "sitrep"),
    ("any.json", json.dumps([{"id": "x", "event": "AGREE", "text": "t"}]), "plover"),
    ("plover_records.txt", "???", "plover"),
    ("notes.jsonl", "not json", "sitrep"),
])
def test_detect_format(tmp_path: Path, name: str, content: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == fmt


def test_unknown_format_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(EvalError, match="cannot tell the gold format"):
        detect_format(path)
    with pytest.raises(EvalError, match="no such file"):
        detect_format(tmp_path / "absent.jsonl")


def test_gold_name() -> None:
    assert gold_name(Path("eval/gold/en_attacks.jsonl"), "sitrep") == "en_attacks"
    assert gold_name(Path("x/test_set.tsv"), "case2021") == "case2021"
