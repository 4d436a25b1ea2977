"""Reconciling the database: stored results in, incidents out, a window of days at a time.

:func:`reconcile_store` reads the stored results of the days it is asked about, runs
:func:`~sitrep.reconcile.reconcile` on them and writes the incidents with
:meth:`Store.replace_incidents <sitrep.store.Store.replace_incidents>`. The whole database
(no bounds), a span of days (``since``/``until``) or the days some documents' attacks are
filed under (``document_ids``: what ``sitrep ingest`` does for the documents it added).

Days are done in windows of consecutive days holding at most ``window_documents`` documents
with attacks (a single day holding more is a window of its own), so memory holds one
window's claims, never a whole large database. Documents whose attacks are filed under no
day come last, in windows of the same size (such a claim is an incident of its own).
For a window the results read are:

1. every document with an attack (or a claim in a stored incident) filed under a day of
   the window or of the :data:`MARGIN_DAYS` days on either side (two claims of one
   incident are never further apart: a night is at most 48 hours long, and summaries end
   within a day of each other);
2. every document that already shares a stored incident with one of those (repeated
   until no new document comes in), so that an incident reaching past the margin is read
   whole and never split or duplicated.

Then every stored incident holding a claim of one of these documents is replaced, in one
transaction, by the incidents reconciled from them. A result that does not fit the
``sitrep/1`` contract is skipped and reported; the rest goes on.

A claim's document is the store's id (inside the reconcile step as a string, so that
exports show the ``document_id`` the query commands show); an incident's key, a hash of
its claims' documents and attacks, is therefore stable within one database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .choice import unified_keys
from .incidents import Incident, reconcile
from .reading import ResultDocument, load_result
from .records import Claim

if TYPE_CHECKING:
    from ..store import ClaimRecord, IncidentRecord, Store, StoredDocument

__all__ = [
    "DEFAULT_WINDOW_DOCUMENTS",
    "MARGIN_DAYS",
    "ReconcileSummary",
    "StoredResults",
    "incident_day",
    "incident_record",
    "read_stored",
    "reconcile_store",
]

#: Documents (with attacks) reconciled together, at most: with their incidents' records
#: they take ~100 MB (generated wire stories: about three claims and forty figures each).
DEFAULT_WINDOW_DOCUMENTS = 5_000
#: Days read on either side of a window (see the module docstring).
MARGIN_DAYS = 3
#: The parts of a result that incidents are made of (quotes and events are not read).
_CLAIM_PARTS = ("schema", "document", "attacks", "casualties")


@dataclass(slots=True)
class ReconcileSummary:
    """What a run did: documents whose results were read, the incidents it wrote and
    that are still there at the end (with their claims, and how many have a flagged
    disagreement), the windows done, and the results skipped (document id -> reason)."""

    read: set[int] = field(default_factory=set)
    written: dict[str, tuple[frozenset[int], int, bool]] = field(default_factory=dict)
    windows: int = 0
    skipped: dict[int, str] = field(default_factory=dict)
    _by_document: dict[int, set[str]] = field(default_factory=dict, repr=False)

    @property
    def documents(self) -> int:
        return len(self.read)

    @property
    def incidents(self) -> int:
        return len(self.written)

    @property
    def claims(self) -> int:
        return sum(claims for _, claims, _ in self.written.values())

    @property
    def conflicts(self) -> int:
        return sum(1 for _, _, conflicted in self.written.values() if conflicted)

    def replaced(self, documents: Iterable[int], incidents: Iterable[IncidentRecord],
                 conflicted: Iterable[bool]) -> None:
        """Note a window: the incidents holding ``documents`` went, ``incidents`` came."""
        for document_id in documents:
            for key in self._by_document.pop(document_id, ()):
                self.written.pop(key, None)
        for record, conflict in zip(incidents, conflicted, strict=True):
            members = frozenset(c.document_id for c in record.claims)
            self.written[record.key] = (members, sum(1 for c in record.claims
                                                     if c.field is None), conflict)
            for document_id in members:
                self._by_document.setdefault(document_id, set()).add(record.key)

    def line(self) -> str:
        """One line for people."""
        out = (f"{self.incidents} incidents from {self.claims} claims in {self.documents} "
               f"documents, {self.conflicts} with disagreeing figures")
        if self.skipped:
            out += f", {len(self.skipped)} results skipped"
        return out


@dataclass(frozen=True, slots=True)
class StoredResults:
    """Stored results read for reconciling: each as a :class:`ResultDocument` whose
    document id is the store's id as a string, with the store's id of each."""

    documents: list[ResultDocument]
    store_ids: dict[str, int]
    skipped: list[tuple[int, str]]


def _claim_parts(stored: StoredDocument, result: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(result)
    meta = out.get("document")
    if isinstance(meta, Mapping):
        out["document"] = {**meta, "id": str(stored.id)}
    return out


def read_stored(store: Store, document_ids: Collection[int]) -> StoredResults:
    """The attacks of some documents' stored results, read for reconciling."""
    documents: list[ResultDocument] = []
    store_ids: dict[str, int] = {}
    skipped: list[tuple[int, str]] = []
    for stored, result in store.results(document_ids=document_ids, parts=_CLAIM_PARTS):
        try:
            documents.append(load_result(_claim_parts(stored, result)))
        except InputError as exc:
            skipped.append((stored.id, exc.message))
            continue
        store_ids[str(stored.id)] = stored.id
    return StoredResults(documents, store_ids, skipped)


