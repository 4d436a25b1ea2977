"""Full-text search over documents' titles and texts, on either database.

The query language is PostgreSQL's ``websearch_to_tsquery`` on both: words must all occur,
``"a phrase"`` must occur as written, ``-word`` must not occur, ``or`` between words offers
alternatives (``or`` binds loosest: ``a b or c`` is ``(a and b) or c``). On SQLite the query
is rewritten into an FTS5 expression in which every word is a quoted string, so that no
character of the user's query is read as FTS5 syntax; the expression is then bound as a
parameter like any other value.

SQLite searches the FTS5 table ``documents_fts`` (Porter stemming, diacritics folded);
PostgreSQL the generated ``documents.search_vector`` column (``english`` configuration).
Snippets mark the matched words with ``[`` and ``]``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, column, func, literal_column, select, table
from sqlalchemy.sql.expression import ColumnClause

from ..errors import StoreError
from .queries import contains_ci, day_range
from .tables import documents

__all__ = ["fts5_query", "search_statement"]

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORDY = re.compile(r"\w")
_FTS = table("documents_fts", column("rowid"), column("title"), column("text"))
_PG_CONFIG: ColumnClause[Any] = literal_column("'english'::regconfig")
_SNIPPET_WORDS = 16


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts5_query(query: str) -> str:
    """The FTS5 expression of a web-search style query (see the module's description)."""
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    for negated, phrase, word in _TOKEN.findall(query):
        if word and word.lower() == "or":
            groups.append(([], []))
            continue
        if word.startswith("-") and len(word) > 1:
            negated, word = "-", word[1:]
        term = phrase or word
        if not _WORDY.search(term):
            continue
        positives, negatives = groups[-1]
        (negatives if negated else positives).append(_quoted(term))
    parts = []
    for positives, negatives in groups:
        if not positives:
            continue  # FTS5 cannot search for "everything but"
        expression = " AND ".join(positives)
        for negative in negatives:
            expression = f"({expression}) NOT {negative}"
        parts.append(f"({expression})")
    if not parts:
        raise StoreError(f"nothing to search for in {query!r}: give at least one word that "
                         "is not excluded with '-'")
    return " OR ".join(parts)


def search_statement(dialect: str, query: str, *, limit: int | None,
                     source: str | None = None, since: date | None = None,
                     until: date | None = None) -> Select[tuple[object, ...]]:
    """A SELECT of matching documents, best first, each with a snippet and a rank."""
    if not query.strip():
        raise StoreError("the search query is empty")
    d = documents.c
    columns = (d.id.label("document_id"), d.published, d.source, d.title, d.url)
    if dialect == "postgresql":
        tsquery = func.websearch_to_tsquery(_PG_CONFIG, query)
        rank = func.ts_rank(literal_column("documents.search_vector"), tsquery)
        snippet = func.ts_headline(_PG_CONFIG, d.text, tsquery,
                                   f"StartSel=[, StopSel=], MaxWords={_SNIPPET_WORDS}, "
                                   "MinWords=6, MaxFragments=1")
        stmt = (select(*columns, snippet.label("snippet"), rank.label("rank"))
                .where(literal_column("documents.search_vector").bool_op("@@")(tsquery))
                .order_by(rank.desc(), d.id))
    else:
        fts_table: ColumnClause[Any] = literal_column("documents_fts")
        rank = func.bm25(fts_table)
        snippet = func.snippet(fts_table, -1, "[", "]", "…", _SNIPPET_WORDS)
        stmt = (select(*columns, snippet.label("snippet"), rank.label("rank"))
                .select_from(_FTS.join(documents, d.id == _FTS.c.rowid))
                .where(fts_table.match(fts5_query(query)))
                .order_by(rank, d.id))
    filters = day_range(d.published_date, since, until)
    if source:
        filters.append(contains_ci(d.source, source))
    if filters:
        stmt = stmt.where(and_(*filters))
    return stmt.limit(limit) if limit else stmt
