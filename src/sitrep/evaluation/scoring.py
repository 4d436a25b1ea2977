"""Scoring predicted attacks against native gold.

Per document, predicted attacks are matched one-to-one to gold attacks: a pair with the
same attacker and target comes first, then the pair that shares the most figures, then
one with the same period kind. A pair needs the same direction or at least one shared
figure; what stays unmatched is a false positive (predicted) or a false negative (gold).

Per field, a predicted fact is a true positive when the matched gold attack has the same
fact (for weapon figures: the same value for the same role of the same
(category, model)). Precision is TP / predicted, recall is TP / gold, both summed over
all documents. A field's exact-match rate is the share of documents whose facts for that
field are all right and complete; ``document.exact_match`` asks that of every field and
of the attack list itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .facts import COUNT_FIELDS, FIELDS, OPTIONAL_FIELDS, AttackFacts, facts_from_prediction
from .gold import GoldDocument
from .report import EvalReport, FieldRow, Ratio, Tally

__all__ = ["DocumentScore", "match_attacks", "score_document", "score_documents"]

Facts = Counter[Hashable]
ROW_ORDER: tuple[str, ...] = ("attack", *FIELDS, "counts")


def _overlap(gold: dict[str, Facts], pred: dict[str, Facts]) -> int:
    return sum(sum((gold[name] & pred[name]).values()) for name in COUNT_FIELDS)


def match_attacks(gold: Sequence[AttackFacts], pred: Sequence[AttackFacts]
                  ) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), greedily by direction, overlap, period kind."""
    gold_facts = [g.facts() for g in gold]
    pred_facts = [p.facts() for p in pred]
    candidates: list[tuple[tuple[int, int, int], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            same_direction = int(g.attacker == p.attacker and g.target == p.target)
            overlap = _overlap(gold_facts[gi], pred_facts[pi])
            if not same_direction and not overlap:
                continue
            same_period = int(g.period_kind is not None and g.period_kind == p.period_kind)
            candidates.append(((same_direction, overlap, same_period), gi, pi))
    # best key first; ties go to the earlier gold and the earlier prediction
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], -c[0][2], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _scored(name: str, gold: AttackFacts | None) -> bool:
    """Whether a predicted fact of field ``name`` counts against this gold attack."""
    if name not in OPTIONAL_FIELDS:
        return True
    return gold is not None and gold.facts()[name].total() > 0


def _fmt_fact(name: str, fact: Hashable) -> str:
    parts = fact if isinstance(fact, tuple) else (fact,)
    shown = ["-" if p is None else str(p) for p in parts]
    if name.startswith("weapons.") and len(shown) == 3:
        return f"{shown[0]}/{shown[1]}={shown[2]}"
    return "/".join(shown)


@dataclass(slots=True)
class DocumentScore:
    """The tallies of one document, plus what went wrong in it."""

    doc_id: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    gold_attacks: int = 0
    predicted_attacks: int = 0
    problems: list[str] = field(default_factory=list)

    def field_exact(self, name: str) -> bool:
        tally = self.tallies[name]
        return tally.fp == 0 and tally.fn == 0

    @property
    def exact(self) -> bool:
        return all(self.field_exact(name) for name in ROW_ORDER)


def score_document(doc_id: str, gold: Sequence[AttackFacts], pred: Sequence[AttackFacts]
                   ) -> DocumentScore:
    """Tally every field for one document."""
    pairs = match_attacks(gold, pred)
    score = DocumentScore(doc_id, {name: Tally() for name in ROW_ORDER},
                          gold_attacks=len(gold), predicted_attacks=len(pred))
    score.tallies["attack"] = Tally(tp=len(pairs), fp=len(pred) - len(pairs),
                                    fn=len(gold) - len(pairs))
    matched_pred = {pi: gi for gi, pi in pairs}
    matched_gold = {gi: pi for gi, pi in pairs}
    empty: dict[str, Facts] = {name: Counter() for name in FIELDS}
    # every gold attack, with its partner's facts or nothing
    units: list[tuple[str, AttackFacts | None, dict[str, Facts], dict[str, Facts]]] = []
    for gi, g in enumerate(gold):
        pi = matched_gold.get(gi)
        units.append((f"gold attack {gi + 1}", g, g.facts(),
                      empty if pi is None else pred[pi].facts()))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            units.append((f"extra predicted attack {pi + 1}", None, empty, p.facts()))
    if len(gold) != len(pairs) or len(pred) != len(pairs):
        score.problems.append(f"attacks: gold {len(gold)}, predicted {len(pred)}, "
                              f"matched {len(pairs)}")
    for label, gold_attack, g_facts, p_facts in units:
        for name in FIELDS:
            gold_facts = g_facts[name]
            pred_facts = p_facts[name] if _scored(name, gold_attack) else Counter()
            tp = sum((gold_facts & pred_facts).values())
            tally = Tally(tp=tp, fp=pred_facts.total() - tp, fn=gold_facts.total() - tp)
            score.tallies[name] = score.tallies[name] + tally
            if name in COUNT_FIELDS:
                score.tallies["counts"] = score.tallies["counts"] + tally
            missing = sorted(_fmt_fact(name, f) for f in (gold_facts - pred_facts).elements())
            extra = sorted(_fmt_fact(name, f) for f in (pred_facts - gold_facts).elements())
            if missing or extra:
                bits = []
                if missing:
                    bits.append("expected " + ", ".join(missing))
                if extra:
                    bits.append("got " + ", ".join(extra))
                score.problems.append(f"{label} {name}: {'; '.join(bits)}")
    return score


def predicted_facts(attacks: Sequence[Mapping[str, Any]]) -> list[AttackFacts]:
    """The facts of each attack dict of a ``sitrep/1`` result."""
    return [facts_from_prediction(a) for a in attacks]


def score_documents(docs: Sequence[GoldDocument],
                    predictions: Sequence[Sequence[Mapping[str, Any]]], *,
                    name: str = "gold", source: str = "", errors: Sequence[str] = ()
                    ) -> EvalReport:
    """Score ``predictions`` (one list of ``sitrep/1`` attack dicts per gold document)."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} gold documents but {len(predictions)} predictions")
    scores = [score_document(d.id, d.attacks, predicted_facts(p))
              for d, p in zip(docs, predictions, strict=True)]
    totals = {row: Tally() for row in ROW_ORDER}
    for s in scores:
        for row in ROW_ORDER:
            totals[row] = totals[row] + s.tallies[row]
    n = len(scores)
    rows = [FieldRow(row, totals[row], exact_docs=sum(s.field_exact(row) for s in scores),
                     exact_total=n) for row in ROW_ORDER]
    quiet = [s for s in scores if s.gold_attacks == 0]
    loud = [s for s in scores if s.gold_attacks > 0]
    ratios = [
        Ratio("document.exact_match", sum(s.exact for s in scores), n,
              "documents whose whole attack list is right"),
        Ratio("no_attack.accuracy", sum(s.predicted_attacks == 0 for s in quiet), len(quiet),
              "documents with no attack in gold that got none"),
        Ratio("attack_document.found", sum(s.predicted_attacks > 0 for s in loud), len(loud),
              "documents with an attack in gold that got at least one"),
    ]
    misses = []
    for doc, s in zip(docs, scores, strict=True):
        if not s.exact:
            note = f" [{doc.note}]" if doc.note else ""
            misses.append(f"{doc.id}{note}: " + " | ".join(s.problems))
    return EvalReport(name=name, format="sitrep", source=source, documents=n, rows=rows,
                      ratios=ratios, errors=list(errors), misses=misses)
