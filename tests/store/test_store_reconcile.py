"""Reconciling the database: stored results become incidents, a window of days at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from result_builders import attack, count, drones_night, quote, result, speaker, weapon
from sitrep.reconcile import reconcile
from sitrep.reconcile.from_store import stored_incidents, stored_quotes
from sitrep.reconcile.store import reconcile_store
from sitrep.store import Store
from sitrep.store.incident_views import incident_views

AIR_FORCE = "Ukrainian Air Force"


def keep(store: Store, data: dict[str, Any], *, source: str | None = None,
         url: str | None = None) -> int:
    """Store an invented document with its hand-made result; its id."""
    meta = data["document"]
    added = store.add_document(f"the text of {meta['id']}", published=meta["published"],
                               source=source, url=url)
    store.save_result(added.id, data, "test")
    return added.id


def groups(store: Store) -> set[frozenset[tuple[int, str]]]:
    """The stored incidents as sets of (document id, attack id)."""
    ids = store.incidents().column("incident_id")
    found: dict[int, set[tuple[int, str]]] = {}
    for row in store.incident_claims(ids, members_only=True).records():
        found.setdefault(row["incident_id"], set()).add((row["document_id"],
                                                         row["attack_key"]))
    return {frozenset(members) for members in found.values()}


def one_night(store: Store) -> dict[str, int]:
    """The Air Force's own post, a wire story citing it, and a governor: one night."""
    return {
        "post": keep(store, drones_night("post", "2025-09-03", launched=230, destroyed=205),
                     source="Повітряні сили ЗСУ", url="https://t.me/kpszsu/1"),
        "wire": keep(store, drones_night("wire", "2025-09-03", launched=231, destroyed=205,
                                         published="2025-09-03T12:00+03:00",
                                         reported_by=AIR_FORCE),
                     source="Reuters", url="https://wire.example/a"),
        "governor": keep(store, drones_night("governor", "2025-09-03", launched=200,
                                             qualifier="about"), source="Regional TV"),
    }


def test_three_reports_of_one_night_are_one_incident_with_every_claim(store: Store) -> None:
    docs = one_night(store)
    summary = reconcile_store(store)
    assert (summary.incidents, summary.claims, summary.documents) == (1, 3, 3)
    [row] = store.incidents().records()
    assert (row["claims"], row["documents"], row["day"]) == (3, 3, date(2025, 9, 3))
    [view] = incident_views(store)
    # best source first: the Air Force's own channel, then the relay citing it
    assert [c.document_id for c in view.claims] == [docs["post"], docs["wire"],
                                                     docs["governor"]]
    assert [c.source_rank for c in view.claims] == ["own_channel", "attributed", "other"]
    launched = ("drone", None, "launched")
    assert view.chosen[launched]["value"] == 230
    assert view.chosen[launched]["document_id"] == docs["post"]
    assert view.conflicts == {launched: False}  # 230 and 231 cannot both be true
    assert [c.figures[launched].chosen for c in view.claims] == [True, False, False]
    assert view.claims[2].figures[launched].qualifier == "about"
    assert view.claims[1].url == "https://wire.example/a"


def test_only_the_days_asked_for_are_done_again(store: Store) -> None:
    first = keep(store, drones_night("first", "2025-09-03", launched=40))
    keep(store, drones_night("later", "2025-10-20", launched=50))
    reconcile_store(store)
    before = {r["day"]: r["incident_id"] for r in store.incidents().records()}
    late = keep(store, drones_night("late", "2025-09-03", launched=41))
    summary = reconcile_store(store, document_ids=[late])
    after = {r["day"]: r["incident_id"] for r in store.incidents().records()}
    assert summary.incidents == 1 and summary.documents == 2
    assert after[date(2025, 10, 20)] == before[date(2025, 10, 20)]  # not rewritten
    assert after[date(2025, 9, 3)] != before[date(2025, 9, 3)]
    assert frozenset({(first, "first-a1"), (late, "late-a1")}) in groups(store)
    reconcile_store(store, since=date(2025, 10, 1), until=date(2025, 10, 31))
    assert store.incidents().records()[0]["day"] == date(2025, 10, 20)
    assert len(groups(store)) == 2


def _day_long(doc_id: str, start: str, end: str) -> dict[str, Any]:
    return result(doc_id, published=end, attacks=[attack(
        f"{doc_id}-a1", period=(start, end), period_kind="past_24h",
        weapons=[weapon("drone", launched=count(10))])])


def test_an_incident_longer_than_the_window_and_its_margin_is_not_split(store: Store) -> None:
    # 24-hour periods, each overlapping the next by half: one chain over nine days
    docs = [_day_long(f"d{n}h{h}", f"2025-09-{n:02d}T{h:02d}:00+03:00",
                      f"2025-09-{n + 1:02d}T{h:02d}:00+03:00")
            for n in range(1, 10) for h in (0, 12)]
    ids = {d["document"]["id"]: keep(store, d) for d in docs}
    everything = reconcile(docs)
    assert len(everything) == 1  # the rule itself joins the chain
    expected = {frozenset((ids[c.document.id], c.attack_id) for c in i.claims)
                for i in everything}
    reconcile_store(store, window_documents=1)
    assert groups(store) == expected
    reconcile_store(store, window_documents=1)  # a second run changes nothing
    assert groups(store) == expected
    # the first document's days are far from the incident's (filed under its last night):
    # the whole incident is read again through the documents it shares with it
    reconcile_store(store, document_ids=[ids["d1h0"]], window_documents=1)
    assert groups(store) == expected
    assert store.counts()["incidents"] == 1


