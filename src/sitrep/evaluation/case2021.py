"""The ``case2021`` adapter: CASE-2021 task 2 snippets labelled with ACLED sub-event types.

File: a TSV with the header ``id``, ``EventSnippet``, ``SubType`` (no quoting). A snippet
labelled ``AIR_STRIKE`` or ``ART_MISS_ATTACK`` should yield an attack; every other label
should not; ``CHEM_WEAP`` snippets are not judged (see ``NEUTRAL_LABELS``). Besides
detection precision/recall/F1 the report gives recall per positive label and how many
predicted attacks hold at least one figure.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from sitrep.errors import EvalError

from .detection import DetectionItem, DetectionOutcome, detection_misses, tally_detection
from .report import EvalReport, Ratio
from .sources import read_text

__all__ = ["POSITIVE_LABELS", "load_case2021", "score_case2021"]

POSITIVE_LABELS = ("AIR_STRIKE", "ART_MISS_ATTACK")
# Not judged: ACLED's "chemical weapon" sub-event says what was used, not how it was
# delivered, and in this set it is mostly dropped from helicopters or by air raids
# ("a helicopter dropped two barrel bombs loaded with poison gas"), which sitrep rightly
# reads as aerial attacks; counting those as false positives would measure the label
# scheme, not the extractor.
NEUTRAL_LABELS = ("CHEM_WEAP",)
_HEADER = ("id", "EventSnippet", "SubType")


def load_case2021(path: Path) -> list[DetectionItem]:
    """Read the labelled TSV. Raises :class:`EvalError` on a wrong header or row."""
    text = read_text(path)
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(c.strip() for c in rows[0]) != _HEADER:
        raise EvalError(f"{path}: not a CASE-2021 file (expected the header "
                        f"{' / '.join(_HEADER)})")
    items: list[DetectionItem] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != 3:
            raise EvalError(f"{path}, line {number}: expected 3 tab-separated columns, "
                            f"found {len(row)}")
        snippet_id, snippet, label = (c.strip() for c in row)
        expected: bool | None = (None if label in NEUTRAL_LABELS
                                 else label in POSITIVE_LABELS)
        items.append(DetectionItem(id=snippet_id, text=snippet, expected=expected,
                                   group=label))
    if not items:
        raise EvalError(f"{path}: no snippets in the file")
    return items


def score_case2021(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome], *,
                   source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    tally = tally_detection(items, outcomes)
    predicted = [o for o in outcomes if o.found]
    n_attacks = sum(len(o.attacks) for o in predicted)
    ratios = [
        Ratio("negatives.no_attack", tally.true_negatives,
              tally.true_negatives + tally.tally.fp, "snippets of other labels with no attack"),
        *tally.group_recall(),
        Ratio("attacks.with_figure", sum(o.attacks_with_figure for o in predicted), n_attacks,
              "predicted attacks holding at least one number"),
    ]
    notes = [f"positive labels: {', '.join(POSITIVE_LABELS)}; not judged: "
             f"{', '.join(NEUTRAL_LABELS)} (delivery not stated by the label)"]
    if tally.fp_groups:
        notes.append("false positives by label: " + ", ".join(
            f"{g} {n}" for g, n in tally.fp_groups.most_common()))
    return EvalReport(name="case2021", format="case2021", source=source,
                      documents=len(items), unit="snippets", rows=[tally.row()],
                      ratios=ratios, errors=list(errors), notes=notes,
                      misses=detection_misses(items, tally))
