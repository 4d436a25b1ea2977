"""Quotes and reported speech with their speakers.

Direct quotes are the text between matching quotation marks (“…”, «…», "…") inside one
paragraph — a mark that never closes ends nothing, so a stray quote cannot swallow the
article. Each quote is attributed from its own sentence: "…," Peskov said / said Peskov /
Peskov said: "…" / Peskov called it "unacceptable". A quote paragraph with no attribution
of its own continues the previous paragraph's speaker (the newspaper convention).
Reported speech: "X said (that) …", "…, X said.", "according to X, …".

A speaker is the noun phrase next to the speech verb ("Ukrainian Foreign Minister Andrii
Sybiha", "a senior official", "the Kremlin"); "he"/"she"/"they" and a bare surname point
back to the last speaker so named. Known names get the actor list's canonical name and
country. No speaker found means ``speaker: null``, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from .model import Actor, Evidence, Quote
from .rules import load_actors, load_speech

__all__ = ["QuoteFinder", "finder_for"]

_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_MARKS = re.compile(r"[\u201c\u201d\u00ab\u00bb\u201e\"]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[\u201c\u00ab\"])")
_WORD = re.compile(r"[\w'’-]+(?:\.(?=\w)[\w'’-]+)*\.?(?=[\w\s,;:]|$)|[\w'’-]+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _alt(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(set(phrases), key=len, reverse=True))


@dataclass
class _Speaker:
    actor: Actor
    kind: str  # "person" | "organisation" | "unknown"


class QuoteFinder:
    """Compiled speech rules of one language (or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        rules = load_speech(language)
        self.rules = rules
        # matched on a lower-cased copy of the text (same offsets): a case-sensitive
        # alternation is several times faster than an IGNORECASE one
        self.verb = re.compile(rf"(?<![\w'’])(?:{_alt([v.lower() for v in rules.verbs])})(?![\w])")
        self.according = re.compile(
            rf"(?<![\w])(?:{_alt([a.lower() for a in rules.according])})\s+")
        self.channel = re.compile(
            rf"(?<![\w])(?:{_alt([c.lower() for c in rules.channels])})(?![\w])")
        self.pronouns = {k.lower(): v for k, v in rules.pronouns.items()}
        self.determiners = frozenset(d.lower() for d in rules.determiners)
        self.stop = frozenset(s.lower() for s in rules.stop)
        self.honorifics = frozenset(h.lower() for h in rules.honorifics)
        actors = load_actors()
        self.known: dict[str, tuple[str, str | None, str | None]] = {}
        for rep in actors.reporters:
            for alias in rep.aliases:
                self.known[alias.lower()] = (rep.name, rep.country, rep.sector)
        for country in actors.countries:
            for name in country.names:
                self.known.setdefault(name.lower(), (name, country.code, "GOV"))

    # -- speakers -----------------------------------------------------------------------
    def _speaker_before(self, text: str, lo: int, cue: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before ``cue`` (its subject)."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, cue)]
        kept: list[tuple[int, int]] = []
        for s, e in reversed(words):
            w = text[s:e]
            low = w.lower()
            if not (w[0].isalnum() or w in ("'s", "’s")):
                break
            if low in self.stop and low not in self.determiners:
                break
            kept.append((s, e))
            if len(kept) >= 8:
                break
        while kept and text[kept[-1][0]:kept[-1][1]].lower() not in self.determiners \
                and text[kept[-1][0]].islower() and len(kept) > 1 \
                and text[kept[-1][0]:kept[-1][1]].lower() not in self.pronouns:
            kept.pop()  # leading lowercase words that are no determiner
        if not kept:
            return None
        kept.reverse()
        return kept[0][0], kept[-1][1]

    def _speaker_after(self, text: str, start: int, hi: int) -> tuple[int, int] | None:
        """ "said Dmitry Peskov", "said a senior official": the phrase after the verb."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, hi)]
        kept: list[tuple[int, int]] = []
        for s, e in words:
            w = text[s:e]
            low = w.lower()
            if not w[0].isalnum():
                break
            if not kept and not (w[0].isupper() or low in self.determiners
                                 or low in self.pronouns):
                return None
            if kept and low in self.stop:
                break
            if w.endswith(".") and w.count(".") == 1 and low not in self.honorifics:
                kept.append((s, e - 1))  # "said Andrii Sybiha." — the full stop ends it
                break
            kept.append((s, e))
            if len(kept) >= 7:
                break
        if not kept:
            return None
        return kept[0][0], kept[-1][1]

    def _actor(self, text: str, span: tuple[int, int], history: list[_Speaker]
               ) -> _Speaker | None:
        s, e = span
        phrase = text[s:e].strip(" ,")
        low = phrase.lower()
        words = phrase.split()
        if not any(w[:1].isupper() for w in words) and low not in self.pronouns and not (
                len(words) >= 2 or low.endswith("s")):
            return None  # "being", "first": no speaker (a plural like "officials" is one)
        if low in self.pronouns:
            wanted = self.pronouns[low]
            for prev in reversed(history):
                if wanted == "any" or prev.kind == wanted:
                    a = prev.actor
                    return _Speaker(Actor(a.name, text[s:e], s, e, a.actor_id, a.country,
                                          a.sector), prev.kind)
            return None
        words = low.split()
        for i in range(len(words)):  # the whole phrase, then shorter endings of it
            hit = self.known.get(" ".join(words[i:]))
            if hit is not None and (i == 0 or len(" ".join(words[i:])) > 4):
                name, country, sector = hit
                kind = "person" if name.split()[0][:1].isupper() and len(name.split()) >= 2 \
                    and not any(w.lower() in ("ministry", "force", "forces", "command",
                                              "staff", "military") for w in name.split()) \
                    else "organisation"
                return _Speaker(Actor(name, text[s:e], s, e, name, country, sector), kind)
        last = phrase.split()[-1] if phrase.split() else phrase
        if phrase[:1].isupper() and len(phrase.split()) == 1:
            for prev in reversed(history):  # "Sybiha said" after "Andrii Sybiha"
                if prev.actor.name.split()[-1:] == [last] and prev.actor.name != phrase:
                    a = prev.actor
                    return _Speaker(Actor(a.name, text[s:e], s, e, a.actor_id, a.country,
                                          a.sector), prev.kind)
        first = phrase.split()[0] if phrase.split() else ""
        # "Andrii Sybiha", "Mr. Obama", "Peskov" name a person; "the ministry", "The
        # Post", "officials" do not
        kind = "person" if first[:1].isupper() and first.lower() not in self.determiners \
            and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin")
                    for w in phrase.split()[-2:]) else "unknown"
        return _Speaker(Actor(phrase, text[s:e], s, e), kind)

    # -- finding ------------------------------------------------------------------------
    def find(self, text: str) -> list[Quote]:
        # every speech verb, "according to" and channel of the document, found once
        low = text.lower()
        if len(low) != len(text):
            low = text  # a rare letter whose lower case is longer: match as written
        self._verbs = _Hits(self.verb, low)
        self._according = _Hits(self.according, low)
        self._channels = _Hits(self.channel, low)
        if not (_MARKS.search(text) or self._verbs or self._according):
            return []
        paragraphs = _paragraph_spans(text)
        quotes: list[Quote] = []
        history: list[_Speaker] = []
        covered: list[tuple[int, int]] = []
        previous_speaker: _Speaker | None = None
        for p_start, p_end in paragraphs:
            direct = _direct_spans(text, p_start, p_end)
            paragraph_speaker: _Speaker | None = None
            first_quote = len(quotes)
            for q_start, q_end in direct:
                sent_lo, sent_hi = _sentence_around(text, q_start, q_end, p_start, p_end)
                speaker, cue, channel = self._attribute(text, q_start, q_end, sent_lo, sent_hi,
                                                        history)
                if speaker is None and text[p_start:q_start].strip() in ("", "\u201c",
                                                                         "\u00ab", '"'):
                    speaker = previous_speaker  # a quote paragraph continues its speaker
                if speaker is not None:
                    history.append(speaker)
                    paragraph_speaker = speaker
                content = text[q_start:q_end]
                stripped = content.strip()
                if not stripped:
                    continue
                a = q_start + content.find(stripped)
                quotes.append(Quote(stripped, a, a + len(stripped), "direct",
                                    None if speaker is None else speaker.actor, channel, cue))
                covered.append((sent_lo, sent_hi))
            if paragraph_speaker is not None:  # one speaker per quote paragraph
                for i in range(first_quote, len(quotes)):
                    if quotes[i].speaker is None:
                        q = quotes[i]
                        quotes[i] = Quote(q.text, q.start_char, q.end_char, q.kind,
                                          paragraph_speaker.actor, q.channel, q.cue)
            for q in self._indirect(text, p_start, p_end, direct, history):
                quotes.append(q)
            if paragraph_speaker is not None:
                previous_speaker = paragraph_speaker
            elif not direct:
                previous_speaker = history[-1] if history else None
        quotes.sort(key=lambda q: q.start_char)
        return quotes

    def _attribute(self, text: str, q_start: int, q_end: int, lo: int, hi: int,
                   history: list[_Speaker]
                   ) -> tuple[_Speaker | None, Evidence | None, Evidence | None]:
        # after the quote: "…," Peskov said / said Peskov
        after_lo = q_end + 1
        next_open = _MARKS.search(text, after_lo, hi)
        after_hi = min(hi, after_lo + 90, next_open.start() if next_open else hi)
        m = self._verbs.first(after_lo, after_hi)
        if m is not None:
            gap = text[after_lo:m.start()]
            span = self._speaker_before(text, after_lo, m.start()) if gap.strip(" ,") else None
            if span is None:
                span = self._speaker_after(text, m.end(), hi)
            if span is not None and "\u201c" not in text[after_lo:m.start()]:
                sp = self._actor(text, span, history)
                return sp, _ev(text, m.start(), m.end()), self._channel(text, m.start(), hi)
        # before the quote: Peskov said: "…"  /  Peskov told reporters, "…"
        before = text[lo:q_start - 1]
        last = None
        for m in self._verbs.within(lo, max(lo, q_start - 1)):
            last = m
        if last is not None:
            span = self._speaker_before(text, lo, last.start())
            if span is None:
                span = self._speaker_after(text, last.end(), q_start - 1)
            if span is not None:
                sp = self._actor(text, span, history)
                return sp, _ev(text, last.start(), last.end()), self._channel(text, lo,
                                                                              q_start)
        m = self._according.first(lo, max(lo, q_start))
        if m is not None or (m := self._according.first(q_end, hi)) is not None:
            span = self._speaker_after(text, m.end(), hi)
            if span is not None:
                return self._actor(text, span, history), _ev(text, m.start(), m.end()), None
        del before
        return None, None, None

    def _channel(self, text: str, lo: int, hi: int) -> Evidence | None:
        m = self._channels.first(lo, hi)
        return None if m is None else _ev(text, m.start(), m.end())

    def _indirect(self, text: str, p_start: int, p_end: int, direct: list[tuple[int, int]],
                  history: list[_Speaker]) -> list[Quote]:
        out: list[Quote] = []
        for lo, hi in _sentences(text, p_start, p_end):
            if any(lo <= s < hi or lo < e <= hi for s, e in direct):
                continue  # the sentence has a direct quote: it was attributed there
            sentence = text[lo:hi]
            # "…, X said." / "…, said X." at the end of the sentence
            verbs = self._verbs.within(lo, hi)
            m = verbs[-1] if verbs else None
            tail_lo = m.end() if m is not None else hi
            channel_after = self._channels.first(tail_lo, hi) if m is not None else None
            if channel_after is not None and text[tail_lo:channel_after.start()].strip() == "":
                tail_lo = channel_after.end()  # "…, Klitschko said on Telegram."
            if (m is not None and text[tail_lo:hi].strip(" .") == "") or (
                    m is not None and self._speaker_after(text, m.end(), hi) is not None
                    and text[m.end():hi].count(",") == 0 and "," in text[lo:m.start()]):
                comma = text.rfind(",", lo, m.start())
                if comma > lo:
                    span = self._speaker_before(text, comma + 1, m.start()) \
                        or self._speaker_after(text, m.end(), hi)
                    content = text[lo:comma].strip()
                    if span is not None and len(content.split()) >= 3:
                        sp = self._actor(text, span, history)
                        if sp is not None:
                            history.append(sp)
                        a = lo + sentence.find(content)
                        out.append(Quote(content, a, a + len(content), "indirect",
                                         None if sp is None else sp.actor,
                                         self._channel(text, lo, hi),
                                         _ev(text, m.start(), m.end())))
                        continue
            # "according to X, …" / "…, according to X."
            acc = self._according.first(lo, hi)
            if acc is not None:
                span = self._speaker_after(text, acc.end(), hi)
                if span is not None:
                    if acc.start() - lo < 3:
                        c_lo, c_hi = text.find(",", span[1], hi) + 1, hi
                    else:
                        c_lo, c_hi = lo, acc.start()
                    content = text[c_lo:c_hi].strip(" ,.")
                    if c_lo > 0 and len(content.split()) >= 3:
                        sp = self._actor(text, span, history)
                        a = text.find(content, c_lo, c_hi)
                        out.append(Quote(content, a, a + len(content), "indirect",
                                         None if sp is None else sp.actor, None,
                                         _ev(text, acc.start(), acc.end())))
                        continue
            # "X said (that) …"
            first = self._verbs.first(lo, hi)
            if first is not None:
                span = self._speaker_before(text, lo, first.start())
                rest_lo = first.end()
                ch = self.channel.match(text, rest_lo + 1) if rest_lo + 1 < hi else None
                if ch is not None:
                    rest_lo = ch.end()
                rest = text[rest_lo:hi].strip(" ,.:")
                if rest.lower().startswith("that "):
                    rest = rest[5:]
                if span is not None and len(rest.split()) >= 4 and rest[:1] not in "\u201c\"":
                    sp = self._actor(text, span, history)
                    if sp is not None:
                        history.append(sp)
                    a = text.find(rest, rest_lo, hi)
                    out.append(Quote(rest, a, a + len(rest), "indirect",
                                     None if sp is None else sp.actor,
                                     self._channel(text, lo, hi),
                                     _ev(text, first.start(), first.end())))
        return out


class _Hits:
    """All matches of a pattern in a text, searched by position without re-scanning."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.matches = list(pattern.finditer(text))
        self.starts = [m.start() for m in self.matches]

    def __bool__(self) -> bool:
        return bool(self.matches)

    def within(self, lo: int, hi: int) -> list[re.Match[str]]:
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.matches) and self.matches[i].end() <= hi:
            out.append(self.matches[i])
            i += 1
        return out

    def first(self, lo: int, hi: int) -> re.Match[str] | None:
        i = bisect_left(self.starts, lo)
        if i < len(self.matches) and self.matches[i].end() <= hi:
            return self.matches[i]
        return None


def _ev(text: str, s: int, e: int) -> Evidence:
    return Evidence(text[s:e], s, e)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in re.finditer(r"\n\s*\n|\n", text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _direct_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Inner spans of matching quotation marks inside one paragraph."""
    out: list[tuple[int, int]] = []
    i = lo
    while True:
        m = _MARKS.search(text, i, hi)
        if m is None:
            return out
        mark = m.group()
        if mark == '"':
            close = text.find('"', m.end(), hi)
        elif mark in _PAIRS:
            close = text.find(_PAIRS[mark], m.end(), hi)
        else:
            i = m.end()  # a closing mark with no opening one
            continue
        if close < 0:
            return out  # never closes: ignore it and the rest of the paragraph's marks
        out.append((m.end(), close))
        i = close + 1


def _sentence_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m2 = _SENTENCE_END.search(text, end + 1, hi)
    e = m2.end() if m2 else hi
    return s, e


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() - s > 1:
            out.append((s, m.start()))
        s = m.end()
    if hi - s > 1:
        out.append((s, hi))
    return [(a + (len(text[a:b]) - len(text[a:b].lstrip())), b) for a, b in out]


@cache
def finder_for(language: str) -> QuoteFinder:
    return QuoteFinder(language)
