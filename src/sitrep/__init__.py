"""sitrep: read war reporting into structured, source-linked records.

>>> import sitrep
>>> result = sitrep.extract("Russia launched 40 drones overnight.", published="2025-09-03")
>>> result.to_dict()["attacks"][0]["weapons"][0]["launched"]["value"]
40
"""

from .api import Extractor, InputDocument, extract
from .errors import EvalError, InputError, RulesError, SitrepError
from .model import (
    Attack,
    Conflict,
    Count,
    DocumentMeta,
    DocumentResult,
    Evidence,
    Period,
    Reporter,
    Totals,
    Weapon,
)

__version__ = "0.1.0"

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
