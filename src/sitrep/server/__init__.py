"""sitrep's HTTP API and web page (FastAPI): ``sitrep serve`` runs :func:`create_app`.

This package imports FastAPI and SQLAlchemy: import it only where the server is needed.
"""

from __future__ import annotations

from .app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
