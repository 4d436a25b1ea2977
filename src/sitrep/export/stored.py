"""Exports from the database: the stored incidents, not one row per document.

``sitrep reconcile`` (run by ``sitrep ingest``) groups the stored attacks into incidents;
:func:`export_stored` writes those (:func:`~sitrep.reconcile.from_store.stored_incidents`),
so ten reports of one night are one ``kaggle-csv`` row per model, as in ``sitrep
incidents``. The ``json`` export adds the stored quotes, merged; ``gdelt`` (events, not
incidents) reads the stored results. ``since``/``until`` pick incidents by the day they are
filed under (results and quotes by publication date).

What the export could not include is counted, never hidden: documents whose attacks are
in no incident yet (``unreconciled``: run ``sitrep reconcile``), incidents whose claims
changed since they were reconciled (``outdated``), stored results that cannot be read
(``skipped``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from ..reconcile import ResultDocument
    from ..store import Store
    from . import ExportData

__all__ = ["StoredExport", "export_stored"]


@dataclass(frozen=True, slots=True)
class StoredExport:
    """An export from the store and what it had to leave out."""

    data: ExportData
    unreconciled: int = 0
    outdated: int = 0
    skipped: dict[int, str] = field(default_factory=dict)


def export_stored(store: Store, fmt: str, *, since: date | None = None,
                  until: date | None = None) -> StoredExport:
    """The export ``fmt`` of the store's incidents (see the module docstring)."""
    from ..reconcile.from_store import stored_incidents, stored_quotes
    from . import export_data

    if fmt == "gdelt":
        docs, skipped = _stored_results(store, since, until)
        return StoredExport(export_data(docs, fmt), skipped=skipped)
    found = stored_incidents(store, since=since, until=until)
    quotes = stored_quotes(store, since=since, until=until) if fmt == "json" else []
    unreconciled = len(store.unreconciled_documents(since=since, until=until))
    return StoredExport(export_data([], fmt, incidents=found.incidents, quotes=quotes),
                        unreconciled=unreconciled, outdated=found.outdated,
                        skipped=found.skipped)


def _stored_results(store: Store, since: date | None, until: date | None
                    ) -> tuple[list[ResultDocument], dict[int, str]]:
    from ..reconcile import load_result

    docs: list[ResultDocument] = []
    skipped: dict[int, str] = {}
    for stored, result in store.results(since=since, until=until):
        try:
            docs.append(load_result(result))
        except InputError as exc:
            skipped[stored.id] = exc.message
    return docs, skipped
