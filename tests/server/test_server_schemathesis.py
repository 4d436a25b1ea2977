"""Property-based: requests generated from the app's own OpenAPI document (schemathesis)
never get a server error (5xx), on every operation.

Each operation gets a bounded number of generated cases (``MAX_EXAMPLES``) so that the
whole run stays well under a minute; hypothesis' database is off so that a run does not
depend on earlier ones.
"""

from __future__ import annotations

import warnings

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from sitrep.server import create_app

MAX_EXAMPLES = 25


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.fixture(scope="module")
def operations(read_db):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        app = create_app(str(read_db))
        return _operations(app)


def test_every_operation_is_covered(operations):
    paths = {op.path for op in operations}
    assert {"/api/attacks", "/api/documents/{document_id}", "/api/stats/interception",
            "/api/extract", "/api/ingest"} <= paths


def test_no_generated_request_gets_a_server_error(operations):
    failures: list[str] = []
    calls: list[int] = []
    for operation in operations:
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=DeprecationWarning)
                response = case.call()
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} "
                                f"-> {response.status_code} {response.text[:200]}")
            case.validate_response(response, checks=[not_a_server_error])

        try:
            check()
        except Exception as exc:  # keep going: report every operation that fails
            failures.append(f"{operation.method.upper()} {operation.path}: "
                            f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    assert not failures, "\n".join(failures)
    assert len(calls) >= 5 * len(operations)  # requests were really made
    assert any(status < 300 for status in calls) and any(400 <= s < 500 for s in calls)
