"""The HTTP API: :func:`create_app` builds the FastAPI application ``sitrep serve`` runs.

- Read-only by default: the routes read through a store whose connections refuse writes
  (:func:`sitrep.store.readonly.open_readonly`). Only with a ``token`` is a writing store
  opened, and only ``POST /api/ingest`` (with ``Authorization: Bearer TOKEN``) uses it.
- Every error answers ``{"error": {"status", "code", "message", "details"?}}``
  (:mod:`.errors`); request bodies over ``max_body`` bytes get 413; pages hold at most
  ``max_page_size`` items (422 above).
- No CORS headers unless ``cors_origins`` are given.
- The OpenAPI document is at ``/openapi.json``; the interactive docs (Swagger UI, ReDoc)
  are off, because they load their scripts from a CDN and the server must work offline.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from .._version import __version__
from . import (
    routes_attacks,
    routes_documents,
    routes_extract,
    routes_incidents,
    routes_places,
    routes_statements,
    routes_static,
    routes_stats,
)
from .context import DEFAULT_MAX_BODY, DEFAULT_MAX_PAGE_SIZE, ServerContext, ServerSettings
from .errors import install_error_handlers
from .limits import BodyLimit

__all__ = ["TOKEN_ENV", "create_app"]

#: The environment variable ``sitrep serve`` reads the ingest token from.
TOKEN_ENV = "SITREP_TOKEN"
_ROUTERS = (routes_documents, routes_attacks, routes_incidents, routes_statements,
            routes_places, routes_stats, routes_extract, routes_static)


def create_app(db_url: str | None = None, *, token: str | None = None,
               cors_origins: Sequence[str] = (), max_body: int = DEFAULT_MAX_BODY,
               max_page_size: int = DEFAULT_MAX_PAGE_SIZE,
               static_dir: str | os.PathLike[str] | None = None) -> FastAPI:
    """The API over the database at ``db_url`` (default: ``$SITREP_DB``, else
    ``sitrep.db``).

    Raises :class:`~sitrep.errors.StoreError` when the database cannot be opened (without a
    token a SQLite file must exist already: the server does not create one).
    """
    from ..store import Store
    from ..store.readonly import open_readonly

    if max_body < 1 or max_page_size < 1:
        raise ValueError("max_body and max_page_size must be positive")
    settings = ServerSettings(db_url=db_url, token=token or None,
                              cors_origins=tuple(cors_origins), max_body=max_body,
                              max_page_size=max_page_size,
                              static_dir=None if static_dir is None else Path(static_dir))
    writer = Store.open(db_url) if settings.token else None
    ctx = ServerContext(settings=settings, reader=open_readonly(db_url), writer=writer)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            ctx.close()

    app = FastAPI(title="sitrep", version=__version__, lifespan=lifespan,
                  description="War reporting read into source-linked records: documents, "
                              "attacks, incidents, quotes, events, places, statistics.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.sitrep = ctx
    install_error_handlers(app)
    for module in _ROUTERS:
        app.include_router(module.router(ctx))
    app.add_middleware(BodyLimit, max_body=max_body)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    return app
