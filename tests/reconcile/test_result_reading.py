"""Reading results: what does not fit sitrep/1 is refused with the document and path."""

from __future__ import annotations

import pytest

from result_builders import drones_night, result
from sitrep.errors import InputError
from sitrep.reconcile import load_result, read_results, reconcile


def test_the_url_and_publication_time_are_read() -> None:
    doc = result("d", published="2025-09-03T10:00+03:00", url="https://example.org/a")
    read = load_result(doc).document
    assert (read.url, read.published_at is not None) == ("https://example.org/a", True)


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(schema="other/2"), "$.schema"),
    (lambda d: d["document"].pop("id"), "$.document.id"),
    (lambda d: d["attacks"][0]["weapons"][0]["launched"].update(value=-3), "launched.value"),
    (lambda d: d["attacks"][0]["weapons"][0]["launched"].update(qualifier="roughly"),
     "unknown qualifier"),
    (lambda d: d["attacks"][0]["period"].update(start="last night"), "period.start"),
    (lambda d: d.update(quotes="none"), "$.quotes"),
])
def test_a_bad_result_is_refused_naming_the_path(mutate: object, message: str) -> None:
    doc = drones_night("bad", "2025-09-03", launched=40)
    assert callable(mutate)
    mutate(doc)
    with pytest.raises(InputError, match=message.replace("$", r"\$").replace(".", r"\.")):
        reconcile([doc])


def test_json_lines_skip_bad_lines_and_go_on() -> None:
    import json

    good = json.dumps(drones_night("good", "2025-09-03", launched=40))
    lines = [good.encode(), b"{not json", b"", b"\xff\xfe", json.dumps({"schema": 1}).encode(),
             json.dumps(drones_night("also", "2025-09-04", launched=1))]
    read = list(read_results(lines))
    assert [n for n, _ in read] == [1, 2, 4, 5, 6]
    assert [isinstance(r, InputError) for _, r in read] == [False, True, True, True, False]
