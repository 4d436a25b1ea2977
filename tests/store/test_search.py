"""Full-text search: the same query language and answers on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from store_corpus import Corpus, fill

from sitrep.errors import StoreError
from sitrep.store import Store
from sitrep.store.search import fts5_query


@pytest.fixture
def corpus(store: Store) -> Corpus:
    return fill(store)


def _found(store: Store, query: str, **kw: object) -> set[int]:
    return set(store.search(query, **kw).column("document_id"))  # type: ignore[arg-type]


def test_a_word_finds_its_documents_with_a_marked_snippet(store, corpus):
    (hit,) = store.search("ceasefire").records()
    assert hit["document_id"] == corpus.kyiv
    assert "[ceasefire]" in hit["snippet"]
    assert hit["title"] == "Night attack on Kyiv"


def test_english_words_match_their_other_forms(store, corpus):
    assert _found(store, "railway") == {corpus.kyiv}  # the text says "Railways"


def test_all_words_must_occur(store, corpus):
    assert _found(store, "drones Bryansk") == {corpus.bryansk}
    assert _found(store, "drones") == {corpus.kyiv, corpus.bryansk}


def test_a_phrase_must_occur_as_written(store, corpus):
    assert _found(store, '"air defences destroyed"') == {corpus.bryansk}
    assert _found(store, '"defences air"') == set()


def test_an_excluded_word_and_alternatives(store, corpus):
    assert _found(store, "drones -Peskov") == {corpus.kyiv}
    assert _found(store, "ceasefire or agenda") == {corpus.kyiv, corpus.bryansk}


def test_the_title_is_searched_too(store, corpus):
    assert _found(store, "night attack") >= {corpus.kyiv}


def test_ukrainian_text_is_searched(store, corpus):
    assert _found(store, "Залізниця") == {corpus.ukrainian}


def test_filters_and_limit(store, corpus):
    assert _found(store, "drones", source="moscow") == {corpus.bryansk}
    assert _found(store, "drones", since=date(2025, 9, 5)) == {corpus.bryansk}
    assert _found(store, "drones", until=date(2025, 9, 5)) == {corpus.kyiv}
    assert len(store.search("drones", limit=1)) == 1


def test_a_new_document_is_searchable_at_once(store, corpus):
    added = store.add_document("Sirens sounded over Zaporizhzhia at dawn.")
    assert _found(store, "Zaporizhzhia") == {added.id}


@pytest.mark.parametrize("query", ['"drones', "drones AND OR NOT", "drones)", "drones*", "col:umn",
                                   "NEAR(drones ceasefire)", "^drones"])
def test_query_syntax_characters_are_plain_text(store, corpus, query):
    assert isinstance(store.search(query).rows, list)  # no syntax error, whatever it finds


@pytest.mark.parametrize("query", ["", "   ", "-drones"])
def test_nothing_to_search_for_is_refused(store, corpus, query):
    if store.dialect == "postgresql" and query == "-drones":
        pytest.skip("PostgreSQL answers an exclusion alone (with nothing)")
    with pytest.raises(StoreError):
        store.search(query)


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
