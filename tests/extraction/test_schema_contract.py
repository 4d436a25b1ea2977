"""Every output the tests produce must match the JSON Schema of the contract (sitrep/1).

The tests here are marked ``schema_contract``: ``tests/conftest.py`` runs them after all other
tests, so that every output recorded by ``read``/``check_output`` (extraction and command
line) is validated. Run alone, they still validate their own set of documents.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.schema_contract

OWN_DOCUMENTS = [
    ("Russia launched 477 drones and 60 missiles at Ukraine overnight, including eight "
     "Kh-101/Kh-555 cruise missiles. Of these, 249 were shot down and 226 were lost, the air "
     "force said. Russia launched over 70 missiles. In total, Russia launched 78 missiles. "
     "Twelve drones hit targets at nine locations, and debris fell at five locations. "
     "Information on dozens of drones is being clarified.", "2025-09-03T10:30"),
    ("Russia's defence ministry said air defences destroyed 41 Ukrainian drones over the "
     "Bryansk region overnight.", None),
    ("Russia has launched 25,000 drones at Ukraine since the start of the year.", "2025-09-03"),
]


def _validator(schema_file):
    if schema_file is None:
        pytest.skip("src/sitrep/schema/sitrep-1.schema.json does not exist yet "
                    "(the lead is adding the contract)")
    from jsonschema import FormatChecker
    from jsonschema.validators import validator_for

    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=FormatChecker())


def _errors(validator, data: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))]


def test_schema_is_a_valid_json_schema(schema_file):
    validator = _validator(schema_file)
    assert validator.schema.get("$schema"), "the schema should name its JSON Schema dialect"


def test_own_documents_match_schema(schema_file, extractor):
    validator = _validator(schema_file)
    problems = []
    for text, published in OWN_DOCUMENTS:
        data = extractor.extract(text, published=published).to_dict()
        assert data["attacks"], f"no attack read from {text[:60]!r}"
        problems += [f"{text[:40]!r}: {e}" for e in _errors(validator, data)]
    assert not problems, "\n".join(problems)


def test_every_recorded_output_matches_schema(schema_file, recorded_outputs):
    validator = _validator(schema_file)
    if not recorded_outputs:
        pytest.skip("no outputs recorded: run with the other tests "
                    "(pytest tests/extraction tests/cli)")
    problems = []
    for nodeid, _text, data in recorded_outputs:
        for e in _errors(validator, data):
            problems.append(f"{nodeid}: {e}")
    assert not problems, f"{len(problems)} schema violations in {len(recorded_outputs)} " \
                         "outputs:\n" + "\n".join(problems[:50])
