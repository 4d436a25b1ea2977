"""One JSON shape for every error the API answers with.

``{"error": {"status": 422, "code": "invalid_parameter", "message": "one line",
"details": [...]}}`` — for the API's own refusals (:class:`ApiError`), FastAPI's
validation errors, Starlette's 404/405/413, sitrep's own errors and anything unexpected
(500, without the traceback: the server's log has it).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, SitrepError, StoreError

__all__ = ["ApiError", "error_response", "install_error_handlers"]

log = logging.getLogger("sitrep.server")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
          415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal_error",
          503: "database_unavailable"}


class ApiError(Exception):
    """A refusal the API means to give: its status, code and one-line message."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 details: list[Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.details = details
        self.headers = headers


def error_response(status: int, message: str, *, code: str | None = None,
                   details: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """The error shape as a response."""
    body: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"),
                            "message": " ".join(message.split()) or "error"}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    # the offending input is left out: it can be a whole request body
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
             "type": str(e.get("type", ""))} for e in exc.errors()]


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, code=exc.code, details=exc.details,
                          headers=exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _validation_details(exc)
    if any(d["type"] == "json_invalid" for d in details):
        return error_response(400, "the request body is not valid JSON", code="invalid_json",
                              details=details)
    if not details:
        return error_response(422, "invalid request")
    first = details[0]
    message = f"{_where(first['loc'])}: {first['msg']}" if first["loc"] else str(first["msg"])
    return error_response(422, message, details=details)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    messages = {404: "no such resource", 405: "method not allowed for this resource",
                413: "the request body is too large"}
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code in messages and detail in (None, "Not Found", "Method Not Allowed",
                                                  "Content Too Large",
                                                  "Request Entity Too Large"):
        detail = messages[exc.status_code]
    return error_response(exc.status_code, detail or "error",
                          headers=getattr(exc, "headers", None))


async def _sitrep_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SitrepError)
    if isinstance(exc, InputError):
        return error_response(422, exc.message, code="invalid_input")
    if isinstance(exc, StoreError):
        log.error("database error: %s", exc)
        return error_response(503, exc.message)
    return error_response(500, exc.message)


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error", exc_info=exc)
    return error_response(500, f"internal error ({type(exc).__name__}); see the server's log")


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` in the one shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(SitrepError, _sitrep_error)
    app.add_exception_handler(Exception, _unexpected)
