"""Political and military events between actors, coded to PLOVER 2.0 (with CAMEO roots).

Entry point: :func:`finder_for` gives the compiled event rules of one language; its
``find`` reads a document's text into :class:`~sitrep.model.Event` records.

How a document is read (rules: ``rules/<lang>/events.json``, actors: ``rules/actors.json``):

1. One pass over the words finds the cue words (:class:`~sitrep.event_patterns.CueScanner`);
   a document without one costs that pass and nothing else. Only the sentences with a cue
   are split off and read, and their actor phrases are looked up only when a cue there
   passes the cheap checks (``requires_before``, ``not_after``).
2. A cue that governs a clause ("agreed to …", "demanded that …", "refused to …") takes
   the cues after it in its clause as its content: "refused to deploy peacekeepers" is one
   REJECT. An intention ("pledged …", "offered to …", "ready to …") is the action it
   governs with its status: "ready to meet" is a proposed CONSULT. A cue inside an actor's
   name ("Rapid Support Forces", "attack helicopters") is none.
3. Words right before a cue give its status: "will", "is scheduled to" (planned),
   "offered to" (proposed), a negation (refused; a negated attack is no event);
   "may"/"could" (hypothetical) give no event; a planned step with "unless" is a threat.
   The type is the action, the status what became of it; :meth:`EventFinder.plover_type`
   gives the PLOVER category, which codes the intention instead (a planned meeting is
   AGREE, planned force THREATEN, refused cooperation REJECT: ``planned_as`` and
   ``refused_as`` in the rules), and the CAMEO root follows that category.
4. Source and target: :mod:`sitrep.event_roles` (the subject of the cue's clause, past a
   reporting verb; the recipient after it; noun cues, passives, quotations).
5. The frame: a cue is an event only in a political or military setting. By default it
   needs a political actor as source or target (one the actor list knows, or with a
   country or a sector: not "the striker", not "Warsaw Sporting"); ``frame`` in the rules
   asks more of ambiguous words ("demand", "warned", "killed": a political source;
   "struck", "pounds", "intercepted": a military word in the clause or a political
   source; "beat", "battling": a military word or an armed source) or nothing of
   unambiguous ones ("air strikes", "invaded").
6. The date comes from the sentence ("on Thursday", "yesterday", "September 29") and the
   publication time: past for what happened, ahead for what is planned. The location is
   left to the places step (``sitrep_places``), which geocodes every place once.

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
from .event_patterns import CueScanner, WordGate, alternation
from .event_roles import Clause, RoleReader, Words, political
from .model import Actor, Event, Evidence, Quote
from .periods import Publication
from .rules import EventCue, EventRules, ModeWords, load_events, load_periods
from .sentences import split_sentences

__all__ = ["EventFinder", "finder_for"]

_MARKER_ORDER = ("refused", "hypothetical", "proposed", "planned")
_WORD = r"[\w'\u2019-]+"
_WORDS = re.compile(_WORD)
_TITLE_SHARE = 0.6  # a sentence with this share of capitalised words is a headline


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


def _title_case(text: str, s: int, e: int) -> bool:
    """A headline written in title case ("Russia Launches Massive Drone Attack")."""
    words = [w for w in _WORDS.findall(text, s, e) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


class _Bounds:
    """Sentence bounds of a document: the pipeline's, or split a line at a time when asked
    (a line break always ends a sentence, so a line splits as the whole text would)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]] | None) -> None:
        self.text = text
        self.spans = sentences if sentences else None
        self.starts = [s for s, _ in sentences] if sentences else []
        self._lines: dict[int, list[tuple[int, int]]] = {}

    def at(self, pos: int) -> tuple[int, int] | None:
        if self.spans is not None:
            k = bisect.bisect_right(self.starts, pos) - 1
            return self.spans[k] if k >= 0 and pos < self.spans[k][1] else None
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        spans = self._lines.get(line)
        if spans is None:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            spans = [(line + a, line + b) for a, b in split_sentences(text[line:end])]
            self._lines[line] = spans
        k = bisect.bisect_right(spans, pos, key=lambda span: span[0]) - 1
        return spans[k] if k >= 0 and pos < spans[k][1] else None


