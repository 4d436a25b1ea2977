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
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .detection import (
    DetectionItem,
    DetectionOutcome,
    detection_misses,
    mentions_aerial_weapon,
    tally_detection,
)
from .report import EvalReport, Ratio
from .sources import read_text

__all__ = ["ATTACK_PREFIX", "load_wikievents", "score_wikievents"]

ATTACK_PREFIX = "Conflict.Attack"


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
    for mention in mentions:
        try:
            kind = str(mention["event_type"])
            trigger = mention["trigger"]
            index = int(trigger["sent_idx"])
            words = [str(trigger.get("text", ""))]
            words += [str(a.get("text", "")) for a in mention.get("arguments", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise EvalError(f"{where}: an event mention of {doc_id} lacks event_type or "
                            "trigger.sent_idx") from exc
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
        items.append(DetectionItem(id=f"{doc_id}#{index}", text=text, expected=expected,
                                   group=group))
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


def score_wikievents(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome], *,
                     source: str = "", errors: Sequence[str] = ()) -> EvalReport:
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
    return EvalReport(name="wikievents", format="wikievents", source=source,
                      documents=len(items), unit="sentences", rows=[tally.row()],
                      ratios=ratios, errors=list(errors), notes=notes,
                      misses=detection_misses(items, tally))
