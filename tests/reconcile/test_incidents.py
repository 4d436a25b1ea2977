"""Incidents: many documents about one attack become one incident with chosen figures."""

from __future__ import annotations

import json

import pytest

import sitrep
from result_builders import attack, casualty, count, drones_night, night, result, weapon
from sitrep.reconcile import Incident, SourceRank, reconcile

AIR_FORCE = "Ukrainian Air Force"


def only(incidents: list[Incident]) -> Incident:
    assert len(incidents) == 1, [(i.id, [c.attack_id for c in i.claims]) for i in incidents]
    return incidents[0]


def test_three_outlets_one_night_air_force_figure_chosen_and_conflict_flagged() -> None:
    published = "2025-09-03T{}+03:00"
    docs = [
        sitrep.extract("Russia attacked Ukraine overnight with 210 drones, the air force said. "
                       "Air defences shot down 190 drones.", published=published.format("09:00"),
                       source="Ukrainian Air Force", id="airforce"),
        sitrep.extract("Russia launched 205 drones at Ukraine overnight, Ukraine's air force "
                       "said.", published=published.format("10:00"), source="Reuters",
                       id="reuters"),
        sitrep.extract("Russia launched about 200 drones at Ukraine overnight.",
                       published=published.format("11:00"), source="Kyiv Independent",
                       id="kyivindependent"),
    ]
    incident = only(reconcile(docs))
    assert [c.document.id for c in incident.claims] == ["airforce", "reuters", "kyivindependent"]
    assert incident.ranks == (SourceRank.OWN_CHANNEL, SourceRank.ATTRIBUTED, SourceRank.OTHER)
    launched = incident.figure("drone", None, "launched")
    assert launched is not None
    assert (launched.value, launched.chosen.claim.document.id) == (210, "airforce")
    assert launched.reason == "primary source" and launched.conflict
    [conflict] = [c for c in incident.conflicts if c.key.role == "launched"]
    assert [(v.claim.document.source, v.figure.value, v.figure.qualifier)
            for v in conflict.values] == [("Ukrainian Air Force", 210, "exact"),
                                          ("Reuters", 205, "exact"),
                                          ("Kyiv Independent", 200, "about")]
    assert not conflict.consistent
    # every value keeps its evidence: the text it was read from in its own document
    texts = {d.document.id: d.text for d in docs}
    for value in conflict.values:
        span = texts[value.claim.document.id][value.figure.start_char:value.figure.end_char]
        assert span == value.figure.text


def test_a_correction_published_later_wins() -> None:
    docs = [drones_night("early", "2025-09-03", destroyed=265, source="t.me/kpszsu",
                         published="2025-09-03T09:00+03:00"),
            drones_night("update", "2025-09-03", destroyed=270, source="t.me/kpszsu",
                         published="2025-09-03T12:30+03:00")]
    incident = only(reconcile(docs))
    destroyed = incident.figure("drone", None, "destroyed")
    assert destroyed is not None
    assert (destroyed.value, destroyed.chosen.claim.document.id) == (270, "update")
    assert destroyed.reason == "later publication"
    assert [v.figure.value for v in incident.conflicts[0].values] == [270, 265]


def test_about_100_loses_to_97_even_when_published_later() -> None:
    docs = [drones_night("exact", "2025-09-03", launched=97, source="Reuters",
                         published="2025-09-03T09:00+03:00"),
            drones_night("rounded", "2025-09-03", launched=100, qualifier="about",
                         source="Guardian", published="2025-09-03T15:00+03:00")]
    incident = only(reconcile(docs))
    launched = incident.figure("drone", None, "launched")
    assert launched is not None
    assert (launched.value, launched.qualifier, launched.reason) == (97, "exact", "exact figure")
    [conflict] = incident.conflicts
    assert conflict.consistent  # about 100 may be 97: flagged, but not a contradiction


def test_two_different_nights_stay_apart() -> None:
    docs = [drones_night("mon", "2025-09-01", launched=40, source="Reuters"),
            drones_night("tue", "2025-09-02", launched=60, source="Reuters")]
    incidents = reconcile(docs)
    assert [[c.document.id for c in i.claims] for i in incidents] == [["mon"], ["tue"]]
    assert [i.start for i in incidents] == [night("2025-09-01")[0], night("2025-09-02")[0]]


def test_opposite_directions_the_same_night_stay_apart() -> None:
    docs = [drones_night("ru-ua", "2025-09-03", launched=40),
            drones_night("ua-ru", "2025-09-03", destroyed=41, attacker="UA", target="RU")]
    assert len(reconcile(docs)) == 2


def test_an_unknown_side_does_not_bridge_two_directions() -> None:
    docs = [drones_night("ru-ua", "2025-09-03", launched=40),
            drones_night("unknown", "2025-09-03", launched=41, attacker=None, target=None),
            drones_night("ua-ru", "2025-09-03", destroyed=12, attacker="UA", target="RU")]
    for incident in reconcile(docs):
        assert len({c.attacker for c in incident.claims} - {None}) <= 1
        assert len({c.target for c in incident.claims} - {None}) <= 1


def test_a_month_total_is_not_merged_into_the_night() -> None:
    month = result("month", published="2025-09-03T10:00+03:00", attacks=[attack(
        "month-a1", period=("2025-09-01T00:00+03:00", "2025-09-03T10:00+03:00"),
        period_kind="last_month", weapons=[weapon("drone", launched=count(1200, "more than "
                                                                          "1,200", "more_than"))])])
    docs = [drones_night("tonight", "2025-09-03", launched=230), month]
    assert len(reconcile(docs)) == 2


