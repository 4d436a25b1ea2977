"""Casualties: killed, injured and missing, with who they were and the scope of the figure.

A figure is read next to a cue of its kind, from ``rules/<lang>/casualties.json``:

- after the cue: "killing 130 people", "injured another 15", "the slaying of seven
  demonstrators";
- before it: "five people were killed", "seven militants killed", "13 people suffered
  minor injuries" (a space inside a cue also takes the rule file's ``inserts``: "were
  also reportedly killed");
- around it: "left three dead", "claimed the nine lives"; after a toll: "the death toll
  rose to 9".

Victims may be listed ("four workers and two soldiers were killed": one figure, 6), given
one by one ("a police officer was killed", "Major General Ivan Petrenko died": 1, exact —
the victim is singular and definite) or without a number ("civilians were wounded": a
vague figure whose text is the victims). Negated and hypothetical cues ("no one was
killed", "could kill 1,000 people") give nothing.

Figures of one sentence make one record ("killing two and injuring 14"); a kind given
twice in one sentence starts a second record. The scope keeps tolls apart that must
never be added: ``attack`` (an attack of this document, linked by ``attack_id``),
``national_day`` (a country-wide past-day total), ``background`` (an earlier event, a
year's total), ``unknown`` (no attack to link, or a cause the text names that is no
attack: an earthquake, a road accident).

A casualty belongs to the attack whose evidence (figures, weapon mentions, period,
attacker) stands in its sentence or the sentence before or after it — the one in the same
sentence first, then the one before; when no attack is that close, the only attack of the
document; otherwise none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .model import Attack, Count, Evidence, Place
from .numbers import NumberGrammar, grammar_for
from .rules import _validate
from .sentences import split_sentences

__all__ = ["KINDS", "SCOPES", "Casualty", "CasualtyFinder", "CasualtyRules", "finder_for",
           "load_casualty_rules"]

Kind = Literal["killed", "injured", "missing"]
KINDS: tuple[Kind, ...] = ("killed", "injured", "missing")
SCOPES: tuple[str, ...] = ("attack", "national_day", "background", "unknown")

_WORD_END = r"(?![\w'’\-])"
_WORD_START = r"(?<![\w'’\-])"
_REACH = 160  # how far before its cue a figure may start ("four workers and two ... were")
_APOSTROPHE = re.compile("['’ʼ]")
_CLAUSE_BREAK = re.compile(r"[;,:–—]|\s-\s")
_CAPITAL = "[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ]"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KindCues(_Strict):
    """Cues of one kind: ``after`` a cue the figure follows it, ``before`` it precedes it;
    ``singular`` cues follow one victim; ``around`` pairs enclose the figure; after a
    toll comes its figure; ``any_noun`` cues follow a figure whose victims the rules do not
    name ("21 patients were killed")."""

    after: list[str] = Field(default_factory=list)
    before: list[str] = Field(min_length=1)
    singular: list[str] = Field(default_factory=list)
    around: list[tuple[str, str]] = Field(default_factory=list)
    toll: list[str] = Field(default_factory=list)
    any_noun: list[str] = Field(default_factory=list)


class WhoNouns(_Strict):
    plural: list[str] = Field(min_length=1)
    singular: list[str] = Field(min_length=1)
    generic: list[str] = Field(default_factory=list)
    collective: list[str] = Field(default_factory=list)
    skip: list[str] = Field(default_factory=list)


def _check_patterns(value: list[str]) -> list[str]:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
    return value


class CasualtyRules(_Strict):
    """The schema of ``rules/<lang>/casualties.json`` (words are matched lower-cased)."""

    version: int
    language: str
    note: str = ""
    triggers: list[str] = Field(min_length=1)
    cues: dict[Kind, KindCues]
    toll_links: list[str] = Field(default_factory=list)
    inserts: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    partitives: list[str] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)
    conjunctions: list[str] = Field(min_length=1)
    vague: list[str] = Field(default_factory=list)
    numbers: dict[str, int] = Field(default_factory=dict)
    articles: list[str] = Field(default_factory=list)
    who: WhoNouns
    stop: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    relatives: list[str] = Field(default_factory=list)
    name_stop: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    national: list[str] = Field(default_factory=list)
    background: list[str] = Field(default_factory=list)
    background_patterns: list[str] = Field(default_factory=list)
    not_attack: list[str] = Field(default_factory=list)

    _patterns = field_validator("background_patterns")(_check_patterns)

    @field_validator("cues")
    @classmethod
    def _every_kind(cls, value: dict[str, KindCues]) -> dict[str, KindCues]:
        missing = [k for k in KINDS if k not in value]
        if missing:
            raise ValueError(f"no cues for {', '.join(missing)}")
        return value


@cache
def load_casualty_rules(language: str) -> CasualtyRules:
    """``rules/<language>/casualties.json``, validated. Raises :class:`RulesError`."""
    return _validate(CasualtyRules, f"{language}/casualties.json")


@dataclass(frozen=True, slots=True)
class Casualty:
    killed: Count | None
    injured: Count | None
    missing: Count | None
    who: Evidence | None
    scope: str
    attack_id: str | None
    text: str
    start_char: int
    end_char: int
    place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        def c(x: Count | None) -> dict[str, Any] | None:
            return None if x is None else x.to_dict()

        return {"killed": c(self.killed), "injured": c(self.injured), "missing": c(self.missing),
                "who": None if self.who is None else self.who.to_dict(), "scope": self.scope,
                "place": None if self.place is None else self.place.to_dict(),
                "attack_id": self.attack_id, "text": self.text,
                "start_char": self.start_char, "end_char": self.end_char}


@dataclass(frozen=True, slots=True)
class _Mention:
    kind: str
    count: Count
    who: Evidence | None
    cue: tuple[int, int]
    claim: tuple[int, int]  # the figure's words: no other mention may use them


def _alt(words: Iterable[str], gap: str = r"\s+") -> str:
    """An alternation of phrases, longest first; a space matches ``gap``; both apostrophes."""
    ordered = sorted({" ".join(w.lower().split()) for w in words if w.strip()},
                     key=len, reverse=True)
    if not ordered:
        return "(?!)"
    return "|".join(_APOSTROPHE.sub("['’ʼ]", re.escape(w).replace(r"\ ", gap))
                    for w in ordered)


def _plain(pattern: str) -> str:
    """The pattern with its named groups made non-capturing (to be used several times)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _words(words: Iterable[str]) -> set[str]:
    return {" ".join(w.lower().split()) for w in words}


