"""Reading gold files from disk with one kind of error: :class:`~sitrep.errors.EvalError`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError

__all__ = ["json_records", "read_text"]


def read_text(path: Path) -> str:
    """The whole file as UTF-8 text; every failure is an :class:`EvalError`."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise EvalError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise EvalError(f"{path} is a directory, not a gold file") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def json_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each JSON object of a JSON Lines file with where it stands (``path:line``); blank
    lines are skipped, anything that is not an object is an :class:`EvalError`."""
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise EvalError(f"{where}: a record is a JSON object")
        yield where, obj
