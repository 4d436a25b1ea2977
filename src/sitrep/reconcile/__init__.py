"""Incidents from many reports: one attack, every source's claim side by side.

:func:`reconcile` takes ``sitrep/1`` results (the dicts of ``DocumentResult.to_dict()``
with the document's ``source``, ``published`` and, where known, ``url``) and returns
:class:`Incident` objects; :func:`merge_quotes` does the same for quotes. Nothing needs a
database: results can come from ``sitrep extract --jsonl`` output
(:func:`read_results`) or from the store. Each attack of each document is one
:class:`Claim`; the incident keeps all of them and chooses one figure per key by the
rule below. The tunable numbers and the primary channels are in ``rules/reconcile.json``.

| step | rule |
|---|---|
| 1. claims | every attack of every document is a claim: its figures per (weapon category, model, role), its totals, hit/debris location counts and casualties of scope ``attack``, each with its evidence span, plus the document's id, source, URL and publication time |
| 2. same incident | claims with the same attacker and the same target (an unknown side matches either, but an incident never gets two attackers or two targets), resolved periods that are the same night (both at most 48 h long and overlapping by at least half of the shorter one; a report published in the morning about "overnight" resolves to that night) and compatible weapons (a shared weapon family — drones, missiles, bombs, aircraft — or one claim without per-weapon figures); grouping is transitive. A night never joins a longer summary ("since the start of the month"); two summaries join when they start on the same day and end within 24 h. A claim without a resolved period is an incident of its own |
| 3. same figure | figures are compared per (category, model, role); a category that every claim counts with one figure is one key even where only some claims name the model ("230 drones" = "230 Shahed-type drones") |
| 4. primary source first | a document from the military reporter's own channel (its source or URL names the reporter or one of its channels: the Air Force's Telegram ``t.me/kpszsu``) goes first; then a relay that attributes the figure to a military reporter (``reported_by`` with sector MIL in ``actors.json``: "…, Ukraine's air force said"); then everything else (a governor, an unattributed figure) |
| 5. exact before rounded | among equal sources, an exact figure ("97") before a qualified one ("about 100", "more than 90", "at least 44"), and that before a vague one ("dozens") |
| 6. later before earlier | among equal sources and equal exactness, the later publication (a correction or update) before the earlier one; a document without a publication time comes last |
| 7. ties | the document id, then the attack id, decide (so a re-run gives the same answer) |
| 8. disagreements | every key on which the claims give different figures (value or qualifier) is a flagged conflict listing all of them with their sources, best first; ``consistent`` tells figures that can all be true ("about 100" and "97") from contradictions ("205" and "210"). The chosen figure says which step chose it (``reason``) |
| 9. quotes | quotes of the same speaker (same actor id, else same name) whose normalised words are equal or one contains the other are one quote with the list of its sources |

The database: :func:`sitrep.reconcile.store.reconcile_store` runs this over the stored
results a window of days at a time and writes the incidents (``sitrep reconcile``, and
``sitrep ingest`` for the days it adds to); :mod:`sitrep.reconcile.from_store` reads them
back for exports and merges the stored quotes. Both import the store (SQLAlchemy) and are
not imported here.

Exactness (step 5) goes before publication time (step 6) on purpose: a later story that
rounds an earlier exact figure ("about 100" after "97") is a restatement, not a
correction; a real correction from the same source is exact too and then wins by step 6.
"""  # noqa: E501

from __future__ import annotations

from .choice import ChosenFigure, ClaimedFigure, FigureConflict
from .incidents import Incident, reconcile
from .quote_merge import MergedQuote, merge_quotes, normalise_quote
from .ranking import SourceRank
from .reading import ResultDocument, load_result, read_results
from .records import Claim, EventMention, FigureKey, QuoteMention, SourceDocument, actor_key

__all__ = [
    "ChosenFigure",
    "Claim",
    "ClaimedFigure",
    "EventMention",
    "FigureConflict",
    "FigureKey",
    "Incident",
    "MergedQuote",
    "QuoteMention",
    "ResultDocument",
    "SourceDocument",
    "SourceRank",
    "actor_key",
    "load_result",
    "merge_quotes",
    "normalise_quote",
    "read_results",
    "reconcile",
]
