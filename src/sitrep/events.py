"""Political and military events between actors, coded to PLOVER 2.0 (with CAMEO roots).

Entry point: :func:`finder_for` gives the compiled event rules of one language; its
``find`` reads a document's text into :class:`~sitrep.model.Event` records.

How a sentence is read (rules: ``rules/<lang>/events.json``, actors: ``rules/actors.json``):

1. One regular expression holds every cue of the language; a document without a match
   costs one scan and nothing else.
2. A cue that governs a clause ("agreed to …", "demanded that …", "refused to …") takes
   the cues after it in its clause as its content: "refused to deploy peacekeepers" is one
   REJECT. An intention ("pledged …", "offered to …", "ready to …") is the action it
   governs with its status: "ready to meet" is a proposed CONSULT.
3. Words right before a cue give its status: "will", "is scheduled to" (planned),
   "offered to" (proposed), a negation (refused; a negated attack is no event);
   "may"/"could" (hypothetical) give no event; a planned step with "unless" is a threat.
   The type is the action, the status what became of it; :meth:`EventFinder.plover_type`
   gives the PLOVER category, which codes the intention instead (a planned meeting is
   AGREE, planned force THREATEN, refused cooperation REJECT: ``planned_as`` and
   ``refused_as`` in the rules), and the CAMEO root follows that category.
4. The actor is the first actor phrase of the cue's clause, the recipient the first one
   after the cue ("was attacked by …" swaps them; "said Sudan must return …" takes the
   recipient right before the cue); inside a quotation without an actor, the speaker.
5. The date comes from the sentence ("on Thursday", "yesterday", "September 29") and the
   publication time: past for what happened, ahead for what is planned; the location from
   a known place or country after "in"/"at".

PLOVER measures English; the Ukrainian rules (``uk+en``) add the common verbs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from .actors import ActorIndex, Memory, actor_index
from .errors import RulesError
from .model import Actor, Event, Evidence, Place, Quote
from .periods import Publication
from .rules import EventCue, EventRules, ModeWords, load_events, load_periods
from .sentences import split_sentences

__all__ = ["EventFinder", "finder_for"]

_WORD = r"[\w'\u2019-]+"
_VENUE_TYPES = frozenset({"CONSULT", "AGREE", "PROTEST"})
_MARKER_ORDER = ("refused", "hypothetical", "proposed", "planned")
_WORD_RE = re.compile(_WORD)
_NOMINAL_GAP = 6  # words between a noun cue and the actor before it
_Node = dict[str, "_Node"]


def _pattern(text: str) -> str:
    """A rule pattern as a regular expression: a space is any run of spaces."""
    return text.replace(" ?", r"\s*").replace(" ", r"\s+")


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` that closes the group opened at ``pattern[i]``."""
    depth = 0
    k = i
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return k
        k += 1
    raise RulesError(f"cue pattern {pattern!r}: unbalanced parentheses")


def _alternatives(inner: str) -> list[str]:
    parts, depth, part = [], 0, ""
    for ch in inner:
        if ch == "|" and depth == 0:
            parts.append(part)
            part = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        part += ch
    return [*parts, part]


_LETTER = re.compile(r"[^\W\d_]|['\u2019-]")


