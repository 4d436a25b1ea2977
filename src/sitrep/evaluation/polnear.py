"""The ``polnear`` adapter: quotes and their speakers against PolNeAR attributions.

Path: a split directory of the PolNeAR corpus (``polnear/dev``) holding ``text/*.txt``
(one article each) and ``attributions/*.ann`` (BRAT stand-off, one file per annotator:
``<article>_<annotator>.ann`` belongs to ``text/<article>.txt``). An attribution is an
``E`` line linking an ``Attribution`` (or ``Attribution-no-source``) trigger with
``Source``, ``Cue`` and ``Content`` spans (``T`` lines; a span may be discontinuous,
``start end;start end``, and its text is then the parts joined by a space; a ``Content2``
span is more of the content). Offsets are characters of the ``.txt`` read as UTF-8 with its
newlines kept as they are; every span is checked against the text the ``.ann`` gives.

Every article is extracted once (language ``en``, no publication date); every ``.ann`` file
is scored on its own against the quotes of its article, so an article annotated by six
annotators counts six times. Scoring (:func:`score_polnear`):

- a predicted quote is **right** when its span overlaps the Content of a gold attribution
  and its speaker is that attribution's source (:func:`same_speaker`); an attribution whose
  source is not in the text is matched by a quote without a speaker;
- precision = right quotes / predicted quotes; recall = gold attributions matched by a right
  quote / gold attributions (several quotes may match one attribution, so the ``TP`` of
  the table counts quotes and recall counts attributions);
- the ``content`` rows ignore the speaker; the ``.direct``/``.indirect`` rows take the gold
  kind (:func:`gold_kind`) for recall and the predicted ``kind`` for precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import EvalError, SitrepError
from sitrep.model import Actor, Quote

from .report import EvalReport, FieldRow, Ratio, Tally

if TYPE_CHECKING:
    from sitrep.api import Extractor

__all__ = ["KINDS", "ExtractQuotes", "GoldAttribution", "ParsedAnn", "PolnearAnnotation",
           "PolnearGold", "PolnearText", "QuoteTally", "evaluate_polnear", "gold_kind",
           "load_polnear", "parse_ann", "quote_reader", "same_speaker", "score_polnear",
           "text_id_of"]

Spans = tuple[tuple[int, int], ...]

KINDS: tuple[str, ...] = ("direct", "indirect")
MISS_SAMPLE = 25
"""How many wrong quotes and how many missed attributions ``--show-misses`` lists."""
_SHOWN_CHARS = 140

_DOUBLE_MARKS = frozenset('"“”„‟«»')
_OPENING = frozenset("“„‟«‘‚")
_CLOSING = frozenset("”»’")
_STRAIGHT = frozenset("\"'")
_BEFORE_OPENING = frozenset("([{—–-/")
_TRAILING_PUNCT = frozenset(",.!?;:…")
_T_LINE = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)")
_ANNOTATOR = re.compile(r"_[0-9A-Za-z]+$")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"[’']s\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)?")
_POINTERS = frozenset("he she it they we i you who which that whom him her them us me his its "
                      "their our my your this these those one".split())


# -- the gold -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One attribution of one annotator: who (``source``) said what (``content``).

    ``source`` is empty for an attribution whose source is not in the text
    (``Attribution-no-source``). ``kind`` is decided from the text by :func:`gold_kind`.
    """

    id: str
    content: Spans
    source: Spans
    content_text: str
    source_text: str
    kind: str


