"""Which claim's figure goes first: source, then exactness, then publication time.

See the rule table in :mod:`sitrep.reconcile`. :class:`SourceJudge` tells a military
reporter's own channel from a relay that cites it; :func:`precedence` is the sort key of
one claimed figure, and :func:`why_first` names the step that put one figure before
another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from ..model import Count
from ..rules import load_actors, load_reconcile
from .records import Claim

__all__ = ["SourceJudge", "SourceRank", "claim_order", "precedence", "source_judge", "why_first"]

MILITARY = "MIL"
#: Exact before qualified ("about", "more than", "at least", "at most") before vague.
QUALIFIER_RANK = {"exact": 0, "about": 1, "more_than": 1, "at_least": 1, "at_most": 1,
                  "vague": 2}


class SourceRank(IntEnum):
    """How close a claim is to the side's own military reporter (lower goes first)."""

    OWN_CHANNEL = 0  # the reporter's own channel: the Air Force's Telegram post
    ATTRIBUTED = 1  # a relay that names a military reporter: "…, the air force said"
    OTHER = 2  # anything else: a governor, an unattributed figure

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class SourceJudge:
    """Military reporters (sector MIL in ``actors.json``) and their own channels."""

    military: frozenset[str]
    names: dict[str, str]  # folded name or alias -> reporter
    channels: tuple[tuple[str, str], ...]  # folded channel -> reporter

    def channel_of(self, claim: Claim) -> str | None:
        """The military reporter whose own channel published the claim's document."""
        for raw in (claim.document.source, claim.document.url):
            if not raw:
                continue
            folded = _fold(raw)
            if folded in self.names:
                return self.names[folded]
            for channel, reporter in self.channels:
                if channel in folded:
                    return reporter
        return None

    def rank(self, claim: Claim) -> SourceRank:
        channel = self.channel_of(claim)
        if channel is not None and claim.reported_by in (None, channel):
            return SourceRank.OWN_CHANNEL
        if claim.reported_by in self.military:
            return SourceRank.ATTRIBUTED
        return SourceRank.OTHER


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def source_judge() -> SourceJudge:
    military = [r for r in load_actors().reporters if r.sector == MILITARY]
    names = {_fold(alias): r.name for r in military for alias in (r.name, *r.aliases)}
    channels = tuple((_fold(c), entry.reporter) for entry in load_reconcile().primary_channels
                     for c in entry.channels)
    return SourceJudge(frozenset(r.name for r in military), names, channels)


Precedence = tuple[int, int, float, str, str]


def _latest_first(claim: Claim) -> float:
    moment = claim.document.published_at
    return -moment.timestamp() if moment is not None else float("inf")


def precedence(claim: Claim, figure: Count, rank: SourceRank) -> Precedence:
    """Sort key of a claimed figure: the smallest goes first."""
    return (int(rank), QUALIFIER_RANK.get(figure.qualifier, 2), _latest_first(claim),
            claim.document.id, claim.attack_id)


def claim_order(claim: Claim, rank: SourceRank) -> tuple[int, float, str, str]:
    """Sort key of a whole claim (best source, then latest): the incident's lead first."""
    return (int(rank), _latest_first(claim), claim.document.id, claim.attack_id)


_STEPS = ("primary source", "exact figure", "later publication", "document order")


def why_first(winner: Precedence, other: Precedence) -> str:
    """The first rule step at which ``winner`` goes before ``other``."""
    for step, (a, b) in zip(_STEPS, zip(winner, other, strict=False), strict=False):
        if a != b:
            if step == "primary source" and winner[0] == SourceRank.ATTRIBUTED:
                return "attributed to a military reporter"
            return step
    return _STEPS[-1]
