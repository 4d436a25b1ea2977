"""The ``airforce-channel`` adapter: consecutive Air Force channel posts, alerts and a report.

File: JSON Lines (``airforce-ua-reports/channel_posts_<date>.jsonl``), one Telegram post
per line: ``message_id``, ``datetime_utc``, ``text``; optionally ``kind`` and
``reading_unverified`` (someone's unchecked reading of the post).

Which post is the morning report is decided from the text, not from ``kind``: a morning
report opens with the Air Force's fixed headline "ЗБИТО/ПОДАВЛЕНО N …" and gives the night
"У ніч на …" (:data:`MORNING_HEADLINE`, :data:`MORNING_NIGHT`); a live alert ("БпЛА на
Київщині, курс на Вишгород", "КАБи на Суми") has neither. ``kind`` is an unchecked reading,
so it is only compared: a post where it disagrees with the text is named in the notes.

Scored:

- ``alerts.no_attack``: the share of the other posts (live alerts) that yield no attack —
  an alert is not a report (target: all of them);
- for the morning report(s): ``morning.attack_on_ua`` (an attack with target UA),
  ``morning.launched`` and ``morning.destroyed`` (that attack has a launched / destroyed
  figure with a number, per weapon or in its totals), ``morning.complete`` (all three).

The notes list every figure read from the morning report, and how it compares with the
post's ``reading_unverified`` where there is one (not scored: it is unchecked).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.model import COUNT_ROLES

from .airforce import Extract, UkDocument, count_value, destroyed_value, read_jsonl, weapons_of
from .detection import DetectionOutcome
from .report import EvalReport, Ratio

__all__ = ["MORNING_HEADLINE", "MORNING_NIGHT", "ChannelPost", "evaluate_channel",
           "is_morning_report", "load_channel", "score_channel"]

MORNING_HEADLINE = re.compile(r"\b(?:збито|знищено)(?:\s*/\s*подавлено)?\s+\d+", re.IGNORECASE)
MORNING_NIGHT = re.compile(r"\b[Уу]\s+ніч\s+на\s+\d{1,2}\b")
MORNING_KINDS = ("morning_summary", "morning_report")


def is_morning_report(text: str) -> bool:
    """Whether ``text`` is an Air Force morning report: its headline figure and its night."""
    return MORNING_HEADLINE.search(text) is not None and MORNING_NIGHT.search(text) is not None


@dataclass(frozen=True, slots=True)
class ChannelPost:
    document: UkDocument
    morning: bool
    kind: str | None
    reading: Mapping[str, Any] | None


def load_channel(path: Path) -> list[ChannelPost]:
    """Read the posts. Raises :class:`EvalError` on a malformed record."""
    posts: list[ChannelPost] = []
    for number, obj in enumerate(read_jsonl(path, required=("text",)), start=1):
        text = str(obj["text"])
        published = obj.get("datetime_utc")
        kind = obj.get("kind")
        reading = obj.get("reading_unverified")
        posts.append(ChannelPost(
            UkDocument(str(obj.get("message_id", number)), text,
                       None if published is None else str(published)),
            is_morning_report(text),
            None if kind is None else str(kind),
            reading if isinstance(reading, Mapping) else None))
    return posts


def _on_ua(attacks: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [a for a in attacks if a.get("target") == "UA"]


def _has_role(attack: Mapping[str, Any], role: str) -> bool:
    figures = [attack.get("totals") or {}, *weapons_of([attack])]
    if role == "destroyed":
        return any(destroyed_value(f) is not None for f in figures)
    return any(count_value(f.get(role)) is not None for f in figures)


def _describe(attack: Mapping[str, Any]) -> str:
    """Every figure of one attack, in one line."""
    parts = [f"{attack.get('attacker')}→{attack.get('target')}"]
    period = attack.get("period") or {}
    if period.get("start") or period.get("end"):
        parts.append(f"period {period.get('start')} → {period.get('end')}")
    totals = attack.get("totals") or {}
    shown = [f"{r} {count_value(totals.get(r))}" for r in COUNT_ROLES
             if count_value(totals.get(r)) is not None]
    if shown:
        parts.append("totals " + ", ".join(shown))
    for weapon in weapons_of([attack]):
        roles = [f"{r} {count_value(weapon.get(r))}" for r in COUNT_ROLES
                 if weapon.get(r) is not None]
        label = weapon.get("category") or "?"
        if weapon.get("model"):
            label += f" {weapon['model']}"
        parts.append(f"{label}: {', '.join(roles) or 'no figure'}")
    for key in ("hit_locations", "debris_locations"):
        if count_value(attack.get(key)) is not None:
            parts.append(f"{key} {count_value(attack.get(key))}")
    return "; ".join(parts)


def _reading_figures(attacks: Sequence[Mapping[str, Any]]) -> dict[str, int | None]:
    """What the extraction says for the keys an unverified reading uses."""
    weapons = weapons_of(attacks)
    drones = [w for w in weapons if w.get("category") in ("drone", "decoy_drone")]
    banderol = [w for w in weapons if "Banderol" in str(w.get("model") or "")]

    def total(values: list[int | None]) -> int | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    return {
        "launched_strike_uav": total([count_value(w.get("launched")) for w in drones]),
        "down_uav": total([destroyed_value(w) for w in drones]),
        "down_banderol": total([destroyed_value(w) for w in banderol]),
        "down_total": total([destroyed_value(a.get("totals") or {}) for a in attacks]),
        "hit_locations": total([count_value(a.get("hit_locations")) for a in attacks]),
        "debris_locations": total([count_value(a.get("debris_locations")) for a in attacks]),
    }


def _compare_reading(post: ChannelPost, attacks: Sequence[Mapping[str, Any]]) -> str | None:
    if post.reading is None:
        return None
    got = _reading_figures(attacks)
    agree: list[str] = []
    differ: list[str] = []
    for key, value in got.items():
        if key not in post.reading:
            continue
        wanted = post.reading[key]
        if wanted == value:
            agree.append(f"{key} {wanted}")
        else:
            differ.append(f"{key} {wanted} (got {value})")
    if not agree and not differ:
        return None
    return (f"post {post.document.id} vs its unverified reading: agrees on "
            f"{', '.join(agree) or 'nothing'}; differs on {', '.join(differ) or 'nothing'}")


def _short(text: str, width: int = 100) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def score_channel(posts: Sequence[ChannelPost], outcomes: Sequence[DetectionOutcome], *,
                  source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    alerts = quiet = 0
    found = launched = destroyed = complete = mornings = 0
    notes: list[str] = []
    misses: list[str] = []
    for post, outcome in zip(posts, outcomes, strict=True):
        doc = post.document
        if post.kind is not None and post.morning != (post.kind in MORNING_KINDS):
            notes.append(f"post {doc.id}: kind {post.kind!r} disagrees with its text, read "
                         f"as {'a morning report' if post.morning else 'an alert'}")
        if not post.morning:
            alerts += 1
            if outcome.found:
                misses.append(f"alert {doc.id} yields {len(outcome.attacks)} attack(s): "
                              f"{_short(doc.text)} → "
                              + " | ".join(_describe(a) for a in outcome.attacks))
            else:
                quiet += 1
            continue
        mornings += 1
        on_ua = _on_ua(outcome.attacks)
        has_launched = any(_has_role(a, "launched") for a in on_ua)
        has_destroyed = any(_has_role(a, "destroyed") for a in on_ua)
        found += bool(on_ua)
        launched += has_launched
        destroyed += has_destroyed
        complete += bool(on_ua) and has_launched and has_destroyed
        for attack in outcome.attacks:
            notes.append(f"morning report {doc.id}: {_describe(attack)}")
        if not outcome.attacks:
            notes.append(f"morning report {doc.id}: no attack")
        comparison = _compare_reading(post, on_ua)
        if comparison:
            notes.append(comparison)
        lacking = [name for name, ok in (("an attack on UA", bool(on_ua)),
                                         ("a launched figure", has_launched),
                                         ("a destroyed figure", has_destroyed)) if not ok]
        if lacking:
            misses.append(f"morning report {doc.id} lacks {', '.join(lacking)}: "
                          f"{_short(doc.text)}")
    ratios = [
        Ratio("alerts.no_attack", quiet, alerts, "alerts (not the morning report) with no attack"),
        Ratio("morning.attack_on_ua", found, mornings, "morning reports with an attack on UA"),
        Ratio("morning.launched", launched, mornings, "… whose attack has a launched figure"),
        Ratio("morning.destroyed", destroyed, mornings,
              "… whose attack has a destroyed figure"),
        Ratio("morning.complete", complete, mornings, "… with all three"),
    ]
    notes.insert(0, f"{mornings} morning report(s) told by the text (headline 'ЗБИТО/ПОДАВЛЕНО N' "
                    f"and 'У ніч на …'), {alerts} alert(s)")
    return EvalReport(name="airforce-channel", format="airforce-channel", source=source,
                      documents=len(posts), unit="posts", ratios=ratios,
                      errors=list(errors), notes=notes, misses=misses)


def evaluate_channel(path: Path, extract: Extract, limit: int | None = None) -> EvalReport:
    posts = load_channel(path)[:limit]
    outcomes, errors = extract([p.document for p in posts])
    return score_channel(posts, outcomes, source=str(path), errors=errors)