def reconcile_store(store: Store, *, since: date | None = None, until: date | None = None,
                    document_ids: Collection[int] | None = None,
                    window_documents: int = DEFAULT_WINDOW_DOCUMENTS,
                    progress: Callable[[ReconcileSummary], None] | None = None
                    ) -> ReconcileSummary:
    """Reconcile the stored results into incidents (see the module docstring).

    Without arguments every day is done; ``since``/``until`` limit the days; with
    ``document_ids`` the days are those of these documents' attacks (``since``/``until``
    are then not allowed). ``progress`` is called after each window.
    Raises :class:`~sitrep.errors.StoreError` when the database cannot be read or written.
    """
    if document_ids is not None and (since is not None or until is not None):
        raise ValueError("give document_ids or since/until, not both")
    if window_documents < 1:
        raise ValueError("window_documents must be at least 1")
    summary = ReconcileSummary()
    if document_ids is not None:
        days = store.attack_days(document_ids)
    else:  # the days of stored incidents too, so that an outdated one is replaced
        days = {d for d in store.attack_days() | store.incident_days()
                if d is None or _within(d, since, until)}
    per_day = store.documents_per_day()
    dated = sorted(d for d in days if d is not None)
    for first, last in _windows([(d, per_day.get(d, 0)) for d in dated], window_documents):
        seed = store.attack_documents(since=first - timedelta(days=MARGIN_DAYS),
                                      until=last + timedelta(days=MARGIN_DAYS))
        _reconcile_documents(store, seed, summary)
        if progress is not None:
            progress(summary)
    if None in days and since is None and until is None:
        # a claim filed under no day has no resolved period and stays an incident of its
        # own (see grouping), so these documents go in windows too: memory stays flat
        undated = store.attack_documents(undated=True)
        if document_ids is not None:
            undated &= set(document_ids)
        ordered = sorted(undated)
        for start in range(0, len(ordered), window_documents):
            _reconcile_documents(store, set(ordered[start:start + window_documents]),
                                 summary)
            if progress is not None:
                progress(summary)
    return summary


