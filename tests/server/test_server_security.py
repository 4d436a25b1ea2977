"""Errors in one shape, body limits, static files without traversal, CORS only when
configured, and a store that cannot write."""

from __future__ import annotations

import os

import pytest
from server_helpers import assert_error
from sqlalchemy import text

from sitrep.errors import StoreError
from sitrep.store.readonly import open_readonly


def test_unknown_routes_and_methods_answer_in_the_error_shape(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    response = client.delete("/api/attacks")
    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET"


def test_a_body_over_the_limit_is_a_413(read_db, make_client):
    small = make_client(read_db, max_body=1000)
    assert_error(small.post("/api/extract", json={"text": "drones " * 500}), 413,
                 "payload_too_large")

    def chunks():  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    assert_error(small.post("/api/extract", content=chunks(),
                            headers={"content-type": "application/json"}), 413)


def test_malformed_json_and_missing_fields_are_client_errors(client):
    assert_error(client.post("/api/extract", content=b"{not json",
                             headers={"content-type": "application/json"}), 400,
                 "invalid_json")
    error = assert_error(client.post("/api/extract", json={"txt": "x"}), 422,
                         "invalid_parameter")
    assert any(d["loc"][-1] == "text" for d in error["details"])
    assert_error(client.post("/api/extract", json={"text": "   "}), 422)


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py",
                                  "/static/%2e%2e%2fapp.py", "/static//etc/passwd",
                                  "/static/%2fetc%2fpasswd", "/static/..%5capp.py",
                                  "/static/nope.js", "/static/"])
def test_static_paths_outside_the_folder_are_404(client, path):
    assert_error(client.get(path), 404)


def test_static_files_get_their_content_types(read_db, tmp_path, make_client):
    folder = tmp_path / "static"
    (folder / "js").mkdir(parents=True)
    (folder / "index.html").write_text("<!doctype html><title>t</title>", encoding="utf-8")
    (folder / "js" / "app.js").write_text("export {};", encoding="utf-8")
    (folder / "style.css").write_text("body{}", encoding="utf-8")
    c = make_client(read_db, static_dir=folder)
    assert c.get("/").headers["content-type"].startswith("text/html")
    assert c.get("/static/js/app.js").headers["content-type"].startswith("text/javascript")
    assert c.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_a_folder_with_only_index_html_serves_it(read_db, tmp_path, make_client):
    folder = tmp_path / "only"
    folder.mkdir()
    (folder / "index.html").write_text("<p>hello</p>", encoding="utf-8")
    c = make_client(read_db, static_dir=folder)
    assert c.get("/").text == "<p>hello</p>"
    assert c.get("/static/index.html").status_code == 200
    assert_error(c.get("/static/app.js"), 404)


def test_symlinks_are_not_followed(read_db, tmp_path, make_client):
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "index.html").write_text("<p>page</p>", encoding="utf-8")
    os.symlink(secret, folder / "link.txt")
    os.symlink(tmp_path, folder / "up")
    c = make_client(read_db, static_dir=folder)
    assert_error(c.get("/static/link.txt"), 404)
    assert_error(c.get("/static/up/secret.txt"), 404)


def test_no_cors_headers_unless_configured(read_db, client, make_client):
    origin = {"Origin": "https://example.org"}
    assert "access-control-allow-origin" not in client.get("/api/health", headers=origin).headers
    c = make_client(read_db, cors_origins=["https://example.org"])
    response = c.get("/api/health", headers=origin)
    assert response.headers["access-control-allow-origin"] == "https://example.org"
    other = c.get("/api/health", headers={"Origin": "https://elsewhere.test"})
    assert "access-control-allow-origin" not in other.headers


def test_the_read_store_refuses_to_write(read_db):
    store = open_readonly(str(read_db))
    try:
        from sitrep.store.paging import reading

        with pytest.raises(StoreError, match="read"), reading(store) as connection:
            connection.execute(text("DELETE FROM documents"))
    finally:
        store.close()


def test_without_a_token_the_server_does_not_create_a_database(tmp_path):
    from sitrep.server import create_app

    with pytest.raises(StoreError, match="no database"):
        create_app(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()


def test_the_openapi_document_is_served_and_the_cdn_docs_are_off(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/attacks", "/api/incidents", "/api/stats/interception", "/api/extract",
            "/api/ingest", "/api/places", "/api/quotes", "/api/events"} <= set(spec["paths"])
    size = spec["paths"]["/api/attacks"]["get"]["parameters"]
    assert any(p["name"] == "page_size" and p["schema"]["maximum"] == 500 for p in size)
    assert_error(client.get("/docs"), 404)
