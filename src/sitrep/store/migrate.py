"""Bring a database's schema up to date with the migrations shipped in the package.

:func:`upgrade` runs on every :meth:`Store.open`; when the database already carries the
newest revision it costs one query and Alembic is not even imported.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect, text

__all__ = ["HEAD", "MIGRATIONS", "current_revision", "upgrade"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in ``migrations/versions`` (a test checks that it is).
HEAD = "0001"


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at; ``None`` for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection) -> None:
    """Run every migration the database has not had, inside the caller's transaction."""
    if current_revision(connection) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
