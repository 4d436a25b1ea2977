"""What the server tests share besides fixtures: the ingest token and the error check
(a module of its own: a ``conftest`` imported by name clashes with other folders')."""

from __future__ import annotations

from typing import Any

TOKEN = "test-token-7f3a"


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is an error in the one shape (with ``status`` and ``code``)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert "\n" not in error["message"]
    if code is not None:
        assert error["code"] == code, error
    return dict(error)
