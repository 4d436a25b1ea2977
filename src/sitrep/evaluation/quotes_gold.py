"""The native quotes gold format ``sitrep-quotes``: JSON Lines, one short text per line,
with every quote and piece of reported speech in it.

Each line::

    {"id": "uq01", "text": "«Ми відновимо все», — заявив Зеленський у Telegram.",
     "quotes": [{"text": "Ми відновимо все", "kind": "direct",
                 "speaker": "volodymyr-zelensky", "channel": "у Telegram"}]}

``text`` is the content as written (its first occurrence in the record, or the
``occurrence``-th, counting from 1): the words inside the quotation marks of a direct quote,
the reported clause of an indirect one. ``kind`` is ``direct`` or ``indirect``. ``speaker``
is an ``actor_id`` of ``rules/actors.json`` when the list knows the speaker, else the
speaker's words as the text names them ("Речник ДСНС"), or ``null`` when nobody can be
identified. ``channel`` (optional) is where it was said, as written. A record with
``"quotes": []`` holds none (traps: model names and titles in guillemets, alerts).

Measured: ``quotes.content`` precision/recall (an extracted quote counts when its span
overlaps a gold content, each gold content taken once), ``quotes.quote`` the same with the
speaker right too; over the matched contents ``quotes.speaker_accuracy`` (the extracted
speaker's ``actor_id`` is the gold id, or its name holds the gold words; ``null`` only for
``null``), ``quotes.kind_accuracy`` and, where the gold gives one, ``quotes.channel_accuracy``
(the extracted channel overlaps the gold one); ``quotes.no_quote_accuracy``: the share of
records without quotes that got none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

from .report import EvalReport, FieldRow, Ratio, Tally
from .sources import json_records

__all__ = ["QuoteGold", "load_quotes_gold", "score_quotes"]

_KINDS = frozenset({"direct", "indirect"})
_KEYS = frozenset({"id", "text", "published", "quotes", "note"})
_QUOTE_KEYS = frozenset({"text", "kind", "speaker", "channel", "occurrence"})


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None
    channel: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class QuoteGold:
    id: str
    text: str
    published: str | None
    quotes: tuple[GoldQuote, ...]


def _find(text: str, words: str, occurrence: int, where: str) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(words, start + 1)
        if start < 0:
            raise EvalError(f"{where}: {words!r} is not in the text")
    return start


def _gold_quote(record_text: str, obj: Any, where: str) -> GoldQuote:
    if not isinstance(obj, dict) or set(obj) - _QUOTE_KEYS or "speaker" not in obj \
            or not isinstance(obj.get("text"), str) or not obj["text"] \
            or not isinstance(obj["speaker"], str | None):
        raise EvalError(f"{where}: a quote has 'text', 'kind', 'speaker' (a string or null) "
                        "and may have 'channel' and 'occurrence'")
    if obj.get("kind") not in _KINDS:
        raise EvalError(f"{where}: kind {obj.get('kind')!r} is not one of {sorted(_KINDS)}")
    occurrence = obj.get("occurrence", 1)
    if not isinstance(occurrence, int) or occurrence < 1:
        raise EvalError(f"{where}: occurrence must be a whole number from 1")
    start = _find(record_text, obj["text"], occurrence, where)
    channel = None
    if obj.get("channel") is not None:
        if not isinstance(obj["channel"], str) or not obj["channel"]:
            raise EvalError(f"{where}: a channel is the words of the text")
        c = _find(record_text, obj["channel"], 1, where)
        channel = (c, c + len(obj["channel"]))
    return GoldQuote(start, start + len(obj["text"]), obj["kind"], obj["speaker"], channel)


def _record(where: str, obj: dict[str, Any]) -> QuoteGold:
    text, quotes = obj.get("text"), obj.get("quotes")
    if not isinstance(text, str) or not isinstance(quotes, list) or set(obj) - _KEYS:
        raise EvalError(f"{where}: a record has 'id', 'text' and a list of 'quotes'")
    return QuoteGold(str(obj.get("id", where)), text, obj.get("published"),
                     tuple(_gold_quote(text, q, where) for q in quotes))


def load_quotes_gold(path: Path) -> list[QuoteGold]:
    """Read the file. Raises :class:`EvalError` naming the line of any problem."""
    out = [_record(where, obj) for where, obj in json_records(path)]
    if not out:
        raise EvalError(f"{path}: no records")
    return out


def same_speaker(speaker: dict[str, Any] | None, gold: str | None) -> bool:
    """The extracted speaker (``Actor.to_dict()``) is the gold one: the same actor id, or a
    name that holds the gold words; ``null`` only matches ``null``."""
    if speaker is None or gold is None:
        return speaker is None and gold is None
    if speaker.get("actor_id") == gold:
        return True
    wanted = gold.lower()
    return any(wanted in str(speaker.get(key) or "").lower() for key in ("name", "text"))


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def score_quotes(gold: Sequence[QuoteGold], predicted: Sequence[Sequence[dict[str, Any]]],
                 *, name: str, source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    """Score the extracted quotes (``Quote.to_dict()`` per record) against ``gold``."""
    content = quote = Tally()
    speakers = kinds = channels = channel_total = quiet = quiet_total = 0
    misses: list[str] = []
    for g, quotes in zip(gold, predicted, strict=True):
        if not g.quotes:
            quiet_total += 1
            quiet += not quotes
        left = list(g.quotes)
        for p in quotes:
            hit = next((w for w in left if _overlaps(p["start_char"], p["end_char"],
                                                     w.start, w.end)), None)
            if hit is None:
                content += Tally(fp=1)
                quote += Tally(fp=1)
                misses.append(f"{g.id}: extra quote {p['text']!r}")
                continue
            left.remove(hit)
            content += Tally(tp=1)
            right = same_speaker(p.get("speaker"), hit.speaker)
            quote += Tally(tp=1) if right else Tally(fp=1, fn=1)
            speakers += right
            kinds += p.get("kind") == hit.kind
            if not right:
                got = p.get("speaker") or {}
                said = got.get("actor_id") or got.get("name")
                misses.append(f"{g.id}: {p['text']!r} speaker {said!r}, gold {hit.speaker!r}")
            if hit.channel is not None:
                channel_total += 1
                got_channel = p.get("channel")
                channels += got_channel is not None and _overlaps(
                    got_channel["start_char"], got_channel["end_char"], *hit.channel)
        for w in left:
            content += Tally(fn=1)
            quote += Tally(fn=1)
            misses.append(f"{g.id}: missed {g.text[w.start:w.end]!r}")
    report = EvalReport(name=name, format="sitrep-quotes", source=source,
                        documents=len(gold), unit="records", errors=list(errors),
                        misses=misses)
    report.rows.append(FieldRow("quotes.quote", quote))
    report.rows.append(FieldRow("quotes.content", content))
    report.ratios.extend([
        Ratio("quotes.speaker_accuracy", speakers, content.tp, "of the contents found"),
        Ratio("quotes.kind_accuracy", kinds, content.tp, "of the contents found"),
        Ratio("quotes.channel_accuracy", channels, channel_total,
              "of the contents found whose gold names a channel"),
        Ratio("quotes.no_quote_accuracy", quiet, quiet_total, "records without quotes"),
    ])
    return report
