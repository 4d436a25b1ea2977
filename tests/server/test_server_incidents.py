"""/api/incidents and /api/incidents/{id}: chosen figures beside every claim, flags."""

from __future__ import annotations

import pytest
from server_helpers import assert_error


def _items(client, query: str = "") -> list[dict]:
    response = client.get(f"/api/incidents?page_size=500{query}")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _night(client, day: str) -> dict:
    [item] = _items(client, f"&since={day}&until={day}")
    return item


def test_one_incident_per_night_and_side_newest_first(client):
    items = _items(client)
    assert [(i["day"], i["attacker"]) for i in items] == [
        ("2025-09-12", "UA"), ("2025-09-10", "RU"), ("2025-09-05", "RU"), ("2025-09-03", "RU")]
    assert [i["day"] for i in _items(client, "&sort=day")] == sorted(i["day"] for i in items)


def test_claims_carry_figures_with_offsets_and_the_chosen_mark(client):
    incident = _night(client, "2025-09-05")
    assert len(incident["claims"]) == 2
    assert (incident["launched"], incident["destroyed"], incident["hit"]) == (80, 60, 12)
    for claim in incident["claims"]:
        text = client.get(f"/api/documents/{claim['document_id']}").json()["text"]
        for figure in claim["figures"]:
            assert str(figure["value"]) in text[figure["start_char"]:figure["end_char"]]
    hit_claims = [c for c in incident["claims"]
                  if any(f["role"] == "hit" and f["chosen"] for f in c["figures"])]
    assert [c["source"] for c in hit_claims] == ["Air Force Channel"]
    assert all(c["chosen"] for c in hit_claims)


def test_a_contradiction_is_flagged_on_the_claims_and_their_figures(client):
    incident = _night(client, "2025-09-10")
    assert {(c["role"], c["consistent"]) for c in incident["conflicts"]} == {
        ("destroyed", False)}
    assert {c["flag"] for c in incident["claims"]} == {"contradictory"}
    flags = {(f["role"], f["value"], f["flag"]) for c in incident["claims"]
             for f in c["figures"] if f["category"] == "drone"}
    assert ("destroyed", 180, "contradictory") in flags
    assert ("launched", 200, None) in flags
    quiet = _night(client, "2025-09-05")
    assert {c["flag"] for c in quiet["claims"]} == {None}


@pytest.mark.parametrize(("query", "days"), [
    ("&attacker=UA", ["2025-09-12"]),
    ("&target=ua", ["2025-09-10", "2025-09-05", "2025-09-03"]),
    ("&category=ballistic_missile", ["2025-09-10"]),
    ("&model=Kh-101", ["2025-09-03"]),
    ("&region=odesa", ["2025-09-05"]),
    ("&source=harbour", ["2025-09-05"]),
    ("&since=2025-09-04&until=2025-09-11", ["2025-09-10", "2025-09-05"]),
])
def test_incident_filters(client, query, days):
    assert [i["day"] for i in _items(client, query)] == days


def test_one_incident_by_id_and_an_unknown_one(client):
    listed = _night(client, "2025-09-03")
    one = client.get(f"/api/incidents/{listed['id']}").json()
    assert one == listed
    assert_error(client.get("/api/incidents/424242"), 404, "not_found")


def test_incident_pages(client):
    every = [i["id"] for i in _items(client)]
    paged = [i["id"] for n in (1, 2) for i in
             client.get(f"/api/incidents?page_size=2&page={n}").json()["items"]]
    assert paged == every
    assert client.get("/api/incidents?page=3&page_size=2").json()["items"] == []


def test_a_list_gives_some_claims_and_how_many_there_are(client):
    full = _night(client, "2025-09-05")
    assert full["claims_total"] == len(full["claims"]) == 2
    [none] = _items(client, "&since=2025-09-05&until=2025-09-05&claims=0")
    assert none["claims"] == [] and none["claims_total"] == 2
    assert none["figures"] == full["figures"]  # the incident's own figures stay whole
    # one claim per incident, and still every claim whose figure the incident took
    [one] = _items(client, "&since=2025-09-05&until=2025-09-05&claims=1")
    chosen = {(f["document_id"], f["attack_key"]) for f in full["figures"]}
    kept = {(c["document_id"], c["attack_key"]) for c in one["claims"]}
    assert chosen <= kept and one["claims_total"] == 2
    assert [c for c in full["claims"] if (c["document_id"], c["attack_key"]) in kept] == \
        one["claims"]
    assert_error(client.get("/api/incidents?claims=-1"), 422)
