"""The ``wikievents`` adapter: WikiEvents documents scored sentence by sentence.

File: JSON Lines, one document per line with ``doc_id``, ``sentences`` (a list of
``[tokens, sentence text]``) and ``event_mentions`` (``event_type``, ``trigger`` with
``sent_idx`` and ``text``, ``arguments`` with ``text``). Each sentence is read on its own:

- positive: the sentence holds a ``Conflict.Attack.*`` event whose trigger or argument
  text names an aerial weapon (:data:`~sitrep.evaluation.detection.AERIAL_WEAPON`);
- negative: the sentence holds no ``Conflict.Attack`` event — an attack reported there is
  a false positive;
- other sentences (attacks without an aerial weapon: shootings, planted bombs) are not
  judged.

Casualties are scored on the same sentences, apart from attacks (metrics ``die.*`` and
``injure.*``, no floors): a sentence with a ``Life.Die`` event should get a casualty with
``killed``, one with ``Life.Injure`` a casualty with ``injured`` (``die.killed`` and
``injure.injured``: TP = event and figure, FN = event without figure, FP = figure without
event). Every scope counts (each sentence is read on its own, so most are ``unknown``).
``die.victim.overlap`` / ``injure.victim.overlap``: of the sentences holding both an event
with a ``Victim`` argument and the figure, how many have a victim text that contains, or is
contained in, the casualty's ``who`` or the figure's text (case-insensitive).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.casualties import Casualty, finder_for
from sitrep.errors import EvalError

from .detection import (
    DetectionItem,
    DetectionOutcome,
    detection_misses,
    mentions_aerial_weapon,
    tally_detection,
)
from .report import EvalReport, FieldRow, Ratio, Tally
from .sources import read_text

__all__ = ["ATTACK_PREFIX", "DIE_PREFIX", "INJURE_PREFIX", "WikiEventsItem", "load_wikievents",
           "score_wikievents"]

ATTACK_PREFIX = "Conflict.Attack"
DIE_PREFIX = "Life.Die"
INJURE_PREFIX = "Life.Injure"


@dataclass(frozen=True, slots=True)
class WikiEventsItem(DetectionItem):
    """A sentence, with its ``Life.Die``/``Life.Injure`` events and their victims' texts."""

    die: bool = False
    injure: bool = False
    die_victims: tuple[str, ...] = ()
    injure_victims: tuple[str, ...] = ()


def _sentence_text(sentence: Any) -> str | None:
    if isinstance(sentence, list) and len(sentence) == 2 and isinstance(sentence[1], str):
        return sentence[1]
    return None


def _document_items(doc: dict[str, Any], where: str) -> list[DetectionItem]:
    doc_id = str(doc.get("doc_id", "?"))
    sentences = doc.get("sentences")
    mentions = doc.get("event_mentions")
    if not isinstance(sentences, list) or not isinstance(mentions, list):
        raise EvalError(f"{where}: a WikiEvents document needs 'sentences' and "
                        "'event_mentions' lists")
    attack_in: set[int] = set()
    aerial_in: set[int] = set()
    life: dict[str, dict[int, list[str]]] = {DIE_PREFIX: {}, INJURE_PREFIX: {}}
    for mention in mentions:
        try:
            kind = str(mention["event_type"])
            trigger = mention["trigger"]
            index = int(trigger["sent_idx"])
            words = [str(trigger.get("text", ""))]
            words += [str(a.get("text", "")) for a in mention.get("arguments", [])]
            victims = [" ".join(str(a.get("text", "")).split())
                       for a in mention.get("arguments", []) if a.get("role") == "Victim"]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EvalError(f"{where}: an event mention of {doc_id} lacks event_type or "
                            "trigger.sent_idx") from exc
        for prefix, events in life.items():
            if kind.startswith(prefix):
                events.setdefault(index, []).extend(v for v in victims if v)
        if not kind.startswith(ATTACK_PREFIX):
            continue
        attack_in.add(index)
        if mentions_aerial_weapon(" ; ".join(words)):
            aerial_in.add(index)
    items: list[DetectionItem] = []
    for index, sentence in enumerate(sentences):
        text = _sentence_text(sentence)
        if text is None:
            raise EvalError(f"{where}: sentence {index} of {doc_id} is not [tokens, text]")
        if not text.strip():
            continue
        expected: bool | None
        group: str
        if index in aerial_in:
            expected, group = True, "aerial attack"
        elif index in attack_in:
            expected, group = None, "other attack"
        else:
            expected, group = False, "no attack"
        die, injure = life[DIE_PREFIX], life[INJURE_PREFIX]
        items.append(WikiEventsItem(id=f"{doc_id}#{index}", text=text, expected=expected,
                                    group=group, die=index in die, injure=index in injure,
                                    die_victims=tuple(die.get(index, ())),
                                    injure_victims=tuple(injure.get(index, ()))))
    return items


