"""The request body limit, answered in the API's error shape.

A request whose ``Content-Length`` is over the limit is refused before its body is read;
one without a length (chunked) is counted as it arrives and refused once it goes over.
The refusal is an ``HTTPException`` raised while the route reads the body, so the app's
handler answers it (FastAPI passes an ``HTTPException`` from the body read through).
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

__all__ = ["BodyLimit"]


class BodyLimit:
    """ASGI middleware: at most ``max_body`` bytes of request body."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_body:,} bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await error_response(400, "the Content-Length header is not a number"
                                     )(scope, receive, send)
                return
            if int(declared) > self.max_body:
                await error_response(413, self._too_large())(scope, receive, send)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise HTTPException(413, self._too_large())
            return message

        await self.app(scope, limited, send)
