"""The data files behind incidents and exports load, and agree with the weapon catalogue."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sitrep.rules import (
    ExportModelRules,
    ReconcileRules,
    WeaponModel,
    load_export_models,
    load_reconcile,
    load_weapons,
)


def test_every_mapped_model_is_in_the_catalogue() -> None:
    rules = load_export_models()
    catalogue = {m.id for m in load_weapons().models}
    assert set(rules.models) <= catalogue


def test_the_table_names_live_only_in_export_models() -> None:
    # one source of truth: the weapon catalogue no longer names the table's models
    with pytest.raises(ValidationError, match="Extra inputs"):
        WeaponModel.model_validate({"id": "Kh-101", "category": "cruise_missile",
                                    "kaggle": "X-101/X-555", "aliases": ["Kh-101"]})


def test_every_table_name_has_a_place_in_the_order() -> None:
    rules = load_export_models()
    names = set(rules.models.values()) | {n for n in rules.categories.values() if n}
    names |= {part for parts in rules.groups.values() for part in parts} | set(rules.groups)
    assert names <= set(rules.order)


def test_families_cover_every_category_once() -> None:
    families = load_reconcile().families
    data = load_reconcile().model_dump()
    data["families"] = {**families, "extra": ["drone"]}
    with pytest.raises(ValidationError, match="exactly one family"):
        ReconcileRules.model_validate(data)


def test_unknown_categories_and_keys_are_refused() -> None:
    data = load_export_models().model_dump()
    with pytest.raises(ValidationError, match="unknown weapon category"):
        ExportModelRules.model_validate({**data, "categories": {"rocket": "X"}})
    with pytest.raises(ValidationError, match="Extra inputs"):
        ExportModelRules.model_validate({**data, "colour": "red"})
    with pytest.raises(ValidationError, match="columns must be unique"):
        ExportModelRules.model_validate({**data, "columns": ["time_start"]})


def test_cameo_codes_are_three_or_four_digits() -> None:
    data = load_export_models().model_dump()
    with pytest.raises(ValidationError, match="no CAMEO event code"):
        ExportModelRules.model_validate({**data, "cameo_codes": {"ASSAULT": {"drone": "19x"}}})
