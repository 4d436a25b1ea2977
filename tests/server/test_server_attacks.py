"""/api/attacks: fields, evidence offsets, every filter, stable pages."""

from __future__ import annotations

import pytest
from server_helpers import assert_error


def _items(client, query: str = "") -> list[dict]:
    response = client.get(f"/api/attacks?page_size=500{query}")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_each_figure_points_at_its_words_in_the_document(client):
    items = _items(client)
    assert items
    texts: dict[int, str] = {}
    checked = 0
    for item in items:
        text = texts.setdefault(item["document_id"], client.get(
            f"/api/documents/{item['document_id']}").json()["text"])
        for role, figure in item["figures"].items():
            assert item[role] == figure["value"]
            assert item[f"{role}_start"] == figure["start_char"]
            words = text[figure["start_char"]:figure["end_char"]]
            assert words.strip() and figure["start_char"] < figure["end_char"]
            if any(ch.isdigit() for ch in words):
                assert str(figure["value"]) in words.replace(",", ""), (words, figure)
            checked += 1
    assert checked >= 10


def test_attacks_come_newest_day_first_and_oldest_with_sort_day(client):
    days = [item["day"] for item in _items(client)]
    assert days == sorted(days, reverse=True)
    assert [item["day"] for item in _items(client, "&sort=day")] == sorted(days)


def test_pages_of_attacks_are_stable(client):
    every = [item["row_id"] for item in _items(client)]
    paged = [item["row_id"] for page in range(1, 5)
             for item in client.get(f"/api/attacks?page_size=3&page={page}").json()["items"]]
    assert paged == every
    assert len(set(every)) == len(every)


@pytest.mark.parametrize(("query", "check"), [
    ("&attacker=ua", lambda i: i["attacker"] == "UA"),
    ("&target=RU", lambda i: i["target"] == "RU"),
    ("&category=ballistic_missile", lambda i: i["category"] == "ballistic_missile"),
    ("&model=kh-101", lambda i: i["model"] == "Kh-101"),
    ("&source=northern", lambda i: i["source"] == "Northern Wire"),
    ("&since=2025-09-10&until=2025-09-10", lambda i: i["day"] == "2025-09-10"),
    ("&region=Odesa", lambda i: i["day"] == "2025-09-05"),
    ("&reporter=ministry", lambda i: i["reported_by"] == "Russian Ministry of Defence"),
])
def test_every_filter_keeps_only_matching_attacks(client, query, check):
    every = _items(client)
    kept = _items(client, query)
    assert kept and len(kept) < len(every)
    assert all(check(item) for item in kept), kept


def test_a_filter_matching_nothing_gives_an_empty_page(client):
    body = client.get("/api/attacks?model=Zircon").json()
    assert body["items"] == [] and body["total"] == 0


def test_since_after_until_is_a_422(client):
    assert_error(client.get("/api/attacks?since=2025-09-10&until=2025-09-01"), 422)
    assert_error(client.get("/api/attacks?since=yesterday"), 422, "invalid_parameter")