class _Language:
    """The compiled patterns of one language's rule file."""

    def __init__(self, rules: CasualtyRules, numbers: NumberGrammar) -> None:
        self.rules = rules
        self.numbers = numbers
        self.extra_numbers = {k.replace("’", "'"): v for k, v in rules.numbers.items()}
        self.generic = _words(rules.who.generic)
        self.collective = _words(rules.who.collective)
        self.not_names = _words([*rules.stop, *rules.vague, *rules.articles, *rules.numbers])
        self.name_words = self.not_names | _words([*rules.who.plural, *rules.who.singular])
        self._compile_figures(rules, numbers)
        self._compile_cues(rules)
        self.negation = re.compile(
            rf"{_WORD_START}(?:{_alt(rules.negations)})\s+(?:[^\W\d]+\s+)?$")
        self.national = re.compile(_alt(rules.national))
        self.background = re.compile(
            "|".join([_alt(rules.background), *rules.background_patterns]))
        self.not_attack = re.compile(rf"{_WORD_START}(?:{_alt(rules.not_attack)})")

    def _compile_figures(self, rules: CasualtyRules, numbers: NumberGrammar) -> None:
        """Fragments for the victims and their figures (kept on ``self.f_*``)."""
        cue_words = [w for k in rules.cues.values() for w in (*k.after, *k.before)
                     if " " not in w]
        number_words = [*numbers.rules.units, *numbers.rules.tens, *numbers.rules.scales,
                        *numbers.rules.vague, *rules.vague, *rules.numbers]
        # words that can never stand between a number and its victims
        stop = _alt([*rules.stop, *cue_words, *rules.conjunctions, *number_words])
        self.f_gap = rf"\s+(?:(?:{_alt(rules.inserts)})\s+)*"
        quals = _alt([p for ps in numbers.rules.qualifiers.values() for p in ps])
        extras = _alt([*rules.vague, *rules.numbers])
        not_after = (rf"(?!\s*(?:{_alt(rules.not_after)}){_WORD_END})" if rules.not_after
                     else "")
        num = (rf"(?:{numbers.pattern}|(?:(?P<xq>{quals})\s+)?"
               rf"(?P<x>{_WORD_START}(?:{extras}){_WORD_END})){not_after}")
        self.f_num = num_nc = _plain(num)
        self.f_det = det = rf"(?:(?:{_alt(rules.determiners)})\s+)?"
        part = rf"(?:\s+(?:{_alt(rules.partitives)}))?"
        self.f_mod = mod = (rf"(?:(?!(?:{stop}){_WORD_END})[^\W\d][\w'’\-]*"
                            rf"(?:\.[^\W\d]+)*\.?|\d+(?:-[^\W\d][\w'’]*)+)")
        who_p, who_s = _alt(rules.who.plural), _alt(rules.who.singular)
        who = rf"(?:{who_p}|{who_s}){_WORD_END}"
        art = _alt(rules.articles)
        conj = _alt(rules.conjunctions)
        # after a victim given without a number: punctuation or a function word
        self.f_follow = rf"(?=\s*(?:[,.;:!?)\"”’–—]|$)|\s+(?:{stop}){_WORD_END})"
        # a figure: "five people", "at least 23 Afghan soldiers", "12", "scores"; then
        # maybe more victims, each with its noun: ", a 10-year-old girl and four men"
        group = rf"{_WORD_START}{det}{num_nc}{part}(?:(?:\s+{mod}){{0,3}}\s+{who})?"
        one = rf"{_WORD_START}(?:{art})\s+(?:{mod}\s+){{0,3}}(?:{who})"
        item = rf"(?:{_WORD_START}{det}{num_nc}\s+(?:{mod}\s+){{0,3}}(?:{who})|{one})"
        sep = rf"(?:\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+)"
        self.f_figures = rf"(?:{group}|{one}(?={sep}{item}))(?:{sep}{item})*"
        self.f_single = (rf"{_WORD_START}(?:(?:{art})\s+)?(?:{mod}\s+){{0,3}}?"
                         rf"(?:{who_s}){_WORD_END}")
        self.f_plural = rf"{_WORD_START}{det}(?:{mod}\s+){{0,2}}?(?:{who_p}){_WORD_END}"
        # one item of a figure, read again with its parts named
        self.item = re.compile(
            rf"{_WORD_START}{det}(?:{num}|(?P<art>{art}){_WORD_END}){part}"
            rf"(?P<who>(?:\s+{mod}){{0,3}}\s+(?:{who})|(?:\s+{mod}){{1,2}})?")
        self.article = re.compile(rf"(?:{art})\s+")
        self.determiner = re.compile(rf"(?:{_alt(rules.determiners)})\s+")
        self.skip = (re.compile(rf"(?:(?:{_alt(rules.who.skip)})\s+)+") if rules.who.skip
                     else None)

    def _compile_cues(self, rules: CasualtyRules) -> None:
        """The patterns: figures after, before and around their cues, tolls, one victim."""
        gap, figures, follow = self.f_gap, self.f_figures, self.f_follow
        single, plural = self.f_single, self.f_plural

        def by_kind(field: str, g: str = gap) -> str:
            """One named group a kind (``k_killed``...) over the cues of ``field``."""
            return "|".join(rf"(?P<k_{k}>{_alt(getattr(rules.cues[k], field), g)})"
                            for k in KINDS)

        self.after = re.compile(
            rf"{_WORD_START}(?:{by_kind('after')})\s+(?:(?P<list>{figures})"
            rf"|(?P<single>{single}){follow}|(?P<plural>{plural}){follow})")
        self.before = re.compile(
            rf"{_WORD_START}(?:(?P<list>{figures})|(?P<plural>{plural})){gap}"
            rf"(?:{by_kind('before')}){_WORD_END}")
        self.before_nouns = re.compile(
            rf"{_WORD_START}(?P<list>{self.f_det}{self.f_num}(?:\s+{self.f_mod}){{1,2}})"
            rf"{gap}(?:{by_kind('any_noun')}){_WORD_END}")
        # "a resident of Kharkiv was killed", "the death toll from the strike rose to 9"
        attached = (rf"(?:\s+(?:{_alt(rules.attachments)})\s+[^,.;:]{{1,60}}?)?"
                    if rules.attachments else "")
        self.singular = re.compile(
            rf"(?P<single>{single}){attached}(?:\s*,\s*[^,.;:]{{1,60}}?,)?{gap}"
            rf"(?:{by_kind('singular')}){_WORD_END}")
        toll_attached = attached.replace(":]", r":\d]")  # "toll of 11" is the figure
        self.tolls = re.compile(
            rf"{_WORD_START}(?:{by_kind('toll')}){toll_attached}"
            rf"(?:\s+(?:{_alt(rules.toll_links)}))*\s+(?P<list>{_WORD_START}{self.f_num})")
        self.around_pairs = {(pre, post): k for k in KINDS
                             for pre, post in rules.cues[k].around}
        pres = _alt(p for p, _ in self.around_pairs)
        posts = _alt(p for _, p in self.around_pairs)
        self.around = re.compile(
            rf"{_WORD_START}(?P<pre>{pres})\s+(?P<list>{figures})\s+(?P<post>{posts})"
            rf"{_WORD_END}")
        # the patterns that end on a cue are only tried shortly before one
        endings = [w for k in rules.cues.values() for w in (*k.before, *k.singular,
                                                             *k.any_noun)]
        self.endings = re.compile(rf"{_WORD_START}(?:{_alt(endings, gap)}){_WORD_END}")
        self.pronoun = re.compile(
            rf"{_WORD_START}(?P<single>{_alt(rules.pronouns)}){gap}(?:{by_kind('singular')})"
            rf"{_WORD_END}") if rules.pronouns else None
        # names are read on the text as written (capitals), the cue in any case
        not_first = "|".join(map(re.escape, rules.name_stop))
        self.name = re.compile(
            rf"{_WORD_START}(?P<single>(?!(?:{not_first})\b)"
            rf"(?:{_CAPITAL}[\w'’\-]*\s+){{0,4}}{_CAPITAL}[\w'’\-]*)"
            rf"(?:,\s*\d{{1,3}},|,\s*(?:{_alt(rules.relatives)}))?"
            rf"(?i:{gap}(?:{by_kind('singular')})){_WORD_END}") if rules.name_stop else None

    # --- reading one figure ------------------------------------------------------------

    def value_of(self, m: re.Match[str]) -> tuple[int | None, str, int]:
        """Value, qualifier and start of the figure in a match of :attr:`item`."""
        if m.group("art"):
            return 1, "exact", m.start("art")
        if m.group("x"):
            word = " ".join(m.group("x").replace("’", "'").split())
            value = self.extra_numbers.get(word)
            qual = self.numbers.qualifier(m.group("xq"))
            start = m.start("xq") if m.group("xq") else m.start("x")
            return value, qual if value is not None else "vague", start
        value = self.numbers.value(m.group("num"))
        qual = self.numbers.qualifier(m.group("qual"))
        start = m.start("qual") if m.group("qual") else m.start("num")
        return value, qual if value is not None else "vague", start

    def who_span(self, lower: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The victims' words in ``lower[lo:hi]`` without leading "other"/"more"; ``None``
        for words that say nothing ("people", "others")."""
        if self.skip is not None and (m := self.skip.match(lower, lo, hi)):
            lo = m.end()
        words = " ".join(lower[lo:hi].split())
        if not words or words in self.generic:
            return None
        return lo, hi

    def figures(self, original: str, lower: str, lo: int, hi: int
                ) -> tuple[Count, Evidence | None] | None:
        """One figure over a list of victims ``lower[lo:hi]`` (values added up)."""
        items = [m for m in self.item.finditer(lower, lo, hi)
                 if m.group("who") or not m.group("art")]
        if not items:
            return None
        if len(items) > 1 and lower[items[0].end():items[1].start()].lstrip().startswith(",") \
                and " ".join((items[0].group("who") or "").split()) in self.collective:
            items = items[:1]  # "three people, two women and a man": the same three
        total: int | None = 0
        quals: list[str] = []
        who: list[tuple[int, int]] = []
        start = hi
        for m in items:
            value, qual, at = self.value_of(m)
            start = min(start, at)
            quals.append(qual)
            total = None if total is None or value is None else total + value
            if m.group("who"):
                w_lo = m.start("who") + len(m.group("who")) - len(m.group("who").lstrip())
                if (span := self.who_span(lower, w_lo, m.end("who"))) is not None:
                    who.append(span)
        last = items[-1]
        end = last.end("who") if last.group("who") else max(
            last.end(g) for g in ("art", "num", "x") if last.group(g))
        qualifier = "vague" if total is None else next((q for q in quals if q != "exact"),
                                                       "exact")
        count = Count(total, qualifier, original[start:end], start, end)
        if not who:
            return count, None
        w_lo = who[0][0] if len(items) == 1 else items[0].start()
        w_lo = max(w_lo, start) if len(items) > 1 else w_lo
        w_hi = who[-1][1]
        return count, Evidence(original[w_lo:w_hi], w_lo, w_hi)

    def one(self, original: str, lower: str, lo: int, hi: int, *, named: bool = False
            ) -> tuple[Count, Evidence | None]:
        """A single victim: a count of 1 whose text is the victim."""
        count = Count(1, "exact", original[lo:hi], lo, hi)
        w_lo = lo
        if not named and (m := self.article.match(lower, lo, hi)):
            w_lo = m.end()
        span = self.who_span(lower, w_lo, hi)
        if span is None or lower[span[0]:span[1]] in self.rules.pronouns:
            return count, None
        return count, Evidence(original[span[0]:span[1]], span[0], span[1])

    def vague(self, original: str, lower: str, lo: int, hi: int
              ) -> tuple[Count, Evidence | None]:
        """Victims without a number ("civilians"): a vague figure whose text is theirs."""
        count = Count(None, "vague", original[lo:hi], lo, hi)
        w_lo = m.end() if (m := self.determiner.match(lower, lo, hi)) else lo
        span = self.who_span(lower, w_lo, hi)
        if span is None:
            return count, None
        return count, Evidence(original[span[0]:span[1]], span[0], span[1])

    # --- finding mentions ----------------------------------------------------------------

    def mentions(self, original: str, lower: str, lo: int, hi: int) -> list[_Mention]:
        """Every figure of ``lower[lo:hi]``; where two readings share words, the one with a
        number wins over one victim, and that over victims without a number."""
        candidates: list[tuple[int, int, _Mention]] = []

        def kind_of(m: re.Match[str]) -> str:
            return next(k for k in KINDS if m.group(f"k_{k}") is not None)

        def add(kind: str | None, figure: tuple[Count, Evidence | None] | None,
                cue: tuple[int, int], claim: tuple[int, int]) -> None:
            if kind is None or figure is None:
                return
            at = min(cue[0], claim[0])
            if self.negation.search(lower, max(lo, at - 24), at) is not None:
                return
            count = figure[0]
            rank = 2 if count.qualifier == "vague" and count.value is None and not \
                self.item.match(lower, count.start_char, count.end_char) else \
                1 if count.value == 1 and count.qualifier == "exact" else 0
            candidates.append((rank, len(candidates), _Mention(kind, count, figure[1], cue,
                                                               claim)))

        def group_of(m: re.Match[str]) -> str:
            return next(g for g in ("list", "single", "plural")
                        if g in m.re.groupindex and m.group(g))

        def victims(m: re.Match[str]) -> tuple[Count, Evidence | None] | None:
            group = group_of(m)
            read = {"list": self.figures, "single": self.one, "plural": self.vague}[group]
            return read(original, lower, *m.span(group))

        def group_span(m: re.Match[str]) -> tuple[int, int]:
            return m.span(group_of(m))

        for m in self.after.finditer(lower, lo, hi):
            kind = kind_of(m)
            add(kind, victims(m), m.span(f"k_{kind}"), group_span(m))
        for m in self.tolls.finditer(lower, lo, hi):
            kind = kind_of(m)
            add(kind, victims(m), m.span(f"k_{kind}"), m.span("list"))
        for m in self.around.finditer(lower, lo, hi):
            pair = (" ".join(m.group("pre").split()), " ".join(m.group("post").split()))
            add(self.around_pairs.get(pair), victims(m), m.span("post"), m.span("list"))
        windows = _merge([(max(lo, e.start() - _REACH), e.end())
                          for e in self.endings.finditer(lower, lo, hi)])
        for m in (m for w_lo, w_hi in windows for m in self.before.finditer(lower, w_lo, w_hi)):
            kind = kind_of(m)
            add(kind, victims(m), m.span(f"k_{kind}"), group_span(m))
        for m in (m for w_lo, w_hi in windows
                  for m in self.before_nouns.finditer(lower, w_lo, w_hi)):
            kind = kind_of(m)
            add(kind, victims(m), m.span(f"k_{kind}"), m.span("list"))
        for m in (m for w_lo, w_hi in windows
                  for m in self.singular.finditer(lower, w_lo, w_hi)):
            kind = kind_of(m)
            add(kind, victims(m), m.span(f"k_{kind}"), m.span("single"))
        if self.pronoun is not None:
            for m in (m for w_lo, w_hi in windows
                      for m in self.pronoun.finditer(lower, w_lo, w_hi)):
                kind = kind_of(m)
                add(kind, victims(m), m.span(f"k_{kind}"), m.span("single"))
        if self.name is not None:
            for m in (m for w_lo, w_hi in windows
                      for m in self.name.finditer(original, w_lo, w_hi)):
                words = lower[m.start("single"):m.end("single")].split()
                if words[0] in self.not_names or all(w in self.name_words for w in words):
                    continue
                kind = kind_of(m)
                add(kind, self.one(original, lower, *m.span("single"), named=True),
                    m.span(f"k_{kind}"), m.span("single"))
        taken: list[tuple[int, int]] = []
        found: list[_Mention] = []
        for _, _, mention in sorted(candidates, key=lambda c: (c[0], c[1])):
            spans = (mention.cue, mention.claim)
            if any(a < span[1] and span[0] < b for a, b in taken for span in spans):
                continue
            taken.extend(spans)
            found.append(mention)
        return found


class CasualtyFinder:
    """Reads casualty figures out of a text; ``language`` is a rule-set key ("en",
    "uk+en": every language's rules are read)."""

    def __init__(self, language: str) -> None:
        self.languages = [_Language(load_casualty_rules(lang), grammar_for(lang))
                          for lang in language.split("+")]
        # the gate: plain substring searches are about twice as fast as one regular
        # expression of the same words (measured on benchmarks/corpus.py)
        self.triggers = sorted({" ".join(t.lower().split()) for lang in self.languages
                                for t in lang.rules.triggers})

    def find(self, text: str, attack_id: str | None = None, *,
             attacks: Sequence[Attack] | None = None) -> list[Casualty]:
        """The casualty records of ``text``, one or more a sentence.

        ``attacks`` (the document's attacks) links each record to the attack it belongs
        to; without them, ``attack_id`` is the one attack every record may belong to.
        """
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer: keep offsets
            lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        hits = self._hits(lower)
        if not hits:
            return []
        linker = _Linker(text, attacks, attack_id)
        out: list[Casualty] = []
        for s_lo, s_hi in _sentences_around(text, hits):
            mentions = [mention for lang in self.languages
                        for mention in lang.mentions(text, lower, s_lo, s_hi)]
            if mentions:
                out.extend(self._records(text, lower, s_lo, s_hi, mentions, linker))
        return out

    def _hits(self, lower: str) -> list[int]:
        out: list[int] = []
        for word in self.triggers:
            at = lower.find(word)
            while at >= 0:
                out.append(at)
                at = lower.find(word, at + 1)
        return sorted(out)

    def _records(self, text: str, lower: str, s_lo: int, s_hi: int,
                 mentions: list[_Mention], linker: _Linker) -> list[Casualty]:
        groups: list[dict[str, _Mention]] = [{}]
        for m in sorted(mentions, key=lambda x: min(x.claim[0], x.cue[0])):
            current = groups[-1]
            old = current.get(m.kind)
            if old is None:
                current[m.kind] = m
            elif old.count.value is None and m.count.value is not None:
                current[m.kind] = m  # a number says more than "civilians were killed"
            elif m.count.value is None:
                continue
            else:
                groups.append({m.kind: m})
        out: list[Casualty] = []
        bounds = [(min(min(m.claim[0], m.cue[0]) for m in g.values()),
                   max(max(m.claim[1], m.cue[1]) for m in g.values())) for g in groups]
        # records of one sentence part at the last clause break between them
        cuts = [s_lo]
        for (_, end), (start, _) in pairwise(bounds):
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(lower, end, start)]
            cuts.append(breaks[-1] if breaks else start)
        cuts.append(s_hi)
        for i, group in enumerate(groups):
            seg_lo, seg_hi = cuts[i], cuts[i + 1]
            scope, attack = self._scope(lower, seg_lo, seg_hi, s_lo, linker)
            who = next((m.who for m in sorted(group.values(), key=lambda x: x.claim[0])
                        if m.who is not None), None)
            killed, injured, missing = (group[k].count if k in group else None for k in KINDS)
            out.append(Casualty(killed, injured, missing, who, scope, attack,
                                text[s_lo:s_hi], s_lo, s_hi))
        return out

    def _scope(self, lower: str, lo: int, hi: int, s_lo: int, linker: _Linker
               ) -> tuple[str, str | None]:
        for lang in self.languages:
            if lang.background.search(lower, lo, hi):
                return "background", None
        for lang in self.languages:
            if lang.national.search(lower, lo, hi):
                return "national_day", None
        for lang in self.languages:
            if lang.not_attack.search(lower, lo, hi):
                return "unknown", None
        attack = linker.attack_for(s_lo)
        return ("attack", attack) if attack is not None else ("unknown", None)


class _Linker:
    """The attack a sentence belongs to (sentences are only split when several attacks
    must be told apart)."""

    def __init__(self, text: str, attacks: Sequence[Attack] | None,
                 attack_id: str | None) -> None:
        self.fallback: str | None = attack_id
        self.starts: list[int] = []
        self.by_sentence: dict[int, list[str]] = {}
        if attacks is None:
            return
        self.fallback = attacks[0].id if len(attacks) == 1 else None
        if len(attacks) < 2:
            return
        self.starts = [lo for lo, _ in split_sentences(text)]
        for attack in attacks:
            for offset in _evidence_offsets(attack):
                ids = self.by_sentence.setdefault(self.index(offset), [])
                if attack.id not in ids:
                    ids.append(attack.id)

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def attack_for(self, offset: int) -> str | None:
        """The attack read from the sentence at ``offset``, else from the one before, else
        the one after; else the document's only attack."""
        if self.by_sentence:
            index = self.index(offset)
            for near in (index, index - 1, index + 1):
                ids = self.by_sentence.get(near)
                if ids:
                    return ids[0]
        return self.fallback


def _sentences_around(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """The sentences holding a hit. A line break always ends a sentence, so only the lines
    (paragraphs) with a hit are split."""
    out: list[tuple[int, int]] = []
    line_end = -1
    for hit in hits:
        if hit < line_end:
            continue
        line_start = text.rfind("\n", 0, hit) + 1
        line_end = text.find("\n", hit)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        inside = [h - line_start for h in hits if line_start <= h < line_end]
        for lo, hi in split_sentences(line):
            if any(lo <= h < hi for h in inside):
                out.append((lo + line_start, hi + line_start))
    return out


def _evidence_offsets(attack: Attack) -> list[int]:
    """Where the attack was read from: its figures, weapon mentions, period and actors."""
    spans: list[Count | Evidence | None] = [attack.hit_locations, attack.debris_locations,
                                            attack.attacker_evidence, attack.target_evidence]
    for weapon in attack.weapons:
        spans.append(weapon.mention)
        spans.extend((weapon.launched, weapon.destroyed, weapon.shot_down,
                      weapon.suppressed, weapon.hit, weapon.pending))
    totals = attack.totals
    spans.extend((totals.launched, totals.destroyed, totals.shot_down, totals.suppressed,
                  totals.hit, totals.pending))
    offsets = [s.start_char for s in spans if s is not None]
    if attack.period.start_char is not None:
        offsets.append(attack.period.start_char)
    if attack.reported_by is not None:
        offsets.append(attack.reported_by.start_char)
    return offsets


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@cache
def finder_for(language: str) -> CasualtyFinder:
    return CasualtyFinder(language)
