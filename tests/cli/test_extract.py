"""``sitrep extract`` run in-process through click's CliRunner."""

from __future__ import annotations

import json

import pytest

from sitrep.api import document_id


def test_extract_file(invoke, report_file, report_text, check_output):
    run = invoke(["extract", str(report_file), "--published", "2025-09-03T10:30"])
    assert run.exit_code == 0, str(run)
    assert run.stderr == "", str(run)
    data = run.json()
    out = check_output(data, report_text)
    assert data["schema"] == "sitrep/1"
    assert data["document"]["published"] == "2025-09-03T10:30+03:00"
    assert data["document"]["id"] == document_id(report_text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    assert attack["period"]["start"] == "2025-09-02T18:00+03:00", out.summary
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 96, text="96 drones", what="drone.launched")
    out.expect(drone["destroyed"], 71, text="71 drones", what="drone.destroyed")
    out.expect(drone["hit"], 9, text="Nine drones", what="drone.hit")
    out.expect(attack["hit_locations"], 5, text="five locations", what="hit_locations")


def test_extract_options_are_echoed(invoke, report_file, report_text, check_output):
    run = invoke(["extract", str(report_file), "--published", "2025-09-03",
                  "--source", "Test Wire", "--title", "A night", "--id", "doc-1",
                  "--url", "https://example.org/a-night"])
    assert run.exit_code == 0, str(run)
    data = run.json()
    check_output(data, report_text)
    assert data["document"] == {"id": "doc-1", "published": "2025-09-03", "language": "en",
                                "title": "A night", "source": "Test Wire",
                                "url": "https://example.org/a-night"}
    assert data["attacks"][0]["id"].startswith("doc-1")


def test_extract_stdin(invoke, report_text, check_output):
    run = invoke(["extract", "-", "--published", "2025-09-03"], input=report_text)
    assert run.exit_code == 0, str(run)
    out = check_output(run.json(), report_text)
    out.expect(out.weapon("drone", None)["launched"], 96, what="drone.launched")


def test_extract_stdin_is_the_default(invoke, report_text, check_output):
    run = invoke(["extract", "--published", "2025-09-03"], input=report_text)
    assert run.exit_code == 0, str(run)
    check_output(run.json(), report_text)


def test_compact_is_one_line(invoke, report_file, report_text, check_output):
    run = invoke(["extract", str(report_file), "--compact"])
    assert run.exit_code == 0, str(run)
    assert run.stdout.count("\n") == 1 and run.stdout.endswith("\n"), str(run)
    data = run.json()
    check_output(data, report_text)
    assert data["attacks"][0]["period"]["resolved"] is False


def test_no_attack_is_not_an_error(invoke, tmp_path, check_output):
    text = "The central bank cut interest rates by 25 basis points on Thursday."
    path = tmp_path / "bank.txt"
    path.write_text(text, encoding="utf-8")
    run = invoke(["extract", str(path), "--published", "2025-09-03"])
    assert run.exit_code == 0, str(run)
    data = run.json()
    check_output(data, text)
    assert data["attacks"] == []


def test_format_table(invoke, report_file):
    run = invoke(["extract", str(report_file), "--published", "2025-09-03",
                  "--format", "table"])
    assert run.exit_code == 0, str(run)
    out = run.stdout
    for word in ("weapon", "launched", "destroyed", "hit", "drone", "missile"):
        assert word in out, f"{word!r} missing from the table\n{run}"
    for figure in ("96", "71", "9", "4", "3"):
        assert figure in out, str(run)
    # the evidence: the sentence behind a figure is printed
    assert "Air defences shot down 71 drones and three missiles." in out, str(run)
    assert "RU" in out and "UA" in out, str(run)
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_format_table_without_attacks(invoke, tmp_path):
    path = tmp_path / "quiet.txt"
    path.write_text("Nothing happened in Kyiv last night.", encoding="utf-8")
    run = invoke(["extract", str(path), "--format", "table"])
    assert run.exit_code == 0, str(run)
    assert run.stdout.strip(), str(run)


def test_html_with_flag(invoke, fixtures_dir, check_output):
    from sitrep.inputs import html_to_text

    page = fixtures_dir / "night_report.html"
    run = invoke(["extract", str(page), "--html", "--published", "2025-09-03T10:30"])
    assert run.exit_code == 0, str(run)
    # with --html, offsets index the page's visible text
    visible = html_to_text(page.read_text(encoding="utf-8"))
    out = check_output(run.json(), visible)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 96, text="96 drones", what="drone.launched")
    assert 999 not in out.count_values(), "text inside <script> must be ignored"


def test_version(invoke):
    run = invoke(["--version"])
    assert run.exit_code == 0, str(run)
    assert run.stdout.startswith("sitrep"), str(run)


def test_schema_command(invoke, schema_file):
    if schema_file is None:
        pytest.skip("src/sitrep/schema/sitrep-1.schema.json does not exist yet")
    run = invoke(["schema"])
    assert run.exit_code == 0, str(run)
    assert json.loads(run.stdout) == json.loads(schema_file.read_text(encoding="utf-8"))
