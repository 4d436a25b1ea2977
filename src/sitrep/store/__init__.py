"""sitrep's database: every document read, its extraction, and what analysts query.

>>> from sitrep.store import Store
>>> with Store.open() as store:                        # doctest: +SKIP
...     doc_id, created = store.add_document(text, published="2025-09-03")
...     store.save_result(doc_id, result.to_dict(), sitrep.__version__)
...     store.attacks(attacker="RU", since=date(2025, 9, 1)).records()

SQLite by default (``sitrep.db``; full-text search with FTS5), PostgreSQL by URL. The
schema is described in ``SCHEMA.md`` beside this file; migrations are in ``migrations/``.
This package imports SQLAlchemy: import it only where the database is needed.
"""

from __future__ import annotations

from .db import DEFAULT_URL, ENV_VAR, resolve_url
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
from .repository import Store

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "AddedDocument",
    "ClaimRecord",
    "Failure",
    "IncidentRecord",
    "NewDocument",
    "Rows",
    "Store",
    "StoredDocument",
    "content_hash",
    "resolve_url",
]
