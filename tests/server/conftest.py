"""Fixtures of the server tests: a database built once from ``server_corpus`` through
``sitrep.ingest`` (so that incidents exist), and TestClients over it.

``read_db`` is shared by the tests that only read; a test that writes copies it first
(``writable_db``). Importing FastAPI's TestClient warns that Starlette wants ``httpx2``
for it one day; that one warning is filtered here, where the client is imported.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from server_corpus import write_corpus

from sitrep.ingest import IngestOptions, ingest
from sitrep.server import create_app
from sitrep.store import Store

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

from server_helpers import TOKEN, assert_error  # noqa: F401 (the fixtures use them)


@pytest.fixture(scope="session")
def read_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus ingested (extracted, stored, reconciled) into a SQLite file."""
    folder = tmp_path_factory.mktemp("server")
    path = folder / "server.db"
    with Store.open(str(path)) as store:
        summary = ingest([write_corpus(folder)], store, IngestOptions())
    assert summary.failed == 0 and summary.incidents, summary.line()
    return path


@pytest.fixture
def writable_db(read_db: Path, tmp_path: Path) -> Path:
    """A copy of the corpus database the test may change."""
    path = tmp_path / "copy.db"
    shutil.copyfile(read_db, path)
    return path


@pytest.fixture(scope="session")
def client(read_db: Path) -> Iterator[TestClient]:
    """A client of the read-only app over the corpus database."""
    with TestClient(create_app(str(read_db))) as opened:
        yield opened


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    """``make_client(db, **create_app options)``: a client closed at the end of the test."""
    opened: list[TestClient] = []

    def _make(db: Path, **options: Any) -> TestClient:
        opened.append(TestClient(create_app(str(db), **options)).__enter__())
        return opened[-1]

    yield _make
    for c in opened:
        c.__exit__(None, None, None)