def load_wikievents(path: Path) -> list[DetectionItem]:
    """Read the documents into one item per sentence. Raises :class:`EvalError`."""
    items: list[DetectionItem] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(doc, dict):
            raise EvalError(f"{where}: a WikiEvents line is a JSON object")
        items.extend(_document_items(doc, where))
    if not items:
        raise EvalError(f"{path}: no sentences in the file")
    return items


def _overlaps(victims: Sequence[str], texts: Sequence[str]) -> bool:
    return any(v.lower() in t.lower() or t.lower() in v.lower()
               for v in victims for t in texts if v and t)


def _short(item: DetectionItem, width: int = 160) -> str:
    text = " ".join(item.text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _score_life(items: Sequence[DetectionItem], found: Sequence[Sequence[Casualty]],
                name: str, figure: str) -> tuple[FieldRow, Ratio, list[str]]:
    """The ``<name>.<figure>`` row, the ``<name>.victim.overlap`` ratio and the misses."""
    tp = fp = fn = both = overlap = 0
    misses: list[str] = []
    for item, casualties in zip(items, found, strict=True):
        gold = isinstance(item, WikiEventsItem) and getattr(item, name)
        victims: tuple[str, ...] = (getattr(item, f"{name}_victims")
                                    if isinstance(item, WikiEventsItem) else ())
        with_figure = [c for c in casualties if getattr(c, figure) is not None]
        if gold and with_figure:
            tp += 1
        elif gold:
            fn += 1
            misses.append(f"FN {name}.{figure} {item.id}: {_short(item)}")
        elif with_figure:
            fp += 1
            misses.append(f"FP {name}.{figure} {item.id}: {_short(item)}")
        if gold and victims and with_figure:
            both += 1
            texts = [t for c in with_figure
                     for t in (c.who.text if c.who else "", getattr(c, figure).text)]
            overlap += _overlaps(victims, texts)
    note = (f"sentences with both a Victim and a figure ('{figure}') where the two overlap "
            f"(matched: {overlap}, not matched: {both - overlap})")
    return (FieldRow(f"{name}.{figure}", Tally(tp, fp, fn)),
            Ratio(f"{name}.victim.overlap", overlap, both, note), misses)


def _casualties_of(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome]
                   ) -> list[list[Casualty]]:
    """What the ``sitrep_casualties`` step finds in each sentence (none for a refused one).

    The outcomes carry only attacks, so the step's finder is run here on the same text; the
    attack link (``attack_id``) does not change which figures are found.
    """
    finder = finder_for("en")
    return [[] if o.error is not None else finder.find(i.text, None)
            for i, o in zip(items, outcomes, strict=True)]


def score_wikievents(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome], *,
                     source: str = "", errors: Sequence[str] = (),
                     casualties: Sequence[Sequence[Casualty]] | None = None) -> EvalReport:
    """Score detection and, by ``casualties`` (per item; found here when not given), deaths
    and injuries."""
    if casualties is None:
        casualties = _casualties_of(items, outcomes)
    tally = tally_detection(items, outcomes)
    t = tally.tally
    other = [(i, o) for i, o in zip(items, outcomes, strict=True) if i.expected is None]
    ratios = [
        Ratio("no_attack_sentence.no_attack", tally.true_negatives,
              tally.true_negatives + t.fp,
              f"sentences without an attack event that got none (false positives: {t.fp})"),
    ]
    notes = [f"{len(items)} sentences: {t.tp + t.fn} with an aerial attack event, "
             f"{tally.true_negatives + t.fp} without an attack event, {len(other)} with "
             f"another attack event (not judged; {sum(o.found for _, o in other)} got an "
             "attack)"]
    rows = [tally.row()]
    misses = detection_misses(items, tally)
    for name, figure in (("die", "killed"), ("injure", "injured")):
        row, overlap, life_misses = _score_life(items, casualties, name, figure)
        rows.append(row)
        ratios.append(overlap)
        misses.extend(life_misses)
    return EvalReport(name="wikievents", format="wikievents", source=source,
                      documents=len(items), unit="sentences", rows=rows,
                      ratios=ratios, errors=list(errors), notes=notes, misses=misses)
