"""Helpers for the command-line tests: a CliRunner wrapper and the installed ``sitrep`` script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import sitrep.api
from sitrep import Extractor
from sitrep.api import DEFAULT_MAX_CHARS
from sitrep.cli import cli

REPORT = ("Russia attacked Ukraine overnight with 96 drones and four missiles, Ukraine's air "
          "force said. Air defences shot down 71 drones and three missiles. Nine drones and one "
          "missile hit targets at five locations.")


@dataclass
class Run:
    """What one command run gave: exit status and the two output streams."""

    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.stdout)
        return data

    def __str__(self) -> str:
        exc = "" if self.exception is None or isinstance(self.exception, SystemExit) \
            else f"\nexception: {self.exception!r}"
        return (f"exit status {self.exit_code}\n--- stdout ---\n{self.stdout[:3000]}\n"
                f"--- stderr ---\n{self.stderr[:3000]}{exc}")


@pytest.fixture
def invoke(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """``invoke(args, input=None)``: run ``sitrep.cli.cli`` in-process through CliRunner.

    The command builds an ``Extractor`` on every run (~0.5 s); here the module's shared one
    is handed out for the default settings, so that the many runs stay fast. Any other
    ``--lang``/``--max-chars`` builds a real one, exactly as the command would.
    """
    runner = CliRunner()
    real = sitrep.api.Extractor

    def shared_or_new(*, language: str = "en", max_chars: int = DEFAULT_MAX_CHARS) -> Extractor:
        if language == extractor.language and max_chars == extractor.max_chars:
            return extractor
        return real(language=language, max_chars=max_chars)

    monkeypatch.setattr(sitrep.api, "Extractor", shared_or_new)

    def run(args: list[str], input: str | bytes | None = None) -> Run:
        result = runner.invoke(cli, args, input=input, catch_exceptions=True)
        return Run(result.exit_code, result.stdout, result.stderr, result.exception)

    return run


def _sitrep_executable() -> str | None:
    candidate = Path(sys.executable).parent / "sitrep"
    if candidate.is_file():
        return str(candidate)
    return shutil.which("sitrep")


@pytest.fixture(scope="session")
def sitrep_exe() -> str:
    exe = _sitrep_executable()
    if exe is None:
        pytest.skip("the sitrep script is not installed next to this Python "
                    "(pip install -e . in the venv)")
    return exe


@pytest.fixture(scope="session")
def run_many(sitrep_exe: str) -> Callable[[dict[str, tuple[list[str], bytes | None]]],
                                         dict[str, Run]]:
    """``run_many({name: (args, stdin bytes or None)})``: run the installed ``sitrep`` script
    once per scenario, all processes at the same time, and return each one's :class:`Run`."""

    def run(scenarios: dict[str, tuple[list[str], bytes | None]]) -> dict[str, Run]:
        procs = {}
        for name, (args, data) in scenarios.items():
            procs[name] = (subprocess.Popen([sitrep_exe, *args], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.PIPE),
                           data)
        runs = {}
        for name, (proc, data) in procs.items():
            out, err = proc.communicate(input=data or b"", timeout=120)
            runs[name] = Run(proc.returncode, out.decode("utf-8", "replace"),
                             err.decode("utf-8", "replace"))
        return runs

    return run


def assert_one_line_error(run: Run, *, contains: str | None = None) -> str:
    """Exit status 2, nothing on stdout, exactly one ``sitrep: error:`` line, no traceback."""
    assert run.exception is None or isinstance(run.exception, SystemExit), str(run)
    assert run.exit_code == 2, str(run)
    assert "Traceback" not in run.stderr, str(run)
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, str(run)
    assert lines[0].startswith("sitrep: error:"), str(run)
    assert run.stdout == "", str(run)
    if contains is not None:
        assert contains in lines[0], str(run)
    return lines[0]


@pytest.fixture(scope="session")
def report_text() -> str:
    return REPORT


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture
def error_check() -> Callable[..., str]:
    return assert_one_line_error
