"""The event and argument metrics of the wikievents adapter, on hand-made files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sitrep import Extractor, InputDocument
from sitrep.casualties import Casualty
from sitrep.evaluation.detection import DetectionOutcome
from sitrep.evaluation.runner import run_extractor
from sitrep.evaluation.wikievents import (
    GoldArgument,
    WikiEventsItem,
    load_wikievents,
    score_wikievents,
)
from sitrep.model import Count, Evidence, Place


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
    assert first.arguments == ()  # sentences without token offsets: arguments not placed


def test_die_and_injure_metrics(tmp_path: Path) -> None:
    items = load_wikievents(_write(tmp_path))
    outcomes, _ = run_extractor(Extractor(language="en"),
                                [InputDocument(i.text, id=i.id) for i in items])
    report = score_wikievents(items, outcomes)
    rows = {r.name: (r.tally.tp, r.tally.fp, r.tally.fn) for r in report.rows}
    # killed: sentence 0 and 1 ("The commander died": one victim) TP, 2 FP (no Life.Die)
    assert rows["die.killed"] == (2, 1, 0)
    # injured: sentence 0 (TP), 3 (TP)
    assert rows["injure.injured"] == (2, 0, 0)
    m = report.metrics()
    assert m["die.killed.recall"] == 1.0
    assert m["die.killed.precision"] == 2 / 3
    assert m["injure.injured.recall"] == 1.0
    assert m["die.victim.overlap"] == 1.0  # "civilians" in "Five civilians", "commander"
    assert m["injure.victim.overlap"] == 0.0  # "men" vs "3 people"; sentence 3 has no Victim
    ratios = {r.name: (r.numerator, r.denominator) for r in report.ratios}
    assert ratios["die.victim.overlap"] == (2, 2)
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


# -- arguments as spans -------------------------------------------------------------------

SENTENCES = [
    "A drone strike on Odesa killed two dockers and a guard.",
    "Three people were wounded in Izmail.",
    "Shelling hit Kherson overnight.",
    "Markets reopened.",
]


def _tokens(sentences: list[str]) -> tuple[list[list[Any]], list[str]]:
    out: list[list[Any]] = []
    flat: list[str] = []
    offset = 0
    for text in sentences:
        toks = [[m.group(), offset + m.start(), offset + m.end()]
                for m in re.finditer(r"\w+|[^\w\s]", text)]
        out.append([toks, text])
        flat.extend(t[0] for t in toks)
        offset += len(text) + 1
    return out, flat


def _entity(sentences: list[list[Any]], ident: str, index: int, words: str) -> dict[str, Any]:
    before = sum(len(s[0]) for s in sentences[:index])
    toks = [t[0] for t in sentences[index][0]]
    first = words.split()
    start = next(i for i in range(len(toks)) if toks[i:i + len(first)] == first)
    return {"id": ident, "sent_idx": index, "start": before + start,
            "end": before + start + len(first), "text": words}


def _arguments_file(tmp_path: Path) -> Path:
    sentences, flat = _tokens(SENTENCES)
    entities = [_entity(sentences, "T1", 0, "dockers"), _entity(sentences, "T2", 0, "guard"),
                _entity(sentences, "T3", 0, "Odesa"), _entity(sentences, "T4", 1, "people"),
                _entity(sentences, "T5", 1, "Izmail"), _entity(sentences, "T6", 2, "Kherson")]
    events = [
        {"event_type": "Life.Die.Unspecified", "trigger": {"sent_idx": 0, "text": "killed"},
         "arguments": [{"entity_id": "T1", "role": "Victim", "text": "dockers"},
                       {"entity_id": "T2", "role": "Victim", "text": "guard"},
                       {"entity_id": "T3", "role": "Place", "text": "Odesa"}]},
        {"event_type": "Conflict.Attack.Unspecified",
         "trigger": {"sent_idx": 0, "text": "strike"},
         "arguments": [{"entity_id": "T3", "role": "Place", "text": "Odesa"}]},
        {"event_type": "Life.Injure.Unspecified", "trigger": {"sent_idx": 1, "text": "wounded"},
         "arguments": [{"entity_id": "T4", "role": "Victim", "text": "people"},
                       {"entity_id": "T5", "role": "Place", "text": "Izmail"},
                       {"entity_id": "T1", "role": "Victim", "text": "dockers"}]},
        {"event_type": "Conflict.Attack.Unspecified", "trigger": {"sent_idx": 2, "text": "hit"},
         "arguments": [{"entity_id": "T6", "role": "Place", "text": "Kherson"}]},
    ]
    doc = {"doc_id": "a1", "tokens": flat, "sentences": sentences,
           "entity_mentions": entities, "event_mentions": events}
    path = tmp_path / "args.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_arguments_are_read_as_spans_of_their_sentence(tmp_path: Path) -> None:
    items = load_wikievents(_arguments_file(tmp_path))
    first, second = items[0], items[1]
    assert isinstance(first, WikiEventsItem) and isinstance(second, WikiEventsItem)
    assert first.attack and not second.attack
    assert GoldArgument("die", "Victim", "dockers", 35, 42) in first.arguments
    for item in (first, second):
        for a in item.arguments:
            assert item.text[a.start:a.end] == a.text
    # an argument standing in another sentence ("dockers" for sentence 1) is left out
    assert [a.text for a in second.arguments] == ["people", "Izmail"]


def _place(text: str, name: str) -> Place:
    at = text.index(name)
    return Place(name, "struck", name, at, at + len(name))


def test_argument_scores(tmp_path: Path) -> None:
    items = load_wikievents(_arguments_file(tmp_path))
    s0, s1 = SENTENCES[0], SENTENCES[1]
    killed = Count(3, "exact", "two dockers and a guard", s0.index("two"), s0.index("."))
    wounded = Count(3, "exact", "Three people", 0, 12)
    casualties: list[list[Casualty]] = [
        [Casualty(killed, None, None, None, "unknown", None, s0, 0, len(s0),
                  place=_place(s0, "Odesa"))],
        [Casualty(None, wounded, None, None, "unknown", None, s1, 0, len(s1))],
        [], [Casualty(Count(None, "vague", "Markets", 0, 7), None, None, None, "unknown",
                      None, SENTENCES[3], 0, 17, place=_place(SENTENCES[3], "Markets"))]]
    kherson = _place(SENTENCES[2], "Kherson").to_dict()
    outcomes = [DetectionOutcome(), DetectionOutcome(),
                DetectionOutcome(({"places": [kherson]},)), DetectionOutcome()]
    report = score_wikievents(items, outcomes, casualties=casualties)
    rows = {r.name: (r.tally.tp, r.tally.fp, r.tally.fn) for r in report.rows}
    assert rows["die.victim"] == (2, 1, 0)  # one list covers both victims; "Markets" is FP
    assert rows["injure.victim"] == (1, 0, 0)
    assert rows["die.place"] == (1, 1, 0)  # "Odesa"; the place on the FP figure is FP
    assert rows["injure.place"] == (0, 0, 1)  # no place found for Izmail
    assert rows["attack.place"] == (1, 0, 1)  # Kherson found, Odesa not
    assert rows["attack.event"] == (1, 0, 1)
    m = report.metrics()
    assert m["die.victim.precision"] == 2 / 3 and m["die.victim.recall"] == 1.0
    assert m["injure.place.recall"] == 0.0 and m["injure.place.precision"] is None
    assert any(line.startswith("FN injure.place a1#1") for line in report.misses)
