"""Incidents and quotes read back from the database, for exports and the query commands.

:func:`stored_incidents` gives the incidents the reconcile step wrote (:mod:`.store`) as
:class:`~sitrep.reconcile.Incident` objects: the claims each incident holds are read from
their stored results and the incident's figures are chosen again by the same rule, so an
export shows what ``sitrep incidents`` shows, one incident once, however many documents
report it. An incident whose claim is gone from its document's result (the document was
extracted again since) is left out and counted as outdated: ``sitrep reconcile`` renews it.

:func:`stored_quotes` merges the stored quotes at query time (:func:`merge_mentions`): the
filters pick the quotes, then the same words of the same speaker become one quote with
every document that reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..model import Actor
from .incidents import Incident, build_incident
from .moments import parse_moment
from .quote_merge import MergedQuote, merge_mentions
from .records import Claim, QuoteMention, SourceDocument
from .store import read_stored

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["QUOTE_COLUMNS", "StoredIncidents", "quote_records", "stored_incidents", "stored_quotes"]


@dataclass(frozen=True, slots=True)
class StoredIncidents:
    """The incidents read back; ``outdated`` stored incidents left out, and stored results
    that could not be read (document id -> reason)."""

    incidents: list[Incident]
    outdated: int
    skipped: dict[int, str]


def stored_incidents(store: Store, *, since: date | None = None, until: date | None = None,
                     attacker: str | None = None, target: str | None = None
                     ) -> StoredIncidents:
    """The stored incidents filed under days of the span, oldest first."""
    rows = store.incidents(since=since, until=until, attacker=attacker, target=target)
    ids = list(reversed(rows.column("incident_id")))  # the query gives the newest first
    members = store.incident_claims(ids, members_only=True).records()
    read = read_stored(store, {m["document_id"] for m in members})
    claims: dict[tuple[str, str], Claim] = {(c.document.id, c.attack_id): c
                                             for doc in read.documents for c in doc.claims}
    grouped: dict[int, list[Claim | None]] = {i: [] for i in ids}
    for member in members:
        grouped[member["incident_id"]].append(
            claims.get((str(member["document_id"]), member["attack_key"])))
    incidents: list[Incident] = []
    outdated = 0
    for group in grouped.values():
        found = [c for c in group if c is not None]
        if not found or len(found) < len(group):
            outdated += 1
            continue
        incidents.append(build_incident(found))
    return StoredIncidents(incidents, outdated, dict(read.skipped))


def _moment(published: str | None) -> Any:
    if not published:
        return None
    try:
        return parse_moment(published, end=False)
    except ValueError:
        return None


def _mention(row: dict[str, Any]) -> QuoteMention:
    document = SourceDocument(id=str(row["document_id"]), source=row["source"], url=row["url"],
                              published=row["published"],
                              published_at=_moment(row["published"]))
    speaker = None
    if row["speaker"]:
        speaker = Actor(name=row["speaker"], text=row["speaker_text"] or row["speaker"],
                        start_char=row["speaker_start"] or 0,
                        end_char=row["speaker_end"] or 0,
                        actor_id=row["speaker_actor_id"], country=row["speaker_country"],
                        sector=row["speaker_sector"])
    return QuoteMention(document=document, text=row["text"], start_char=row["start_char"],
                        end_char=row["end_char"], kind=row["kind"] or "direct",
                        speaker=speaker)


def stored_quotes(store: Store, *, speaker: str | None = None, text: str | None = None,
                  source: str | None = None, since: date | None = None,
                  until: date | None = None, reports: int | None = None
                  ) -> list[MergedQuote]:
    """The stored quotes that match the filters, merged: one per quote said, earliest
    report first. A mention's document id is the store's id (as a string).
    ``reports``: merge only the newest this many reports (a bounded answer on a large
    database; a quote whose older reports fall outside lists only the newer ones)."""
    rows = store.quotes(speaker=speaker, text=text, source=source, since=since, until=until,
                        limit=reports)
    return merge_mentions(_mention(row) for row in rows.records())


QUOTE_COLUMNS = ("published", "speaker", "speaker_actor_id", "speaker_country", "kind",
                 "text", "outlets", "sources", "document_ids", "urls")


def quote_records(quotes: list[MergedQuote]) -> list[dict[str, Any]]:
    """One record per merged quote: what it says, who said it, every document reporting it
    (``sources``: outlet names, once each; ``published``: the earliest report)."""
    out = []
    for quote in quotes:
        docs = list({m.document.id: m.document for m in quote.mentions}.values())
        speaker = quote.speaker
        out.append({
            "published": docs[0].published, "speaker": None if speaker is None else speaker.name,
            "speaker_actor_id": None if speaker is None else speaker.actor_id,
            "speaker_country": None if speaker is None else speaker.country,
            "kind": quote.kind, "text": quote.text, "outlets": len(docs),
            "sources": list(dict.fromkeys(d.source or f"document {d.id}" for d in docs)),
            "document_ids": [int(d.id) if d.id.isdigit() else d.id for d in docs],
            "urls": [d.url for d in docs if d.url]})
    return out
