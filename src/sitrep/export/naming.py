"""Model names of the curated table: sitrep's weapon ids to "X-101/X-555", and back.

A sitrep count names a catalogue model ("Kh-101"), several models counted together
("Kh-101/Kalibr", "Iskander-M/S-400/KN-23") or none (a "drones" count). Each is turned
into its *parts* — the table's single-model names ("X-101/X-555", "Kalibr") — with the
mapping of ``rules/export_models.json``; a set of parts is written as the table writes a
lumped row ("X-101/X-555 and Kalibr", "Iskander-M/KN-23"). The table's own names are read
back into parts the same way, so that a comparison matches rows by what they count, not
by how the name is spelled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..rules import ExportModelRules, load_export_models, load_weapons

__all__ = ["ModelNames", "model_names"]

_AND = " and "


@dataclass(frozen=True, slots=True)
class ModelNames:
    rules: ExportModelRules
    ids: tuple[str, ...]  # catalogue ids, longest first

    def split_model(self, model: str) -> list[str]:
        """The catalogue ids in a sitrep model string ("Kh-101/Kalibr" -> two ids)."""
        out: list[str] = []
        pos = 0
        while pos < len(model):
            found = next((i for i in self.ids if model.startswith(i, pos)
                          and (pos + len(i) == len(model) or model[pos + len(i)] == "/")), None)
            if found is None:  # not in the catalogue: keep the piece as it is
                cut = model.find("/", pos)
                found = model[pos:] if cut < 0 else model[pos:cut]
            out.append(found)
            pos += len(found) + 1
        return out

    def _expand(self, name: str) -> list[str]:
        return list(self.rules.groups.get(name, [name]))

    def parts(self, category: str, model: str | None) -> frozenset[str] | None:
        """The table's single-model names for a sitrep count; ``None``: not in the table."""
        if category in self.rules.categories and self.rules.categories[category] is None:
            return None  # a category the table does not count (aircraft)
        if model is None:
            name = self.rules.categories.get(category)
            return None if name is None else frozenset(self._expand(name))
        parts = {part for model_id in self.split_model(model)
                 for part in self._expand(self.rules.models.get(model_id, model_id))}
        for name, absorbed in self.rules.absorbs.items():
            if name in parts:
                parts -= set(absorbed) - {name}
        return frozenset(parts)

    def reference_parts(self, name: str) -> frozenset[str]:
        """The parts of a name as the table writes it ("C-300/C-400 and Iskander-M")."""
        return frozenset(part for piece in name.split(_AND) if piece.strip()
                         for part in self._expand(piece.strip()))

    def position(self, name: str) -> tuple[int, str]:
        """Where a name goes in a lumped name and among an incident's rows (a lumped name
        goes where its first part goes)."""
        order = self.rules.order
        return (min(order.index(p) if p in order else len(order) for p in name.split(_AND)),
                name)

    def name(self, parts: Iterable[str]) -> str:
        """How the table writes a set of parts: groups joined by "/", the rest by " and "."""
        left = set(parts)
        names: list[str] = []
        for group, members in self.rules.groups.items():
            if len(members) > 1 and set(members) <= left:
                names.append(group)
                left -= set(members)
        names.extend(left)
        return _AND.join(sorted(set(names), key=self.position))


@cache
def model_names() -> ModelNames:
    ids = tuple(sorted((m.id for m in load_weapons().models), key=len, reverse=True))
    return ModelNames(load_export_models(), ids)