@dataclass(frozen=True, slots=True)
class PolnearText:
    """One article: its id (the ``.txt`` stem) and its text."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class PolnearAnnotation:
    """The attributions of one ``.ann`` file (``name``, its stem) for article ``text_id``."""

    name: str
    text_id: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(slots=True)
class ParsedAnn:
    """What one ``.ann`` file holds, and what was set aside while reading it."""

    attributions: list[GoldAttribution] = field(default_factory=list)
    spans_checked: int = 0
    mismatches: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PolnearGold:
    """A split directory: its articles, their annotation files, and the reading notes."""

    texts: list[PolnearText]
    annotations: list[PolnearAnnotation]
    spans_checked: int = 0
    mismatches: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unannotated: list[str] = field(default_factory=list)


def _is_opening(text: str, i: int) -> bool:
    """Whether the character at ``i`` opens a quotation."""
    ch = text[i]
    if ch in _OPENING:
        return True
    if ch in _STRAIGHT or ch == "’":
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return (before.isspace() or before in _BEFORE_OPENING or before in _OPENING) \
            and not after.isspace()
    return False


def _is_closing(text: str, i: int) -> bool:
    """Whether the character at ``i`` closes a quotation (``’`` between letters does not)."""
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _CLOSING or ch in _STRAIGHT:
        return not after.isalnum()
    return False


def _is_quote_mark(text: str, i: int) -> bool:
    """A double quotation mark anywhere; a single one only where it opens a quotation
    (``’``/``'`` is far more often an apostrophe: "Clinton’s", "workers’ rights")."""
    return text[i] in _DOUBLE_MARKS or _is_opening(text, i)


def gold_kind(text: str, spans: Spans) -> str:
    """``direct`` when the content is inside quotation marks, else ``indirect``.

    Decided from the text: the content holds a quotation mark (:func:`_is_quote_mark`;
    a partly quoted content — ``called it a "huge win"`` — is direct too), or it is
    preceded (spaces aside) by an opening mark, or followed (sentence punctuation aside)
    by a closing one — annotators sometimes leave the marks outside the span.
    """
    if any(_is_quote_mark(text, i) for start, end in spans for i in range(start, end)):
        return "direct"
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before >= 0 and _is_opening(text, before):
        return "direct"
    after = end
    while after < len(text) and text[after] in _TRAILING_PUNCT:
        after += 1
    if after < len(text) and _is_closing(text, after):
        return "direct"
    return "indirect"


def _span_text(text: str, spans: Spans) -> str:
    return " ".join(text[s:e] for s, e in spans)


def parse_ann(content: str, text: str, *, name: str = "ann") -> ParsedAnn:
    """The attributions of one BRAT file over ``text``. Raises :class:`EvalError` on a
    malformed ``T``/``E`` line, an offset outside the text or an unknown reference.

    An ``E`` line without a Content is set aside (``skipped``); a span whose text differs
    from the text the file gives is kept and reported (``mismatches``).
    """
    parsed = ParsedAnn()
    spans: dict[str, Spans] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        where = f"{name}, line {number}"
        if line.startswith("T"):
            match = _T_LINE.fullmatch(line)
            if match is None:
                raise EvalError(f"{where}: not a BRAT text-bound line: {line[:80]!r}")
            tid, _label, offsets, surface = match.groups()
            parts = tuple((int(a), int(b)) for a, b in
                          (pair.split(" ") for pair in offsets.split(";")))
            if any(not 0 <= s <= e <= len(text) for s, e in parts):
                raise EvalError(f"{where}: span {offsets} lies outside the text "
                                f"({len(text)} characters)")
            spans[tid] = parts
            parsed.spans_checked += 1
            if _span_text(text, parts) != surface:
                parsed.mismatches.append(f"{where} ({tid} {offsets}): the text has "
                                         f"{_span_text(text, parts)[:60]!r}, the file "
                                         f"{surface[:60]!r}")
        elif line.startswith("E"):
            eid, _, args = line.partition("\t")
            roles: list[tuple[str, str]] = []
            for arg in args.split():
                role, sep, ref = arg.partition(":")
                if not sep:
                    raise EvalError(f"{where}: not a BRAT event argument: {arg!r}")
                if ref:
                    roles.append((role.rstrip("0123456789"), ref))
            events.append((number, eid.strip(), roles))
    for number, eid, roles in events:
        where = f"{name}, line {number}"
        unknown = [ref for _, ref in roles if ref not in spans]
        if unknown:
            raise EvalError(f"{where}: {eid} refers to unknown span(s) {', '.join(unknown)}")
        content_spans = tuple(sorted(p for role, ref in roles if role == "Content"
                                     for p in spans[ref]))
        if not content_spans:
            parsed.skipped.append(f"{name}: {eid} has no Content")
            continue
        source_spans = tuple(sorted(p for role, ref in roles if role == "Source"
                                    for p in spans[ref]))
        parsed.attributions.append(GoldAttribution(
            id=eid, content=content_spans, source=source_spans,
            content_text=_span_text(text, content_spans),
            source_text=_span_text(text, source_spans),
            kind=gold_kind(text, content_spans)))
    return parsed


def _read_exact(path: Path) -> str:
    """The file as UTF-8 with its newlines untouched (BRAT offsets count ``\\r`` too)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def text_id_of(ann_stem: str, text_ids: Iterable[str]) -> str | None:
    """The article of an annotation file: ``X_ef2d`` -> ``X`` (or ``X`` itself)."""
    known = set(text_ids)
    if ann_stem in known:
        return ann_stem
    stripped = _ANNOTATOR.sub("", ann_stem)
    return stripped if stripped in known else None


def load_polnear(path: Path, *, limit: int | None = None) -> PolnearGold:
    """Read a split directory; ``limit`` keeps the first N annotated articles (by name) and
    all their annotation files. Raises :class:`EvalError`."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{path}: not a PolNeAR split directory (expected text/ and "
                        "attributions/ in it)")
    texts = {p.stem: p for p in sorted(text_dir.glob("*.txt"))}
    by_text: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        text_id = text_id_of(ann.stem, texts)
        if text_id is None:
            raise EvalError(f"{ann}: no text for it in {text_dir}")
        by_text.setdefault(text_id, []).append(ann)
    if not by_text:
        raise EvalError(f"{ann_dir}: no .ann files")
    chosen = sorted(by_text)[:limit]
    gold = PolnearGold(texts=[], annotations=[],
                       unannotated=sorted(set(texts) - set(by_text)))
    for text_id in chosen:
        text = _read_exact(texts[text_id])
        gold.texts.append(PolnearText(text_id, text))
        for ann in by_text[text_id]:
            parsed = parse_ann(_read_exact(ann), text, name=ann.name)
            gold.annotations.append(PolnearAnnotation(ann.stem, text_id,
                                                      tuple(parsed.attributions)))
            gold.spans_checked += parsed.spans_checked
            gold.mismatches.extend(parsed.mismatches)
            gold.skipped.extend(parsed.skipped)
    return gold