@dataclass(slots=True)
class _Sentence:
    """One sentence being read, with what its events share (computed once, when asked)."""

    text: str
    start: int
    end: int
    finder: EventFinder
    memory: Memory
    _actors: dict[tuple[int, int], list[Actor]] = field(default_factory=dict)
    _breaks: list[tuple[int, int]] | None = None
    _words: Words | None = None
    modes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    dates: list[re.Match[str]] | None = None

    def actors_in(self, lo: int, hi: int) -> list[Actor]:
        """The actor phrases of ``text[lo:hi]`` (a clause: what a cue needs is looked up)."""
        found = self._actors.get((lo, hi))
        if found is None:
            found = self._actors[lo, hi] = self.finder.actors.find(
                self.text, lo, hi, memory=self.memory, skip=self.finder.skip)
        return found

    @property
    def words(self) -> Words:
        if self._words is None:
            self._words = Words(self.text, self.start, self.end)
        return self._words

    def military_in(self, lo: int, hi: int) -> bool:
        """Whether a military word stands in ``[lo, hi)``."""
        finder = self.finder
        return finder.military is not None \
            and finder.military_gate.present(self.words.between(lo, hi)) \
            and finder.military.search(self.text, lo, hi) is not None

    @property
    def breaks(self) -> list[tuple[int, int]]:
        """The clause breaks of the sentence, in order (they do not overlap)."""
        if self._breaks is None:
            pattern = self.finder.breaks
            self._breaks = [] if pattern is None else [
                m.span() for m in pattern.finditer(self.text, self.start, self.end)]
        return self._breaks

    def clause_start(self, cue_start: int) -> int:
        """Where the clause of a cue begins: after the last clause break before it."""
        breaks = self.breaks
        k = bisect.bisect_right(breaks, cue_start, key=lambda b: b[1]) - 1
        return breaks[k][1] if k >= 0 else self.start

    def clause_end(self, cue_end: int) -> int:
        """Where the clause of a cue ends: at the first clause break after it."""
        breaks = self.breaks
        k = bisect.bisect_left(breaks, cue_end, key=lambda b: b[0])
        return breaks[k][0] if k < len(breaks) else self.end


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
        self._scanner = CueScanner([(index, pat) for index, cue in enumerate(rules.cues)
                                    for pat in cue.patterns])
        self._requires = {i: re.compile(alternation(c.requires_before), re.IGNORECASE)
                          for i, c in enumerate(rules.cues) if c.requires_before}
        self._not_after = {i: re.compile(rf"(?<![\w'\u2019-])(?:{alternation(c.not_after)})"
                                         r"[^\S\n]*$", re.IGNORECASE)
                           for i, c in enumerate(rules.cues) if c.not_after}
        # one expression for every marker: each must end at most ``marker_gap`` words
        # before the cue; when several do, the first status of _MARKER_ORDER wins
        gap = rf"(?=(?:\s+{_WORD}){{0,{rules.marker_gap}}}\s*$)"
        by_status = {st: [p for m in rules.markers if m.status == st for p in m.patterns]
                     for st in _MARKER_ORDER}
        self._marker_re = re.compile("|".join(
            rf"(?P<{st}>(?<![\w'\u2019])(?:{alternation(pats)}){gap})"
            for st, pats in by_status.items() if pats), re.IGNORECASE) \
            if any(by_status.values()) else None
        self._conditions = re.compile(rf"\b(?:{alternation(rules.conditions)})\b",
                                      re.IGNORECASE) if rules.conditions else None
        self.breaks = re.compile(alternation(rules.clause_breaks)) \
            if rules.clause_breaks else None
        self.military = re.compile(
            rf"(?<![\w-])(?:{alternation(rules.military)})(?![\w-])", re.IGNORECASE) \
            if rules.military else None
        # the first words of each set of patterns: a pattern is searched only where one of
        # them stands
        self.military_gate = WordGate(rules.military)
        self._marker_gate = WordGate(p for m in rules.markers for p in m.patterns)
        self._armed = frozenset(rules.armed_sectors)
        # per type, the modes in the order listed (the first one found wins), each with its
        # first words and its expression
        self._modes: dict[str, list[tuple[WordGate, re.Pattern[str], ModeWords]]] = {}
        for m in rules.modes:
            self._modes.setdefault(m.type, []).append((WordGate(m.words), re.compile(
                rf"(?<![\w-])(?:{alternation(m.words)})(?![\w-])", re.IGNORECASE), m))
        periods = load_periods(language)
        self._months = periods.months
        self._weekdays = periods.weekdays
        self._relative = {k.lower(): v for k, v in rules.relative_days.items()}
        names = {*periods.months, *periods.weekdays}
        self.skip = frozenset(n.capitalize() for n in names) | frozenset(names)
        self._date_re = _date_expression(periods.months, periods.weekdays, self._relative)
        self._date_words = frozenset(w.lower() for w in names) | frozenset(self._relative)
        self.actors: ActorIndex = actor_index()
        self.roles = RoleReader(rules)

    # -- the document ---------------------------------------------------------------------
    def find(self, text: str, publication: Publication | None = None,
             quotes: list[Quote] | None = None,
             sentences: list[tuple[int, int]] | None = None) -> list[Event]:
        """The events of ``text`` in order of their sentences.

        ``quotes``: the document's quotations (their speakers, and the clause a cue inside
        one stands in). ``sentences``: the document's sentence bounds when the caller has
        them (split here otherwise, only where a cue is).
        """
        matches = self._scanner.find(text)
        if not matches:
            return []
        bounds = _Bounds(text, sentences)
        by_sentence: dict[tuple[int, int], list[_Cue]] = {}
        for m in matches:
            span = bounds.at(m.start)
            if span is None or m.end > span[1]:
                continue
            by_sentence.setdefault(span, []).append(
                _Cue(m.index, self.cues[m.index], m.start, m.end))
        memory = Memory()
        events: list[Event] = []
        for (s, e), cues in sorted(by_sentence.items()):
            events.extend(self._sentence(_Sentence(text, s, e, self, memory), cues,
                                         publication, quotes or []))
        return events

    def _passes(self, sentence: _Sentence, cue: _Cue) -> bool:
        """The checks of one cue by its words alone (no actors needed)."""
        text, s = sentence.text, sentence.start
        required = self._requires.get(cue.index)
        if required is not None and not required.search(text, s, cue.start):
            return False
        excluded = self._not_after.get(cue.index)
        return excluded is None or excluded.search(text, max(s, cue.start - 40),
                                                   cue.start) is None

    def _in_name(self, sentence: _Sentence, cue: _Cue) -> bool:
        """A cue word inside an actor's name: a known one ("Amnesty International"), or
        inside an actor phrase after its first word ("Russia's attack helicopters") or
        capitalised there ("Rapid Support Forces", "Joint Forces Operation"), unless the
        sentence is a headline in title case. "military aid" is an aid, not a name."""
        lo, hi = sentence.clause_start(cue.start), sentence.clause_end(cue.end)
        for a in sentence.actors_in(lo, hi):
            if a.start_char <= cue.start < a.end_char:
                if a.actor_id is not None:
                    return True
                inside = cue.start > a.start_char or (
                    sentence.text[cue.start].isupper() and cue.start > sentence.start)
                return inside and not _title_case(sentence.text, sentence.start, sentence.end)
        return False

    def _sentence(self, sentence: _Sentence, cues: list[_Cue],
                  publication: Publication | None, quotes: list[Quote]) -> list[Event]:
        cues = [c for c in cues if self._passes(sentence, c)]
        heads: list[_Cue] = []
        open_until = -1
        for cue in cues:
            if self._in_name(sentence, cue):
                continue
            if heads and (cue.start < open_until or (
                    cue.rule.type == heads[-1].rule.type and not cue.rule.complement
                    and sentence.clause_end(heads[-1].end) >= cue.start)):
                # inside a governing cue's clause, or the same kind of event again in the
                # same clause ("attacked …, killing five and wounding 20"): one event
                heads[-1].absorbed.append(cue)
                continue
            heads.append(cue)
            open_until = sentence.clause_end(cue.end) if cue.rule.complement else -1
        events: list[Event] = []
        seen: set[tuple[str, str | None]] = set()
        while heads:
            cue = heads.pop(0)
            event = self._event(sentence, cue, publication, quotes)
            if event is None:
                # a noun it took in may be an event of its own ("… were killed in a suicide
                # car bombing"); a verb joined to it shares its subject and fails with it,
                # and what a governing cue governs was only demanded, denied or promised
                rest = [] if cue.rule.complement else [a for a in cue.absorbed
                                                      if a.rule.nominal]
                if rest:
                    heads.insert(0, replace(rest[0], absorbed=rest[1:]))
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
        marker = self._marker(sentence, cue.start)
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
        clause = self._clause(sentence, cue, quotes)
        clause.kind = kind
        nominal = head.nominal or self.roles.noun_reading(sentence.words, text, cue.start,
                                                          clause.lo)
        source, target = self._participants(sentence, clause, cue, kind, nominal)
        if not self._framed(head.frame, sentence, clause, source, target):
            return None
        if nominal and source is None and target is None:
            return None  # "air raid alerts", "the talks": a topic, not an event
        if kind in self.roles.domestic and (
                (source is not None and source.country is None)
                or (target is not None and target.country is None)):
            # the actors of a domestic event belong where it happens ("people rallied in
            # Tbilisi", "the president lifted the curfew in Sudan")
            country = self.roles.where(clause, cue.end)
            if country is not None:
                if source is not None and source.country is None:
                    source = replace(source, country=country)
                if target is not None and target.country is None:
                    target = replace(target, country=country)
        mode, root = self._mode(sentence, action)
        coded = self.plover_type(kind, status)
        if coded != kind:
            root = self._roots.get(coded, root)
        when = self._date(sentence, cue.start, status, publication)
        return Event(type=kind, mode=mode, source=source, target=target, status=status,
                     date=when, location=None, text=text[s:e], start_char=s, end_char=e,
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

    def _marker(self, sentence: _Sentence, cue_start: int) -> str | None:
        lo = max(sentence.start, cue_start - 80)
        if self._marker_re is None \
                or not self._marker_gate.present(sentence.words.between(lo, cue_start)):
            return None
        found = {m.lastgroup for m in self._marker_re.finditer(sentence.text, lo, cue_start)}
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
            words = sentence.words.lower
            for gate, pattern, mode in self._modes.get(rule.type, ()):
                if gate.present(words) and pattern.search(sentence.text, sentence.start,
                                                          sentence.end):
                    found = (mode.mode, mode.cameo_root)
                    break
            sentence.modes[rule.type] = found
        return found[0], found[1] or root

    # -- the frame and the actors -------------------------------------------------------------
    def _framed(self, frame: str, sentence: _Sentence, clause: Clause, source: Actor | None,
                target: Actor | None) -> bool:
        """Whether the setting makes the cue an event (module docstring, step 5)."""
        if frame == "any":
            return True
        if frame in ("military", "armed") and sentence.military_in(clause.lo, clause.hi):
            return True
        if frame == "armed":
            return source is not None and source.sector in self._armed
        if frame in ("military", "source"):
            return political(source)
        return political(source) or political(target)

    def _clause(self, sentence: _Sentence, cue: _Cue, quotes: list[Quote]) -> Clause:
        """The clause of a cue; inside a quotation, no further than the quotation. Only
        quotations in quotation marks or after a reporting verb count: what follows
        "announced" or "praised" is the object of that verb ("announced a new aid
        package"), not a clause of its own."""
        lo = sentence.clause_start(cue.start)
        hi = sentence.clause_end(cue.end)
        quote = next((q for q in quotes if q.start_char <= cue.start < q.end_char and (
            q.kind == "direct" or (q.cue is not None and self.roles.reports(q.cue.text)))),
            None)
        if quote is not None:
            lo, hi = max(lo, quote.start_char), min(hi, quote.end_char)
        actors = sentence.actors_in(sentence.clause_start(cue.start),
                                    sentence.clause_end(cue.end))
        return Clause(sentence.text, sentence.start, sentence.end, lo, hi, actors,
                      sentence.actors_in, sentence.words, quote)

    def _subject(self, sentence: _Sentence, clause: Clause, cue: _Cue,
                 before: list[Actor]) -> Actor | None:
        """The subject of a verb cue; when its clause begins with the cue ("…, which
        launched …", "after attacking …"), the subject of the sentence before it."""
        found = self.roles.subject(clause, clause.lo, cue.start, before)
        if found is not None or clause.lo <= sentence.start or clause.quote is not None \
                or _WORDS.search(clause.text, clause.lo, cue.start) is not None:
            return found
        brk = max((a for a, b in sentence.breaks if b == clause.lo), default=clause.lo)
        earlier = self.roles.candidates(sentence.actors_in(sentence.start, brk), "")
        outer = Clause(clause.text, sentence.start, sentence.end, sentence.start, brk, earlier,
                       sentence.actors_in, sentence.words)
        return self.roles.subject(outer, sentence.start, brk, earlier)

    def _participants(self, sentence: _Sentence, clause: Clause, cue: _Cue, kind: str,
                      nominal: bool) -> tuple[Actor | None, Actor | None]:
        text, roles = clause.text, self.roles
        actors = roles.candidates(clause.actors, kind)
        before = [a for a in actors if clause.lo <= a.start_char and a.end_char <= cue.start]
        # the cue's words after its first may hold the recipient ("summoned Niger's
        # ambassador", "give Tanzania a grant")
        first_word = cue.start + len(text[cue.start:cue.end].split()[0])
        after = [a for a in actors if first_word <= a.start_char and a.end_char <= clause.hi]
        agent = roles.agent(clause, cue.end, after)
        if roles.passive(clause, cue.start, cue.end) or (not nominal and agent is not None and (
                roles.reduced_passive(clause, cue.start, cue.end, agent))):
            # "was shelled by Russian forces", "Russian diplomats expelled by the US": the
            # agent acts on what stands right before
            return agent, roles.near(clause, before, cue.start)
        if nominal:
            source = roles.near(clause, before, cue.start) or agent
            if source is None and roles.object_noun(clause, cue.start):
                # the subject of the clause the noun is the object of ("militants on
                # Wednesday carried out two grenade attacks")
                source = self._subject(sentence, clause, cue, before)
            others = [a for a in after if a is not source]
            target = roles.linked(clause, cue.end, others) if cue.rule.nominal else \
                roles.target_after(clause, kind, False, source, others)
            verb = next((a for a in cue.absorbed if not a.rule.nominal), None)
            if target is None and verb is not None:
                # the noun is the subject of a verb of its kind ("a roadside bombing …
                # killed one U.S. soldier"): the verb's object is the recipient
                target = roles.target_after(clause, kind, False, source, [
                    a for a in actors if verb.end <= a.start_char and a.end_char <= clause.hi])
            return roles.owned(clause, source), target
        if cue.rule.target == "before":
            # "said Sudan must return …": the speaker asks, the one before the cue is asked
            speaker = roles.speaker(clause)
            if speaker is not None:
                return speaker, (before[-1] if before else None)
            return (before[0] if before else None), (before[-1] if len(before) > 1 else None)
        source = self._subject(sentence, clause, cue, before)
        if cue.rule.type in roles.reciprocal and source is not None:
            second = next((a for a in before if a.start_char > source.start_char), None)
            if second is not None and roles.joined(text, source, second):
                return source, second  # "Russia and Ukraine agreed …"
        venue = kind in ("CONSULT", "AGREE")
        return source, roles.target_after(clause, kind, venue, source, after)

    # -- date -------------------------------------------------------------------------------
    def _date(self, sentence: _Sentence, cue_start: int, status: str,
              publication: Publication | None) -> str | None:
        if publication is None:
            return None
        if sentence.dates is None:
            sentence.dates = list(self._date_re.finditer(
                sentence.text, sentence.start, sentence.end)) \
                if not self._date_words.isdisjoint(sentence.words.lower) else []
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


@cache
def finder_for(language: str) -> EventFinder:
    return EventFinder(language)
