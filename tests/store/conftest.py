"""Fixtures of the store tests: a fresh database per test, on SQLite and (when
``SITREP_TEST_PG_URL`` names a server) on PostgreSQL.

``SITREP_TEST_PG_URL`` is a PostgreSQL URL the tests may wipe: each test drops and re-creates
its ``public`` schema. Without it the PostgreSQL cases are skipped.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from store_corpus import Corpus, fill

from sitrep.store import Store
from sitrep.store.db import resolve_url
from sitrep.store.tables import metadata

PG_ENV = "SITREP_TEST_PG_URL"


def _wipe_postgresql(url: str) -> None:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated SQLite file that tests copy (migrating takes a fraction of a s)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Store.open(f"sqlite:///{path}").close()
    return path


def _postgresql_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    return url


def _emptied_postgresql(url: str) -> str:
    """The test server's database, migrated (once) and with every table emptied."""
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection:
            migrated = inspect(connection).has_table("alembic_version")
            if migrated:
                names = ", ".join(table.name for table in metadata.sorted_tables)
                connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
    if not migrated:
        Store.open(url).close()
    return url


def _fresh_url(kind: str, folder: Path, template: Path) -> str:
    if kind == "sqlite":
        path = folder / "test.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    return _emptied_postgresql(_postgresql_url())


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """The URL of an empty, migrated database of either kind."""
    return _fresh_url(request.param, tmp_path, sqlite_template)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                  sqlite_template: Path) -> str:
    """Like ``db_url``, shared by a module's tests that only read."""
    return _fresh_url(request.param, tmp_path_factory.mktemp("module"), sqlite_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database without a single table (not even Alembic's)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    url = _postgresql_url()
    _wipe_postgresql(url)
    yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, empty store (SQLite file or PostgreSQL)."""
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def open_store() -> Iterator[Callable[[str], Store]]:
    """``open_store(url)``: a Store closed at the end of the test."""
    opened: list[Store] = []

    def _open(url: str) -> Store:
        opened.append(Store.open(url))
        return opened[-1]

    yield _open
    for s in opened:
        s.close()


@pytest.fixture(scope="module")
def filled(module_db_url: str) -> Iterator[tuple[Store, Corpus]]:
    """The three documents of ``store_corpus``, stored once for a module that only reads."""
    with Store.open(module_db_url) as opened:
        yield opened, fill(opened)


@pytest.fixture
def reader(filled: tuple[Store, Corpus]) -> Store:
    return filled[0]


@pytest.fixture
def corpus(filled: tuple[Store, Corpus]) -> Corpus:
    return filled[1]
