"""Who attacked whom, who reported it, and when: read from the sentence around a count.

Attacker: the nationality on the weapon ("Ukrainian drones"), else the country or actor
that is the subject of the launch verb ("Russia launched"). Target: a country or place
after "at/on/against/over/into" ("over Bryansk region"), else the country of the
defender that reports interceptions ("Ukraine's air force said it shot down ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from .counts import CountMention, DocView, WeaponMention
from .model import Evidence, Reporter

__all__ = ["Direction", "SentenceContext", "read_context"]

_TARGET_PREP = frozenset({"at", "on", "against", "over", "toward", "towards", "into", "across",
                          "targeting", "targeted", "targets", "attacked", "attacks", "attack",
                          "attacking", "struck", "strikes", "strike", "striking", "hit", "hits",
                          "hitting", "pounded", "pounds", "pounding", "bombed", "bombs",
                          "shelled", "in", "above", "upon", "near"})
_SOURCE_PREP = frozenset({"from", "by"})
_DEFENDER_ROLES = frozenset({"destroyed", "shot_down", "suppressed"})
# pairs where one side's attack implies the other side is the target
_OPPONENT = {"RU": "UA", "UA": "RU"}


@dataclass(slots=True)
class Direction:
    attacker: str | None = None
    target: str | None = None
    attacker_evidence: Evidence | None = None
    target_evidence: Evidence | None = None

    def complete(self) -> None:
        if self.attacker and not self.target and self.attacker in _OPPONENT:
            self.target = _OPPONENT[self.attacker]
        if self.target and not self.attacker and self.target in _OPPONENT:
            self.attacker = _OPPONENT[self.target]


@dataclass(slots=True)
class SentenceContext:
    actors: list[tuple[int, int, str, str]]  # (start_tok, end_tok, code, kind)
    reporters: list[tuple[int, int, str]]


def read_context(view: DocView) -> dict[int, SentenceContext]:
    """Countries, places and reporters of every sentence, by sentence number."""
    out: dict[int, SentenceContext] = {}

    def ctx(sent: int) -> SentenceContext:
        c = out.get(sent)
        if c is None:
            c = out[sent] = SentenceContext([], [])
        return c

    for kind in ("COUNTRY", "ADJC", "PLACE"):
        for s, e, code in view.index.get(kind):
            ctx(view.sentence_of(s)).actors.append((s, e, code, kind))
    for s, e, key in view.index.get("REPORTER"):
        ctx(view.sentence_of(s)).reporters.append((s, e, key))
    for c in out.values():
        c.actors.sort()
    return out


def reporter_for(view: DocView, contexts: dict[int, SentenceContext], sentence: int
                 ) -> Reporter | None:
    """The reporting organisation named in the sentence, else the document's first one."""
    c = contexts.get(sentence)
    candidates = c.reporters if c and c.reporters else []
    if not candidates:
        for sent in sorted(contexts):
            if contexts[sent].reporters:
                candidates = contexts[sent].reporters
                break
    if not candidates:
        return None
    breaks = view.break_tokens

    def speaking(r: tuple[int, int, str]) -> bool:
        """ "X said", "said X", "according to X"."""
        s, e, _ = r
        return any(b in breaks for b in (*range(e, e + 3), s - 1, s - 2))

    s, e, key = sorted(candidates, key=lambda r: (not speaking(r), r[0]))[0]
    name, country = view.vocab.reporter_info[key]
    ev = view.evidence(s, e)
    return Reporter(name, ev.text, ev.start_char, ev.end_char, country)


def direction_for(view: DocView, contexts: dict[int, SentenceContext],
                  m: CountMention | WeaponMention, reporter: Reporter | None) -> Direction:
    """Attacker and target for one count from its own sentence (may stay unknown).

    Targets first (an actor after "at/on/over/against" or an attack verb), then the
    subject of the count's verb, nearest first: the attacker for launches and hits, the
    defender (so the target) for interceptions. "X said it fired" makes X the subject.
    """
    d = Direction()
    if m.attacker_hint is not None:
        d.attacker, d.attacker_evidence = m.attacker_hint
    c = contexts.get(m.sentence)
    actors = c.actors if c else []
    cue_start = m.cue[0] if m.cue else m.start
    reporter_spans = c.reporters if c else []
    breaks = view.break_tokens
    own = m.cue[0] if m.cue else -1
    governing = [g for g in view.governing if g != own]
    subjects: list[tuple[int, int, str]] = []
    for s, e, code, kind in actors:
        if m.start <= s < m.end:
            continue  # inside the count's own noun phrase (already the hint)
        prev = view.low(s - 1) if s > 0 else ""
        prev2 = view.low(s - 2) if s > 1 else ""
        before_target = prev in _TARGET_PREP or (
            prev in ("the", "western", "eastern", "southern", "northern", "central")
            and prev2 in _TARGET_PREP)
        if before_target:
            if d.target is None and code != d.attacker:
                d.target, d.target_evidence = code, view.evidence(s, e)
            continue
        if kind == "PLACE":
            continue
        if prev in _SOURCE_PREP and s > m.start:
            if d.attacker is None:  # "launched by Ukraine", "fired from Russia"
                d.attacker, d.attacker_evidence = code, view.evidence(s, e)
            continue
        if m.end <= s < cue_start and m.cue is not None:
            subjects.append((s, e, code))  # "drones that Iran launched"
            continue
        speaking = [re_ for rs, re_, _ in reporter_spans if rs <= s < re_]
        end = speaking[0] if speaking else e
        if any(b in breaks for b in range(end, end + 3)) and not _said_it(view, end, cue_start):
            continue  # "Ukraine's air force said": it reports; it is not a subject
        if s < cue_start and not _said_it(view, end, cue_start):
            if any(b in breaks for b in range(e, cue_start)):
                continue  # "Ukraine said; ... were launched": not the subject of the cue
            if any(e <= g < cue_start for g in governing):
                continue  # the subject of an earlier verb ("Russia launched ..., and ...")
        if (s < cue_start and cue_start - e <= 8) or _said_it(view, end, cue_start):
            subjects.append((s, e, code))
    if subjects:
        s, e, code = max(subjects, key=lambda x: x[0] if x[0] < cue_start else -x[0])
        if m.role in _DEFENDER_ROLES and not (m.end <= s < cue_start):
            if d.target is None and code != d.attacker:
                d.target, d.target_evidence = code, view.evidence(s, e)
        elif d.attacker is None and code != d.target:
            d.attacker, d.attacker_evidence = code, view.evidence(s, e)
    if d.target is None and reporter is not None and reporter.country \
            and reporter.country != d.attacker \
            and view.vocab.reporter_sector.get(reporter.name) in ("MIL", None):
        # a military that reports interceptions is the defender; a politician quoted on
        # the attack ("Trump said Russia launched …") is not
        d.target = reporter.country
        d.target_evidence = Evidence(reporter.text, reporter.start_char, reporter.end_char)
    return d


def _said_it(view: DocView, end: int, cue_start: int) -> bool:
    """ "Yemen's Houthi movement said it fired ...": the speaker is the subject."""
    if not 1 <= cue_start - end <= 5:
        return False
    words = [view.low(i) for i in range(end, cue_start)]
    return bool(words) and words[0] in ("said", "says", "claimed", "announced", "stated") \
        and any(w in ("it", "they", "its", "their") for w in words[1:])