# -- matching -----------------------------------------------------------------------------


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(max(start, s) < min(end, e) for s, e in spans)


def _words(text: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", text.casefold()))


def _head(phrase: str) -> str | None:
    """The last word of a phrase without its parentheses and possessive, when it is
    capitalised — a name ("Rep. Jason Chaffetz (R-Utah)" -> "Chaffetz"); else ``None``."""
    words: list[str] = _WORD.findall(_POSSESSIVE.sub("", _PARENTHESES.sub(" ", phrase)))
    if not words or not words[-1][:1].isupper() or words[-1].casefold() in _POINTERS:
        return None
    return words[-1].casefold()


def _heads(phrase: str) -> set[str]:
    """The name heads of each comma-separated part ("The ministry’s spokesman, Piet Claes,"
    -> {"claes"})."""
    return {h for part in phrase.split(",") if (h := _head(part)) is not None}


def _same_words(said: str, gold: str) -> bool:
    """The same entity by its words: the same words (case and possessives aside) that are
    not only pronouns, or the same name at the head ("Trump" / "Donald Trump", "Mr. Obama"
    / "President Obama"). A pronoun is never matched by words — "he" at another place may
    be someone else — and neither is a common noun ("a source" / "another source")."""
    a, b = _words(said), _words(gold)
    if not a or not b:
        return False
    if a == b and not all(w in _POINTERS for w in a):
        return True
    return bool(_heads(said) & _heads(gold))


def same_speaker(speaker: Actor | None, gold: GoldAttribution) -> bool:
    """Whether ``speaker`` is the source of ``gold``.

    Without a source in the text, only "no speaker" is right. Otherwise the speaker's span
    overlaps the Source span, or it is the same entity by its words (:func:`_same_words`):
    the speaker's text or its resolved name ("he" resolved to "Donald Trump") against the
    Source text.
    """
    if not gold.source:
        return speaker is None
    if speaker is None:
        return False
    if _overlaps(speaker.start_char, speaker.end_char, gold.source):
        return True
    return any(_same_words(words, gold.source_text) for words in (speaker.text, speaker.name))


# -- scoring ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteTally(Tally):
    """A tally where precision and recall count different things.

    ``tp``/``fp``: predicted quotes right/wrong; ``fn``: gold attributions no right quote
    matched; ``matched``: gold attributions some right quote matched. Precision is
    ``tp / (tp + fp)``, recall ``matched / (matched + fn)``, F1 their harmonic mean.
    """

    matched: int = 0

    def __add__(self, other: Tally) -> QuoteTally:
        matched = other.matched if isinstance(other, QuoteTally) else other.tp
        return QuoteTally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                          self.matched + matched)

    @property
    def recall(self) -> float | None:
        total = self.matched + self.fn
        return None if total == 0 else self.matched / total

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(slots=True)
class _Counts:
    predicted: int = 0
    right: int = 0
    gold: int = 0
    matched: int = 0

    def tally(self) -> QuoteTally:
        return QuoteTally(self.right, self.predicted - self.right, self.gold - self.matched,
                          self.matched)


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN_CHARS else flat[:_SHOWN_CHARS - 1] + "…"


