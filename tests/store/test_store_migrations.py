"""Migrations: an empty database gets the whole schema, and the schema is tables.py's."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from sitrep.store import Store
from sitrep.store.migrate import HEAD, MIGRATIONS, current_revision
from sitrep.store.tables import metadata


def test_head_is_the_newest_revision_shipped():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_an_empty_database_gets_every_table(empty_db_url):
    with Store.open(empty_db_url) as store, store.engine.connect() as connection:
        assert current_revision(connection) == HEAD
        names = set(inspect(connection).get_table_names())
    assert set(metadata.tables) <= names


def test_the_migrated_schema_matches_the_table_definitions(store: Store):
    ignored = {"documents_fts", "documents_fts_data", "documents_fts_idx",
               "documents_fts_docsize", "documents_fts_config", "documents_fts_content",
               "alembic_version"}
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_name": lambda name, kind, _parent: not (
                kind == "table" and name in ignored) and name not in {
                "search_vector", "ix_documents_search_vector"},
        })
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_opening_again_does_not_migrate_again(empty_db_url):
    Store.open(empty_db_url).close()
    with Store.open(empty_db_url) as store, store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
