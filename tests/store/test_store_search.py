"""Full-text search: the same query language and answers on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.errors import StoreError
from sitrep.store import Store
from sitrep.store.search import fts5_query


def _found(store: Store, query: str, **kw: object) -> set[int]:
    return set(store.search(query, **kw).column("document_id"))  # type: ignore[arg-type]


def test_a_word_finds_its_documents_with_a_marked_snippet(reader, corpus):
    (hit,) = reader.search("ceasefire").records()
    assert hit["document_id"] == corpus.kyiv
    assert "[ceasefire]" in hit["snippet"]
    assert hit["title"] == "Night attack on Kyiv"


def test_english_words_match_their_other_forms(reader, corpus):
    assert _found(reader, "railway") == {corpus.kyiv}  # the text says "Railways"


def test_all_words_must_occur(reader, corpus):
    assert _found(reader, "drones Bryansk") == {corpus.bryansk}
    assert _found(reader, "drones") == {corpus.kyiv, corpus.bryansk}


def test_a_phrase_must_occur_as_written(reader, corpus):
    assert _found(reader, '"air defences destroyed"') == {corpus.bryansk}
    assert _found(reader, '"defences air"') == set()


def test_an_excluded_word_and_alternatives(reader, corpus):
    assert _found(reader, "drones -Peskov") == {corpus.kyiv}
    assert _found(reader, "ceasefire or agenda") == {corpus.kyiv, corpus.bryansk}


def test_the_title_is_searched_too(reader, corpus):
    assert _found(reader, "night attack") >= {corpus.kyiv}


def test_ukrainian_text_is_searched(reader, corpus):
    assert _found(reader, "Залізниця") == {corpus.ukrainian}


def test_filters_and_limit(reader, corpus):
    assert _found(reader, "drones", source="moscow") == {corpus.bryansk}
    assert _found(reader, "drones", since=date(2025, 9, 5)) == {corpus.bryansk}
    assert _found(reader, "drones", until=date(2025, 9, 5)) == {corpus.kyiv}
    assert len(reader.search("drones", limit=1)) == 1


@pytest.mark.parametrize("query", ['"drones', "drones AND OR NOT", "drones)", "drones*", "col:umn",
                                   "NEAR(drones ceasefire)", "^drones"])
def test_query_syntax_characters_are_plain_text(reader, corpus, query):
    assert isinstance(reader.search(query).rows, list)  # no syntax error, whatever it finds


@pytest.mark.parametrize("query", ["", "   ", "-drones"])
def test_nothing_to_search_for_is_refused(reader, corpus, query):
    if reader.dialect == "postgresql" and query == "-drones":
        pytest.skip("PostgreSQL answers an exclusion alone (with nothing)")
    with pytest.raises(StoreError):
        reader.search(query)


@pytest.mark.parametrize(("query", "expression"), [
    ("railway", '("railway")'),
    ("air defence", '("air" AND "defence")'),
    ('"air defence" -Kyiv', '(("air defence") NOT "Kyiv")'),
    ("a or b c", '("a") OR ("b" AND "c")'),
    ('say "hi"" there', '("say" AND "hi" AND " there")'),
    ('it"s', '("it""s")'),
    ("Kh-101", '("Kh-101")'),
])
def test_the_fts5_expression_quotes_every_word(query, expression):
    assert fts5_query(query) == expression
