"""sitrep: read war reporting into structured, source-linked records.

>>> import sitrep
>>> result = sitrep.extract("Russia launched 40 drones overnight.", published="2025-09-03")
>>> result.to_dict()["attacks"][0]["weapons"][0]["launched"]["value"]
40

The public names are imported lazily so that ``import sitrep`` (and the command line's
``--help``) do not load spaCy until extraction is asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .api import Extractor, extract
    from .errors import EvalError, InputError, RulesError, SitrepError
    from .model import (
        Attack,
        Conflict,
        Count,
        DocumentMeta,
        DocumentResult,
        Evidence,
        InputDocument,
        Period,
        Reporter,
        Totals,
        Weapon,
    )

__all__ = [
    "Attack",
    "Conflict",
    "Count",
    "DocumentMeta",
    "DocumentResult",
    "EvalError",
    "Evidence",
    "Extractor",
    "InputDocument",
    "InputError",
    "Period",
    "Reporter",
    "RulesError",
    "SitrepError",
    "Totals",
    "Weapon",
    "__version__",
    "extract",
]

_WHERE = {
    "Extractor": "api",
    "InputDocument": "model",
    "extract": "api",
    "EvalError": "errors",
    "InputError": "errors",
    "RulesError": "errors",
    "SitrepError": "errors",
    "Attack": "model",
    "Conflict": "model",
    "Count": "model",
    "DocumentMeta": "model",
    "DocumentResult": "model",
    "Evidence": "model",
    "Period": "model",
    "Reporter": "model",
    "Totals": "model",
    "Weapon": "model",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