def _first_words(pattern: str) -> set[tuple[str, bool]]:
    """The first words a cue pattern can begin with, spelled out: ``(word, complete)``.

    "attack(?:s|ed)?" gives attack, attacks, attacked (complete: the word ends there);
    "retaliat\\w*" gives retaliat (a beginning only). An optional group at the start
    ("(?:forcibly )?evicted") gives the words of both ways. Raises :class:`RulesError` for
    a pattern that does not begin with a letter.
    """
    words: set[str] = {""}
    i = 0
    while True:
        if i >= len(pattern) or pattern[i].isspace() or pattern.startswith(("(?=", "(?!",
                                                                            "\\s"), i):
            complete = True
            break
        ch = pattern[i]
        if _LETTER.fullmatch(ch):
            if pattern[i + 1:i + 2] == "?":
                words |= {w + ch for w in words}
                i += 2
            elif pattern[i + 1:i + 2] in ("*", "+", "{"):
                complete = False
                break
            else:
                words = {w + ch for w in words}
                i += 1
            continue
        if pattern.startswith("(?:", i):
            close = _group_end(pattern, i)
            quantifier = pattern[close + 1:close + 2]
            alternatives = _alternatives(pattern[i + 3:close])
            after = close + (2 if quantifier in ("?", "*", "+") else 1)
            if words == {""}:  # the pattern begins with the group: each way on its own
                out: set[tuple[str, bool]] = set()
                for alt in alternatives:
                    out |= _first_words(alt + pattern[after:])
                if quantifier in ("?", "*"):
                    out |= _first_words(pattern[after:].lstrip())
                return out
            if all(a[:1].isspace() for a in alternatives):
                complete = True  # "met(?: with)?": the word ends here
                break
            if quantifier not in ("*", "+") and all(
                    re.fullmatch(r"(?:[^\W\d_]|['\u2019-])*", a) for a in alternatives):
                grown = {w + a for w in words for a in alternatives}
                words = grown | words if quantifier == "?" else grown
                i = after
                continue
        complete = False
        break
    words = {w.lower() for w in words if w}
    if not words:
        raise RulesError(f"cue pattern {pattern!r} must begin with a word")
    return {(w, complete) for w in words}


