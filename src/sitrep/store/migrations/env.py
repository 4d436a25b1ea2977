"""Alembic's environment: runs on the connection :func:`sitrep.store.migrate.upgrade` passes.

sitrep never runs Alembic from an ``alembic.ini``; ``upgrade`` opens the transaction (a
write transaction on SQLite, so two processes opening a new file queue up) and this script
runs the migrations inside it. On PostgreSQL an advisory lock does the same queuing.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

#: Any fixed number: the advisory lock that keeps two migrating processes apart.
_PG_LOCK = 0x5173_7265


def run() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("sitrep's migrations run through sitrep.store.migrate.upgrade")
    context.configure(connection=connection, target_metadata=None,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        context.run_migrations()


run()
