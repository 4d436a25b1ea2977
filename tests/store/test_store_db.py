"""Where the database is, and one clear StoreError for each way of failing to reach it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.store import Store, resolve_url


def test_url_comes_from_the_argument_then_the_environment_then_the_default(monkeypatch):
    monkeypatch.delenv("SITREP_DB", raising=False)
    assert resolve_url(None).render_as_string() == "sqlite:///sitrep.db"
    monkeypatch.setenv("SITREP_DB", "sqlite:///from-env.db")
    assert resolve_url(None).database == "from-env.db"
    assert resolve_url("sqlite:///given.db").database == "given.db"


def test_a_plain_path_is_a_sqlite_file():
    url = resolve_url("data/news.db")
    assert (url.get_backend_name(), url.database) == ("sqlite", "data/news.db")


@pytest.mark.parametrize("given", ["postgresql://u:secret@127.0.0.1:5432/news",
                                   "postgres://u:secret@127.0.0.1:5432/news"])
def test_postgresql_urls_go_through_psycopg_3(given):
    url = resolve_url(given)
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.database, url.password) == ("127.0.0.1", "news", "secret")


@pytest.mark.parametrize(("given", "message"), [
    ("mysql://u@127.0.0.1/news", "unsupported database 'mysql'"),
    ("sqlite://", "in-memory"),
    ("postgresql://u@host:notaport/news", "cannot read the database URL"),
    ("not a url://x", "cannot read the database URL"),
])
def test_unusable_urls_are_refused(given, message):
    with pytest.raises(StoreError, match=message):
        resolve_url(given)


def test_a_locked_sqlite_file_gives_a_store_error(tmp_path: Path):
    path = tmp_path / "locked.db"
    Store.open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store.open(f"sqlite:///{path}", timeout=0.2, migrate=False) as store, \
                pytest.raises(StoreError, match="locked by another process"):
            store.add_document("Russia launched 12 drones overnight.")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(f"sqlite:///{path}") as store:  # usable again once the lock is gone
        assert store.add_document("Russia launched 12 drones overnight.").created


def test_a_file_that_is_not_a_database_gives_a_store_error(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="is not a SQLite database"):
        Store.open(str(path))


def test_a_missing_folder_gives_a_store_error(tmp_path: Path):
    with pytest.raises(StoreError, match="does its folder exist"):
        Store.open(str(tmp_path / "no" / "such" / "folder" / "x.db"))


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="there is no database"):
        Store.open(str(path), create=False)
    assert not path.exists()


def test_an_unreachable_postgresql_server_gives_a_store_error():
    # port 1 on the loopback interface: nothing listens there, the refusal is immediate
    with pytest.raises(StoreError, match="cannot reach the database") as caught:
        Store.open("postgresql://sitrep:secret@127.0.0.1:1/sitrep", timeout=2)
    assert "secret" not in str(caught.value)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store):
    if store.dialect != "sqlite":
        pytest.skip("SQLite settings")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
