"""A real ``sitrep serve`` process on 127.0.0.1: it answers /api/health and stops."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

SITREP = Path(sys.executable).with_name("sitrep")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.slow
def test_sitrep_serve_answers_health_and_stops(read_db):
    port = _free_port()
    env = {**os.environ, "SITREP_TOKEN": ""}
    process = subprocess.Popen([str(SITREP), "serve", "--db", str(read_db), "--port", str(port),
                                "--log-level", "warning"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/api/health")
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert status == 200 and body["status"] == "ok" and body["documents"] == 8
        assert body["ingest"] is False
        status, body = _get(f"http://127.0.0.1:{port}/api/nothing")
        assert status == 404 and body["error"]["code"] == "not_found"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
    assert process.returncode == 0, err
    assert "serving on http://127.0.0.1:" in err


def test_sitrep_serve_refuses_a_missing_database_in_one_line(tmp_path):
    result = subprocess.run([str(SITREP), "serve", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "SITREP_TOKEN": ""})
    assert result.returncode == 2
    assert result.stderr.startswith("sitrep: error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
