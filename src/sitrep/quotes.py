"""Quotes and reported speech with their speakers.

Direct quotes are the text between matching quotation marks (“…”, «…», "…", ''…'') inside
one paragraph. A mark that never closes ends nothing — unless it opens the paragraph: then
the last closing mark of the paragraph closes it («…”), or, with none, it runs to the
paragraph's end (the newspaper convention for a quote over several paragraphs) — so a stray
mark cannot swallow the article. Titles (“Face the Nation”) and terms nobody says (a
“philanthropub” that …) are no quotes.

Reported speech is found from cue words (``rules/<lang>/speech.json``: verbs of saying,
thinking and showing in all their forms, adjectives of attitude, nouns, "according to") in
one of a few frames, each cue on its own (a sentence may hold several):

- lead: "Peskov said (that) …", "The study found that …", "Trump wants to …",
  "Peskov said: “…”", "Sybiha called the strike “unacceptable”", "were frustrated that …";
- trail: "“…,” Peskov said (on Telegram).", "…, the ministry said.";
- invert: "“…,” said Dmitry Peskov, the Kremlin spokesman.", "Said Ellis: “…”";
- participle: "…, saying (that) …", "began by saying …" — the speaker of the clause;
- noun: "Trump’s claim that …", "his promise to …" — the possessor;
- according: "according to the governor, …" / "…, according to a report by the UN.";
- as-clause: "…, as the ministry noted." / "As Trump put it, …";
- passive: "The plan was rejected by the council" — the agent after "by";
- transcript: "PESKOV: …" at the head of a paragraph; "Pence: …" at the head of the
  headline.

A lead cue reaches past a raising verb ("appeared to suggest"), a contracted pronoun ("She’s
claiming"), an adjunct before "that" ("said at a rally in Lviv, Ukraine, that …"), an object
before an infinitive ("expect Clinton to win") or a complement ("called the report a
fabrication"), and a clause without "that" ("hoped the pumps would hold"). A capitalised cue
counts at a sentence start or in a title-case headline ("…, Harbour Master Says"); right
after an article it is a noun ("the attack").

A cue is refused where it is no speech: a passive ("was told"), a noun ("Trump’s comments",
"analyst forecasts" — noun-like forms need a clause or a quotation after them), "so-called",
a content that opens with a preposition. A lead content ends where another attribution of
its sentence begins ("…, but Moscow said …", "…, according to …"). A reported clause
whose subject opens another quote's content ("Merrill says Machado promised to …") is part
of that content, not a quote of its own; a pronoun there ("He said he plans to …") is the
outer speaker. A question before its answer ("Asked about X, the governor said …") is no
content.

A quotation with no cue of its own takes the speaker of a name under it ("” ― Beck
Pimentel"), of its sentence's subject after a colon ("X had one message: “…”"), of its
sentence or paragraph, or — when the paragraph opens with it — of the paragraph before (the
continuation convention). Speakers are resolved by :mod:`sitrep.speakers`. No speaker found
means ``speaker: null``.

Cost: one scan of the lower-cased text for cue words (one prefix-tree expression) and one
for quotation marks; a document with neither is done. Paragraphs without either are skipped;
the words around a cue are read from a short window.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache

from .model import Actor, Evidence, Quote
from .rules import load_speech
from .speakers import TOKEN, Phrase, SpeakerRules, Speakers

__all__ = ["QuoteFinder", "finder_for"]

_MARK = re.compile(r"''|[\"“”«»„]")
_LEFT_EDGE = " \t\n\r\xa0\u2009\u202f,:;—–"
_RIGHT_EDGE = " \t\n\r\xa0\u2009\u202f,.;:—–"
_WORDLIKE = re.compile(r"[^\W_]")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/\"“«„'")
_CLOSE_AFTER = frozenset(" \t\n,.;:!?)]}—–―-\"”»'…")
_SENTENCE_END = re.compile(r"[.!?…]+(?:''|[\"”’»)\]'])*(?=\s*$|\s+[^\sa-z])")
_SEPARATORS = frozenset(",;:—–-(")
_DASH_NAME = re.compile(r"[^\S\n]*[―—–][^\S\n]*")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_ADDRESSEES = _OBJECT_PRONOUNS | {"reporters", "journalists"}
_LEAD_ONLY = frozenset({"lead"})
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = frozenset("a an the of to in on for and or but nor with at by from as is vs "
                         "into over after before about".split())
_ADJUNCT_THAT = re.compile(r"[^.;:!?“”\"()]{3,110}?,\s+that\s+(?=\S)")
_ARTICLES = frozenset("the a an his her their its our my your these those another every".split())
_OBJECT = (r"(?:him|her|them|us|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
           r"|(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)")
_OBJECT_TO = re.compile(_OBJECT + r"\s+to\s+[a-z]")  # "expect Clinton to win"
_OBJECT_COMPLEMENT = re.compile(  # "called him a liar", "called climate change a hoax"
    r"(?:" + _OBJECT + r"|(?:this|these)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|(?!(?:for|on|in|at|to|from|with|by|off|up|out|back|into|upon|after)\b)"
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:as\s+)?an?\s+\w")
_OBJECT_AS = re.compile(r"(?:(?!as\b)[\w’'.-]+\s+){1,6}?as\s+"
                        r"(?!well\b|soon\b|long\b|much\b|if\b|though\b)\w")
_BARE_CLAUSE = re.compile(  # a clause without "that": "hoped the utilities would …"
    r"(?:[\w’'.-]+\s+){1,4}?(?:would|will|could|can|should|might|may|must|had|has|have|"
    r"is|are|was|were|did|does)\s+\w")
_PARAGRAPH = re.compile(r"(?<![^\n])[^\n]*\S[^\n]*")
_BY_AGENT = re.compile(r"[ \t]+by[ \t]+(?=\S)")
_PASSIVE_AUX = re.compile(r"\b(\w+|['’]s)(?:\s+\w+ly)?\s+$")  # "was (widely) …"
_COPULA_THAT = re.compile(r"(?:is|was|remains|remained)\s+that\s+(?=\S)")
_DOCUMENTS = frozenset("report reports study survey analysis poll letter memo statement review "
                       "assessment audit investigation filing document documents".split())
_GERUND_AFTER = frozenset({"by", "while", "after", "before", "when", "without", "for"})
_RAISING = re.compile(r"\b(?:(?:appear|seem|continue|tr(?:y|ie)|go(?:es)? on|went on|proceed)"
                      r"(?:s|ed)?|(?:take|takes|took) to \w+(?: \w+)?)"
                      r"(?:\s+\w+ly)?\s+to$")
_SHOW_TITLE = re.compile(r"\s*(?:[“\"«]|'')[^”\"»\n]{1,60}(?:[”\"»]|'')"
                         r"(?:\s+(?:show|program|programme|broadcast|interview|podcast))?")
_TRANSCRIPT_LINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{1,30}[A-Z.]:[ \t]", re.MULTILINE)
_HEADLINE_SPEAKER = re.compile(r"[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}):[ \t]+(?=\S)")
# a known actor and a colon open a Ukrainian post ("Укренерго: …", "Генштаб ЗСУ: …")
_HEADLINE_SPEAKER_CYRILLIC = re.compile(r"[ \t]*([А-ЯІЇЄҐA-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}):"
                                        r"[ \t]+(?=\S)")
_DASH_AFTER = re.compile(r"[,.!?]?[ \t]*[—–-][ \t]")  # "«…», — каже X"
# «A, — cue X. — B»: a quotation interrupted by its attribution between long dashes
_INTERRUPTION = re.compile(r"(?<=[,.!?…])[ \t]+[—–][ \t]+([^—–«»\n]{3,120}?[.,:])[ \t]+[—–]"
                           r"[ \t]+(?=\S)")
_TRANSCRIPT = re.compile(r"[ \t]*(?:[\"“]|'')?[ \t]*([A-Z][A-Z.'’ -]{1,30}[A-Z.]):[ \t]+(?=\S)")


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree: one branch per letter, so the regex
    engine tests each position against a handful of letters, not every word."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub)
                    for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _alt(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Cue:
    frames: frozenset[str]
    needs: frozenset[str]
    participle: bool = False
    according: bool = False
    past: bool = False
    noun: frozenset[str] | None = None  # the needs of a noun cue ("his claim that")
    nounlike: bool = False  # "claims", "forecasts": a noun as often as a verb


_NO_NEEDS = _Cue(frozenset(), frozenset())


@dataclass(frozen=True, slots=True)
class _Span:
    """A quotation: its marks at ``start``/``end``, its words at ``inner``/``inner_end``."""

    start: int
    inner: int
    inner_end: int
    end: int


@dataclass(slots=True)
class _Attribution:
    speaker: Actor | None
    regions: list[tuple[int, int]]
    cue: tuple[int, int] | None
    channel: Evidence | None = None
    at: int = 0


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    quotes: list[_Span] = field(default_factory=list)
    attributions: list[_Attribution] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


class QuoteFinder:
    """Compiled speech rules of one language (or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        rules = load_speech(language)
        self.rules = rules
        self.speakers = SpeakerRules(rules)
        self.cues: dict[str, _Cue] = {}
        nounlike = frozenset({"that", "to", "opening quote"})
        for cue in rules.cues:
            for form, participle in [(f, False) for f in cue.forms] + \
                    [(f, True) for f in cue.participles]:
                needs = frozenset(cue.needs) or (nounlike if form in cue.nounlike
                                                 else frozenset())
                frames = frozenset(cue.frames)
                # a past form: neither the lemma, nor its -s form, nor a participle
                past = not participle and form != cue.lemma and not form.split()[0].endswith("s")
                self._add_cue(" ".join(form.lower().split()), _Cue(
                    frames, needs, participle, past=past, nounlike=form in cue.nounlike))
        for noun in rules.nouns:
            for form in noun.forms:
                self._add_cue(" ".join(form.lower().split()), _Cue(
                    frozenset(), frozenset(), noun=frozenset(noun.needs)))
        for phrase in rules.according:
            self._add_cue(" ".join(phrase.lower().split()),
                          _Cue(frozenset(), frozenset(), according=True))
        # matched on a lower-cased copy of the text (same offsets)
        self.cue_re = re.compile(rf"\b(?:{_trie(sorted(self.cues))})\b")
        channel_nouns = _alt([n.lower() for n in rules.channel_nouns]) or "(?!)"
        self.channel_re = re.compile(
            rf"(?:{_alt([c.lower() for c in rules.channels]) or '(?!)'})\b"
            rf"|(?:in|on|during|at)\s+(?:a|an|the|his|her|their|its|one|an?\s+\w+)\s+"
            rf"(?:[\w-]+\s+){{0,2}}(?:{channel_nouns})\b"
            rf"(?:\s+(?:with|on|to|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)?")
        self.on_name = re.compile(r"(?:on|to|in)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
                                  r"(?:\s+[A-Z][\w'’.&-]*){0,4}")
        times = _alt([t.lower() for t in rules.times]) or "(?!)"
        preps = _alt([t.lower() for t in rules.time_prepositions]) or "(?!)"
        self.times_re = re.compile(
            rf"(?:[\s,]*(?:(?:{preps})\s+)*(?:(?:{times})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
            rf"(?:,?\s+\d{{4}}\b)?|(?<=in\s)\d{{4}}\b))+")
        self.messages = frozenset(n.lower() for n in rules.channel_nouns
                                  if " " not in n) | _DOCUMENTS
        self.quantifiers = frozenset(w for w, kind in self.speakers.pronouns.items()
                                     if kind == "self" and w in self.speakers.determiners)
        self.complementizers = frozenset(c.lower() for c in rules.complementizers)
        self.prepositions = frozenset(p.lower() for p in rules.prepositions)
        self.introducers = frozenset(p.lower() for p in rules.introducers)
        self.openers = self.prepositions | {o.lower() for o in rules.openers}
        self.be_forms = frozenset(w.lower() for w in rules.passive)
        stems = _alt([c.lower() for c in rules.catenatives]) or "(?!)"
        self.catenative_re = re.compile(rf"\b(?:{stems})[a-z]*(?:\s+\w+ly)?\s$")
        self.dashes = frozenset(rules.dashes)
        self.back_references = frozenset(" ".join(b.lower().split())
                                         for b in rules.back_references)
        self.locatives = frozenset(w.lower() for w in rules.locatives)
        self.name_nouns = tuple(n.lower() for n in rules.name_nouns)
        self.relay_re = re.compile(
            rf",\s+((?:{_alt(rules.relays)})\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)"
            rf"[.!]?\s*$") if rules.relays else None
        self.headline_re = _HEADLINE_SPEAKER_CYRILLIC if self.speakers.cyrillic \
            else _HEADLINE_SPEAKER

    def _add_cue(self, form: str, cue: _Cue) -> None:
        old = self.cues.get(form)
        if old is not None:
            needs = old.needs | cue.needs if old.needs and cue.needs else frozenset()
            if not old.frames and not old.noun:
                needs = cue.needs
            elif not cue.frames and not cue.noun:
                needs = old.needs
            cue = _Cue(old.frames | cue.frames, needs, old.participle or cue.participle,
                       old.according or cue.according, old.past or cue.past,
                       old.noun if old.noun is not None else cue.noun,
                       old.nounlike or cue.nounlike)
        self.cues[form] = cue

    # -- finding ------------------------------------------------------------------------
    def find(self, text: str) -> list[Quote]:
        low = text.lower()
        if len(low) != len(text):
            low = text  # a rare letter whose lower case is longer: match as written
        hits = [m for m in self.cue_re.finditer(low)
                if (not (text[m.start()].isupper() or text[m.start() - 1:m.start()] == "-")
                    or self._is_cue(text, m.start()))
                and not self._after_article(low, m)]
        marks = list(_MARK.finditer(text))
        if not hits and not marks and _TRANSCRIPT_LINE.search(text) is None and \
                self.headline_re.match(text) is None:
            return []
        run = _Run(self, text, low, hits, marks)
        return run.quotes()

    def _after_article(self, low: str, m: re.Match[str]) -> bool:
        """ "the attack", "its reports", "these guarantees": a verb cue right after an
        article or a possessive is a noun (noun cues keep their possessor: "his claim")."""
        s = m.start()
        if s < 2 or low[s - 1] != " ":
            return False
        k = low.rfind(" ", max(0, s - 9), s - 1)
        if low[k + 1:s - 1] not in _ARTICLES or (k >= 0 and low[k] not in " \n"):
            return False
        cue = self.cue_of(m.group())
        return cue.noun is None and not cue.according

    @staticmethod
    def _is_cue(text: str, i: int) -> bool:
        """A cue word is written in lower case ("Post" is a newspaper, "post" a verb),
        unless it opens a sentence."""
        if i > 0 and text[i - 1] == "-":
            return False  # "so-called", "self-described"
        if not text[i].isupper():
            return True
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in ".!?\n\"“”«»:—―" or _headline(text, i)

    def cue_of(self, form: str) -> _Cue:
        found = self.cues.get(form)
        return found if found is not None else self.cues[" ".join(form.split())]


class _Run:
    """One document being read."""

    def __init__(self, finder: QuoteFinder, text: str, low: str, hits: list[re.Match[str]],
                 marks: list[re.Match[str]]) -> None:
        self.f = finder
        self.sp = finder.speakers
        self.text = text
        self.low = low
        self.hits = hits
        self.hit_starts = [m.start() for m in hits]
        self.marks = marks
        self.mark_starts = [m.start() for m in marks]
        self.speakers = Speakers(finder.speakers, text)
        self.channels: dict[int, Evidence | None] = {}

    # -- paragraphs -----------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        previous: _Paragraph | None = None
        for p_start, p_end in _paragraphs(self.text):
            para = _Paragraph(p_start, p_end)
            para.quotes = self._quote_spans(p_start, p_end)
            hits = self._hits(p_start, p_end)
            if para.quotes:
                hits = [h for h in hits
                        if not any(q.inner <= h.start() < q.inner_end for q in para.quotes)]
            transcript = _TRANSCRIPT.match(self.text, p_start, p_end) \
                if self.text[p_start:p_start + 4].lstrip("\"“' \t")[:2].isupper() else None
            if transcript is None and not p_start:
                transcript = self._headline_speaker(p_start, p_end)
                if transcript is not None:
                    hits = []  # the whole headline is the speaker's
            if not para.quotes and not hits and transcript is None:
                previous = None
                continue
            if transcript is not None:
                self._transcript(para, transcript)
            para.sentences = self._sentences(p_start, p_end, para.quotes)
            for s0, s1 in para.sentences:
                quotes = [q for q in para.quotes if s0 <= q.start < s1]
                cues = [h for h in hits if s0 <= h.start() < s1]
                self._sentence(para, s0, s1, quotes, cues)
            out.extend(self._emit(para, previous))
            previous = para
        out.sort(key=lambda q: (q.start_char, q.end_char))
        return self._without_embedded(out)

    def _without_embedded(self, quotes: list[Quote]) -> list[Quote]:
        """The quotes without those that are part of another's content, and with the
        speaker of that other where a pronoun stands for it.

        A cue whose subject opens another quote's content ("Merrill says Machado promised
        to …", "Mook asserted that Trump tells so many lies …", "…, the campaign decided
        to …, a source said") reports what the outer speaker says: it is no quote of its
        own, unless its words are in quotation marks or its subject is a possessor
        ("Observers doubted Moscow’s claim that …"). A pronoun there ("He said he plans
        to …", "The ministry said it expects …") is the outer speaker again: the quote
        stays, with the outer speaker's phrase. "I", "we" and "you" stay as written."""
        if len(quotes) < 2:
            return quotes
        out = []
        for q in quotes:
            outer = next((o for o in quotes if self._opens_content_of(q, o)), None)
            sp = q.speaker
            if outer is None or sp is None:
                out.append(q)
                continue
            low = sp.text.lower()
            if low in self.sp.pronouns:
                if self.sp.pronouns[low] != "self" and outer.speaker is not None:
                    q = replace(q, speaker=outer.speaker)
                out.append(q)
            elif not (q.kind == "direct" or low in self.sp.relatives
                      or self.text.startswith(("’s", "'s"), sp.end_char)):
                continue
            else:
                out.append(q)
        return out

    def _opens_content_of(self, q: Quote, outer: Quote) -> bool:
        """Whether the speaker of ``q`` opens the content of ``outer`` (after at most two
        stop words: "that", "but") and ``q`` lies inside it."""
        sp = q.speaker
        if sp is None or outer is q or not (
                outer.start_char <= q.start_char and q.end_char <= outer.end_char
                and outer.start_char <= sp.start_char < q.start_char) or (
                outer.start_char, outer.end_char) == (q.start_char, q.end_char):
            return False
        words = [m.group().lower() for m in TOKEN.finditer(self.text, outer.start_char,
                                                           sp.start_char)]
        return len(words) <= 2 and all(not w[0].isalnum() or w in self.sp.stop for w in words)

    def _hits(self, lo: int, hi: int) -> list[re.Match[str]]:
        i = bisect_left(self.hit_starts, lo)
        out = []
        while i < len(self.hits) and self.hits[i].start() < hi:
            out.append(self.hits[i])
            i += 1
        return out

    def _headline_speaker(self, start: int, end: int) -> re.Match[str] | None:
        """ "Pence: Flowers Won’t Be at Debate" — a name and a colon open the headline (the
        document's first line, at most 25 words)."""
        m = self.f.headline_re.match(self.text, start, end)
        if m is None or len(self.text[start:end].split()) > 25 or \
                len(self.text[m.end():end].split()) < 2:
            return None
        if self.sp.cyrillic and self.sp.known(m.group(1)) is None:
            return None  # "Увага: …", "Харківщина: …": only a known actor speaks a post
        return m

    def _transcript(self, para: _Paragraph, m: re.Match[str]) -> None:
        """ "PENCE: Well, look, …" — a speaker's name in capitals opens the paragraph."""
        s, e = m.span(1)
        name = self.text[s:e].rstrip(".")
        if len(name.replace(" ", "")) < 2 or not name.replace(" ", "").isalpha():
            return
        speaker = self.speakers.resolve(Phrase(s, s + len(name), "name"))
        para.quotes = [q for q in para.quotes if q.start > m.end()]
        region = self._trim(m.end(), para.end, para.quotes) if self.sp.cyrillic else None
        para.attributions.append(_Attribution(speaker, [region or (m.end(), para.end)], None,
                                              None, at=s))

    def _quote_spans(self, lo: int, hi: int) -> list[_Span]:
        """Matching marks inside one paragraph (see the module notes)."""
        text = self.text
        i = bisect_left(self.mark_starts, lo)
        marks = []
        while i < len(self.marks) and self.marks[i].start() < hi:
            marks.append(self.marks[i])
            i += 1
        spans: list[_Span] = []
        k = 0
        while k < len(marks):
            m = marks[k]
            ch = m.group()
            if ch == "»" or not (ch == "«" or _opens(text, m.start(), m.end())):
                k += 1
                continue
            close = None
            for j in range(k + 1, len(marks)):
                c = marks[j]
                cc = c.group()
                if ch == "«":
                    if cc == "»":
                        close = j
                        break
                    continue
                if cc not in ("«", "»") and _closes(text, c.start(), c.end()) and \
                        c.start() > m.end():
                    close = j
                    break
            if close is not None:
                c = marks[close]
                if text[m.end():c.start()].strip():
                    spans.append(_Span(m.start(), m.end(), c.start(), c.end()))
                k = close + 1
                continue
            if not text[lo:m.start()].strip():
                # opening the paragraph: closed by the last closing mark of another kind
                # («…”), else it runs on to the paragraph's end (and the next paragraph)
                last = next((c for c in reversed(marks[k + 1:]) if c.group() not in "«„"
                             and _closes(text, c.start(), c.end())), None)
                if last is not None:
                    spans.append(_Span(m.start(), m.end(), last.start(), last.end()))
                    break
                end = len(text[:hi].rstrip())
                if end > m.end():
                    spans.append(_Span(m.start(), m.end(), end, end))
                break
            k += 1  # a mark that never closes: ignore it
        if not self.sp.cyrillic:
            return spans
        return [piece for span in spans for piece in self._interrupted(span)]

    def _interrupted(self, q: _Span) -> list[_Span]:
        """ "«A, — написав Зеленський. — B»": the words between the dashes are the
        attribution (they hold a cue), the quotation is two pieces around them."""
        text = self.text
        if text[q.start] != "«":
            return [q]
        m = _INTERRUPTION.search(text, q.inner, q.inner_end)
        if m is None or not self._hits(m.start(1), m.end(1)):
            return [q]
        first_end = m.start() - (text[m.start() - 1] == ",")
        return [_Span(q.start, q.inner, first_end, first_end),
                _Span(m.end(), m.end(), q.inner_end, q.end)]

    def _sentences(self, lo: int, hi: int, quotes: list[_Span]) -> list[tuple[int, int]]:
        """The sentences of a paragraph: a boundary is a full stop, question or exclamation
        mark (and closing marks) before a word that is not lower-case, outside quotations,
        not after an abbreviation ("Mr.", "U.S.", "D.")."""
        text = self.text
        out = []
        s = lo
        for m in _SENTENCE_END.finditer(text, lo, hi):
            e = m.end()
            if quotes and any(q.start < e < q.end for q in quotes):
                continue
            end = m.group()
            if end[0] == "." and (len(end) == 1 or end[1] != "."):
                w = text.rfind(" ", max(lo, m.start() - 16), m.start())
                if self.sp._abbrev(text[w + 1:m.start() + 1] if w >= 0 else
                                   text[max(lo, m.start() - 16):m.start() + 1]):
                    continue
            elif end[-1] in "\"”»'" and "." not in end and self._attribution_follows(e, hi):
                continue  # "“Why not?” Vitter demanded." is one sentence
            out.append((s, e))
            s = _skip_space(text, e, hi)
        if hi - s > 1:
            out.append((s, hi))
        return out

    def _attribution_follows(self, start: int, hi: int) -> bool:
        """A short clause with a cue word follows ("Vitter demanded.")."""
        start = _skip_space(self.text, start, hi)
        m = _SENTENCE_END.search(self.text, start, hi)
        end = m.start() if m is not None else hi
        if len(self.text[start:end].split()) > 8:
            return False
        return any(start <= h.start() < end for h in self._hits(start, end))

    # -- one sentence ---------------------------------------------------------------------
    def _sentence(self, para: _Paragraph, s0: int, s1: int, quotes: list[_Span],
                  cues: list[re.Match[str]]) -> None:
        first = len(para.attributions)
        for hit in cues:
            cue = self.f.cue_of(hit.group())
            attr = None
            if cue.according:
                attr = self._according(s0, s1, hit, quotes)
            if attr is None and cue.noun is not None:
                attr = self._noun(s0, s1, hit, cue.noun, quotes)
            if attr is None and cue.frames and self.f.back_references:
                attr = self._back_reference(para, s0, s1, hit)
            if attr is None and cue.frames:
                attr = self._frame(s0, s1, hit, cue, quotes, para.attributions[first:])
            if attr is not None and attr.cue is not None and any(
                    a.channel is not None and a.channel.start_char <= attr.cue[0]
                    < a.channel.end_char for a in para.attributions[first:]):
                continue  # "…, пише Reuters" is the channel of the statement before
            if attr is not None:
                para.attributions.append(attr)

    def _frame(self, s0: int, s1: int, hit: re.Match[str], cue: _Cue, quotes: list[_Span],
               earlier: list[_Attribution]) -> _Attribution | None:
        text = self.text
        cs, ce = hit.span()
        before = _skip_back(text, s0, cs)
        sep = text[before - 1] if before > s0 else ""
        if cue.participle and before == s0:
            # "Bemoaning the “phony system,” Trump accused Holt …": the main clause's subject
            return self._opening_participle(s0, s1, hit, quotes)
        if cue.participle and (sep in ",;—–" or (sep and _is_close_mark(text, before - 1))
                               or self.low[max(s0, before - 8):before].rsplit(" ", 1)[-1]
                               in _GERUND_AFTER or self._after_document(s0, before)):
            # "…, saying …", "began by saying …": the subject of the clause speaks
            speaker = next((a.speaker for a in reversed(earlier) if a.speaker
                            and a.speaker.text.lower() not in self.sp.relatives), None)
            if speaker is None:
                speaker = self.speakers.resolve(self._clause_subject(s0, cs))
            start = self._content_start(self._after_adjuncts(cs, ce, s1), s1, cue)
            region = self._trim(start, s1, quotes)
            if region is None or not self._satisfies(cue, start, region, quotes):
                return None
            return _Attribution(speaker, [region], (cs, ce), self._channel(s0, ce), cs)
        subject_end = cs
        if self.low[max(s0, before - 3):before] == " to":
            # "plans to warn": the verb before speaks, if any; but "appeared to suggest",
            # "went on to say": a raising verb leaves the cue to the subject before it
            raised = _RAISING.search(self.low, max(s0, before - 40), before)
            if raised is None or "lead" not in cue.frames:
                return None
            subject_end = raised.start()
        catenative = cue.participle and self.f.catenative_re.search(
            self.low, max(s0, before - 30), before + 1)
        if catenative:  # "Trump avoids condemning …", "she kept saying …"
            subject_end = catenative.start()
        if not cue.frames:
            return None
        if cue.needs and cue.frames == _LEAD_ONLY and not cue.participle:
            # a lead-only cue that needs a clause: look at what follows before anything else
            adj = self._after_adjuncts(cs, ce, s1)
            start = self._content_start(adj, s1, cue)
            region = self._trim(start, s1, quotes)
            if region is not None and self.sp.cyrillic and text[s0:s1].rstrip().endswith(":") \
                    and not self._satisfies(cue, start, region, quotes):
                return self._announces(s0, hit, cue)  # "звернулася до партнерів:" + «…»
            if (region is None and text[adj:s1].strip() != ":") or (
                    region is not None and not self._satisfies(cue, start, region, quotes)):
                return None
        if cue.past and ("lead" in cue.frames or "trail" in cue.frames):
            agent = self._passive_agent(s0, s1, hit, quotes)
            if agent is not None:
                return agent
        phrase = self.sp.subject(text, s0, subject_end, past=cue.past)
        if phrase is None and self._coordinated(s0, subject_end):
            phrase = self._clause_subject(s0, cs)  # "Trump bemoaned the unrest and said …"
        if cue.participle and not catenative and not self._progressive(s0, cs) and (
                phrase is None or phrase.kind != "name"):
            return None  # "anyone wanting to learn" is no speech; "Clinton asking" is
        if phrase is not None and phrase.kind in ("nominal", "pronoun") and \
                self._noun_reading(phrase, hit.group(), cue):
            return None
        if phrase is not None:
            adj = self._after_adjuncts(cs, ce, s1)
            start = self._content_start(adj, s1, cue)
            rest = text[adj:s1].strip(" \t.")
            pb = _skip_back(text, s0, phrase.start)
            psep = text[pb - 1] if pb > s0 else ""
            content_before = None
            if psep and _is_close_mark(text, pb - 1):
                content_before = self._trim(s0, pb, quotes)
            elif psep and psep in _SEPARATORS:
                content_before = self._trim(s0, pb - 1, quotes)
            as_clause = self._as_clause(s0, s1, pb, adj, rest, quotes)
            if as_clause is not None:
                return _Attribution(self.speakers.resolve(phrase), [as_clause], (cs, ce),
                                    self._channel(s0, ce), cs)
            if content_before is not None and "trail" in cue.frames and (
                    not cue.nounlike or self._determined(phrase)) and \
                    not self._opener(content_before, quotes) and (
                    not rest or rest[0] in ",;—–(" or self._adjunct(adj, s1)) \
                    and not self._opens_content(adj, s1, quotes):
                regions = [content_before, *self._following_quotes(adj, s1, quotes)]
                return _Attribution(self.speakers.resolve(phrase), regions, (cs, ce),
                                    self._channel(s0, ce), cs)
            if "lead" not in cue.frames:
                return None
            prepositional = start == _skip_space(text, adj, s1) and self._prepositional(start)
            if (prepositional or adj > ce) and ", that " in self.low[start:start + 120]:
                # "said at a campaign stop in Toledo, Ohio, that …": past the adjunct
                later = _ADJUNCT_THAT.match(self.low, start, min(s1, start + 120))
                if later is not None and (prepositional or len(
                        text[start:later.end()].split()) <= 4):
                    start = later.end()
            region = self._trim(start, s1, quotes)
            if region is None:
                if ("trail" in cue.frames and not rest.strip(":")) or rest == ":":
                    # "He added:" / "she said." — the quotes around are theirs
                    return _Attribution(self.speakers.resolve(phrase), [], (cs, ce), None, cs)
                return None
            if not self._satisfies(cue, start, region, quotes) or (
                    start == _skip_space(text, adj, s1) and self._prepositional(start)):
                return None
            nxt = self._hits(start, start + 1)
            if nxt and self.f.cue_of(nxt[0].group()).participle:
                # "Zelensky wrote on X, calling on allies …": the participle says it
                return _Attribution(self.speakers.resolve(phrase), [], (cs, ce), None, cs)
            if phrase.kind == "nominal" and self._verbish(phrase):
                return None
            region, relay = self._relayed(self._cut_at_next(region, cs), s1)
            return _Attribution(self.speakers.resolve(phrase), [region], (cs, ce),
                                self._channel(s0, ce) or relay, cs)
        if "invert" in cue.frames and before == s0:
            # "Said Ellis: “I don’t get the sense …”"
            who = self.sp.after(text, self._skip_times(ce, s1), s1)
            if who is None or who.kind == "pronoun":
                return None
            region = self._trim(self._content_start(who.end, s1, cue), s1, quotes)
            if region is None or text[who.end:region[0]].strip(" \t") not in (":", ","):
                return None
            return _Attribution(self.speakers.resolve(who), [region], (cs, ce),
                                self._channel(s0, ce), cs)
        if "invert" in cue.frames and sep and (sep in ",—–" or _is_close_mark(text, before - 1)
                                               or self._spaced_dash(before - 1)):
            content = self._trim(s0, before if _is_close_mark(text, before - 1) else before - 1,
                                 quotes)
            if content is None:
                return None
            who = self._inverted_speaker(ce, s1)
            if who is None:
                return None
            self._after_adjuncts(cs, who.end, s1)  # "…, said Peskov on Telegram"
            return _Attribution(self.speakers.resolve(who), [content], (cs, ce),
                                self._channel(s0, ce) or self.channels.get(who.end), cs)
        return None

    def _relayed(self, region: tuple[int, int], s1: int
                 ) -> tuple[tuple[int, int], Evidence | None]:
        """ "X заявив, що …, передає Укрінформ": the outlet that passes the statement on
        closes the content; it is the channel, not a speaker."""
        m = self.f.relay_re.search(self.text, region[0], s1) if self.f.relay_re else None
        if m is None:
            return region, None
        return (region[0], min(region[1], m.start())), Evidence(m.group(1), m.start(1),
                                                                m.end(1))

    def _announces(self, s0: int, hit: re.Match[str], cue: _Cue) -> _Attribution | None:
        """A sentence that ends with a colon after its cue's object announces the quotations
        that follow: its subject speaks them."""
        cs, ce = hit.span()
        phrase = self.sp.subject(self.text, s0, cs, past=cue.past)
        if phrase is None:
            return None
        return _Attribution(self.speakers.resolve(phrase), [], (cs, ce), None, cs)

    def _spaced_dash(self, i: int) -> bool:
        """A mark of the rules' ``dashes`` between spaces at ``i`` ("\"…\", - сказав X")."""
        return self.text[i] in self.f.dashes and self.text[i - 1:i] in (" ", ",", "\"", "»")

    def _inverted_speaker(self, ce: int, s1: int) -> Phrase | None:
        """The speaker after an inverted cue, past times, a channel ("сказав в ефірі
        телемарафону речник …", kept as the cue's channel) or a locative before an
        organisation ("повідомили в Херсонській ОВА")."""
        text = self.text
        after = self._skip_times(ce, s1)
        who = self.sp.after(text, after, s1)
        if who is not None or not self.sp.cyrillic:
            return who
        here = _skip_space(text, after, s1)
        m = self.f.channel_re.match(self.low, here, s1)
        if m is not None:
            self.channels[ce] = Evidence(text[m.start():m.end()], m.start(), m.end())
            return self.sp.after(text, _skip_space(text, m.end(), s1), s1)
        word = TOKEN.match(text, here)
        if word is not None and word.group().lower() in self.f.locatives:
            who = self.sp.after(text, _skip_space(text, word.end(), s1), s1)
            return who if who is not None and who.kind == "name" else None
        return None

    def _back_reference(self, para: _Paragraph, s0: int, s1: int, hit: re.Match[str]
                        ) -> _Attribution | None:
        """ "… Про це повідомив начальник ОВА Олег Синєгубов.": the words before the cue
        point back, the sentence before is the content."""
        cs, ce = hit.span()
        if " ".join(self.low[s0:cs].split()) not in self.f.back_references:
            return None
        earlier = [s for s in para.sentences if s[1] <= s0]
        who = self._inverted_speaker(ce, s1)
        if not earlier or who is None or who.kind == "pronoun":
            return None
        region = self._trim(*earlier[-1], [q for q in para.quotes if q.start >= earlier[-1][0]])
        if region is None:
            return None
        return _Attribution(self.speakers.resolve(who), [region], (cs, ce),
                            self.channels.get(ce), cs)

    def _opener(self, region: tuple[int, int], quotes: list[_Span]) -> bool:
        """A short adverbial that opens the sentence is no content of a trailing cue ("In
        the end, Patriot agreed to …", "As for the channel's bent, he said “…”")."""
        a, b = region
        first = TOKEN.match(self.text, a)
        words = self.low[a:b].split()
        # a form of "be" makes it a clause ("At least three people were killed …")
        return first is not None and first.group().lower() in self.f.openers and \
            len(words) <= 12 and self.f.be_forms.isdisjoint(words) and \
            not any(a <= q.start < b for q in quotes)

    def _as_clause(self, s0: int, s1: int, pb: int, adj: int, rest: str,
                   quotes: list[_Span]) -> tuple[int, int] | None:
        """ "…, as a ministry memo put it." / "As Trump noted, …": the clause that "as"
        opens is the attribution, the rest of the sentence its content."""
        text = self.text
        if self.low[max(s0, pb - 3):pb] not in (" as", "as") or \
                (pb - 2 > s0 and text[pb - 3].isalnum()):
            return None
        k = _skip_back(text, s0, pb - 2)
        if k <= s0:  # "As X noted, …"
            comma = text.find(",", adj, s1)
            if comma < 0 or len(text[adj:comma].split()) > 6:
                return None
            return self._trim(comma + 1, s1, quotes)
        if text[k - 1] == "," or _is_close_mark(text, k - 1):
            if rest and rest[0] not in ",;—–(":
                return None
            return self._trim(s0, k - 1 if text[k - 1] == "," else k, quotes)
        return None

    def _passive_agent(self, s0: int, s1: int, hit: re.Match[str], quotes: list[_Span]
                       ) -> _Attribution | None:
        """ "The plan was rejected by the council": the agent after "by" says it of the
        subject before the auxiliary."""
        text = self.text
        cs, ce = hit.span()
        by = _BY_AGENT.match(self.low, ce, s1)
        if by is None:
            return None
        start = cs
        while (aux := _PASSIVE_AUX.search(self.low, max(s0, start - 24), start)) is not None \
                and aux.group(1) in self.sp.passive:
            start = aux.start()  # back over "was being (widely) …"
        if start == cs:
            return None
        who = self._according_phrase(by.end(), s1)  # "by officials in Kyiv"
        content = self._trim(s0, start, quotes)
        if who is None or who.kind == "pronoun" or content is None or \
                len(text[content[0]:content[1]].split()) < 2:
            return None
        return _Attribution(self.speakers.resolve(who), [content], (cs, ce), None, cs)

    def _coordinated(self, s0: int, cs: int) -> bool:
        """The cue is a second verb of its clause: "and" or "but" before it, modifiers
        aside ("… and has called for …")."""
        words = self.low[max(s0, cs - 40):cs].split()
        while words and words[-1] in self.sp.modifiers:
            words.pop()
        return bool(words) and words[-1] in ("and", "but")

    def _determined(self, phrase: Phrase) -> bool:
        """A name, a pronoun or a phrase opened by a determiner: a subject for a noun-like
        cue ("…, the Post reports", not "…, beating analyst forecasts")."""
        if phrase.kind in ("name", "pronoun", "relative"):
            return True
        first = TOKEN.match(self.text, phrase.start)
        return first is not None and first.group().lower() in self.sp.determiners

    def _prepositional(self, start: int) -> bool:
        """A content that opens with a preposition is no content ("the laws proposed during
        Nixon's term", "said in Honolulu")."""
        m = TOKEN.match(self.text, start)
        return m is not None and m.group().lower() in self.f.prepositions

    def _progressive(self, s0: int, cs: int) -> bool:
        """A form of "be" right before an -ing cue ("Trump is saying")."""
        for m in reversed(list(TOKEN.finditer(self.text, max(s0, cs - 40), cs))):
            w = m.group().lower().replace("’", "'")
            if w in self.sp.passive or (w.endswith("n't") and w[:-3] in (
                    "is", "was", "are", "were", "ai")) or self.sp.contracted(w) is not None:
                return True  # "is saying", "isn't saying", "he's saying"
            if not (w.endswith("ly") or w in ("also", "now", "still", "not", "n't")):
                return False
        return False

    def _noun(self, s0: int, s1: int, hit: re.Match[str], needs: frozenset[str],
              quotes: list[_Span]) -> _Attribution | None:
        """ "Trump’s claim that …", "his earlier promise to …": the possessor speaks."""
        text = self.text
        cs, ce = hit.span()
        owner = self.sp.possessor(text, s0, cs)
        if owner is None:
            return None
        start = self._content_start(ce, s1, _NO_NEEDS)
        copula = _COPULA_THAT.match(self.low, start, s1)  # "Trump’s view is that …"
        if copula is not None:
            start = copula.end()
        region = self._trim(start, s1, quotes)
        if region is None or not self._satisfies(_Cue(frozenset(), needs), start, region,
                                                 quotes):
            return None
        return _Attribution(self.speakers.resolve(owner), [region], (cs, ce), None, cs)

    def _opening_participle(self, s0: int, s1: int, hit: re.Match[str], quotes: list[_Span]
                            ) -> _Attribution | None:
        text = self.text
        cs, ce = hit.span()
        comma = ce
        while True:
            comma = text.find(",", comma, s1)
            if comma < 0:
                return None
            inside = next((q for q in quotes if q.inner <= comma < q.inner_end), None)
            if inside is None or not text[comma + 1:inside.inner_end].strip():
                break  # a comma outside quotation marks, or the one that ends a quotation
            comma += 1
        after = _skip_space(text, comma + 1, s1)
        while after < s1 and text[after] in "\"”'":
            after = _skip_space(text, after + 1, s1)
        first = TOKEN.match(text, after)
        if first is None:
            return None
        who = Phrase(first.start(), first.end(), "pronoun") if first.group().lower() in \
            self.sp.pronouns else self.sp.after(text, after, s1)
        region = self._trim(self._content_start(ce, comma, _NO_NEEDS), comma + 1, quotes)
        if who is None or region is None:
            return None
        return _Attribution(self.speakers.resolve(who), [region], (cs, ce), None, cs)

    def _after_document(self, s0: int, before: int) -> bool:
        """The participle follows a message, times aside ("posted a statement on Monday
        saying …", "a series of tweets early Friday saying …"): its sender speaks."""
        words = self.low[max(s0, before - 50):before].split()
        while words and (words[-1] in self.sp.times or words[-1] in self.sp.time_prepositions
                         or words[-1].isdigit()):
            words.pop()
        return bool(words) and (words[-1] in self.f.messages or words[-1][:-1] in self.f.messages)

    def _noun_reading(self, phrase: Phrase, form: str, cue: _Cue) -> bool:
        """The cue is a noun and the phrase before it its modifiers, not a subject: "Trump
        making remarks", "the client directed questions" (a verb form heads the phrase), or
        a noun-like cue that does not agree with the phrase ("a strong signal", "his grand
        plan", "many calls")."""
        words = self.text[phrase.start:phrase.end].split()
        head = words[-1].lower()
        if phrase.kind == "pronoun":  # "too many calls": a quantifier before an -s form
            return cue.nounlike and form.lower().endswith("s") and head in self.f.quantifiers
        if len(words) > 1 and len(head) > 4 and head.endswith(("ed", "ing")) and (
                head.endswith("ed") or words[-2][:1].isupper()):
            return True
        if not cue.nounlike or cue.past or " " in form:
            return False
        plural = head in self.sp.plurals or (head.endswith("s") and not head.endswith("ss"))
        if form.lower().endswith("s"):  # "calls": a singular subject
            return plural or head in self.sp.pronouns
        return not plural or words[0].lower() in ("a", "an", "another", "each", "every")

    def _verbish(self, phrase: Phrase) -> bool:
        """A lower-case phrase that is a verb's object more than a subject ("to discuss
        strategies", "was the problem")."""
        first = TOKEN.match(self.text, phrase.start)
        return first is not None and first.group().lower() in self.sp.stop

    def _according(self, s0: int, s1: int, hit: re.Match[str], quotes: list[_Span]
                   ) -> _Attribution | None:
        text = self.text
        cs, ce = hit.span()
        who = self._according_phrase(ce, s1) or self._pronoun_inside(cs, ce)
        if who is None:
            return None
        lead = not text[s0:cs].strip(" \t\"“”'").rstrip(",")
        if lead or text[s0:cs].strip().lower() in ("but", "and", "yet", "so"):
            comma = text.find(",", who.end, s1)
            if comma < 0:
                return None
            region = self._trim(comma + 1, s1, quotes)
        else:
            region = self._trim(s0, cs, quotes)
            after = text[who.end:s1].lstrip(" \t")
            if after.startswith(",") and self._trim(who.end + 1, s1, quotes) is not None \
                    and region is not None:
                # "The strike, according to the governor, hit a power station."
                tail = self._trim(text.find(",", who.end, s1) + 1, s1, quotes)
                if tail is not None and (region[1] - region[0]) < 40:
                    region = (region[0], tail[1])
        if region is None:
            return None
        return _Attribution(self.speakers.resolve(who), [region], (cs, ce), None, cs)

    def _pronoun_inside(self, cs: int, ce: int) -> Phrase | None:
        """ "за його словами", "на її думку": the pronoun of the phrase points back."""
        for m in TOKEN.finditer(self.text, cs, ce):
            if m.group().lower() in self.sp.pronouns:
                return Phrase(m.start(), m.end(), "pronoun")
        return None

    def _according_phrase(self, start: int, hi: int) -> Phrase | None:
        """ "according to the regional governor", "according to police", "according to
        federal statistics": the words up to the next comma or clause word."""
        text = self.text
        kept: list[tuple[int, int]] = []
        for m in TOKEN.finditer(text, start, min(hi, start + 160)):
            w = m.group()
            low = w.lower()
            if not w[0].isalnum():
                if w in ("-", "&", "’s", "'s"):
                    continue
                break
            if kept and low in self.sp.stop and low not in ("of", "for", "at") and not (
                    low in ("by", "from") and text[kept[-1][0]:kept[-1][1]].lower()
                    in _DOCUMENTS):
                break  # but "a report by the UN mission"
            if w.endswith(".") and not self.sp._abbrev(w):
                kept.append((m.start(), m.end() - 1))
                break
            kept.append(m.span())
            if len(kept) >= 10:
                break
        while kept and text[kept[-1][0]:kept[-1][1]].lower() in ("of", "for", "at", "the"):
            kept.pop()
        if not kept:
            return None
        s, e = kept[0][0], kept[-1][1]
        first = text[s:e].split()[0].lower()
        if first in self.sp.pronouns and len(kept) == 1:
            return Phrase(s, e, "pronoun")
        return Phrase(s, e, "name" if text[e - 1:e].isalpha() and any(
            text[a].isupper() for a, _ in kept[-1:]) else "nominal")

    # -- pieces of a frame ----------------------------------------------------------------
    def _clause_subject(self, s0: int, cue: int) -> Phrase | None:
        """The phrase that opens the sentence (the subject of "…, saying …"), after an
        opening conjunction or phrase ("But", "In August, …"); none when the sentence opens
        with a quotation."""
        text = self.text
        m = TOKEN.search(text, s0, cue)
        if m is None or not m.group()[0].isalnum():
            return None
        low = m.group().lower()
        while low in ("but", "and", "so", "yet", "or") or low in self.sp.modifiers:
            m = TOKEN.search(text, m.end(), cue)  # "But perhaps …"
            if m is None or not m.group()[0].isalnum():
                return None
            low = m.group().lower()
        if (low in self.sp.stop and low not in self.sp.pronouns) or (
                low.endswith("ing") and m.group()[0].isupper()):
            # "In August, several groups …", "Following a late meeting, the council …"
            comma = text.find(",", m.end(), cue)
            if comma < 0:
                return None
            m = TOKEN.search(text, comma + 1, cue)
            while m is not None and (m.group() == "," or m.group().lower() in self.sp.modifiers):
                m = TOKEN.search(text, m.end(), cue)  # "On Thursday, however, Trump …"
            if m is None or not m.group()[0].isalnum():
                return None
            low = m.group().lower()
        if low in self.sp.pronouns:
            return Phrase(m.start(), m.end(), "pronoun")
        return self.sp.after(text, m.start(), cue)

    def _skip_times(self, pos: int, hi: int) -> int:
        m = self.f.times_re.match(self.low, pos, hi)
        return m.end() if m is not None else pos

    def _after_adjuncts(self, cs: int, ce: int, s1: int) -> int:
        """Past what may follow a cue before its content or the end of the clause: times
        ("said Thursday"), channels ("in a statement", "told CNN", "on Fox News"). The
        first channel is kept for the cue (:meth:`_channel`)."""
        text, low = self.text, self.low
        pos = ce
        channel: tuple[int, int] | None = None
        for _ in range(4):
            moved = self._skip_times(pos, s1)
            here = _skip_space(text, moved, s1)
            m = self.f.channel_re.match(low, here, s1)
            if m is not None:
                moved = m.end()
                channel = channel or m.span()
            elif ce == pos and low[ce - 4:ce] in ("told", "tell", "ells"):
                obj = self.sp.after(text, here, s1)
                addressee = TOKEN.match(text, here)
                word = addressee.group().rstrip(".").lower() if addressee else ""
                if obj is not None and obj.kind != "pronoun":
                    moved = obj.end
                elif word in _ADDRESSEES:
                    moved = here + len(word)
                if moved != pos and word not in _OBJECT_PRONOUNS:
                    channel = (cs, moved)  # "told CNN", "told reporters"
            else:
                n = self.f.on_name.match(text, here, s1)
                if n is not None and self._adjunct_is_channel(n):
                    moved = n.end()
                    title = _SHOW_TITLE.match(text, moved, s1)  # on CNN's “State of the Union”
                    if title is not None:
                        moved = title.end()
                    if n.group()[:2].lower() in ("on", "to"):
                        channel = channel or (n.start(), moved)
            if moved == pos:
                break
            pos = moved
        if channel is not None:
            self.channels[ce] = Evidence(text[channel[0]:channel[1]], *channel)
        return pos

    def _content_start(self, pos: int, s1: int, cue: _Cue) -> int:
        """Where the content begins: past a colon or comma and "that"."""
        text = self.text
        pos = _skip_space(text, pos, s1)
        while pos < s1 and text[pos] in ",:":
            pos = _skip_space(text, pos + 1, s1)
        word = TOKEN.match(text, pos)
        if word is not None and word.group().lower() in self.f.introducers and \
                cue.needs != {"to"}:
            nxt = _skip_space(text, word.end(), s1)
            if nxt < s1 and text[nxt] not in ".,;":
                pos = nxt
        return pos

    def _adjunct_is_channel(self, m: re.Match[str]) -> bool:
        """ "on Fox News", "to CNN", "in Honolulu": an outlet or a place right after the
        verb."""
        words = m.group().split()
        return words[0].lower() in ("on", "to", "in") and len(words) >= 2

    def _adjunct(self, start: int, s1: int) -> bool:
        """What follows a trailing "X said" is no content: "of Mrs. Clinton's plan", "as
        she and hundreds …", "after Pagliano failed to show up"."""
        m = TOKEN.match(self.text, _skip_space(self.text, start, s1))
        return m is not None and m.group().lower() in (
            "of", "as", "after", "before", "while", "when", "in", "on", "at", "during",
            "about", "to", "from", "with", "outside", "inside", "near", "following",
            "amid", "because", "since", "until", "referring", "speaking", "adding",
            "noting", "according", "citing", "without")

    def _opens_content(self, pos: int, s1: int, quotes: list[_Span]) -> bool:
        """The words after the cue open a content: "that …", ": …", a quotation."""
        text = self.text
        j = _skip_space(text, pos, s1)
        if j >= s1:
            return False
        if text[j] == ":" or any(q.start == j for q in quotes):
            return True
        m = TOKEN.match(text, j)
        return m is not None and m.group().lower() in self.f.introducers

    def _following_quotes(self, start: int, s1: int, quotes: list[_Span]
                          ) -> list[tuple[int, int]]:
        """ "“A,” he said, “B.”": the quotations after the attribution."""
        text = self.text
        j = _skip_space(text, start, s1)
        out = []
        while j < s1 and text[j] in ",:;—–":
            j = _skip_space(text, j + 1, s1)
            nxt = next((q for q in quotes if q.start == j), None)
            if nxt is None:
                break
            out.append((nxt.start, nxt.end))
            j = _skip_space(text, nxt.end, s1)
        return out

    def _satisfies(self, cue: _Cue, start: int, region: tuple[int, int],
                   quotes: list[_Span]) -> bool:
        if not cue.needs:
            return True
        text = self.text
        before = text[start - 2:start].strip()
        first = TOKEN.match(text, region[0])
        word = first.group().lower() if first is not None else ""
        if "quote" in cue.needs and (any(region[0] <= q.start < region[1] for q in quotes)
                                     or before.endswith(":")
                                     or _OBJECT_COMPLEMENT.match(text, *region) is not None):
            return True  # "called it “a hoax”", "called him a liar"
        if "opening quote" in cue.needs and (any(region[0] == q.start for q in quotes)
                                             or before.endswith(":")):
            return True  # "Trump claims “…”" (but "Republican claims as “false”" is a noun)
        if "that" in cue.needs and (word in self.f.complementizers or before.endswith(":")
                                    or self._introduced(start) or (
                                        cue.frames and not cue.nounlike
                                        and word not in self.f.prepositions
                                        and word not in self.sp.stop
                                        and _BARE_CLAUSE.match(text, *region) is not None)):
            return True  # "hoped (that) the utilities would …"
        if cue.nounlike and cue.frames and first is not None and (
                word in self.sp.determiners or word in _OBJECT_PRONOUNS
                or first.group()[0].isupper()) and self._verb_after_name(start):
            return True  # "Russia supports the government", "they support the plan"
        if "as" in cue.needs and word not in self.f.prepositions and \
                _OBJECT_AS.match(text, *region) is not None:
            return True  # "saw the remark as a threat"
        return "to" in cue.needs and (word == "to" or (
            bool(cue.frames) and not cue.nounlike and _OBJECT_TO.match(text, *region) is not None))

    def _verb_after_name(self, start: int) -> bool:
        """The lower-case cue before ``start`` follows a name or a pronoun, modifiers aside
        ("Russia (also) supports", "they support"; not "mass protests", "the Post")."""
        words = self.text[max(0, start - 60):start].split()
        while words and words[-1].lower() not in self.f.cues:
            words.pop()  # back to the cue
        if not words or not words[-1][:1].islower():
            return False
        words.pop()
        while words and words[-1].lower() in self.sp.modifiers:
            words.pop()
        if not words:
            return False
        prev = words[-1]
        return (prev[:1].isupper() and prev.isalpha()) or \
            (prev.lower() in self.sp.pronouns and prev.lower() not in self.sp.possessives)

    def _introduced(self, start: int) -> bool:
        """The content at ``start`` follows an introducer ("that")."""
        j = _skip_back(self.text, 0, start)
        k = j
        while k > 0 and self.text[k - 1].isalpha():
            k -= 1
        return self.low[k:j] in self.f.introducers

    def _cut_at_next(self, region: tuple[int, int], cs: int) -> tuple[int, int]:
        """A lead content ends where another attribution of the sentence begins: "X said
        A, but Y said B", "X pledged A, according to a statement", "X proposed A, diplomats
        said"."""
        text = self.text
        a, b = region
        for h in self._hits(a, b):
            if h.start() <= cs:
                continue
            comma = max(text.rfind(",", a, h.start()), text.rfind(";", a, h.start()))
            if comma <= a + 8:
                continue
            between = text[comma + 1:h.start()].split()
            if len(between) <= 6 and not any(w[:1] in "“\"«" for w in between) and (
                    not between or between[0].lower() in ("but", "and", "while", "whereas")
                    or self.f.cue_of(h.group()).according
                    or not text[h.end():b].strip(" .")
                    or text[h.end():b].lstrip()[:1] in ",."):
                return a, comma
        return region

    def _trim(self, a: int, b: int, quotes: list[_Span]) -> tuple[int, int] | None:
        """The content between ``a`` and ``b`` without its edges: spaces, a leading
        "that", a trailing full stop or comma outside quotation marks. ``None`` when no
        words are left."""
        seg = self.text[a:b]
        left = seg.lstrip(_LEFT_EDGE)
        a += len(seg) - len(left)
        end = a + len(left.rstrip(_RIGHT_EDGE))
        for q in quotes:  # a full stop inside a quotation stays
            if q.inner < b - 1 and q.inner_end > end and q.start < b:
                end = max(end, min(b, q.inner_end))
        if end <= a or _WORDLIKE.search(self.text, a, end) is None:
            return None
        return a, end

    def _channel(self, s0: int, ce: int) -> Evidence | None:
        """Where it was said: a channel right after the cue ending at ``ce`` ("said in a
        statement", "told CNN", "wrote on X"), else one opening the sentence ("In a
        statement, …")."""
        found = self.channels.get(ce)
        if found is not None:
            return found
        m = self.f.channel_re.match(self.low, s0)
        if m is None or m.end() > ce:
            return None
        return Evidence(self.text[m.start():m.end()], m.start(), m.end())

    # -- quotes out -----------------------------------------------------------------------
    def _emit(self, para: _Paragraph, previous: _Paragraph | None) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        used: set[int] = set()
        for attr in para.attributions:
            for a, b in attr.regions:
                inside = [q for q in para.quotes if a <= q.start and q.end <= b]
                used.update(q.start for q in inside)
                used.update(q.start for q in para.quotes if q.start < a < q.end)
                if inside and self._few_words_around(a, b, inside):
                    # "called the strike “unacceptable”": the quotation is what was said
                    found = [self._direct(q, attr) for q in inside]
                else:
                    kind = "direct" if inside else "indirect"
                    found = [Quote(text[a:b], a, b, kind, attr.speaker, attr.channel,
                                   _evidence(text, attr.cue))]
                out.extend(q for q in found if q is not None and len(q.text.split()) >= (
                    1 if q.kind == "direct" else 2))
        for q in para.quotes:
            if q.start in used or self._title(q):
                continue
            who = self._dash(q) or self._colon(para, q)
            if who is None and (self._term(q) or self._named(q)):
                continue  # a term or a name in quotation marks is said by no one
            who = who or self._nearest(para, q, previous)
            if who is not None and who.speaker is not None and who.at < q.start:
                # a quote carried over keeps the speaker for the next paragraph
                para.attributions.append(_Attribution(who.speaker, [], None, None, q.start))
            out.append(self._direct(q, who) or Quote(
                text[q.inner:q.inner_end], q.inner, q.inner_end, "direct", None))
        return out

    def _few_words_around(self, a: int, b: int, inside: list[_Span]) -> bool:
        """At most three words of the content stand outside its quotations."""
        pieces = []
        pos = a
        for q in inside:
            pieces.append(self.text[pos:q.start])
            pos = q.end
        pieces.append(self.text[pos:b])
        words = [w for w in " ".join(pieces).split() if any(c.isalnum() for c in w)]
        return len(words) <= 3

    def _term(self, q: _Span) -> bool:
        """A word or two in quotation marks inside a sentence, with no one saying them: a
        term or a nickname ("a “philanthropub” that", "Byrd's “massive resistance” to"),
        not a quote."""
        text = self.text
        if len(text[q.inner:q.inner_end].split()) > 3:
            return False
        j = q.start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = _skip_space(text, q.end, len(text))
        return j > 0 and text[j - 1].isalnum() and k < len(text) and text[k].isalnum()

    def _named(self, q: _Span) -> bool:
        """A name after a noun that names things ("фільм «20 днів у Маріуполі»", "на
        підприємстві «Укрнафта»"): the rules' ``name_nouns``."""
        if not self.f.name_nouns:
            return False
        w = self.text.rfind(" ", max(0, q.start - 30), q.start - 1)
        word = self.text[w + 1:q.start].strip().lower()
        return word.startswith(self.f.name_nouns)

    def _title(self, q: _Span) -> bool:
        """A name in quotation marks, not a quote: “Face the Nation,” ''Larry King Now''
        (every word capitalised but the small ones, eight words at most)."""
        words = [w for w in self.text[q.inner:q.inner_end].split() if w[:1].isalpha()]
        if self.sp.cyrillic and (self.text[:q.start].rstrip()[-1:] in ("", ":", ".", "!", "?")
                                 or _DASH_AFTER.match(self.text, q.end)):
            return False  # "написав: «Слава Україні»", "«Тримаємося», — …": said, not a name
        if not words or len(words) > 8 or q.end == q.inner_end:
            return False
        small = self.sp.stop | self.sp.determiners
        return words[0][:1].isupper() and all(
            w[:1].isupper() or w.lower() in small for w in words) and any(
            w[:1].isupper() for w in words[1:] or words)

    def _direct(self, q: _Span, attr: _Attribution | None) -> Quote | None:
        text = self.text
        inner = text[q.inner:q.inner_end]
        stripped = inner.strip()
        if not stripped:
            return None
        a = q.inner + inner.find(stripped)
        if attr is None:
            return Quote(stripped, a, a + len(stripped), "direct", None)
        return Quote(stripped, a, a + len(stripped), "direct", attr.speaker, attr.channel,
                     _evidence(text, attr.cue))

    def _dash(self, q: _Span) -> _Attribution | None:
        """ "“…” ― Beck Pimentel": a name after a dash under the quotation."""
        m = _DASH_NAME.match(self.text, q.end)
        if m is None:
            return None
        who = self.sp.name_at(self.text, m.end(), min(len(self.text), m.end() + 80))
        if who is None:
            return None
        return _Attribution(self.speakers.resolve(who), [], None, None, q.end)

    def _colon(self, para: _Paragraph, q: _Span) -> _Attribution | None:
        """ "Sanders made the following comment: “…”": the quotation after a colon belongs
        to the subject of its sentence."""
        text = self.text
        j = _skip_back(text, para.start, q.start)
        if j <= para.start or text[j - 1] != ":":
            return None
        s0 = next((a for a, b in para.sentences if a <= q.start < b), para.start)
        if len(text[s0:j].split()) > 25:
            return None
        phrase = self._clause_subject(s0, j - 1)
        if phrase is None or (phrase.kind == "nominal" and phrase.end - phrase.start < 4):
            return None
        return _Attribution(self.speakers.resolve(phrase), [], None, None, j - 1)

    def _nearest(self, para: _Paragraph, q: _Span, previous: _Paragraph | None
                 ) -> _Attribution | None:
        """The speaker a quotation without a cue continues."""
        spoken = [a for a in para.attributions if a.speaker is not None]
        before = [a for a in spoken if a.at < q.start]
        if before:
            return before[-1]
        opens = not self.text[para.start:q.start].strip()
        if opens and previous is not None:
            last = [a for a in previous.attributions if a.speaker is not None]
            if last:
                return last[-1]
        after = [a for a in spoken if a.at > q.start]
        if after and opens:
            return after[0]
        return None


def _headline(text: str, i: int) -> bool:
    """The line around ``i`` is a headline in title case ("Clinton Hid Health Problems,
    Former Doctor Says"): every word capitalised but the small ones."""
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    words = _HEADLINE_WORD.findall(text, a, b if b >= 0 else len(text))
    return 3 <= len(words) <= 20 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def _evidence(text: str, span: tuple[int, int] | None) -> Evidence | None:
    return None if span is None else Evidence(text[span[0]:span[1]], span[0], span[1])


def _opens(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _closes(text: str, s: int, e: int) -> bool:
    """A mark followed by a space or punctuation (a space before it is allowed: "… the term
    'African American outreach,' " he told")."""
    after = text[e] if e < len(text) else " "
    return after in _CLOSE_AFTER or after.isspace() or after in "\u201c\u201d"


def _is_close_mark(text: str, i: int) -> bool:
    return i >= 0 and (text[i] in "”»\"" or text[i - 1:i + 1] == "''")


def _skip_back(text: str, lo: int, i: int) -> int:
    """``i`` moved back over spaces."""
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return i


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \t":
        i += 1
    return i


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines that hold more than blanks, in one pass."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


@cache
def finder_for(language: str) -> QuoteFinder:
    return QuoteFinder(language)