def test_a_claim_without_a_resolved_period_stays_alone() -> None:
    unresolved = result("undated", published=None, attacks=[attack(
        "undated-a1", period=None, weapons=[weapon("drone", launched=count(230))])])
    incidents = reconcile([drones_night("dated", "2025-09-03", launched=230), unresolved])
    assert len(incidents) == 2
    assert any(i.start is None and i.claims[0].document.id == "undated" for i in incidents)


def test_drones_only_and_missiles_only_join_through_a_report_of_both() -> None:
    start_end = night("2025-09-03")
    drones = result("drones", published="2025-09-03T10:00+03:00", attacks=[attack(
        "drones-a1", period=start_end, weapons=[weapon("drone", launched=count(100))])])
    missiles = result("missiles", published="2025-09-03T10:00+03:00", attacks=[attack(
        "missiles-a1", period=start_end,
        weapons=[weapon("cruise_missile", "Kh-101", launched=count(8))])])
    assert len(reconcile([drones, missiles])) == 2
    both = result("both", published="2025-09-03T09:00+03:00", source="Ukrainian Air Force",
                  attacks=[attack("both-a1", period=start_end, weapons=[
                      weapon("drone", launched=count(100)),
                      weapon("cruise_missile", "Kh-101", launched=count(8))])])
    incident = only(reconcile([drones, missiles, both]))
    assert incident.lead.document.id == "both"


def test_a_model_named_by_one_claim_only_is_the_same_figure() -> None:
    docs = [drones_night("generic", "2025-09-03", launched=230, source="Reuters"),
            drones_night("named", "2025-09-03", launched=230, model="Shahed-136/131",
                         source="Ukrainian Air Force")]
    incident = only(reconcile(docs))
    [launched] = incident.figures
    assert launched.key == ("drone", "Shahed-136/131", "launched")
    assert (launched.claims, launched.agreeing, launched.conflict) == (2, 2, False)
    assert launched.reason == "all 2 claims agree"
    assert not incident.conflicts


def test_a_breakdown_keeps_its_models_apart() -> None:
    breakdown = result("split", published="2025-09-03T10:00+03:00", attacks=[attack(
        "split-a1", period=night("2025-09-03"), weapons=[
            weapon("drone", launched=count(230)),
            weapon("drone", "Shahed-136/131", launched=count(150))])])
    incident = only(reconcile([breakdown, drones_night("other", "2025-09-03", launched=230)]))
    keys = {(f.key.model, f.value) for f in incident.figures}
    assert keys == {(None, 230), ("Shahed-136/131", 150)}


def test_casualties_follow_the_same_rule() -> None:
    period = night("2025-09-03")
    docs = [result(name, published="2025-09-03T12:00+03:00", source=name, attacks=[
        attack(f"{name}-a1", period=period, reported_by=reporter,
               weapons=[weapon("drone", launched=count(50))])],
        casualties=[casualty(f"{name}-a1", killed=killed),
                    casualty(f"{name}-a1", killed=99, scope="national_day")])
        for name, killed, reporter in (("wire", 4, AIR_FORCE), ("blog", 5, None))]
    killed = only(reconcile(docs)).figure("casualties", None, "killed")
    assert killed is not None
    assert (killed.value, killed.chosen.claim.document.id, killed.conflict) == (4, "wire", True)


def test_a_documents_own_conflicts_are_kept_on_its_claim() -> None:
    doc = result("self", published="2025-09-03T10:00+03:00", attacks=[attack(
        "self-a1", period=night("2025-09-03"), weapons=[weapon("drone", launched=count(70))],
        conflicts=[{"field": "drone.launched", "counts": [count(70), count(78, start=50)]}])])
    claim = only(reconcile([doc])).claims[0]
    assert claim.conflicts[0][0] == "drone.launched"
    assert [f.value for f in claim.conflicts[0][1]] == [70, 78]


def test_incident_ids_are_stable_and_the_dict_is_json() -> None:
    docs = [drones_night("a", "2025-09-03", launched=40), drones_night("b", "2025-09-03",
                                                                     launched=41)]
    first, again = reconcile(docs), reconcile(list(reversed(docs)))
    assert [i.id for i in first] == [i.id for i in again]
    data = json.loads(json.dumps(first[0].to_dict()))
    assert data["figures"][0]["document_id"] in {"a", "b"}
    assert {c["source_rank"] for c in data["claims"]} == {"other"}
    assert data["conflicts"][0]["values"][0]["start_char"] == 10


@pytest.mark.parametrize(("source", "reported_by", "rank"), [
    ("Ukrainian Air Force", None, SourceRank.OWN_CHANNEL),
    ("https://t.me/kpszsu/70754", None, SourceRank.OWN_CHANNEL),
    ("Reuters", AIR_FORCE, SourceRank.ATTRIBUTED),
    ("Reuters", None, SourceRank.OTHER),
    ("Ukrainian Air Force", "Russian Ministry of Defence", SourceRank.ATTRIBUTED),
])
def test_source_ranks(source: str, reported_by: str | None, rank: SourceRank) -> None:
    doc = drones_night("d", "2025-09-03", launched=1, source=source, reported_by=reported_by)
    assert only(reconcile([doc])).ranks == (rank,)
