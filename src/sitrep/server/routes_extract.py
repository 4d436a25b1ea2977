"""``POST /api/extract`` (a text in, its ``sitrep/1`` JSON out; writes nothing) and
``POST /api/ingest`` (documents stored, extracted, reconciled; only with the token)."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header

from ..errors import InputError
from .context import ServerContext
from .errors import ApiError
from .http_ingest import ingest_documents
from .schemas import ErrorResponse, ExtractRequest, IngestRequest, IngestResponse

__all__ = ["router"]


def _authorised(configured: str | None, header: str | None) -> None:
    """Refuse (403) unless a token is configured and ``header`` is ``Bearer <it>``."""
    if configured is None:
        raise ApiError(403, "ingest is disabled: start the server with --token (or "
                            "SITREP_TOKEN) to enable it", code="ingest_disabled")
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
            given.strip().encode("utf-8", "surrogatepass"), configured.encode("utf-8")):
        raise ApiError(403, "a valid token is needed: Authorization: Bearer TOKEN",
                       code="invalid_token")


def router(ctx: ServerContext) -> APIRouter:
    """The extract and ingest routes, on ``ctx``'s extractor and stores."""
    api = APIRouter(prefix="/api", tags=["extraction"])

    @api.post("/extract", responses={413: {"model": ErrorResponse},
                                     422: {"model": ErrorResponse}})
    def extract(request: ExtractRequest) -> dict[str, Any]:
        """Read one text and answer its ``sitrep/1`` document JSON (see ``sitrep
        schema``); nothing is stored. Bodies over the server's limit (1 MB unless
        started with --max-body) are refused with 413."""
        def work(extractor: Any) -> dict[str, Any]:
            result = extractor.extract(request.text, published=request.published,
                                       source=request.source, title=request.title,
                                       url=request.url, language=request.language)
            answer: dict[str, Any] = result.to_dict()
            return answer

        try:
            answer: dict[str, Any] = ctx.extract(work)
        except InputError as exc:
            raise ApiError(422, exc.message, code="invalid_input") from exc
        return answer

    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        # a dependency: FastAPI checks it before it reads the body, so a request without
        # the token is refused (403) whatever it sends, never told what the body lacks
        _authorised(ctx.settings.token, authorization)

    @api.post("/ingest", response_model=IngestResponse,
              dependencies=[Depends(authorised)],
              responses={403: {"model": ErrorResponse}, 413: {"model": ErrorResponse}})
    def ingest(request: IngestRequest) -> dict[str, Any]:
        """Store, extract and reconcile documents (``Authorization: Bearer TOKEN``; only
        when the server was started with a token, 403 otherwise). A document already
        stored is a duplicate; one that cannot be read is reported and skipped."""
        if ctx.writer is None:  # pragma: no cover - a token always comes with a writer
            raise ApiError(403, "ingest is disabled", code="ingest_disabled")
        return ingest_documents(ctx, ctx.writer, request.documents).to_dict()

    return api