def _speaker_words(speaker: Actor | None) -> str:
    return "no speaker" if speaker is None else f"speaker {speaker.text!r}"


def _sample(lines: Sequence[str], size: int) -> list[str]:
    """``size`` lines spread evenly over ``lines`` (all of them when there are fewer)."""
    if len(lines) <= size:
        return list(lines)
    step = len(lines) / size
    return [lines[int(i * step)] for i in range(size)]


def score_polnear(gold: PolnearGold, quotes: Mapping[str, Sequence[Quote]], *,
                  source: str = "", errors: Sequence[str] = ()) -> EvalReport:
    """Score the predicted ``quotes`` of each article (by its id) against every
    annotation file of it."""
    counts = {f"{level}{suffix}": _Counts() for level in ("quote", "content")
              for suffix in ("", *(f".{k}" for k in KINDS))}
    kind_agrees = speaker_right = content_right = 0
    wrong: list[str] = []
    missed: list[str] = []
    for ann in gold.annotations:
        predicted = sorted(quotes.get(ann.text_id, ()), key=lambda q: (q.start_char,
                                                                       q.end_char))
        hit_quote: set[str] = set()
        hit_content: dict[str, list[str]] = {}
        for quote in predicted:
            overlapping = [g for g in ann.attributions
                           if _overlaps(quote.start_char, quote.end_char, g.content)]
            right = [g for g in overlapping if same_speaker(quote.speaker, g)]
            for g in overlapping:
                hit_content.setdefault(g.id, []).append(_speaker_words(quote.speaker))
            hit_quote.update(g.id for g in right)
            for level, ok in (("quote", bool(right)), ("content", bool(overlapping))):
                for name in (level, f"{level}.{quote.kind}"):
                    if name in counts:
                        counts[name].predicted += 1
                        counts[name].right += ok
            if overlapping:
                content_right += 1
                speaker_right += bool(right)
                kind_agrees += any(g.kind == quote.kind for g in (right or overlapping))
            if not right:
                why = ("no gold content overlaps" if not overlapping else
                       "speaker wrong: gold source " + ", ".join(
                           repr(g.source_text) if g.source else "none in the text"
                           for g in overlapping))
                wrong.append(f"wrong  {ann.name} [{quote.start_char}:{quote.end_char}] "
                             f"{quote.kind} {_clip(quote.text)!r} — "
                             f"{_speaker_words(quote.speaker)}; {why}")
        for g in ann.attributions:
            for level, hits in (("quote", hit_quote), ("content", hit_content)):
                for name in (level, f"{level}.{g.kind}"):
                    counts[name].gold += 1
                    counts[name].matched += g.id in hits
            if g.id not in hit_quote:
                how = ("not found" if g.id not in hit_content else "content found with "
                       + ", ".join(dict.fromkeys(hit_content[g.id])))
                src = repr(g.source_text) if g.source else "no source in the text"
                missed.append(f"missed {ann.name} {g.id} [{g.content[0][0]}:"
                              f"{g.content[-1][1]}] {g.kind} {_clip(g.content_text)!r} — "
                              f"source {src}; {how}")
    rows = [FieldRow(name, c.tally()) for name, c in counts.items()]
    attributions = [g for a in gold.annotations for g in a.attributions]
    n_direct = sum(g.kind == "direct" for g in attributions)
    n_sourceless = sum(not g.source for g in attributions)
    ratios = [
        Ratio("speaker.accuracy", speaker_right, content_right,
              "quotes overlapping a gold content whose speaker is right"),
        Ratio("kind.accuracy", kind_agrees, content_right,
              "quotes overlapping a gold content whose kind is the gold kind"),
    ]
    notes = [
        f"gold: {len(attributions)} attributions in {len(gold.annotations)} annotation "
        f"files of {len(gold.texts)} articles ({n_direct} direct, "
        f"{len(attributions) - n_direct} indirect; {n_sourceless} without a source in "
        "the text, matched only by a quote without a speaker)",
        "TP/FP count predicted quotes (precision = TP / (TP + FP)), FN gold attributions "
        "no right quote matched (recall = matched / gold; several quotes may match one): "
        + ", ".join(f"{name} {c.matched}/{c.gold}" for name, c in counts.items()),
        ".direct/.indirect: recall by the gold kind (quotation marks in or around the "
        "content), precision by the predicted kind",
    ]
    repeated = _repeated_articles(gold)
    if repeated:
        notes.append(f"{len(repeated)} article(s) have several annotation files, each "
                     f"scored on its own: {', '.join(repeated)}")
    notes.append(f"{gold.spans_checked} spans checked against the text of the .ann files: "
                 f"{len(gold.mismatches)} differ")
    notes.extend(f"span differs: {m}" for m in gold.mismatches[:5])
    notes.extend(f"not scored: {s}" for s in gold.skipped)
    if gold.unannotated:
        notes.append(f"{len(gold.unannotated)} article(s) without an annotation file "
                     "were not scored")
    misses = _sample(wrong, MISS_SAMPLE) + _sample(missed, MISS_SAMPLE)
    if len(wrong) > MISS_SAMPLE or len(missed) > MISS_SAMPLE:
        misses.append(f"(a sample: {min(len(wrong), MISS_SAMPLE)} of {len(wrong)} wrong "
                      f"quotes, {min(len(missed), MISS_SAMPLE)} of {len(missed)} missed "
                      "attributions)")
    return EvalReport(name="polnear", format="polnear", source=source,
                      documents=len(gold.annotations),
                      unit=f"annotation files of {len(gold.texts)} articles", rows=rows,
                      ratios=ratios, errors=list(errors), notes=notes, misses=misses)