def test_an_incident_whose_claim_is_gone_is_replaced(store: Store) -> None:
    docs = one_night(store)
    reconcile_store(store)
    store.save_result(docs["governor"], result("governor", published="2025-09-03T10:00+03:00"),
                      "test")  # extracted again: no attack any more
    assert stored_incidents(store).outdated == 1
    reconcile_store(store)
    [view] = incident_views(store)
    assert {c.document_id for c in view.claims} == {docs["post"], docs["wire"]}
    assert stored_incidents(store).outdated == 0


def test_a_result_that_cannot_be_read_is_skipped_and_the_rest_goes_on(store: Store) -> None:
    good = keep(store, drones_night("good", "2025-09-03", launched=40))
    broken = drones_night("broken", "2025-09-03", launched=41)
    broken["attacks"][0]["weapons"][0]["launched"]["qualifier"] = "roughly"
    bad = keep(store, broken)
    summary = reconcile_store(store)
    assert list(summary.skipped) == [bad] and "unknown qualifier 'roughly'" in summary.skipped[bad]
    assert groups(store) == {frozenset({(good, "good-a1")})}
    assert store.unreconciled_documents() == {bad}


def test_an_attack_without_a_day_is_an_incident_of_its_own(store: Store) -> None:
    doc = keep(store, result("undated", published=None, attacks=[attack(
        "undated-a1", period=None, weapons=[weapon("drone", launched=count(7))])]))
    assert reconcile_store(store).incidents == 1
    assert groups(store) == {frozenset({(doc, "undated-a1")})}
    assert store.incidents().records()[0]["day"] is None
    assert reconcile_store(store, document_ids=[doc]).incidents == 1
    assert store.counts()["incidents"] == 1


def test_incidents_read_back_choose_what_was_stored(store: Store) -> None:
    docs = one_night(store)
    reconcile_store(store)
    found = stored_incidents(store, since=date(2025, 9, 1))
    [incident] = found.incidents
    [row] = store.incidents().records()
    assert incident.id == row["incident_key"]
    chosen = incident.figure("drone", None, "launched")
    assert chosen is not None and chosen.value == 230
    assert chosen.chosen.claim.document.id == str(docs["post"])
    assert stored_incidents(store, until=date(2025, 9, 2)).incidents == []


def test_a_quote_in_three_outlets_is_one_quote_with_three_sources(store: Store) -> None:
    said = "Russia must be stopped, and it will be stopped."
    zelensky = speaker("Volodymyr Zelensky", "volodymyr-zelensky", "UA", "GOV")
    ids = [keep(store, result(name, published=f"2025-09-0{n}T10:00+03:00",
                              quotes=[quote(text, zelensky)]), source=name.title())
           for n, (name, text) in enumerate([("wire", f"“{said}”"), ("daily", said.upper()),
                                             ("weekly", "Russia must be stopped")], start=3)]
    keep(store, result("other", published="2025-09-03T10:00+03:00",
                       quotes=[quote(said, speaker("Dmitry Peskov", "dmitry-peskov"))]))
    merged = stored_quotes(store, speaker="zelensky")
    assert [(q.text, q.sources) for q in merged] == [(f"“{said}”", [str(i) for i in ids])]
    assert len(stored_quotes(store)) == 2
    assert stored_quotes(store, since=date(2025, 9, 4), speaker="Zelensky")[0].sources == [
        str(ids[1]), str(ids[2])]


def test_document_ids_and_days_together_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="not both"):
        reconcile_store(store, document_ids=[1], since=date(2025, 9, 1))


def test_windows_hold_at_most_so_many_documents(store: Store) -> None:
    for day in ("2025-09-03", "2025-09-04", "2025-09-20"):
        keep(store, drones_night(f"n{day}", day, launched=40))
    keep(store, drones_night("again", "2025-09-04", launched=41))
    assert reconcile_store(store, window_documents=2).windows == 3  # 1 | 2 | 1
    assert reconcile_store(store, window_documents=3).windows == 2
    assert reconcile_store(store).windows == 1
    assert store.counts()["incidents"] == 3


def test_documents_filed_under_no_day_go_in_windows_too(store: Store) -> None:
    for n in range(5):
        keep(store, result(f"undated{n}", published=None, attacks=[attack(
            f"undated{n}-a1", period=None, weapons=[weapon("drone", launched=count(7 + n))])]))
    keep(store, drones_night("dated", "2025-09-03", launched=40))
    summary = reconcile_store(store, window_documents=2)
    assert summary.windows == 1 + 3  # one dated window, then undated 2 | 2 | 1
    assert store.counts()["incidents"] == 6  # each undated claim is an incident of its own
    whole = groups(store)
    reconcile_store(store)  # one window for all: the same incidents
    assert groups(store) == whole