def _within(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _windows(days: list[tuple[date, int]], limit: int) -> Iterator[tuple[date, date]]:
    """Sorted (day, documents) as (first, last) spans of consecutive days holding at most
    ``limit`` documents together (a day holding more is a span of its own)."""
    start: date | None = None
    end: date | None = None
    held = 0
    for day, count in days:
        if start is not None and end is not None and held + count > limit:
            yield start, end
            start = None
        if start is None:
            start, held = day, 0
        end = day
        held += count
    if start is not None and end is not None:
        yield start, end


def _closed(store: Store, seed: set[int]) -> set[int]:
    """``seed`` and every document that shares a stored incident with one of them."""
    documents = set(seed)
    frontier = set(seed)
    while frontier:
        frontier = store.incident_documents(frontier) - documents
        documents |= frontier
    return documents


def _reconcile_documents(store: Store, seed: set[int], summary: ReconcileSummary) -> None:
    if not seed:
        return
    documents = _closed(store, seed)
    read = read_stored(store, documents)
    incidents = reconcile(read.documents)
    records = [incident_record(incident, read.store_ids) for incident in incidents]
    store.replace_incidents(records, document_ids=documents)
    summary.windows += 1
    summary.read |= set(read.store_ids.values())
    summary.skipped.update(read.skipped)
    summary.replaced(documents, records, (bool(i.conflicts) for i in incidents))


# -- incidents as records -----------------------------------------------------------------


def incident_day(incident: Incident) -> date | None:
    """The day an incident is filed under, as an attack is: its period's end, else its
    start, else the lead document's publication (local dates)."""
    from ..store.rows import day_of, parse_day

    return day_of({"start": incident.start, "end": incident.end},
                  parse_day(incident.lead.document.published))


def _store_id(store_ids: Mapping[str, int], claim: Claim) -> int:
    return store_ids[claim.document.id]


def incident_record(incident: Incident, store_ids: Mapping[str, int]) -> IncidentRecord:
    """An incident as the store keeps it: a summary of its chosen figures and conflicts,
    one claim row per document's attack (``field`` null) and one per figure it gives.

    ``store_ids`` maps each claim's document id (a string) to the store's id.
    """
    from ..store import IncidentRecord

    lead = incident.lead
    rank_of = {id(c): r.label for c, r in zip(incident.claims, incident.ranks, strict=True)}
    summary = {
        "documents": len({c.document.id for c in incident.claims}),
        "claims": len(incident.claims),
        "lead": {"document_id": _store_id(store_ids, lead), "attack_key": lead.attack_id},
        "period": {"text": lead.period_text, "kind": lead.period_kind},
        # the claimed figures themselves are claim rows: only the choice is summed up here
        "figures": [{**f.key.to_dict(), "value": f.value, "qualifier": f.qualifier,
                     "reason": f.reason, "agreeing": f.agreeing, "claims": f.claims,
                     "conflict": f.conflict,
                     "document_id": _store_id(store_ids, f.chosen.claim),
                     "attack_key": f.chosen.claim.attack_id}
                    for f in incident.figures],
        "conflicts": [{**c.key.to_dict(), "consistent": c.consistent}
                      for c in incident.conflicts],
        "places": [{"name": p.name, "role": p.role, "admin1": p.admin1,
                    "country": p.country} for p in incident.places],
    }
    return IncidentRecord(
        key=incident.id, kind="attack", attacker=incident.attacker, target=incident.target,
        day=incident_day(incident), period_start=incident.start, period_end=incident.end,
        summary=summary, claims=tuple(_claim_records(incident, store_ids, rank_of)))


def _claim_records(incident: Incident, store_ids: Mapping[str, int],
                   rank_of: Mapping[int, str]) -> Iterable[ClaimRecord]:
    from ..store import ClaimRecord

    keys = unified_keys(incident.claims)
    chosen = {(id(f.chosen.claim), id(f.chosen.figure)) for f in incident.figures}
    for n, claim in enumerate(incident.claims):
        document_id = _store_id(store_ids, claim)
        yield ClaimRecord(
            document_id=document_id, attack_key=claim.attack_id,
            reported_by=claim.reported_by,
            data={"source_rank": rank_of[id(claim)], "order": n, "attacker": claim.attacker,
                  "target": claim.target,
                  "period": {"start": claim.start, "end": claim.end,
                             "text": claim.period_text, "kind": claim.period_kind}})
        for key, figure in claim.figures:
            unified = keys[n, key]
            data: dict[str, Any] = {"text": figure.text,
                                    "chosen": (id(claim), id(figure)) in chosen}
            if unified.model != key.model:
                data["model_in_text"] = key.model
            yield ClaimRecord(
                document_id=document_id, attack_key=claim.attack_id, field=unified.role,
                category=unified.category, model=unified.model, value=figure.value,
                qualifier=figure.qualifier, reported_by=claim.reported_by,
                start_char=figure.start_char, end_char=figure.end_char, data=data)
