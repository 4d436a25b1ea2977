"""/api/quotes (speaker, words, days), /api/events (type, actor, status), /api/places."""

from __future__ import annotations

from server_helpers import assert_error


def _items(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_a_quote_has_its_speaker_offsets_and_sources(client):
    [quote] = _items(client, "/api/quotes?speaker=sybiha")
    assert quote["text"] == "This terror must stop."
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Andrii Sybiha"
    assert set(quote["speaker"]) == {"name", "actor_id", "country", "sector"}
    text = client.get(f"/api/documents/{quote['document_id']}").json()["text"]
    assert text[quote["start_char"]:quote["end_char"]] == quote["text"]
    assert [s["source"] for s in quote["sources"]] == ["Northern Wire"]


def test_quotes_by_words_and_days(client):
    assert [q["speaker"]["name"] for q in _items(client, "/api/quotes?q=agenda")] == [
        "Dmitry Peskov"]
    days = _items(client, "/api/quotes?since=2025-09-05&until=2025-09-05&page_size=500")
    assert days and {q["published"][:10] for q in days} == {"2025-09-05"}
    assert _items(client, "/api/quotes?speaker=nobody-of-that-name") == []


def test_quote_pages(client):
    every = client.get("/api/quotes?page_size=500").json()
    first = client.get("/api/quotes?page_size=2").json()
    assert first["total"] == every["total"] >= 4
    assert first["items"] == every["items"][:2]


def test_quotes_say_how_many_reports_were_merged(client, monkeypatch):
    from sitrep.server import routes_statements

    body = client.get("/api/quotes").json()
    assert body["complete"] is True
    assert body["reports_merged"] == sum(len(q["sources"]) for q in body["items"]) > 1
    monkeypatch.setattr(routes_statements, "QUOTE_REPORTS", 1)
    cut = client.get("/api/quotes?q=a").json()  # other filters: not the remembered answer
    assert (cut["reports_merged"], cut["complete"], cut["total"]) == (1, False, 1)


def test_events_by_type_actor_and_status(client):
    [reject] = _items(client, "/api/events?type=reject")
    assert (reject["type"], reject["source_actor"], reject["target_actor"]) == (
        "REJECT", "Ukraine", "Russia")
    text = client.get(f"/api/documents/{reject['document_id']}").json()["text"]
    assert text[reject["start_char"]:reject["end_char"]] == reject["text"]
    assert reject["cameo_root"] and reject["status"] == "occurred"
    by_actor = _items(client, "/api/events?actor=peskov")
    assert by_actor and all("Peskov" in e["source_actor"] for e in by_actor)
    assert _items(client, "/api/events?status=refused") == []
    assert_error(client.get("/api/events?status=maybe"), 422)


def test_event_pages_are_stable(client):
    every = _items(client, "/api/events?page_size=500")
    paged = [e for n in range(1, 10) for e in _items(client, f"/api/events?page_size=3&page={n}")]
    assert paged == every


def test_places_are_counted_per_document_with_their_ids(client):
    places = _items(client, "/api/places?page_size=500")
    odesa = next(p for p in places if p["name"] == "Odesa")
    assert odesa["count"] == len(odesa["document_ids"]) == 2
    assert odesa["lat"] and odesa["lon"] and odesa["country"] == "UA"
    counts = [p["count"] for p in places]
    assert counts == sorted(counts, reverse=True)


def test_places_by_role_and_days(client):
    struck = _items(client, "/api/places?role=struck")
    assert {p["name"] for p in struck} == {"Kyiv", "Odesa"}
    assert all(p["count"] == 1 for p in struck)
    assert {p["name"] for p in _items(client, "/api/places?since=2025-09-12")} == {
        "Bryansk Oblast"}
    assert_error(client.get("/api/places?role=anywhere"), 422)
