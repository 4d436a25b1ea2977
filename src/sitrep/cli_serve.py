"""``sitrep serve``: the HTTP API and web page over the database (FastAPI + uvicorn).

Only click is imported here; FastAPI, uvicorn and SQLAlchemy load inside the command, so
that ``sitrep --help`` stays quick.
"""

from __future__ import annotations

import click

from .errors import SitrepError

__all__ = ["serve_command"]

EXIT_BAD_INPUT = 2


@click.command("serve")
@click.option("--db", "db_url", metavar="URL|FILE",
              help="Database: a SQLite file or postgresql://user@host/name "
                   "(default: $SITREP_DB, else sitrep.db here).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--token", envvar="SITREP_TOKEN", metavar="TOKEN",
              help="Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN' "
                   "(also $SITREP_TOKEN). Without it the server only reads.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN (https://example.org) to call the API "
                   "(repeatable; default: none, no CORS headers).")
@click.option("--max-body", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Largest request body in bytes (larger: 413).")
@click.option("--max-page-size", type=click.IntRange(min=1, max=10_000), default=500,
              show_default=True, help="Largest page_size a list accepts.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info",
                                                "debug"]),
              default="info", show_default=True, help="uvicorn's log level.")
def serve_command(db_url: str | None, host: str, port: int, token: str | None,
                  cors_origins: tuple[str, ...], max_body: int, max_page_size: int,
                  log_level: str) -> None:
    """Serve the HTTP API (/api/...) and the web page (/) over the database.

    Read-only unless started with a token. The OpenAPI description is at /openapi.json.

    Example: sitrep serve --db news.db --port 8000

    Example: SITREP_TOKEN=secret sitrep serve --db news.db --cors-origin https://example.org
    """
    try:
        from .server import create_app

        app = create_app(db_url, token=token, cors_origins=cors_origins, max_body=max_body,
                         max_page_size=max_page_size)
    except SitrepError as exc:
        click.echo(f"sitrep: error: {exc}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    import uvicorn

    click.echo(f"sitrep: serving on http://{host}:{port}/ "
               f"({'ingest enabled' if token else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False,
                server_header=False)
