"""/api/health, /api/documents (filters, search, sort, pages) and /api/documents/{id}."""

from __future__ import annotations

from server_corpus import DOCUMENTS
from server_helpers import assert_error


def _ids(client, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_health_counts_the_documents(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == len(DOCUMENTS)
    assert body["ingest"] is False
    assert body["version"]


def test_documents_come_newest_first_in_the_page_envelope(client):
    body = client.get("/api/documents").json()
    assert (body["page"], body["page_size"], body["total"]) == (1, 50, len(DOCUMENTS))
    published = [item["published"] for item in body["items"]]
    assert published == sorted(published, reverse=True)
    assert set(body["items"][0]) == {"id", "title", "source", "url", "published", "language",
                                     "snippet"}


def test_documents_sort_oldest_first_and_by_id(client):
    oldest = client.get("/api/documents?sort=published").json()["items"]
    assert oldest[0]["title"] == "Night of 3 September"
    assert _ids(client, "/api/documents?sort=id") == sorted(_ids(client, "/api/documents"))
    assert _ids(client, "/api/documents?sort=-id") == sorted(_ids(client, "/api/documents"),
                                                             reverse=True)


def test_documents_filter_by_source_and_days(client):
    items = client.get("/api/documents?source=harbour").json()["items"]
    assert {item["source"] for item in items} == {"Harbour Post"}
    assert len(items) == 2
    items = client.get("/api/documents?since=2025-09-05&until=2025-09-10").json()["items"]
    assert {item["published"][:10] for item in items} == {"2025-09-05", "2025-09-10"}
    assert len(items) == 4


def test_documents_full_text_search_gives_snippets(client):
    items = client.get("/api/documents?q=grain").json()["items"]
    assert [item["title"] for item in items] == ["Grain prices rise"]
    assert "[Grain]" in items[0]["snippet"]
    assert client.get("/api/documents?q=drones -Odesa&page_size=500").json()["total"] == 5


def test_a_search_with_nothing_to_search_for_is_a_422(client):
    error = assert_error(client.get("/api/documents", params={"q": "!!!"}), 422,
                         "invalid_parameter")
    assert error["details"][0]["loc"] == ["query", "q"]


def test_pages_cut_the_list_without_overlap_and_end_empty(client):
    every = _ids(client, "/api/documents?page_size=500")
    pages = [_ids(client, f"/api/documents?page_size=3&page={n}") for n in (1, 2, 3)]
    assert [i for page in pages for i in page] == every
    beyond = client.get("/api/documents?page=99&page_size=3").json()
    assert beyond["items"] == [] and beyond["total"] == len(every) and beyond["page"] == 99


def test_page_size_zero_or_above_the_limit_is_a_422(client):
    for size in (0, 501):
        assert_error(client.get(f"/api/documents?page_size={size}"), 422, "invalid_parameter")
    assert_error(client.get("/api/documents?page=0"), 422)


def test_a_document_comes_with_its_text_and_result(client):
    first = client.get("/api/documents?sort=published&page_size=1").json()["items"][0]
    body = client.get(f"/api/documents/{first['id']}").json()
    assert body["text"] == DOCUMENTS[0]["text"]
    assert body["result"]["schema"] == "sitrep/1"
    launched = body["result"]["attacks"][0]["weapons"][0]["launched"]
    assert body["text"][launched["start_char"]:launched["end_char"]] == launched["text"]


def test_an_unknown_document_is_a_404_and_a_bad_id_a_422(client):
    assert_error(client.get("/api/documents/99999"), 404, "not_found")
    assert_error(client.get("/api/documents/abc"), 422, "invalid_parameter")
    assert_error(client.get("/api/documents/99999999999999999999"), 422)
