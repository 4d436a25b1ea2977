"""The ``sitrep-quotes`` gold format: loading, refusing bad records, scoring (no extractor)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import EvalError
from sitrep.evaluation.formats import detect_format, gold_name
from sitrep.evaluation.quotes_gold import load_quotes_gold, same_speaker, score_quotes

TEXT = "«Так», — сказав Петренко. «Так», — сказала Іваненко по радіо."


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "quotes.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _quote(text: str, start: int, kind: str, speaker: dict[str, Any] | None,
           channel: tuple[int, int] | None = None) -> dict[str, Any]:
    return {"text": text, "start_char": start, "end_char": start + len(text), "kind": kind,
            "speaker": speaker, "channel": None if channel is None else {
                "text": TEXT[channel[0]:channel[1]], "start_char": channel[0],
                "end_char": channel[1]}}


def _speaker(name: str, actor_id: str | None = None) -> dict[str, Any]:
    return {"name": name, "text": name, "start_char": 0, "end_char": 0, "actor_id": actor_id}


def test_a_second_occurrence_and_every_measure(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "a", "text": TEXT, "quotes": [
            {"text": "Так", "kind": "direct", "speaker": "petro-petrenko"},
            {"text": "Так", "occurrence": 2, "kind": "direct", "speaker": "Іваненко",
             "channel": "по радіо"}]},
        {"id": "b", "text": "Дощ.", "quotes": []},
        {"id": "c", "text": "Сніг.", "quotes": []}])
    assert detect_format(path) == "sitrep-quotes"
    assert gold_name(path, "sitrep-quotes") == "quotes"
    gold = load_quotes_gold(path)
    second = TEXT.index("Так", 2)
    assert gold[0].quotes[1].start == second
    radio = TEXT.index("по радіо")
    predicted = [
        [_quote("Так", 1, "direct", _speaker("Petro Petrenko", "petro-petrenko")),
         _quote("Так", second, "indirect", _speaker("Іваненко"), (radio, radio + 8)),
         _quote("сказав", TEXT.index("сказав"), "indirect", None)],
        [],
        [_quote("Сніг", 0, "indirect", None)]]
    m = score_quotes(gold, predicted, name="quotes").metrics()
    assert m["quotes.content.precision"] == 2 / 4  # "сказав" and "Сніг" are extra
    assert m["quotes.content.recall"] == 1.0
    assert m["quotes.quote.recall"] == 1.0
    assert m["quotes.speaker_accuracy"] == 1.0
    assert m["quotes.kind_accuracy"] == 1 / 2
    assert m["quotes.channel_accuracy"] == 1.0
    assert m["quotes.no_quote_accuracy"] == 1 / 2


def test_a_wrong_speaker_costs_the_quote_not_the_content(tmp_path: Path) -> None:
    gold = load_quotes_gold(_write(tmp_path, [{"id": "a", "text": TEXT, "quotes": [
        {"text": "Так", "kind": "direct", "speaker": None}]}]))
    m = score_quotes(gold, [[_quote("Так", 1, "direct", _speaker("Петренко"))]],
                     name="quotes").metrics()
    assert m["quotes.content.f1"] == 1.0
    assert m["quotes.quote.precision"] == 0.0 and m["quotes.quote.recall"] == 0.0
    assert m["quotes.speaker_accuracy"] == 0.0


@pytest.mark.parametrize(("speaker", "gold", "same"), [
    (None, None, True),
    (None, "kremlin", False),
    (_speaker("Kremlin", "kremlin"), "kremlin", True),
    (_speaker("речник ДСНС"), "Речник ДСНС", True),  # the words, in any case
    (_speaker("Петренко"), "Петро Петренко", False),  # a surname is not the full name
])
def test_same_speaker(speaker: dict[str, Any] | None, gold: str | None, same: bool) -> None:
    assert same_speaker(speaker, gold) is same


@pytest.mark.parametrize("quote", [
    {"text": "Ні", "kind": "direct", "speaker": None},  # not in the text
    {"text": "Так", "kind": "reported", "speaker": None},
    {"text": "Так", "kind": "direct"},  # a speaker must be given, null or not
    {"text": "Так", "kind": "direct", "speaker": 3},
    {"text": "Так", "kind": "direct", "speaker": None, "channel": "по телебаченню"},
    {"text": "Так", "kind": "direct", "speaker": None, "occurrence": 0},
    {"text": "Так", "kind": "direct", "speaker": None, "who": "x"},
])
def test_a_bad_quote_is_refused(tmp_path: Path, quote: dict[str, object]) -> None:
    with pytest.raises(EvalError, match=r"quotes\.jsonl:1"):
        load_quotes_gold(_write(tmp_path, [{"id": "x", "text": TEXT, "quotes": [quote]}]))


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no records"):
        load_quotes_gold(_write(tmp_path, []))
