"""Who acts and who is acted on: the source and target of one event cue.

Read from the actor phrases of the cue's sentence (:mod:`sitrep.actors`) with the word lists
of ``rules/<lang>/events.json``:

- Not every phrase is an actor. A bare ``victims`` word ("people", "civilians") is no
  recipient, and no actor either except of a domestic event ("thousands of people rallied");
  a bare ``instruments`` word ("drones") is neither. With a country they stay ("Ukrainian
  drones", "Russian civilians").
- The subject of a verb is the first actor of its clause that no preposition governs ("In
  Ternopil, a drone struck …" has none). A reporting verb before the cue ("X said Y
  attacked …") moves the subject after it: the speaker is the source only when a pronoun
  stands for them ("the ministry said it had shot down …") or the cue follows the
  attribution directly ("…, DTEK said, urging …"). The object of "told" is no subject.
- Inside a quotation the clause is the quotation; "we"/"I" in a direct quotation, or
  "it"/"they" right after a leading attribution, is its speaker.
- A noun cue ("attack", "talks") takes the actor right before it ("Russian drone attack"),
  an agent after "by", or the subject of its clause; its recipient is the actor right after
  it or after a linking preposition ("attack on Kyiv", "talks with Russia").
- A passive ("was shelled by Russian forces") swaps them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .event_patterns import alternation
from .model import Actor, Quote
from .rules import EventRules

__all__ = ["Clause", "RoleReader", "political"]

_WORD = r"[\w'\u2019-]+"
_WORD_RE = re.compile(_WORD)
_NOMINAL_GAP = 6  # words between a noun cue and the actor before it
_LINK_GAP = 6  # words between a noun cue and its recipient …
_LINK_AT = 3  # … with a linking preposition among the first of them
_ONLY_PUNCTUATION = re.compile(r"[\s,;:\u2013\u2014-]*")
_PARTICIPLE = re.compile(r"\w+ing\b")
_APPOSITION = re.compile(r',\s+((?:the\s+)?[^,;:"\u201d]{3,60}),')  # ", the … minister,"
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def political(actor: Actor | None) -> bool:
    """An actor that can take part in a political event: one the actor list knows, or
    with a country or a sector (not a team or a company named after its city)."""
    return actor is not None and (actor.actor_id is not None or actor.country is not None
                                  or actor.sector is not None)


class Words:
    """The words of a sentence with their offsets, in lower case: what stands before or
    between two positions is a bisection, not a new search of the text."""

    __slots__ = ("ends", "lower", "starts", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        spans = [m.span() for m in _WORD_RE.finditer(text, start, end)]
        self.text = text
        self.starts: list[int] = [a for a, _ in spans]
        self.ends: list[int] = [b for _, b in spans]
        lower = _WORD_RE.findall(text[start:end].lower())
        # one pass over the lower-cased sentence; a letter whose lower case is longer
        # ("İ") can split words differently: then word by word
        self.lower: list[str] = lower if len(lower) == len(spans) \
            else [text[a:b].lower() for a, b in spans]

    def last_before(self, pos: int) -> int:
        """The index of the last word that ends at or before ``pos`` (-1: none)."""
        return bisect.bisect_right(self.ends, pos) - 1

    def before(self, pos: int, lo: int, skip: frozenset[str] = frozenset()) -> tuple[str, int]:
        """The word right before ``pos`` that begins at or after ``lo`` (words of ``skip``
        passed over), and where it begins; ``("", pos)`` when there is none."""
        k = self.last_before(pos)
        while k >= 0 and self.starts[k] >= lo:
            if self.lower[k] not in skip:
                return self.lower[k], self.starts[k]
            k -= 1
        return "", pos

    def between(self, a: int, b: int) -> list[str]:
        """The words that lie inside ``[a, b)``."""
        return self.lower[bisect.bisect_left(self.starts, a):self.last_before(b) + 1]

    def first(self, a: int, b: int) -> str:
        """The first word inside ``[a, b)``, or ""."""
        k = bisect.bisect_left(self.starts, a)
        return self.lower[k] if k < len(self.starts) and self.ends[k] <= b else ""


@dataclass(slots=True)
class Clause:
    """Where a cue's actors are looked for: ``[lo, hi)`` of ``text``, inside sentence
    ``[start, end)``, and the quotation the cue stands in, if any."""

    text: str
    start: int
    end: int
    lo: int
    hi: int
    actors: list[Actor]
    actors_in: Callable[[int, int], list[Actor]]  # the actor phrases of any other span
    words: Words
    quote: Quote | None = None
    kind: str = ""  # the type of the event being read


class RoleReader:
    """The word lists that decide the source and target of a cue (see module docstring)."""

    def __init__(self, rules: EventRules) -> None:
        low = str.lower
        self.victims = frozenset(map(low, rules.victims))
        self.instruments = frozenset(map(low, rules.instruments))
        self.prepositions = frozenset(map(low, rules.prepositions))
        self.determiners = frozenset(map(low, rules.determiners))
        self.links = frozenset(map(low, rules.links))
        self.pronouns = {low(k): v for k, v in rules.pronouns.items()}
        self.objects = frozenset(map(low, rules.reporting_objects))
        self.reporting = frozenset(map(low, rules.reporting))
        self.passive_words = frozenset(map(low, rules.passive))
        self.participles = tuple(rules.participle_endings)
        self.domestic = frozenset(rules.domestic)
        self.reciprocal = frozenset(rules.reciprocal)
        self.locations = frozenset(map(low, rules.location_words))
        self.quantities = frozenset(map(low, rules.quantities))
        # "by" right after the cue, or after a participle joined to it ("shells fired by",
        # "attacked and captured by")
        endings = "|".join(map(re.escape, rules.participle_endings)) or "ed"
        self._agents = re.compile(
            rf"^\s*(?:(?:and\s+|or\s+)?[\w'\u2019-]+(?:{endings})\s+)?"
            rf"(?:{alternation(rules.agents)})\s+", re.IGNORECASE) if rules.agents else None
        self.origins = frozenset(map(low, rules.origins))
        self.agent_words = frozenset(map(low, rules.agents))
        self.violent = frozenset({"ASSAULT"})
        self.settings = frozenset(map(low, rules.settings))
        self._joined = re.compile(rf"\s+(?:{alternation(rules.conjunctions)})\s+(?:the\s+)?",
                                  re.IGNORECASE)

    def reports(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb ("said", "told")."""
        return word.lower() in self.reporting

    # -- which phrases are actors ----------------------------------------------------------
    def _bare(self, actor: Actor, words: frozenset[str]) -> bool:
        """A phrase whose last word is one of ``words`` and that names no country."""
        if actor.country is not None or actor.actor_id is not None:
            return False
        return actor.text.rsplit(None, 1)[-1].lower() in words

    def candidates(self, actors: list[Actor], kind: str) -> list[Actor]:
        """The phrases that can be a source or target of an event of type ``kind``."""
        return [a for a in actors if not self._bare(a, self.instruments)
                and (kind in self.domestic or not self._bare(a, self.victims))]

    def _victim(self, actor: Actor) -> bool:
        return self._bare(actor, self.victims)

    # -- words around a position --------------------------------------------------------------
    def word_before(self, c: Clause, pos: int, lo: int, *, skip_determiners: bool = True
                    ) -> str:
        """The word right before ``pos`` (after ``lo``), lower case; determiners skipped."""
        return c.words.before(pos, lo, self.determiners if skip_determiners else frozenset())[0]

    def _governed(self, c: Clause, actor: Actor, lo: int) -> bool:
        """Whether a preposition stands before the actor ("in Ternopil", "on the city"), not
        counting "of" after an amount ("thousands of students", "a convoy of …")."""
        word, at = c.words.before(actor.start_char, lo, self.determiners)
        if word == "of":
            return c.words.before(at, lo, self.determiners)[0] not in self.quantities
        return word in self.prepositions

    def noun_reading(self, words: Words, text: str, start: int, lo: int) -> bool:
        """Whether a verb cue at ``start`` is read as a noun: a determiner or a possessive
        stands right before it ("the attack", "its demand", "Russia's support")."""
        k = words.last_before(start)
        if k < 0 or words.starts[k] < lo or words.ends[k] != start - 1 \
                or text[start - 1] != " ":
            return False
        word = words.lower[k]
        return word in self.determiners or word.endswith(("'s", "\u2019s"))

    # -- the source ---------------------------------------------------------------------------
    def _first_subject(self, c: Clause, actors: list[Actor], lo: int) -> Actor | None:
        return next((a for a in actors if not self._governed(c, a, lo)
                     and (c.kind in self.domestic or not self._suffers(a))), None)

    def _suffers(self, actor: Actor) -> bool:
        """A phrase about victims, with or without a country ("Residents of the North
        Korean city", "Iraqi civilians"): they do not attack."""
        words = actor.text.split()
        return words[0].lower() in self.victims or words[-1].lower() in self.victims

    def speaker(self, c: Clause, *, leading: bool = False) -> Actor | None:
        """The speaker of the quotation the clause stands in (as the actor index reads that
        phrase when the quotation gives no country or sector); ``leading``: only when named
        before the quotation."""
        q = c.quote
        if q is None or q.speaker is None or (leading and q.speaker.end_char > q.start_char):
            return None
        said = q.speaker
        if said.actor_id is not None or said.country is not None or said.sector is not None:
            return said
        found = next((a for a in c.actors_in(said.start_char, said.end_char)
                      if a.start_char < said.end_char and said.start_char < a.end_char), None)
        if found is not None:
            return found
        # an apposition gives an unknown speaker a country and a sector ("Bruno Kaur, the
        # Spanish foreign minister, told …")
        m = _APPOSITION.match(c.text, said.end_char)
        if m is not None:
            role = next(iter(c.actors_in(m.start(1), m.end(1))), None)
            if role is not None and (role.country is not None or role.sector is not None):
                return replace(said, country=role.country, sector=role.sector)
        return said

    def _quote_speaker(self, c: Clause, lo: int, cue_start: int) -> Actor | None:
        """The speaker of the quotation when a pronoun that stands for them is the subject:
        "we"/"I" in a direct quotation, "it"/"they" after a leading attribution."""
        q = c.quote
        if q is None or q.speaker is None:
            return None
        person = self.pronouns.get(c.words.first(lo, cue_start))
        if person == "first" and q.kind == "direct":
            return self.speaker(c)
        return self.speaker(c, leading=True) if person == "third" else None

    def subject(self, c: Clause, lo: int, cue_start: int, before: list[Actor]
                ) -> Actor | None:
        """The subject of the verb at ``cue_start`` among ``before`` (actors of its clause
        before it), read past a reporting verb ("X said Y attacked …")."""
        text = c.text
        said = self._said(c, lo, cue_start)
        if said is None:
            found = self._first_subject(c, before, lo)
            if found is None:
                return self._quote_speaker(c, lo, cue_start)
            return self._possessed(c, found, self.speaker(c, leading=True), lo)
        word, said_start, said_end = said
        speaker = self._first_subject(c, [a for a in before if a.end_char <= said_start], lo)
        rest = [a for a in before if a.start_char >= said_end]
        if rest and word in self.objects and not text[said_end:rest[0].start_char].strip(" \t"):
            rest = rest[1:]  # "told reporters (that) …": the listener
        found = self._first_subject(c, rest, said_end)
        if found is not None:
            return self._possessed(c, found, speaker, said_end)
        gap = text[said_end:cue_start]
        if _ONLY_PUNCTUATION.fullmatch(gap) or ":" in gap or (
                gap.rstrip().endswith(",") and _PARTICIPLE.match(text, cue_start)):
            # "…, DTEK said, urging consumers …", "X wrote on X, calling on allies …",
            # "X said: let him come …"
            return speaker
        if any(self.pronouns.get(w) == "third" for w in c.words.between(said_end, cue_start)):
            return speaker  # "the ministry said (on Monday) it had shot down …"
        return None

    def _said(self, c: Clause, lo: int, pos: int) -> tuple[str, int, int] | None:
        """The last reporting verb (as written: lower case) in ``[lo, pos)``: the word, where
        it begins and ends."""
        words = c.words
        k = words.last_before(pos)
        while k >= 0 and words.starts[k] >= lo:
            word = words.lower[k]
            if word in self.reporting and c.text[words.starts[k]].islower():
                return word, words.starts[k], words.ends[k]
            k -= 1
        return None

    def _possessed(self, c: Clause, found: Actor, speaker: Actor | None, lo: int) -> Actor:
        """"X said its forces …": the forces are X's (their country)."""
        if found.country is None and speaker is not None and speaker.country is not None \
                and self.word_before(c, found.start_char, lo,
                                     skip_determiners=False) in _POSSESSIVES:
            return replace(found, country=speaker.country)
        return found

    def owned(self, c: Clause, actor: Actor | None) -> Actor | None:
        """``actor`` with the country of the speaker its possessive refers to ("Bosnian
        Serbs said their forces had completed their withdrawal")."""
        if actor is None or actor.country is not None:
            return actor
        speaker = self.speaker(c, leading=True)
        if speaker is None:
            said = self._said(c, c.lo, actor.start_char)
            if said is not None:
                speaker = self._first_subject(c, [a for a in c.actors if c.lo <= a.start_char
                                                  and a.end_char <= said[1]], c.lo)
        return self._possessed(c, actor, speaker, c.lo)

    def agent(self, c: Clause, cue_end: int, after: list[Actor]) -> Actor | None:
        """The actor after "by" that follows the cue ("was attacked by …")."""
        if self._agents is None or not after \
                or self.agent_words.isdisjoint(c.words.between(cue_end, after[-1].start_char)):
            return None
        text = c.text
        for a in after:
            between = text[cue_end:a.start_char]
            if self._agents.search(between) or self._agents.search(between.split(",")[-1]):
                return a
        return None

    def passive(self, c: Clause, cue_start: int, cue_end: int) -> bool:
        """A participle cue after a form of "be" ("was shelled", "were reportedly hit")."""
        text = c.text
        words = text[cue_start:cue_end].split()
        if not words[0].lower().endswith(self.participles) or words[-1].lower() == "to" \
                or text[cue_end:cue_end + 4].lower() == " to ":
            return False  # "is prepared to", "was forced to": no agent to look for
        k = c.words.last_before(cue_start)
        for low in reversed(c.words.lower[max(0, k - 2):k + 1]):
            if low in self.passive_words:
                return True
            if not (low.endswith("ly") or low in ("also", "not", "still", "reportedly")):
                return False
        return False

    def passive_before(self, c: Clause, lo: int, pos: int) -> bool:
        """Whether a passive verb stands between ``lo`` and ``pos`` ("have been killed",
        "were reportedly hit")."""
        words = c.words.between(lo, pos)
        for i, word in enumerate(words[:-1]):
            if word in self.passive_words:
                verb = words[i + 1]
                if verb.endswith("ly") and i + 2 < len(words):
                    verb = words[i + 2]
                if verb.endswith(self.participles):
                    return True
        return False

    def reduced_passive(self, c: Clause, cue_start: int, cue_end: int, agent: Actor) -> bool:
        """A participle cue with "by" right after it and no "be" ("Russian diplomats
        expelled by the US")."""
        first = c.text[cue_start:cue_end].split()[0].lower()
        return first.endswith(self.participles) and c.words.first(cue_end, agent.start_char) \
            in self.agent_words

    def object_noun(self, c: Clause, cue_start: int) -> bool:
        """Whether a noun cue is the object of its clause's verb: no preposition or
        punctuation among the two words right before it ("carried out two grenade attacks",
        not "despite a monthslong, Saudi-led bombing campaign"), the clause not passive."""
        if self.passive_before(c, c.lo, cue_start):
            return False
        k = c.words.last_before(cue_start)
        lo = c.words.starts[max(0, k - 1)] if k >= 0 else cue_start  # the two words before
        return not any(w in self.prepositions for w in c.words.between(max(lo, c.lo), cue_start)) \
            and not any(ch in c.text[max(lo, c.lo):cue_start] for ch in ",;:()")

    def near(self, c: Clause, before: list[Actor], cue_start: int) -> Actor | None:
        """The actor right before a noun cue ("Russian drone strikes"): up to six words
        between, no punctuation, preposition or reporting word."""
        if not before:
            return None
        a = before[-1]
        if c.kind not in self.domestic and self._suffers(a):
            return None
        between = c.text[a.end_char:cue_start]
        words = c.words.between(a.end_char, cue_start)
        if any(ch in between for ch in ",;:()") or len(words) > _NOMINAL_GAP \
                or any(w in self.reporting or w in self.prepositions for w in words):
            return None
        return a

    def linked(self, c: Clause, cue_end: int, after: list[Actor]) -> Actor | None:
        """The recipient of a noun cue: the actor right after it or after a linking
        preposition ("attack on Kyiv", "talks between Turkish and Russian officials")."""
        for a in after:
            between = c.text[cue_end:a.start_char]
            words = c.words.between(cue_end, a.start_char)
            if any(ch in between for ch in ",;:()"):
                return None
            if not words or (len(words) <= _LINK_GAP and any(
                    w in self.links for w in words[:_LINK_AT])):
                return a  # "attack on Kyiv", "aid package for Ukraine", "effort on Saturday
            return None   # between the Emirates and Saudi Arabia"
        return None

    def target_after(self, c: Clause, kind: str, venue: bool, source: Actor | None,
                     after: list[Actor]) -> Actor | None:
        """The recipient after a verb cue: a named or located one before a bare role word
        ("aid to Mozambique", not "military"); for a meeting, not its venue ("met
        counterparts in Bucharest")."""
        others = [a for a in after if a is not source and (
            source is None or a.name != source.name)]
        if kind not in self.domestic:
            others = [a for a in others if not self._victim(a)]
        direct: list[Actor] = []  # "aid to Mozambique"
        placed: list[Actor] = []  # "in Liberia": where it happens
        origins: list[Actor] = []  # "launched from Kursk": where from, last of all
        group = direct
        previous: Actor | None = None
        for a in others:
            word = self.word_before(c, a.start_char, c.lo)
            if previous is None or not self._listed(c.text, previous, a):
                # a list carries the preposition of its first item ("from Orel, Kursk …")
                group = origins if word in self.origins else placed \
                    if word in self.settings or (venue and word in self.locations) else direct
            previous = a
            if venue and group is placed:
                continue  # "met counterparts in Bucharest": the venue
            group.append(a)
        # a named or located one before a bare role word ("aid to Mozambique", not
        # "military"), one acted on directly before one where it happens
        if kind in self.violent:
            origins = []  # "attacked from the direction of Orel": never the target
        return next((a for a in direct if _specific(a)), None) \
            or next((a for a in placed if _specific(a)), None) \
            or next(iter(direct + placed + origins), None)

    def _listed(self, text: str, first: Actor, second: Actor) -> bool:
        """Whether ``second`` continues a list after ``first`` ("Orel, Kursk and …")."""
        between = text[first.end_char:second.start_char]
        return _ONLY_PUNCTUATION.fullmatch(between) is not None \
            or self._joined.fullmatch(between) is not None

    def joined(self, text: str, first: Actor, second: Actor) -> bool:
        """"A and B" ("Russia and Ukraine agreed …")."""
        return self._joined.fullmatch(text[first.end_char:second.start_char]) is not None

    def where(self, c: Clause, cue_end: int) -> str | None:
        """The country of the place a domestic event happens in ("rallied in Tbilisi")."""
        for a in c.actors:
            if a.start_char >= cue_end and a.end_char <= c.hi and a.country is not None \
                    and self.word_before(c, a.start_char, cue_end) in self.locations:
                return a.country
        return None


def _specific(actor: Actor) -> bool:
    """An actor with a country, an entry in the actor list, or a name of its own."""
    return actor.country is not None or actor.actor_id is not None \
        or actor.name != actor.text or actor.text[:1].isupper()
