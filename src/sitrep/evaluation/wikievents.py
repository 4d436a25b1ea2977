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

Events and their arguments, per event type (``attack``: ``Conflict.Attack.*``, ``die``:
``Life.Die.*``, ``injure``: ``Life.Injure.*``), sentence by sentence:

- ``attack.event``: a sentence with any attack event should get an attack (sitrep reads
  aerial attacks only, so planted bombs and shootings are misses by design);
  ``die.killed`` / ``injure.injured``: a sentence with a ``Life.Die`` (``Life.Injure``)
  event should get a casualty with ``killed`` (``injured``) — TP = event and figure, FN =
  event without figure, FP = figure without event. Every scope counts (each sentence is
  read on its own, so most are ``unknown``).
- arguments ``die.victim``, ``injure.victim``, ``die.place``, ``injure.place``,
  ``attack.place``: the gold argument's character span in its sentence (arguments of other
  sentences are left out) against sitrep's: a victim is the figure's span (``killed`` or
  ``injured``: "five civilians", "a police officer", "Major General Ivan Petrenko"), a
  casualty's place is ``casualty.place``, an attack's places are ``attack.places``. A
  gold argument is found (TP) when a predicted span of the same event type and role
  overlaps it (one list of victims, "two women and a boy", may cover several), else FN; a
  prediction that overlaps no gold argument is FP — also in sentences without the event.
- ``die.victim.overlap`` / ``injure.victim.overlap``: of the sentences holding both an
  event with a ``Victim`` argument and the figure, how many have a victim text that
  contains, or is contained in, the casualty's ``who`` or the figure's text
  (case-insensitive).

Casualties (with their places) come from the pipeline results the runner keeps with each
outcome, unless the caller gives them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.casualties import Casualty
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

__all__ = ["ATTACK_PREFIX", "DIE_PREFIX", "EVENT_TYPES", "INJURE_PREFIX", "GoldArgument",
           "WikiEventsItem", "load_wikievents", "score_wikievents"]

ATTACK_PREFIX = "Conflict.Attack"
DIE_PREFIX = "Life.Die"
INJURE_PREFIX = "Life.Injure"
# the event types scored, by the prefix of their WikiEvents type
EVENT_TYPES: dict[str, str] = {ATTACK_PREFIX: "attack", DIE_PREFIX: "die",
                               INJURE_PREFIX: "injure"}
ROLES = ("Victim", "Place")


@dataclass(frozen=True, slots=True)
class GoldArgument:
    """An argument of a scored event, as a character span of its sentence."""

    event: str  # "attack", "die", "injure"
    role: str  # "Victim", "Place"
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class WikiEventsItem(DetectionItem):
    """A sentence, with its ``Life.Die``/``Life.Injure`` events and their victims' texts."""

    die: bool = False
    injure: bool = False
    die_victims: tuple[str, ...] = ()
    injure_victims: tuple[str, ...] = ()
    attack: bool = False
    arguments: tuple[GoldArgument, ...] = ()


def _sentence_text(sentence: Any) -> str | None:
    if isinstance(sentence, list) and len(sentence) == 2 and isinstance(sentence[1], str):
        return sentence[1]
    return None


def _token_spans(sentences: list[Any]) -> list[tuple[int, int, int]]:
    """(sentence index, start, end in that sentence) of every token of the document."""
    out: list[tuple[int, int, int]] = []
    for index, sentence in enumerate(sentences):
        tokens = sentence[0] if isinstance(sentence, list) and sentence else []
        base: int | None = None
        for token in tokens if isinstance(tokens, list) else []:
            try:
                start, end = int(token[1]), int(token[2])
            except (IndexError, TypeError, ValueError):
                return []  # tokens without offsets: arguments are not placed
            base = start if base is None else base
            out.append((index, start - base, end - base))
    return out


def _argument_spans(doc: dict[str, Any], sentences: list[Any]
                    ) -> dict[str, tuple[int, int, int]]:
    """Entity id -> (sentence index, start, end) of the entity in its sentence."""
    tokens = _token_spans(sentences)
    out: dict[str, tuple[int, int, int]] = {}
    for entity in doc.get("entity_mentions") or ():
        try:
            first, last = tokens[int(entity["start"])], tokens[int(entity["end"]) - 1]
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if first[0] == last[0]:
            out[str(entity.get("id"))] = (first[0], first[1], last[2])
    return out


def _document_items(doc: dict[str, Any], where: str) -> list[DetectionItem]:
    doc_id = str(doc.get("doc_id", "?"))
    sentences = doc.get("sentences")
    mentions = doc.get("event_mentions")
    if not isinstance(sentences, list) or not isinstance(mentions, list):
        raise EvalError(f"{where}: a WikiEvents document needs 'sentences' and "
                        "'event_mentions' lists")
    spans = _argument_spans(doc, sentences)
    attack_in: set[int] = set()
    aerial_in: set[int] = set()
    life: dict[str, dict[int, list[str]]] = {DIE_PREFIX: {}, INJURE_PREFIX: {}}
    arguments: dict[int, list[GoldArgument]] = {}
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
        event = next((name for prefix, name in EVENT_TYPES.items() if kind.startswith(prefix)),
                     None)
        for argument in mention.get("arguments", []) if event else ():
            span = spans.get(str(argument.get("entity_id")))
            role = str(argument.get("role"))
            if event and span and span[0] == index and role in ROLES:
                gold = GoldArgument(event, role, str(argument.get("text", "")), span[1],
                                    span[2])
                if gold not in arguments.setdefault(index, []):
                    arguments[index].append(gold)
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
                                    injure_victims=tuple(injure.get(index, ())),
                                    attack=index in attack_in,
                                    arguments=tuple(arguments.get(index, ()))))
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


