"""The ``plover`` adapter: PLOVER gold-standard records (one sentence each).

File: a JSON list of records with ``text`` and ``event`` (a PLOVER event type); records
without text (the ``DOCUMENT`` header) are skipped. Two questions:

- false positives: a record whose event is not violent (anything but ASSAULT, FIGHT and
  COERCE: agreements, demands, protests, sanctions...) must yield no attack — even when it
  talks about missiles ("talks on limiting nuclear missiles");
- recall: a violent record whose text names an aerial weapon
  (:data:`~sitrep.evaluation.detection.AERIAL_WEAPON`) should yield an attack.

Violent records without an aerial weapon are not judged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

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

__all__ = ["VIOLENT_EVENTS", "load_plover", "score_plover"]

VIOLENT_EVENTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})


def load_plover(path: Path) -> list[DetectionItem]:
    """Read the records. Raises :class:`EvalError` if the file is not a list of records."""
    try:
        records = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(records, list):
        raise EvalError(f"{path}: a PLOVER file is a JSON list of records")
    items: list[DetectionItem] = []
    for index, record in enumerate(records):
        if not isinstance(record, dict) or not isinstance(record.get("event"), str):
            raise EvalError(f"{path}: record {index} has no 'event' type")
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        event = record["event"]
        violent = event in VIOLENT_EVENTS
        expected: bool | None
        if not violent:
            expected = False
        elif mentions_aerial_weapon(text):
            expected = True
        else:
            expected = None
        items.append(DetectionItem(id=str(record.get("id", index)), text=text,
                                   expected=expected, group=event))
    if not items:
        raise EvalError(f"{path}: no records with text")
    return items


def score_plover(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome], *,
                 source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    tally = tally_detection(items, outcomes)
    t = tally.tally
    unjudged = sum(1 for i in items if i.expected is None)
    unjudged_found = sum(1 for i, o in zip(items, outcomes, strict=True)
                         if i.expected is None and o.found)
    ratios = [
        Ratio("nonviolent.no_attack", tally.true_negatives, tally.true_negatives + t.fp,
              f"non-violent records with no attack (false positives: {t.fp})"),
        Ratio("aerial_violent.found", t.tp, t.tp + t.fn,
              "violent records naming an aerial weapon that got an attack"),
    ]
    notes = [f"violent events: {', '.join(sorted(VIOLENT_EVENTS))}; {unjudged} violent "
             f"records without an aerial weapon are not judged ({unjudged_found} got an "
             "attack)"]
    if tally.fp_groups:
        notes.append("false positives by event: " + ", ".join(
            f"{g} {n}" for g, n in tally.fp_groups.most_common()))
    return EvalReport(name="plover", format="plover", source=source, documents=len(items),
                      unit="records", rows=[tally.row()], ratios=ratios,
                      errors=list(errors), notes=notes,
                      misses=detection_misses(items, tally))
