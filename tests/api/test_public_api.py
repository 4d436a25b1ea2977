"""The public API: every exported name imports, and the README documents every command."""

from __future__ import annotations

from pathlib import Path

import sitrep
from sitrep.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_exported_name_imports() -> None:
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None, name


def test_exports_are_the_documented_ones() -> None:
    assert set(sitrep.__all__) >= {"extract", "Extractor", "InputDocument", "SitrepError",
                                   "InputError", "DocumentResult", "Attack", "Count"}


def test_readme_documents_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"sitrep {name}" in text, f"README does not mention `sitrep {name}`"


def test_readme_names_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text
