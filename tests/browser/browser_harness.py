"""Running the real server and Debian's chromium for the browser tests.

The server is ``create_app`` under uvicorn in a subprocess on 127.0.0.1 (a free port),
over a SQLite database ingested from :mod:`browser_corpus`. The browser is the system's
``/usr/bin/chromium`` (``$SITREP_CHROMIUM`` to use another), driven by Playwright; no
browser is ever downloaded. Without chromium the tests are skipped.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "HAVE_CHROMIUM", "screenshot_dir", "serve"]

CHROMIUM = Path(os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium"))
HAVE_CHROMIUM = CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
_SERVER = ("import sys, uvicorn\n"
           "from sitrep.server import create_app\n"
           "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
           "log_level='warning', ws='none')\n")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(base: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer at {base} within {timeout:.0f} s")


@contextmanager
def serve(db_url: str, log: Path, *, timeout: float = 60.0) -> Iterator[str]:
    """Run the app over ``db_url``; yields its base URL; stops it on exit."""
    port = _free_port()
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", _SERVER, db_url, str(port)],
                                   stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, timeout)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def screenshot_dir(fallback: Path) -> Path:
    """``$SITREP_SCREENSHOTS`` (created) or ``fallback``."""
    chosen = Path(os.environ.get("SITREP_SCREENSHOTS") or fallback)
    chosen.mkdir(parents=True, exist_ok=True)
    return chosen