Span = tuple[int, int]


def _predicted_arguments(casualties: Sequence[Casualty], outcome: DetectionOutcome
                         ) -> dict[tuple[str, str], list[Span]]:
    """sitrep's arguments of one sentence, by (event type, role)."""
    out: dict[tuple[str, str], list[Span]] = {}
    for casualty in casualties:
        for event, figure in (("die", casualty.killed), ("injure", casualty.injured)):
            if figure is None:
                continue
            out.setdefault((event, "Victim"), []).append((figure.start_char, figure.end_char))
            if casualty.place is not None:
                out.setdefault((event, "Place"), []).append(
                    (casualty.place.start_char, casualty.place.end_char))
    for attack in outcome.attacks:
        for place in attack.get("places") or ():
            try:
                span = (int(place["start_char"]), int(place["end_char"]))
            except (KeyError, TypeError, ValueError):
                continue
            out.setdefault(("attack", "Place"), []).append(span)
    return {key: sorted(set(spans)) for key, spans in out.items()}


def _match(gold: Sequence[Span], predicted: Sequence[Span]) -> Tally:
    """TP: gold spans overlapped by a predicted one (a list of victims, "two women and a
    boy", may cover several); FN: the other gold spans; FP: predictions overlapping none."""
    def hits(a: Span, b: Span) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    tp = sum(any(hits(g, p) for p in predicted) for g in gold)
    fp = sum(not any(hits(g, p) for g in gold) for p in predicted)
    return Tally(tp, fp, len(gold) - tp)


def _score_arguments(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome],
                     found: Sequence[Sequence[Casualty]]) -> tuple[list[FieldRow], list[str]]:
    """The ``<event>.victim`` and ``<event>.place`` rows and their misses."""
    tallies: dict[tuple[str, str], Tally] = {
        key: Tally() for key in (("die", "Victim"), ("injure", "Victim"), ("die", "Place"),
                                 ("injure", "Place"), ("attack", "Place"))}
    misses: list[str] = []
    for item, outcome, casualties in zip(items, outcomes, found, strict=True):
        gold_all = item.arguments if isinstance(item, WikiEventsItem) else ()
        predicted = _predicted_arguments(casualties, outcome)
        for key in tallies:
            gold = sorted({(a.start, a.end) for a in gold_all if (a.event, a.role) == key})
            guess = predicted.get(key, [])
            tally = _match(gold, guess)
            tallies[key] += tally
            name = f"{key[0]}.{key[1].lower()}"
            if tally.fn:
                texts = ", ".join(repr(item.text[lo:hi]) for lo, hi in gold)
                misses.append(f"FN {name} {item.id}: gold {texts}; found "
                              f"{[item.text[lo:hi] for lo, hi in guess]}")
            elif tally.fp:
                misses.append(f"FP {name} {item.id}: found "
                              f"{[item.text[lo:hi] for lo, hi in guess]}")
    rows = [FieldRow(f"{event}.{role.lower()}", tally)
            for (event, role), tally in tallies.items()]
    return rows, misses


def _score_attack_events(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome]
                         ) -> FieldRow:
    """``attack.event``: any ``Conflict.Attack`` event against any attack found."""
    tp = fp = fn = 0
    for item, outcome in zip(items, outcomes, strict=True):
        gold = isinstance(item, WikiEventsItem) and item.attack
        tp += gold and outcome.found
        fn += gold and not outcome.found
        fp += not gold and outcome.found
    return FieldRow("attack.event", Tally(tp, fp, fn))


def _casualties_of(outcomes: Sequence[DetectionOutcome]) -> list[list[Casualty]]:
    """What the pipeline found in each sentence (none for a refused one), places included."""
    return [[] if o.result is None else list(o.result.casualties) for o in outcomes]


def score_wikievents(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome], *,
                     source: str = "", errors: Sequence[str] = (),
                     casualties: Sequence[Sequence[Casualty]] | None = None) -> EvalReport:
    """Score detection, events and their arguments; ``casualties`` (per item) are found here
    when not given."""
    if casualties is None:
        casualties = _casualties_of(outcomes)
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
    rows = [tally.row(), _score_attack_events(items, outcomes)]
    misses = detection_misses(items, tally)
    for name, figure in (("die", "killed"), ("injure", "injured")):
        row, overlap, life_misses = _score_life(items, casualties, name, figure)
        rows.append(row)
        ratios.append(overlap)
        misses.extend(life_misses)
    argument_rows, argument_misses = _score_arguments(items, outcomes, casualties)
    rows.extend(argument_rows)
    misses.extend(argument_misses)
    notes.append("arguments: a predicted span counts when it overlaps a gold argument of the "
                 "same event type and role in the same sentence; places come from "
                 "casualty.place and attack.places")
    return EvalReport(name="wikievents", format="wikievents", source=source,
                      documents=len(items), unit="sentences", rows=rows,
                      ratios=ratios, errors=list(errors), notes=notes, misses=misses)