def _trie(words: set[str]) -> str:
    """One regular expression for ``words`` shaped as a trie (fast to scan)."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # a word may end here: the longer ones are optional
            return "" if not branches else f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(tree)


def _names(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _date_expression(months: dict[str, int], weekdays: dict[str, int],
                     relative: dict[str, int]) -> re.Pattern[str]:
    """"today", "on Thursday", "September 29", "29 September 2025" (names from the rules)."""
    month, weekday = _names(months), _names(weekdays)
    rel = f"(?P<rel>{_names(relative)})|" if relative else ""
    return re.compile(
        rf"(?<!\w)(?:{rel}(?P<weekday>{weekday})(?!\w)"
        rf"|(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)"
        rf"(?:,?\s+(?P<year>\d{{4}}))?"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{month})(?!\w)"
        rf"(?:\s+(?P<year2>\d{{4}}))?)", re.IGNORECASE)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{_pattern(p)})" for p in sorted(set(patterns), key=len, reverse=True))


def _specific(actor: Actor) -> bool:
    """An actor with a country, an entry in the actor list, or a name of its own."""
    return actor.country is not None or actor.actor_id is not None \
        or actor.name != actor.text or actor.text[:1].isupper()


@dataclass(slots=True)
class _Sentence:
    """One sentence being read, with what its events share (computed once)."""

    text: str
    start: int
    end: int
    actors: list[Actor]
    breaks: list[tuple[int, int]]
    modes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    dates: list[re.Match[str]] | None = None


@dataclass(slots=True)
class _Cue:
    index: int
    rule: EventCue
    start: int
    end: int
    absorbed: list[_Cue] = field(default_factory=list)


class EventFinder:
    """Compiled event rules of one language (or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        self.language = language
        rules: EventRules = load_events(language)
        self.rules = rules
        self.cues = rules.cues
        # plain str keys (the schema types them as Literals) for lookups by any type name
        self._planned_as: dict[str, str] = {k: v for k, v in rules.planned_as.items()}
        self._refused_as: dict[str, str] = {k: v for k, v in rules.refused_as.items()}
        self._roots: dict[str, str] = {k: v for k, v in rules.cameo_roots.items()}
        self._domestic = frozenset(rules.domestic)
        self._reciprocal = frozenset(rules.reciprocal)
        self._groups = [(index, pat, _first_words(pat))
                        for index, cue in enumerate(rules.cues) for pat in cue.patterns]
        # the gate: the first words of every cue in one trie-shaped expression; where one
        # of them is found, the cues that can begin with that word are tried
        whole = {w for *_, words in self._groups for w, complete in words if complete}
        begun = {w for *_, words in self._groups for w, complete in words if not complete}
        self._gate = re.compile(rf"(?<![\w-])(?:(?:{_trie(whole)})(?![\w'\u2019-])"
                                rf"|{_trie(begun)})", re.IGNORECASE)
        self._by_prefix: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        self._requires = {i: re.compile(_alternation(c.requires_before), re.IGNORECASE)
                          for i, c in enumerate(rules.cues) if c.requires_before}
        # one expression for every marker: each must end at most ``marker_gap`` words
        # before the cue; when several do, the first status of _MARKER_ORDER wins
        gap = rf"(?=(?:\s+{_WORD}){{0,{rules.marker_gap}}}\s*$)"
        by_status = {st: [p for m in rules.markers if m.status == st for p in m.patterns]
                     for st in _MARKER_ORDER}
        self._marker_re = re.compile("|".join(
            rf"(?P<{st}>(?<![\w'\u2019])(?:{_alternation(pats)}){gap})"
            for st, pats in by_status.items() if pats), re.IGNORECASE) \
            if any(by_status.values()) else None
        self._conditions = re.compile(rf"\b(?:{_alternation(rules.conditions)})\b",
                                      re.IGNORECASE) if rules.conditions else None
        self._breaks = re.compile(_alternation(rules.clause_breaks)) \
            if rules.clause_breaks else None
        self._passive_words = frozenset(w.lower() for w in rules.passive)
        self._reporting = frozenset(w.lower() for w in rules.reporting)
        self._agents = re.compile(rf"^\s*(?:{_alternation(rules.agents)})\s+",
                                  re.IGNORECASE) if rules.agents else None
        # per type, one expression over the mode words; the first mode listed wins
        self._modes: dict[str, tuple[re.Pattern[str], list[ModeWords]]] = {}
        for kind in {m.type for m in rules.modes}:
            listed = [m for m in rules.modes if m.type == kind]
            self._modes[kind] = (re.compile(r"(?<![\w-])(?:" + "|".join(
                rf"(?P<m{k}>{_alternation(m.words)})" for k, m in enumerate(listed))
                + r")(?![\w-])", re.IGNORECASE), listed)
        self._participles = tuple(rules.participle_endings)
        self._joined = re.compile(rf"\s+(?:{_alternation(rules.conjunctions)})\s+(?:the\s+)?",
                                  re.IGNORECASE)
        self._location_re = re.compile(
            rf"(?<![\w-])(?:{_alternation(rules.location_words)})\s+(?:the\s+)?", re.IGNORECASE)
        periods = load_periods(language)
        self._months = periods.months
        self._weekdays = periods.weekdays
        self._relative = {k.lower(): v for k, v in rules.relative_days.items()}
        names = {*periods.months, *periods.weekdays}
        self._skip = frozenset(n.capitalize() for n in names) | frozenset(names)
        self._date_re = _date_expression(periods.months, periods.weekdays, self._relative)
        self._actors: ActorIndex = actor_index()

    def _cues_from(self, word: str) -> list[tuple[int, re.Pattern[str]]]:
        """The cues that can begin with ``word`` (what the gate found), compiled once."""
        compiled = self._by_prefix.get(word)
        if compiled is None:
            compiled = [(index, re.compile(_pattern(pat) + r"(?:(?<=\s)|(?![\w-]))",
                                           re.IGNORECASE))
                        for index, pat, words in self._groups
                        if any(w == word if complete else word.startswith(w)
                               for w, complete in words)]
            self._by_prefix[word] = compiled
        return compiled

    # -- the document ---------------------------------------------------------------------
    def find(self, text: str, publication: Publication | None = None,
             quotes: list[Quote] | None = None) -> list[Event]:
        """The events of ``text`` in order of their sentences."""
        matches: list[tuple[int, int, int]] = []
        taken = 0
        for hit in self._gate.finditer(text):
            start = hit.start()
            if start < taken:
                continue
            best: tuple[int, int] | None = None  # the longest cue here, the first on a tie
            for index, pattern in self._cues_from(hit.group().lower()):
                m = pattern.match(text, start)
                if m is not None and (best is None or m.end() > best[1]):
                    best = (index, m.end())
            if best is not None:
                matches.append((best[0], start, best[1]))
                taken = best[1]
        if not matches:
            return []
        sentences = split_sentences(text)
        starts = [s for s, _ in sentences]
        by_sentence: dict[int, list[_Cue]] = {}
        for index, start, end in matches:
            sent = bisect.bisect_right(starts, start) - 1
            if sent < 0:
                continue
            while end > start and text[end - 1].isspace():
                end -= 1
            by_sentence.setdefault(sent, []).append(_Cue(index, self.cues[index], start, end))
        memory = Memory()
        events: list[Event] = []
        for sent in sorted(by_sentence):
            s, e = sentences[sent]
            events.extend(self._sentence(text, s, e, by_sentence[sent], memory,
                                         publication, quotes or []))
        return events

    def _sentence(self, text: str, s: int, e: int, cues: list[_Cue], memory: Memory,
                  publication: Publication | None, quotes: list[Quote]) -> list[Event]:
        actors = self._actors.find(text, s, e, memory=memory, skip=self._skip)
        breaks = [] if self._breaks is None else [
            (m.start(), m.end()) for m in self._breaks.finditer(text, s, e)]
        sentence = _Sentence(text, s, e, actors, breaks)
        known = [(a.start_char, a.end_char) for a in actors if a.actor_id is not None]
        heads: list[_Cue] = []
        open_until = -1
        for cue in cues:
            if any(a <= cue.start < b for a, b in known):
                continue  # a word of a name: "Amnesty International", "Security Council"
            rule_check = self._requires.get(cue.index)
            if rule_check is not None and not rule_check.search(text, s, cue.start):
                continue
            if heads and (cue.start < open_until or (
                    cue.rule.type == heads[-1].rule.type and not cue.rule.complement
                    and self._clause_end(sentence, heads[-1].end) >= cue.start)):
                # inside a governing cue's clause, or the same kind of event again in the
                # same clause ("attacked …, killing five and wounding 20"): one event
                heads[-1].absorbed.append(cue)
                continue
            heads.append(cue)
            open_until = self._clause_end(sentence, cue.end) if cue.rule.complement else -1
        events: list[Event] = []
        seen: set[tuple[str, str | None]] = set()
        for cue in heads:
            event = self._event(sentence, cue, publication, quotes)
            if event is None:
                continue
            key = (event.type, None if event.source is None else event.source.name)
            if key in seen:
                continue
            seen.add(key)
            events.append(event)
        return events

    # -- one event --------------------------------------------------------------------------
    def _event(self, sentence: _Sentence, cue: _Cue, publication: Publication | None,
               quotes: list[Quote]) -> Event | None:
        text, s, e = sentence.text, sentence.start, sentence.end
        head = cue.rule
        action = cue
        status: str = head.status
        if head.complement and head.status in ("planned", "proposed"):
            # an intention ("pledged …", "offered to …", "ready to …") of the action it
            # governs: "ready to meet" is a proposed CONSULT; alone it is an AGREE
            action = next((a for a in cue.absorbed if a.rule.type != "AGREE"), cue)
        kind: str = action.rule.type
        marker = self._marker(text, s, cue.start)
        if marker == "hypothetical":
            return None
        if marker == "refused":
            if kind not in self._refused_as and kind != "REJECT":
                return None  # "did not attack": no event
            status = "refused"
        elif marker is not None and status == "occurred":
            status = marker
        if status in ("planned", "proposed") and self.rules.conditional_type \
                and self._conditional(text, cue.end, e):
            kind = self.rules.conditional_type  # "will withdraw … unless …"
        mode, root = self._mode(sentence, action)
        coded = self.plover_type(kind, status)
        if coded != kind:
            root = self._roots.get(coded, root)
        lo = self._clause_start(sentence, cue.start)
        hi = self._clause_end(sentence, cue.end)
        source, target = self._participants(text, s, lo, hi, cue, sentence.actors, quotes)
        if cue.rule.nominal and source is None and target is None:
            return None  # "air raid alerts", "the talks": a topic, not an event
        where = self._location(text, cue.end, hi, kind)
        if source is not None and source.country is None and where is not None \
                and kind in self._domestic and where.country is not None:
            # the actor of a domestic event belongs where it happens ("people rallied in
            # Tbilisi", "the president lifted the curfew in Sudan")
            source = replace(source, country=where.country)
        when = self._date(sentence, cue.start, status, publication)
        return Event(type=kind, mode=mode, source=source, target=target, status=status,
                     date=when, location=where, text=text[s:e], start_char=s, end_char=e,
                     cameo_root=root, cue=Evidence(text[cue.start:cue.end], cue.start,
                                                   cue.end))

    def plover_type(self, kind: str, status: str) -> str:
        """The PLOVER category of an event of type ``kind`` with ``status``.

        sitrep keeps the action and its status apart ("is scheduled to speak": CONSULT,
        planned); PLOVER codes the intention as one category (AGREE) and a refusal of
        cooperation as REJECT. The mapping is the rule file's ``planned_as``/``refused_as``.
        """
        if status in ("planned", "proposed"):
            return self._planned_as.get(kind, kind)
        if status == "refused":
            return self._refused_as.get(kind, kind)
        return kind

    def _marker(self, text: str, s: int, cue_start: int) -> str | None:
        if self._marker_re is None:
            return None
        found = {m.lastgroup for m in self._marker_re.finditer(
            text, max(s, cue_start - 80), cue_start)}
        return next((st for st in _MARKER_ORDER if st in found), None)

    def _conditional(self, text: str, start: int, end: int) -> bool:
        return self._conditions is not None and self._conditions.search(text, start,
                                                                        end) is not None

    def _mode(self, sentence: _Sentence, cue: _Cue) -> tuple[str | None, str | None]:
        rule = cue.rule
        root = rule.cameo_root or self._roots.get(rule.type)
        if rule.mode is not None:
            return rule.mode, root
        found = sentence.modes.get(rule.type)
        if found is None:
            found = (None, None)
            if rule.type in self._modes:
                pattern, listed = self._modes[rule.type]
                seen = {int(m.lastgroup[1:]) for m in pattern.finditer(
                    sentence.text, sentence.start, sentence.end) if m.lastgroup}
                if seen:
                    words = listed[min(seen)]
                    found = (words.mode, words.cameo_root)
            sentence.modes[rule.type] = found
        return found[0], found[1] or root

    # -- clauses and actors -------------------------------------------------------------------
    @staticmethod
    def _clause_start(sentence: _Sentence, cue_start: int) -> int:
        """Where the clause of a cue begins: after the last clause break before it."""
        return max((b for a, b in sentence.breaks if b <= cue_start), default=sentence.start)

    @staticmethod
    def _clause_end(sentence: _Sentence, cue_end: int) -> int:
        return min((a for a, _ in sentence.breaks if a >= cue_end), default=sentence.end)

    def _is_passive(self, text: str, s: int, cue: _Cue) -> bool:
        words = text[cue.start:cue.end].split()
        if not words[0].lower().endswith(self._participles) or words[-1].lower() == "to" \
                or text[cue.end:cue.end + 4].lower() == " to ":
            return False  # "is prepared to", "was forced to": no agent to look for
        before = re.findall(_WORD, text[max(s, cue.start - 40):cue.start])
        for word in reversed(before[-3:]):
            low = word.lower()
            if low in self._passive_words:
                return True
            if not (low.endswith("ly") or low in ("also", "not", "still", "reportedly")):
                return False
        return False

    def _participants(self, text: str, s: int, lo: int, hi: int, cue: _Cue,
                      actors: list[Actor], quotes: list[Quote]
                      ) -> tuple[Actor | None, Actor | None]:
        before = [a for a in actors if lo <= a.start_char and a.end_char <= cue.start]
        # the cue's words after its first may hold the recipient ("summoned Niger's
        # ambassador", "give Tanzania a grant")
        first_word = cue.start + len(text[cue.start:cue.end].split()[0])
        after = [a for a in actors if first_word <= a.start_char and a.end_char <= hi]
        if not before:
            before = [a for a in actors if s <= a.start_char and a.end_char <= cue.start]
        if self._is_passive(text, s, cue):
            return self._agent(text, cue, after), before[0] if before else None
        if cue.rule.nominal:
            # a noun has no subject: the actor just before it ("Russian drone strikes",
            # "students staged mass demonstrations") or its agent ("strikes by Russia")
            near = before[-1] if before else None
            if near is not None:
                between = text[near.end_char:cue.start]
                words = _WORD_RE.findall(between)
                if any(c in between for c in ",;:()") or len(words) > _NOMINAL_GAP \
                        or any(w.lower() in self._reporting for w in words):
                    near = None
            source = near or self._agent(text, cue, after)
            after = [a for a in after if a is not source]
        else:
            source = before[0] if before else self._speaker(cue.start, quotes)
        if cue.rule.target == "before":
            target = before[-1] if len(before) > 1 else None
            return source, target
        if cue.rule.type in self._reciprocal and len(before) > 1 \
                and self._joined.fullmatch(text[before[0].end_char:before[1].start_char]):
            return source, before[1]  # "Russia and Ukraine agreed …"
        others = [a for a in after if source is None or a.name != source.name]
        # a named or located recipient before a bare role word ("aid to Mozambique", not
        # "military"); a bare one when there is nothing else
        target = next((a for a in others if _specific(a)), others[0] if others else None)
        return source, target

    def _agent(self, text: str, cue: _Cue, after: list[Actor]) -> Actor | None:
        """The actor after "by" that follows the cue ("was attacked by …")."""
        if self._agents is None:
            return None
        for a in after:
            between = text[cue.end:a.start_char]
            if self._agents.search(between) or self._agents.search(between.split(",")[-1]):
                return a
        return None

    @staticmethod
    def _speaker(position: int, quotes: list[Quote]) -> Actor | None:
        for quote in quotes:
            if quote.start_char <= position < quote.end_char and quote.speaker is not None:
                return quote.speaker
        return None

    # -- date and place -----------------------------------------------------------------------
    def _date(self, sentence: _Sentence, cue_start: int, status: str,
              publication: Publication | None) -> str | None:
        if publication is None:
            return None
        if sentence.dates is None:
            sentence.dates = list(self._date_re.finditer(sentence.text, sentence.start,
                                                         sentence.end))
        found = sentence.dates
        if not found:
            return None
        m = min(found, key=lambda f: abs(f.start() - cue_start))
        day = publication.day
        ahead = status in ("planned", "proposed")
        result: date | None = None
        if m.groupdict().get("rel"):
            result = day + timedelta(days=self._relative[m.group("rel").lower()])
        elif m.group("weekday"):
            weekday = self._weekdays[m.group("weekday").lower()]
            delta = (weekday - day.weekday()) % 7 if ahead else -((day.weekday() - weekday) % 7)
            result = day + timedelta(days=delta)
        else:
            month = self._months.get((m.group("month") or m.group("month2")).lower().rstrip("."))
            number = int(m.group("day") or m.group("day2"))
            year = m.group("year") or m.group("year2")
            if month is None:
                return None
            try:
                result = date(int(year) if year else day.year, month, number)
            except ValueError:
                return None
            if not year:
                if ahead and result < day - timedelta(days=1):
                    result = result.replace(year=day.year + 1)
                elif not ahead and result > day + timedelta(days=1):
                    result = result.replace(year=day.year - 1)
        return result.isoformat()

    def _location(self, text: str, start: int, end: int, kind: str) -> Place | None:
        for m in self._location_re.finditer(text, start, end):
            info = self._actors.place_at(text, m.end(), end)
            if info is None:
                continue
            name, country, a, b = info
            role = "venue" if kind in _VENUE_TYPES else (
                "struck" if kind == "ASSAULT" else "mentioned")
            return Place(name=name, role=role, text=text[a:b], start_char=a, end_char=b,
                         country=country)
        return None


@cache
def finder_for(language: str) -> EventFinder:
    return EventFinder(language)