def _repeated_articles(gold: PolnearGold) -> list[str]:
    seen: dict[str, int] = {}
    for ann in gold.annotations:
        seen[ann.text_id] = seen.get(ann.text_id, 0) + 1
    return [f"{text_id} ×{n}" for text_id, n in seen.items() if n > 1]


# -- running ------------------------------------------------------------------------------


ExtractQuotes = Callable[[Sequence[PolnearText]], tuple[dict[str, list[Quote]], list[str]]]
"""Extracts every article: its quotes by article id, and the articles refused."""


def quote_reader(extractor: Extractor) -> ExtractQuotes:
    """Extract with ``extractor``: English, no publication date; a refused article has no
    quotes and its error is recorded."""

    def extract(texts: Sequence[PolnearText]) -> tuple[dict[str, list[Quote]], list[str]]:
        from sitrep.api import InputDocument

        docs = [InputDocument(t.text, id=t.id, language="en") for t in texts]
        quotes: dict[str, list[Quote]] = {}
        errors: list[str] = []
        for doc, result in zip(texts, extractor.extract_stream(docs), strict=True):
            if isinstance(result, SitrepError):
                quotes[doc.id] = []
                errors.append(f"{doc.id}: {result}")
            else:
                quotes[doc.id] = list(result.quotes)
        return quotes, errors

    return extract


def evaluate_polnear(path: Path, extract: ExtractQuotes, limit: int | None = None
                     ) -> EvalReport:
    """Read the split directory ``path``, extract its articles and score their quotes."""
    gold = load_polnear(path, limit=limit)
    quotes, errors = extract(gold.texts)
    report = score_polnear(gold, quotes, source=str(path), errors=errors)
    if limit is not None:
        report.notes.append(f"--limit {limit}: only the first {len(gold.texts)} articles "
                            "(by name) were scored")
    return report
