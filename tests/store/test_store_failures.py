"""Failures: recorded with their attempts, listed, resolved, re-opened."""

from __future__ import annotations

from sitrep.store import Store


def test_a_failure_is_recorded_and_counted_again_on_retry(store: Store):
    first = store.record_failure("feeds/wire.xml", "entry 7", "timed out")
    again = store.record_failure("feeds/wire.xml", "entry 7", "HTTP 503")
    assert (first.attempts, again.attempts) == (1, 2)
    assert again.error == "HTTP 503" and not again.resolved
    assert [(f.origin, f.item) for f in store.failures()] == [("feeds/wire.xml", "entry 7")]


def test_resolving_hides_a_failure_until_it_fails_again(store):
    store.record_failure("a.txt", "line 3", "not UTF-8")
    store.record_failure("b.txt", "line 1", "empty")
    assert store.resolve_failure("a.txt", "line 3")
    assert not store.resolve_failure("a.txt", "line 3")  # nothing open any more
    assert [f.origin for f in store.failures()] == ["b.txt"]
    assert [f.resolved for f in store.failures(include_resolved=True)] == [True, False]
    assert store.record_failure("a.txt", "line 3", "still not UTF-8").attempts == 2
    assert [f.origin for f in store.failures(origin="a.txt")] == ["a.txt"]


def test_resolving_many_at_once(store):
    for n in range(3):
        store.record_failure("reextract", f"document {n}", "boom")
    assert store.resolve_failures("reextract", ["document 0", "document 2", "other"]) == 2
    assert store.resolve_failures("reextract", []) == 0
    assert [f.item for f in store.failures()] == ["document 1"]
    assert store.counts()["failures"] == 1
