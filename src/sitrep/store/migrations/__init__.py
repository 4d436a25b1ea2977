"""Alembic migrations of the sitrep database (run by :mod:`sitrep.store.migrate`)."""
