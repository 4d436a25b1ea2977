"""The web page: ``GET /`` is ``index.html``, ``GET /static/{path}`` a file of the folder.

A path is served only when it names a regular file inside the folder reached without
any symbolic link: no ``..`` segment, no absolute path, no backslash or NUL; anything
else is 404 (in the API's error shape), so nothing outside the folder can be read.
"""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from .context import ServerContext
from .errors import ApiError

__all__ = ["resolve_static", "router"]

_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
          ".html": "text/html", ".json": "application/json", ".svg": "image/svg+xml",
          ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2",
          ".map": "application/json", ".txt": "text/plain", ".geojson": "application/json"}


def resolve_static(folder: Path, path: str) -> Path | None:
    """The file ``path`` names inside ``folder``, or ``None`` (see the module docstring)."""
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    current = folder
    if current.is_symlink() or not current.is_dir():
        return None
    for part in parts:
        current = current / part
        if current.is_symlink():
            return None
    try:
        if not current.is_file() or not current.resolve().is_relative_to(folder.resolve()):
            return None
    except OSError:
        return None
    return current


def _media_type(path: Path) -> str:
    known = _TYPES.get(path.suffix.lower())
    return known or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _file(folder: Path, path: str) -> FileResponse:
    found = resolve_static(folder, path)
    if found is None:
        raise ApiError(404, f"no such file: {path[:200]}")
    media = _media_type(found)
    if media.startswith("text/") or media in ("application/json", "image/svg+xml"):
        media += "; charset=utf-8"
    return FileResponse(found, media_type=media)


def router(ctx: ServerContext) -> APIRouter:
    """``/`` and ``/static/{path}`` from the settings' static folder."""
    api = APIRouter(tags=["web page"])
    folder = ctx.settings.static_folder

    @api.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return _file(folder, "index.html")

    @api.get("/static/{path:path}", include_in_schema=False)
    def static(path: str) -> FileResponse:
        return _file(folder, path)

    return api
