"""What ``sitrep extract`` does with awkward input: encodings decode, bad input gives one line
on stderr (``sitrep: error: ...``) and exit status 2, never a traceback."""

from __future__ import annotations

import pytest

from sitrep.api import document_id

UKRAINIAN = ("Уночі росіяни атакували Україну ударними БпЛА. Повітряні сили повідомили, що "
             "частину дронів збито над Київщиною.\n"
             "Russia launched 64 drones at Ukraine overnight, Ukraine's air force said. "
             "Air defences shot down 50 drones.\n")
RUSSIAN = ("Минобороны России сообщило о перехвате беспилотников над Брянской областью.\n"
           "Russia's defence ministry said Ukraine launched 27 drones at the Bryansk region "
           "overnight.\n")
CYRILLIC_MODEL = ("Russia fired six \u0425-101 cruise missiles at Ukraine overnight, the air "
                  "force said. Ракети Х-101 запущено зі стратегічних бомбардувальників.\n")

ENGLISH_CP1252 = ("Russia launched 40 drones at Ukraine overnight \u2013 the caf\u00e9 "
                  "on Khreshchatyk was damaged, Ukraine\u2019s air force said.\n")

ENCODINGS = [
    # (id, text, encoding, byte-order mark, the English figure that must be read)
    ("cp1251-ukrainian", UKRAINIAN, "cp1251", b"", 64),
    ("cp1251-russian", RUSSIAN, "cp1251", b"", 27),
    ("cp1251-cyrillic-kha", CYRILLIC_MODEL, "cp1251", b"", 6),
    ("utf-16-le-bom", UKRAINIAN, "utf-16-le", b"\xff\xfe", 64),
    ("utf-16-be-bom", RUSSIAN, "utf-16-be", b"\xfe\xff", 27),
    ("utf-8-bom", UKRAINIAN, "utf-8", b"\xef\xbb\xbf", 64),
    ("cp1252-english", ENGLISH_CP1252, "cp1252", b"", 40),
]


@pytest.mark.parametrize(("text", "encoding", "bom", "launched"), [e[1:] for e in ENCODINGS],
                         ids=[e[0] for e in ENCODINGS])
def test_encodings_decode_and_work(invoke, tmp_path, check_output, text, encoding, bom,
                                   launched):
    path = tmp_path / "report.txt"
    path.write_bytes(bom + text.encode(encoding))
    run = invoke(["extract", str(path), "--published", "2025-09-03"])
    assert run.exit_code == 0, str(run)
    data = run.json()
    # decoded exactly: the content hash and every offset match the original text ...
    assert data["document"]["id"] == document_id(text), str(run)
    out = check_output(data, text)
    # ... and the result is the one the same text gives in plain UTF-8
    plain = tmp_path / "plain.txt"
    plain.write_text(text, encoding="utf-8")
    reference = invoke(["extract", str(plain), "--published", "2025-09-03"])
    assert reference.exit_code == 0, str(reference)
    assert data == reference.json()
    weapons = [w for a in data["attacks"] for w in a["weapons"]]
    assert [w["launched"]["value"] for w in weapons if w["launched"]] == [launched], \
        out.summary


def test_cp1251_from_stdin(invoke, check_output):
    run = invoke(["extract", "-", "--published", "2025-09-03"],
                 input=UKRAINIAN.encode("cp1251"))
    assert run.exit_code == 0, str(run)
    data = run.json()
    assert data["document"]["id"] == document_id(UKRAINIAN), str(run)
    check_output(data, UKRAINIAN)


HTML_PAGE = ("<!DOCTYPE html>\n<html><head><title>Night</title></head><body>\n"
             "<p>Russia launched 40 drones at Ukraine overnight.</p>\n</body></html>\n")
TAG_SOUP = ("<div><p>Russia launched 40 drones at Ukraine overnight.</p><p>Air defences "
            "<a href='x'>shot down</a> <span>31</span> drones.</p><br><br></div>")


@pytest.mark.parametrize("page", [HTML_PAGE, TAG_SOUP], ids=["doctype", "tag-soup"])
def test_html_without_flag_suggests_html(invoke, tmp_path, error_check, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    run = invoke(["extract", str(path)])
    error_check(run, contains="--html")


def test_html_with_flag_works(invoke, tmp_path, check_output):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    run = invoke(["extract", str(path), "--html", "--published", "2025-09-03"])
    assert run.exit_code == 0, str(run)
    data = run.json()
    assert len(data["attacks"]) == 1, str(run)
    launched = data["attacks"][0]["weapons"][0]["launched"]
    assert (launched["value"], launched["text"]) == (40, "40 drones"), str(run)


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


BAD_FILES = [
    ("empty", b"", None),
    ("blank", b" \n\t\n  ", None),
    ("binary-nul", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8, None),
    ("binary-nul-late", b"Russia launched 40 drones. " * 4 + b"\x00\x01\x02\x03" * 16, None),
]


@pytest.mark.parametrize(("name", "data", "contains"), BAD_FILES,
                         ids=[b[0] for b in BAD_FILES])
def test_bad_files(invoke, tmp_path, error_check, name, data, contains):
    run = invoke(["extract", _write(tmp_path, name + ".txt", data)])
    error_check(run, contains=contains)


def test_empty_stdin(invoke, error_check):
    error_check(invoke(["extract", "-"], input=b""))


def test_file_larger_than_max_chars_in_bytes(invoke, tmp_path, error_check):
    path = _write(tmp_path, "big.txt", b"Russia launched 40 drones at Ukraine overnight. " * 50)
    error_check(invoke(["extract", path, "--max-chars", "200"]), contains="--max-chars")


def test_file_larger_than_max_chars_in_characters(invoke, tmp_path, error_check):
    # 288 characters: under the byte guard (4 bytes a character), over the character limit
    path = _write(tmp_path, "big.txt", b"Russia launched 40 drones at Ukraine overnight. " * 6)
    error_check(invoke(["extract", path, "--max-chars", "200"]), contains="200")


def test_small_max_chars(invoke, tmp_path, error_check):
    path = _write(tmp_path, "big.txt", b"Russia launched 40 drones at Ukraine overnight. " * 3)
    error_check(invoke(["extract", path, "--max-chars", "40"]), contains="40")


def test_file_at_max_chars_is_accepted(invoke, tmp_path):
    text = "Russia launched 40 drones at Ukraine overnight."
    path = _write(tmp_path, "exact.txt", text.encode())
    run = invoke(["extract", path, "--max-chars", str(len(text))])
    assert run.exit_code == 0, str(run)


def test_missing_file(invoke, tmp_path, error_check):
    error_check(invoke(["extract", str(tmp_path / "no-such-file.txt")]),
                contains="no-such-file.txt")


def test_directory(invoke, tmp_path, error_check):
    error_check(invoke(["extract", str(tmp_path)]), contains="directory")


@pytest.mark.parametrize("published", ["yesterday", "2025-13-01", "03/09/2025", "2025-09-03T25:00"])
def test_bad_published(invoke, report_file, error_check, published):
    error_check(invoke(["extract", str(report_file), "--published", published]),
                contains="published")


def test_unsupported_language(invoke, report_file, error_check):
    error_check(invoke(["extract", str(report_file), "--lang", "xx"]), contains="xx")
