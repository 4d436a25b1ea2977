"""Reading gold files from disk with one kind of error: :class:`~sitrep.errors.EvalError`."""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import EvalError

__all__ = ["read_text"]


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
