"""Attack detection on sets annotated by others: does sitrep report an attack or not?

Each adapter (``case2021``, ``plover``, ``wikievents``) turns its records into
:class:`DetectionItem` s: a text, whether an aerial attack should be found there
(``expected``: ``True``, ``False``, or ``None`` for a record the set cannot judge), and a
``group`` (the set's own label) for per-label recall and for the list of misses.

What counts as an aerial weapon (:data:`AERIAL_WEAPON`) is decided here once for every
set. "bomb"/"bombing" counts only when the bomb comes from the air ("aerial bomb",
"guided bombs", "bombing raid"): in these sets almost every bare "bomb" is a planted device
(car bombs, roadside bombs, IRA bombings), which sitrep is not meant to read as an air
attack, and counting them would turn the recall figure into a measure of something else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .report import FieldRow, Ratio, Tally

if TYPE_CHECKING:
    from sitrep.model import DocumentResult

__all__ = ["AERIAL_WEAPON", "DetectionItem", "DetectionOutcome", "mentions_aerial_weapon",
           "tally_detection"]

AERIAL_WEAPON = re.compile(
    r"\b(?:missiles?|rockets?|drones?|UAVs?|unmanned\s+aerial|unmanned\s+aircraft"
    r"|air\s*strikes?|air-strikes?|air\s+raids?|warplanes?|war\s+planes?|fighter\s+jets?"
    r"|jets?|helicopters?|gunships?"
    r"|(?:aerial|air|guided|glide|gliding|cluster|barrel)\s+bombs?|bombing\s+raids?"
    r"|(?:aerial|air)\s+bombing|bombers?\s+(?:aircraft|planes?|jets?))\b",
    re.IGNORECASE,
)


def mentions_aerial_weapon(text: str) -> bool:
    """Whether ``text`` names an aerial weapon (see :data:`AERIAL_WEAPON`)."""
    return AERIAL_WEAPON.search(text) is not None


@dataclass(frozen=True, slots=True)
class DetectionItem:
    """One text of a detection set and what the set says about it."""

    id: str
    text: str
    expected: bool | None
    group: str = ""


@dataclass(frozen=True, slots=True)
class DetectionOutcome:
    """What sitrep reported for one item: its attacks (``sitrep/1`` dicts) or an error;
    ``result`` keeps everything else it read (events, casualties, places)."""

    attacks: tuple[Mapping[str, Any], ...] = ()
    error: str | None = None
    result: DocumentResult | None = None  # the whole result, for scorers of other lists

    @property
    def found(self) -> bool:
        return bool(self.attacks)

    @property
    def attacks_with_figure(self) -> int:
        """How many of the attacks hold at least one figure with a number."""
        return sum(_has_figure(a) for a in self.attacks)


def _has_figure(attack: Mapping[str, Any]) -> bool:
    counts: list[Any] = [attack.get("hit_locations"), attack.get("debris_locations")]
    counts.extend((attack.get("totals") or {}).values())
    for weapon in attack.get("weapons") or ():
        counts.extend(v for k, v in weapon.items() if k not in ("category", "model", "mention"))
    return any(isinstance(c, Mapping) and isinstance(c.get("value"), int) for c in counts)


@dataclass(slots=True)
class DetectionTally:
    """The confusion counts of a detection set, with the items behind the errors."""

    tally: Tally
    true_negatives: int
    false_positive_ids: list[str]
    false_negative_ids: list[str]
    by_group: dict[str, tuple[int, int]]
    """group -> (found, expected) over positive items."""
    fp_groups: Counter[str]

    def row(self, name: str = "detection") -> FieldRow:
        return FieldRow(name, self.tally)

    def group_recall(self, prefix: str = "recall") -> list[Ratio]:
        return [Ratio(f"{prefix}.{group}", found, expected, "positives of this label found")
                for group, (found, expected) in sorted(self.by_group.items())]


def tally_detection(items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome]
                    ) -> DetectionTally:
    """Count TP/FP/FN/TN over the items that can be judged (``expected`` is not None)."""
    tp = fp = fn = tn = 0
    fps: list[str] = []
    fns: list[str] = []
    by_group: dict[str, tuple[int, int]] = {}
    fp_groups: Counter[str] = Counter()
    for item, outcome in zip(items, outcomes, strict=True):
        if item.expected is None:
            continue
        if item.expected:
            found, expected = by_group.get(item.group, (0, 0))
            by_group[item.group] = (found + outcome.found, expected + 1)
            if outcome.found:
                tp += 1
            else:
                fn += 1
                fns.append(item.id)
        elif outcome.found:
            fp += 1
            fps.append(item.id)
            fp_groups[item.group] += 1
        else:
            tn += 1
    return DetectionTally(Tally(tp, fp, fn), tn, fps, fns, by_group, fp_groups)


def detection_misses(items: Sequence[DetectionItem], tally: DetectionTally,
                     width: int = 160) -> list[str]:
    """One line per false positive and false negative: id, label, start of the text."""
    by_id = {item.id: item for item in items}
    out: list[str] = []
    for kind, ids in (("FP", tally.false_positive_ids), ("FN", tally.false_negative_ids)):
        for item_id in ids:
            item = by_id[item_id]
            text = " ".join(item.text.split())
            if len(text) > width:
                text = text[: width - 1] + "…"
            out.append(f"{kind} {item.id} [{item.group}]: {text}")
    return out
