"""The generated Ukrainian word forms are what pymorphy3 gives for the rule files today."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep import morphology


@pytest.mark.skipif(not morphology.available("uk"),
                    reason="pymorphy3 with its Ukrainian dictionaries is not installed")
def test_inflections_file_is_up_to_date() -> None:
    committed = json.loads(resources.files("sitrep").joinpath("rules", "uk", "inflections.json")
                           .read_text(encoding="utf-8"))
    assert committed == morphology.generate_inflections(), (
        "rules/uk/inflections.json is stale: run `python -m sitrep.morphology`")


@pytest.mark.skipif(not morphology.available("uk"),
                    reason="pymorphy3 with its Ukrainian dictionaries is not installed")
def test_every_parse_is_used() -> None:
    forms = morphology.inflect_phrases(["крилата ракета"])
    assert {"крилатих ракет", "крилатими ракетами", "крилатою ракетою", "крилатій ракеті"} <= forms
    numbers = morphology.inflect_numbers({"вісім": 8})
    assert numbers["восьми"] == 8 and numbers["вісьмома"] == 8


def test_generated_forms_are_read(extractor_uk=None) -> None:
    from sitrep import Extractor

    r = Extractor(language="uk").extract(
        "Протиповітряною обороною знищено 12 безпілотникам.", published="2026-09-03T09:00")
    # "безпілотникам" (dative) is not in nouns.json; it comes from inflections.json
    assert [w.destroyed.value for a in r.attacks for w in a.weapons if w.destroyed] == [12]
