"""The one exception hierarchy of sitrep.

Every error the library raises on purpose is a :class:`SitrepError`. The command line
turns any of them into one line on standard error and a non-zero exit; lower-level
errors (``OSError``, ``UnicodeDecodeError``, ``json.JSONDecodeError``, pydantic's
``ValidationError``) are converted at the boundary with ``raise ... from exc``.

Each class carries a stable ``code`` (``E1xx`` input, ``E2xx`` rules, ``E3xx`` evaluation,
``E4xx`` storage)
so that messages can be looked up in the README.
"""

from __future__ import annotations

__all__ = [
    "EvalError",
    "IngestError",
    "InputError",
    "RulesError",
    "SitrepError",
    "StoreError",
]


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(SitrepError):
    """The input cannot be read as text: empty, binary, undecodable, too large, bad JSON."""

    code = "E100"


class RulesError(SitrepError):
    """A rule data file is missing or does not match its schema."""

    code = "E200"


class EvalError(SitrepError):
    """A gold file cannot be read or has an unknown format."""

    code = "E300"


class StoreError(SitrepError):
    """The database cannot be opened, is locked or unreachable, or refuses a write."""

    code = "E400"


class IngestError(SitrepError):
    """An ingest cannot run: its workers or Dask cluster cannot start or be reached."""

    code = "E500"
