"""POST /api/extract (nothing stored) and POST /api/ingest (only with the token)."""

from __future__ import annotations

from server_helpers import TOKEN, assert_error

NEW_NIGHT = ("Overnight Russia launched 64 drones at Ukraine. Air defences shot down 50 "
             "drones over the Poltava region.")


def test_extract_answers_the_document_json_and_stores_nothing(client):
    before = client.get("/api/health").json()["documents"]
    response = client.post("/api/extract", json={"text": NEW_NIGHT,
                                                 "published": "2025-09-20T09:00+03:00"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["schema"] == "sitrep/1"
    launched = body["attacks"][0]["weapons"][0]["launched"]
    assert launched["value"] == 64
    assert NEW_NIGHT[launched["start_char"]:launched["end_char"]] == launched["text"]
    assert client.get("/api/health").json()["documents"] == before


def test_extract_refuses_an_unknown_language(client):
    assert_error(client.post("/api/extract", json={"text": NEW_NIGHT, "language": "fr"}),
                 422)


def test_ingest_is_forbidden_when_no_token_was_configured(client):
    error = assert_error(client.post("/api/ingest", json={"documents": [{"text": NEW_NIGHT}]},
                                     headers={"Authorization": f"Bearer {TOKEN}"}), 403,
                         "ingest_disabled")
    assert "disabled" in error["message"]


def test_ingest_refuses_before_it_reads_the_body(client, writable_db, make_client):
    # without the token, a malformed body is still a 403, not a hint at the body's schema
    assert_error(client.post("/api/ingest", json={}), 403, "ingest_disabled")
    guarded = make_client(writable_db, token=TOKEN)
    assert_error(guarded.post("/api/ingest", json={"x": 1}), 403, "invalid_token")
    assert_error(guarded.post("/api/ingest", json={"x": 1},
                              headers={"Authorization": f"Bearer {TOKEN}"}), 422)


def test_ingest_needs_the_right_bearer_token(writable_db, make_client):
    c = make_client(writable_db, token=TOKEN)
    body = {"documents": [{"text": NEW_NIGHT}]}
    assert_error(c.post("/api/ingest", json=body), 403, "invalid_token")
    assert_error(c.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"}),
                 403, "invalid_token")
    assert_error(c.post("/api/ingest", json=body, headers={"Authorization": TOKEN}), 403)
    assert c.get("/api/health").json()["ingest"] is True


def test_ingest_stores_extracts_and_reconciles(writable_db, make_client):
    c = make_client(writable_db, token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = c.get("/api/health").json()["documents"]
    listed = {path: c.get(path).json()["total"] for path in (
        "/api/documents", "/api/attacks", "/api/incidents")}  # totals are remembered …
    response = c.post("/api/ingest", headers=auth, json={"documents": [
        {"text": NEW_NIGHT, "published": "2025-09-20T09:00+03:00", "source": "Air Force Channel",
         "title": "Night of 20 September", "url": "https://example.test/af/20"},
        {"text": NEW_NIGHT},                                   # the same text again
        {"text": "Overnight Russia launched 64 drones.", "language": "uk"},
    ]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["new"], body["duplicates"], body["failed"]) == (2, 1, 0)
    assert body["incidents"] >= 1
    first, again = body["items"][0], body["items"][1]
    assert first["created"] and not again["created"]
    assert again["document_id"] == first["document_id"]
    assert c.get("/api/health").json()["documents"] == before + 2
    for path, total in listed.items():  # … until the database changes
        assert c.get(path).json()["total"] > total, path
    [incident] = c.get("/api/incidents?since=2025-09-20").json()["items"]
    assert incident["launched"] == 64 and incident["destroyed"] == 50
    stored = c.get(f"/api/documents/{first['document_id']}").json()
    assert stored["source"] == "Air Force Channel" and stored["result"]["attacks"]


def test_ingest_reports_a_document_already_stored_as_a_duplicate(writable_db, make_client):
    from server_corpus import DOCUMENTS

    c = make_client(writable_db, token=TOKEN)
    body = c.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"documents": [{"text": DOCUMENTS[0]["text"]}]}).json()
    assert (body["new"], body["duplicates"], body["incidents"]) == (0, 1, None)
    assert body["items"][0]["document_id"] == 1


def test_ingest_refuses_an_empty_list_and_unknown_fields(writable_db, make_client):
    c = make_client(writable_db, token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_error(c.post("/api/ingest", headers=auth, json={"documents": []}), 422)
    assert_error(c.post("/api/ingest", headers=auth,
                        json={"documents": [{"text": "x", "colour": "red"}]}), 422)
