"""The store's library API: :class:`Store`.

>>> store = Store.open("sqlite:///sitrep.db")           # doctest: +SKIP
>>> doc_id, created = store.add_document(text, published="2025-09-03", source="Reuters")
>>> store.save_result(doc_id, sitrep.extract(text).to_dict(), sitrep.__version__)

Writes are explicit transactions: a document and its result go in together or not at all,
and a batch (``add_documents``, ``save_results``, ``ingest``) is one transaction, so a
process killed half-way leaves exactly the batches it had committed. Reads never wait for
the writer (SQLite in WAL mode; PostgreSQL's MVCC). Every value reaches the database as a
bound parameter.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    RowMapping,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import URL

from ..errors import StoreError
from . import incident_queries, queries
from .bulk import insert_many
from .db import WRITE, describe_url, make_engine, resolve_url, translate_errors
from .migrate import upgrade
from .records import (
    AddedDocument,
    ClaimRecord,
    Failure,
    IncidentRecord,
    NewDocument,
    Rows,
    StoredDocument,
    content_hash,
)
from .rows import PreparedResult, parse_day, prepare_result
from .search import search_statement
from .tables import (
    attack_weapons,
    attacks,
    casualties,
    documents,
    events,
    extractions,
    failures,
    impacts,
    incident_claims,
    incidents,
    places,
    quotes,
)

__all__ = ["Store"]

#: The tables whose rows one extraction adds (deleted before a new result goes in).
_RESULT_TABLES: tuple[Table, ...] = (places, casualties, attack_weapons, quotes, events,
                                     impacts, attacks, extractions)
_COUNTED: tuple[Table, ...] = (documents, extractions, attacks, attack_weapons, places,
                               quotes, events, casualties, impacts, incidents,
                               incident_claims, failures)
_FETCH = 200


def _now() -> datetime:
    return datetime.now(UTC)


def _published_text(value: str | datetime | date | None) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return value.isoformat()


def _document_row(doc: NewDocument, now: datetime) -> dict[str, Any]:
    if not isinstance(doc.text, str):
        raise StoreError(f"document text must be a string, not {type(doc.text).__name__}")
    if not doc.text.strip():
        raise StoreError("document text is empty")
    if doc.metadata is not None:
        try:
            json.dumps(doc.metadata)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"document metadata cannot be kept as JSON: {exc}") from exc
    published = _published_text(doc.published)
    return {"content_hash": content_hash(doc.text), "external_id": doc.external_id,
            "text": doc.text, "title": doc.title, "url": doc.url, "source": doc.source,
            "published": published, "published_date": parse_day(published),
            "language": doc.language, "origin": doc.origin,
            "metadata": None if doc.metadata is None else dict(doc.metadata),
            "ingested_at": now}


class Store:
    """A sitrep database: documents, their extractions, incidents and failures."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, timeout: float = 10.0, create: bool = True,
             migrate: bool = True) -> Store:
        """Open (and create or upgrade) the database at ``url`` (see :func:`resolve_url`).

        ``timeout`` is how many seconds to wait for a locked SQLite file or an unanswering
        server before giving up with :class:`StoreError`. With ``create=False`` a SQLite
        file that does not exist yet is an error rather than a new, empty database.
        """
        resolved = resolve_url(url)
        if not create and resolved.get_backend_name() == "sqlite" \
                and not Path(str(resolved.database)).exists():
            raise StoreError(f"there is no database {resolved.database} yet (store documents "
                             "first, or name one with --db or SITREP_DB)")
        store = cls(make_engine(resolved, timeout=timeout), resolved)
        if migrate:
            with store._write(doing="cannot open the database") as connection:
                upgrade(connection)
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {describe_url(self.url)}>"

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def _write(self, doing: str = "cannot write to the database") -> Iterator[Connection]:
        with translate_errors(self.url, doing=doing), \
                self.engine.connect() as connection:
            connection = connection.execution_options(**{WRITE: True})
            with connection.begin():
                yield connection

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with translate_errors(self.url, doing="cannot read the database"), \
                self.engine.connect() as connection, connection.begin():
            yield connection

    def _rows(self, stmt: Any) -> Rows:
        with self._read() as connection:
            result = connection.execute(stmt)
            return Rows(tuple(result.keys()), [tuple(row) for row in result])

    # -- documents ------------------------------------------------------------------------

    def add_document(self, text: str, *, published: str | datetime | date | None = None,
                     title: str | None = None, url: str | None = None,
                     source: str | None = None, language: str | None = None,
                     origin: str | None = None, external_id: str | None = None,
                     metadata: Mapping[str, Any] | None = None) -> AddedDocument:
        """Keep one document; the same text (up to line endings) is kept only once."""
        doc = NewDocument(text, published, title, url, source, language, origin, external_id,
                          metadata)
        return self.add_documents([doc])[0]

    def add_documents(self, docs: Iterable[NewDocument]) -> list[AddedDocument]:
        """Keep many documents in one transaction; one answer per document, in order."""
        now = _now()
        rows = [_document_row(doc, now) for doc in docs]
        if not rows:
            return []
        with self._write() as connection:
            return self._insert_documents(connection, rows)

    def _insert_documents(self, connection: Connection, rows: Sequence[dict[str, Any]]
                          ) -> list[AddedDocument]:
        hashes = list({row["content_hash"] for row in rows})
        known = self._ids_by_hash(connection, hashes)
        new: dict[str, dict[str, Any]] = {}
        for row in rows:
            if row["content_hash"] not in known:
                new.setdefault(row["content_hash"], row)
        if new:
            insert_many(connection, documents, list(new.values()))
            known.update(self._ids_by_hash(connection, list(new)))
        seen: set[str] = set()
        out = []
        for row in rows:
            digest = row["content_hash"]
            out.append(AddedDocument(known[digest], digest in new and digest not in seen))
            seen.add(digest)
        return out

    @staticmethod
    def _ids_by_hash(connection: Connection, hashes: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            stmt = select(documents.c.content_hash, documents.c.id).where(
                documents.c.content_hash.in_(chunk))
            found.update({h: i for h, i in connection.execute(stmt)})
        return found

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes (:func:`content_hash`) the store already holds."""
        with self._read() as connection:
            return set(self._ids_by_hash(connection, list(set(hashes))))

    def document(self, document_id: int) -> StoredDocument | None:
        """One stored document, or ``None``."""
        with self._read() as connection:
            row = connection.execute(select(documents).where(documents.c.id == document_id)
                                     ).mappings().first()
        return None if row is None else _stored(row)

    def result(self, document_id: int) -> dict[str, Any] | None:
        """The current ``sitrep/1`` result of a document, or ``None`` if it has none."""
        with self._read() as connection:
            value = connection.execute(select(extractions.c.result).where(
                extractions.c.document_id == document_id)).scalar()
        return None if value is None else dict(value)

    def results(self, *, since: date | None = None, until: date | None = None,
                document_ids: Collection[int] | None = None,
                parts: Sequence[str] | None = None
                ) -> Iterator[tuple[StoredDocument, dict[str, Any]]]:
        """Every stored result with its document, by document id (published in a span;
        with ``document_ids``, only those documents').

        The result's ``document`` gets the store's ``url`` (and ``source``/``title`` where
        it has none), so that reconciling and exporting can cite where a claim was read.
        ``parts``: only these top-level keys of each result are read (the database takes
        them out of the JSON; ``schema`` and ``document`` always come).
        """
        bounds = queries.day_range(documents.c.published_date, since, until)
        keys = None if parts is None else list(dict.fromkeys(("schema", "document", *parts)))
        if document_ids is not None:
            for chunk in incident_queries.chunks(document_ids):
                yield from self._results_page(keys, documents.c.id.in_(chunk), *bounds)
            return
        last = 0
        while True:
            page = self._results_page(keys, documents.c.id > last, *bounds, limit=_FETCH)
            yield from page
            if len(page) < _FETCH:
                return
            last = page[-1][0].id

    def _results_page(self, keys: list[str] | None, *where: Any, limit: int | None = None
                      ) -> list[tuple[StoredDocument, dict[str, Any]]]:
        wanted = ([extractions.c.result] if keys is None
                  else [extractions.c.result[key].label(f"part_{n}") for n, key in
                        enumerate(keys)])
        stmt = (select(documents, *wanted)
                .join(extractions, extractions.c.document_id == documents.c.id)
                .where(*where).order_by(documents.c.id).limit(limit))
        with self._read() as connection:
            page = [(_stored(row), dict(row["result"]) if keys is None else
                     {key: row[f"part_{n}"] for n, key in enumerate(keys)
                      if row[f"part_{n}"] is not None})
                    for row in connection.execute(stmt).mappings()]
        for stored, result in page:
            meta = dict(result.get("document") or {})
            meta["url"] = stored.url
            for key in ("source", "title"):
                if not meta.get(key):
                    meta[key] = getattr(stored, key)
            result["document"] = meta
        return page

    def documents_needing_extraction(self, version: str, *, everything: bool = False
                                     ) -> Iterator[StoredDocument]:
        """Documents without a result from extractor ``version`` (all with ``everything``).

        Read in pages by id, so that results may be saved while this is being iterated.
        """
        last = 0
        while True:
            stmt = self._needing(version, everything).where(documents.c.id > last)
            with self._read() as connection:
                page = [_stored(row) for row in connection.execute(
                    select(documents).where(documents.c.id.in_(stmt))
                    .order_by(documents.c.id).limit(_FETCH)).mappings()]
            yield from page
            if len(page) < _FETCH:
                return
            last = page[-1].id

    def count_needing_extraction(self, version: str, *, everything: bool = False) -> int:
        """How many documents :meth:`documents_needing_extraction` would give."""
        stmt = select(func.count()).select_from(self._needing(version, everything).subquery())
        with self._read() as connection:
            return int(connection.execute(stmt).scalar_one())

    @staticmethod
    def _needing(version: str, everything: bool) -> Any:
        stmt = select(documents.c.id)
        if everything:
            return stmt
        return stmt.outerjoin(extractions, extractions.c.document_id == documents.c.id).where(
            (extractions.c.id.is_(None)) | (extractions.c.extractor_version != version))

    # -- results --------------------------------------------------------------------------

    def save_result(self, document_id: int, result: Mapping[str, Any],
                    extractor_version: str) -> None:
        """Replace a document's result and every row drawn from it, in one transaction."""
        refused = self.save_results([(document_id, result, extractor_version)])
        if refused:
            raise refused[0][1]

    def save_results(self, items: Iterable[tuple[int, Mapping[str, Any] | PreparedResult, str]]
                     ) -> list[tuple[int, StoreError]]:
        """Save many results in one transaction; the refused ones come back with the reason.

        A result is refused (and the others still saved) when it is not a ``sitrep/1``
        result or its document does not exist. A database error refuses the whole batch
        with :class:`StoreError`; nothing of it is then written.
        """
        refused: list[tuple[int, StoreError]] = []
        ready: dict[int, tuple[PreparedResult, str]] = {}
        for document_id, result, version in items:
            try:
                ready[document_id] = (prepare_result(result), version)
            except StoreError as exc:
                refused.append((document_id, exc))
        if not ready:
            return refused
        with self._write() as connection:
            present = set(connection.execute(select(documents.c.id).where(
                documents.c.id.in_(list(ready)))).scalars())
            for document_id in [i for i in ready if i not in present]:
                refused.append((document_id, StoreError(f"no document with id {document_id}")))
                del ready[document_id]
            _write_results(connection, ready)
        return refused

    def ingest(self, items: Iterable[tuple[NewDocument, Mapping[str, Any] | PreparedResult | None]],
               extractor_version: str) -> list[AddedDocument | StoreError]:
        """Keep documents with their results, all in one transaction.

        A result (a ``sitrep/1`` mapping, or one already prepared by
        :func:`~sitrep.store.rows.prepare_result`) is saved for a document that is new or
        has none yet; a document already kept keeps its result (``reextract`` is what
        replaces results). The answer has one entry per item: what was added, or why the
        item was refused.
        """
        now = _now()
        outcome: list[AddedDocument | StoreError | None] = []
        accepted: list[tuple[int, dict[str, Any], PreparedResult | None]] = []
        for position, (doc, result) in enumerate(items):
            try:
                row = _document_row(doc, now)
                prepared = None if result is None else prepare_result(result)
            except StoreError as exc:
                outcome.append(exc)
                continue
            outcome.append(None)  # filled in once the document is written
            accepted.append((position, row, prepared))
        if accepted:
            with self._write() as connection:
                self._ingest(connection, accepted, extractor_version, outcome)
        return [answer for answer in outcome if answer is not None]

    def _ingest(self, connection: Connection,
                accepted: list[tuple[int, dict[str, Any], PreparedResult | None]],
                version: str, outcome: list[AddedDocument | StoreError | None]) -> None:
        added = self._insert_documents(connection, [a[1] for a in accepted])
        old = [a.id for a in added if not a.created]
        extracted = set(connection.execute(select(extractions.c.document_id).where(
            extractions.c.document_id.in_(old))).scalars()) if old else set()
        ready: dict[int, tuple[PreparedResult, str]] = {}
        for (position, _row, prepared), answer in zip(accepted, added, strict=True):
            outcome[position] = answer
            if prepared is not None and answer.id not in extracted:
                ready.setdefault(answer.id, (prepared, version))
        _write_results(connection, ready)

    # -- failures ------------------------------------------------------------------------

    def record_failure(self, origin: str, item: str, error: str) -> Failure:
        """Note that ``item`` from ``origin`` failed (again); it stays until resolved."""
        now = _now()
        f = failures.c
        with self._write() as connection:
            existing = connection.execute(select(f.id).where(f.origin == origin,
                                                             f.item == item)).scalar()
            if existing is None:
                connection.execute(insert(failures).values(
                    origin=origin, item=item, error=error, attempts=1, first_failed_at=now,
                    last_tried_at=now, resolved=False))
            else:
                connection.execute(update(failures).where(f.id == existing).values(
                    error=error, attempts=f.attempts + 1, last_tried_at=now, resolved=False,
                    resolved_at=None))
            row = connection.execute(select(failures).where(f.origin == origin,
                                                            f.item == item)).mappings().one()
        return _failure(row)

    def failures(self, *, origin: str | None = None, include_resolved: bool = False
                 ) -> list[Failure]:
        """Recorded failures, oldest first (unresolved ones only, unless asked)."""
        stmt = select(failures).order_by(failures.c.id)
        if origin is not None:
            stmt = stmt.where(failures.c.origin == origin)
        if not include_resolved:
            stmt = stmt.where(failures.c.resolved.is_(False))
        with self._read() as connection:
            return [_failure(row) for row in connection.execute(stmt).mappings()]

    def resolve_failure(self, origin: str, item: str) -> bool:
        """Mark a failure as resolved (it worked on retry); false if there was none open."""
        return self.resolve_failures(origin, [item]) > 0

    def resolve_failures(self, origin: str, items: Iterable[str]) -> int:
        """Mark these items' open failures as resolved; how many there were."""
        f = failures.c
        wanted = list(items)
        if not wanted:
            return 0
        with self._write() as connection:
            done = connection.execute(update(failures).where(
                f.origin == origin, f.item.in_(wanted), f.resolved.is_(False)).values(
                resolved=True, resolved_at=_now()))
        return int(done.rowcount)

    # -- incidents ------------------------------------------------------------------------

    def replace_incidents(self, records: Iterable[IncidentRecord | Mapping[str, Any]], *,
                          since: date | None = None, until: date | None = None,
                          document_ids: Collection[int] | None = None) -> int:
        """Replace incidents by ``records``, in one transaction; how many were written.

        Without ``document_ids``, the incidents of a span of days go (all of them without
        bounds). With ``document_ids``, the incidents that hold a claim of one of those
        documents go instead (and, when a bound is given, those of the span too): what
        the reconcile step does for the documents it has read again. An incident whose
        key comes in again is always replaced. ``records`` are :class:`IncidentRecord`
        objects or mappings with the same keys (``claims`` as :class:`ClaimRecord`
        objects or mappings).
        """
        incoming = [_incident(r) for r in records]
        now = _now()
        with self._write() as connection:
            stale: set[int] = set()
            if document_ids is None or since is not None or until is not None:
                stale.update(connection.execute(select(incidents.c.id).where(
                    *queries.day_range(incidents.c.day, since, until))).scalars())
            for chunk in incident_queries.chunks(document_ids or ()):
                stale.update(connection.execute(select(incident_claims.c.incident_id).where(
                    incident_claims.c.document_id.in_(chunk))).scalars())
            keys = [r.key for r in incoming]
            for start in range(0, len(keys), incident_queries.CHUNK):
                stale.update(connection.execute(select(incidents.c.id).where(
                    incidents.c.incident_key.in_(keys[start:start + incident_queries.CHUNK]))
                ).scalars())
            for chunk in incident_queries.chunks(stale):
                connection.execute(delete(incident_claims).where(
                    incident_claims.c.incident_id.in_(chunk)))
                connection.execute(delete(incidents).where(incidents.c.id.in_(chunk)))
            for start in range(0, len(incoming), incident_queries.CHUNK):
                part = incoming[start:start + incident_queries.CHUNK]
                result = connection.execute(
                    insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True),
                    [{"incident_key": r.key, "kind": r.kind, "attacker": r.attacker,
                      "target": r.target, "day": r.day, "period_start": r.period_start,
                      "period_end": r.period_end,
                      "summary": None if r.summary is None else dict(r.summary),
                      "created_at": now} for r in part])
                claims = [_claim_row(incident_id, claim)
                          for incident_id, r in zip(result.scalars(), part, strict=True)
                          for claim in r.claims]
                if claims:
                    connection.execute(insert(incident_claims), claims)
        return len(incoming)

    def attack_days(self, document_ids: Collection[int] | None = None) -> set[date | None]:
        """The days the attacks of some documents (of all, without ids) are filed under;
        ``None`` among them when an attack has no day (no period, no publication)."""
        with self._read() as connection:
            if document_ids is None:
                return set(connection.execute(
                    incident_queries.attack_days_statement()).scalars())
            return {day for chunk in incident_queries.chunks(document_ids)
                    for day in connection.execute(
                        incident_queries.attack_days_statement(chunk)).scalars()}

    def documents_per_day(self) -> dict[date | None, int]:
        """How many documents have an attack filed under each day (``None``: no day)."""
        with self._read() as connection:
            rows = connection.execute(incident_queries.documents_per_day_statement())
            return {row[0]: int(row[1]) for row in rows}

    def attack_documents(self, *, since: date | None = None, until: date | None = None,
                         undated: bool = False) -> set[int]:
        """Documents with an attack filed under a day of the span, or with a claim in an
        incident filed under one (``undated``: under no day)."""
        with self._read() as connection:
            return set(connection.execute(incident_queries.attack_documents_statement(
                since, until, undated=undated)).scalars())

    def incident_days(self) -> set[date | None]:
        """The days incidents are filed under."""
        with self._read() as connection:
            return set(connection.execute(incident_queries.incident_days_statement()
                                          ).scalars())

    def incident_documents(self, document_ids: Collection[int]) -> set[int]:
        """Every document that shares an incident with one of ``document_ids``."""
        with self._read() as connection:
            return {i for chunk in incident_queries.chunks(document_ids)
                    for i in connection.execute(
                        incident_queries.incident_documents_statement(chunk)).scalars()}

    def incident_claims(self, incident_ids: Collection[int], *, members_only: bool = False
                        ) -> Rows:
        """The claims of some incidents (by ``incidents.id``) with their documents' source,
        publication time and URL; ``members_only``: one row per claim, no figures."""
        found: list[tuple[Any, ...]] = []
        columns: tuple[str, ...] = ()
        for chunk in incident_queries.chunks(incident_ids):
            rows = self._rows(incident_queries.claims_statement(chunk,
                                                                members_only=members_only))
            columns = rows.columns
            found.extend(rows.rows)
        if not columns:
            columns = self._rows(incident_queries.claims_statement([])).columns
        return Rows(columns, found)

    def unreconciled_documents(self, *, since: date | None = None,
                               until: date | None = None) -> set[int]:
        """Documents with an attack (filed under a day of the span) that no incident holds."""
        with self._read() as connection:
            return set(connection.execute(
                incident_queries.unreconciled_statement(since, until)).scalars())

    # -- queries --------------------------------------------------------------------------

    def attacks(self, *, since: date | None = None, until: date | None = None,
                attacker: str | None = None, target: str | None = None,
                category: str | None = None, model: str | None = None,
                region: str | None = None, source: str | None = None,
                reporter: str | None = None, limit: int | None = None) -> Rows:
        """Attacks, one row per weapon (or totals) row; see :mod:`sitrep.store.queries`."""
        return self._rows(queries.attacks_statement(
            since=since, until=until, attacker=attacker, target=target, category=category,
            model=model, region=region, source=source, reporter=reporter, limit=limit))

    def quotes(self, *, speaker: str | None = None, text: str | None = None,
               source: str | None = None, since: date | None = None,
               until: date | None = None, limit: int | None = None) -> Rows:
        """Quotes with their speakers."""
        return self._rows(queries.quotes_statement(speaker=speaker, text=text, source=source,
                                                   since=since, until=until, limit=limit))

    def events(self, *, type: str | None = None, actor: str | None = None,
               status: str | None = None, source: str | None = None,
               since: date | None = None, until: date | None = None,
               limit: int | None = None) -> Rows:
        """Political and military events (PLOVER types)."""
        return self._rows(queries.events_statement(type=type, actor=actor, status=status,
                                                   source=source, since=since, until=until,
                                                   limit=limit))

    def incidents(self, *, since: date | None = None, until: date | None = None,
                  attacker: str | None = None, target: str | None = None,
                  kind: str | None = None, limit: int | None = None,
                  ids: Collection[int] | None = None) -> Rows:
        """Incidents merged from many documents, with their numbers of claims (one per
        document's attack) and of documents; ``ids``: only these ``incidents.id``."""
        if ids is not None:
            found: list[tuple[Any, ...]] = []
            columns: tuple[str, ...] = ()
            for chunk in incident_queries.chunks(ids):
                rows = self._rows(queries.incidents_statement(
                    since=since, until=until, attacker=attacker, target=target, kind=kind,
                    ids=chunk))
                columns, found = rows.columns, found + rows.rows
            if not columns:
                columns = self._rows(queries.incidents_statement(ids=[])).columns
            return Rows(columns, found[:limit] if limit else found)
        return self._rows(queries.incidents_statement(since=since, until=until,
                                                      attacker=attacker, target=target,
                                                      kind=kind, limit=limit))

    def search(self, query: str, *, limit: int | None = 20, source: str | None = None,
               since: date | None = None, until: date | None = None) -> Rows:
        """Documents matching a web-search style query, best first, with a snippet."""
        found = self._rows(search_statement(self.dialect, query, limit=limit, source=source,
                                            since=since, until=until))
        at = found.columns.index("snippet")
        return Rows(found.columns, [(*row[:at], " ".join(str(row[at] or "").split()),
                                     *row[at + 1:]) for row in found.rows])

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (failures: only the unresolved)."""
        out = {}
        with self._read() as connection:
            for table in _COUNTED:
                stmt = select(func.count()).select_from(table)
                if table is failures:
                    stmt = stmt.where(failures.c.resolved.is_(False))
                out[table.name] = int(connection.execute(stmt).scalar_one())
        return out


def _write_results(connection: Connection,
                   ready: Mapping[int, tuple[PreparedResult, str]]) -> None:
    """Replace the results of ``ready``'s documents (inside the caller's transaction)."""
    if not ready:
        return
    ids = list(ready)
    for table in _RESULT_TABLES:
        connection.execute(delete(table).where(table.c.document_id.in_(ids)))
    now = _now()
    insert_many(connection, extractions, [
        {"document_id": i, "extractor_version": version, "extracted_at": now,
         "result": prepared.json} for i, (prepared, version) in ready.items()],
        raw=("result",))
    attack_params = [{"document_id": i, **a.attack}
                     for i, (prepared, _) in ready.items() for a in prepared.rows.attacks]
    attack_ids: dict[tuple[int, str], int] = {}
    if attack_params:
        inserted = connection.execute(
            insert(attacks).returning(attacks.c.id, sort_by_parameter_order=True),
            attack_params)
        for params, attack_id in zip(attack_params, inserted.scalars(), strict=True):
            attack_ids[(params["document_id"], params["attack_key"])] = attack_id
    batch: dict[Table, list[dict[str, Any]]] = {attack_weapons: [], places: [], quotes: [],
                                                events: [], casualties: [], impacts: []}
    for i, (prepared, _) in ready.items():
        rows = prepared.rows
        for a in rows.attacks:
            attack_id = attack_ids[(i, a.attack["attack_key"])]
            batch[attack_weapons] += [{"document_id": i, "attack_id": attack_id, **w}
                                      for w in a.weapons]
            batch[places] += [{"document_id": i, "attack_id": attack_id, **p}
                              for p in a.places]
        batch[places] += [{"document_id": i, "attack_id": None, **p} for p in rows.places]
        batch[quotes] += [{"document_id": i, **q} for q in rows.quotes]
        batch[events] += [{"document_id": i, **e} for e in rows.events]
        batch[impacts] += [{"document_id": i, **m} for m in rows.impacts]
        for c in rows.casualties:
            key = c.get("attack_key")
            params = {k: v for k, v in c.items() if k != "attack_key"}
            batch[casualties].append({"document_id": i,
                                      "attack_id": attack_ids.get((i, key)) if key else None,
                                      **params})
    for table, params_list in batch.items():
        insert_many(connection, table, params_list)


def _stored(row: RowMapping) -> StoredDocument:
    return StoredDocument(id=row["id"], content_hash=row["content_hash"], text=row["text"],
                          title=row["title"], url=row["url"], source=row["source"],
                          published=row["published"], language=row["language"],
                          origin=row["origin"], external_id=row["external_id"],
                          metadata=row["metadata"], ingested_at=row["ingested_at"])


def _failure(row: RowMapping) -> Failure:
    return Failure(id=row["id"], origin=row["origin"], item=row["item"], error=row["error"],
                   attempts=row["attempts"], first_failed_at=row["first_failed_at"],
                   last_tried_at=row["last_tried_at"], resolved=bool(row["resolved"]))


def _incident(record: IncidentRecord | Mapping[str, Any]) -> IncidentRecord:
    try:
        incident = (record if isinstance(record, IncidentRecord)
                    else IncidentRecord(**dict(record)))
        claims = tuple(c if isinstance(c, ClaimRecord) else ClaimRecord(**dict(c))
                       for c in incident.claims)
    except TypeError as exc:
        raise StoreError(f"not an incident record: {exc}") from exc
    return replace(incident, claims=claims)


def _claim_row(incident_id: int, claim: ClaimRecord) -> dict[str, Any]:
    return {"incident_id": incident_id, "document_id": claim.document_id,
            "attack_key": claim.attack_key, "field": claim.field, "category": claim.category,
            "model": claim.model, "value": claim.value, "qualifier": claim.qualifier,
            "reported_by": claim.reported_by, "start_char": claim.start_char,
            "end_char": claim.end_char,
            "data": None if claim.data is None else dict(claim.data)}
