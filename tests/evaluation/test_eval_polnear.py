"""The ``polnear`` set: quotes and speakers against BRAT attributions.

A tiny hand-made article with two annotation files (no ../shared); the quotes are built by
hand or come from a stub extractor, so these tests check reading and scoring, not the
extractor's rules.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from sitrep.api import InputDocument
from sitrep.errors import EvalError, InputError
from sitrep.evaluation.formats import detect_format, gold_name
from sitrep.evaluation.gate import load_floors
from sitrep.evaluation.polnear import (
    GoldAttribution,
    QuoteTally,
    gold_kind,
    load_polnear,
    parse_ann,
    same_speaker,
    score_polnear,
    text_id_of,
)
from sitrep.evaluation.report import render_text
from sitrep.evaluation.runner import evaluate
from sitrep.model import Actor, DocumentMeta, DocumentResult, Quote

TEXT = (
    "Storm over the harbour bill\n"
    'The mayor said the harbour bill was "a gift to the shipping lobby." '
    "She added that the vote should wait until spring.\n"
    "The costs were questioned. "
    "Residents worry, local radio reported, that the quay will close.\n"
    "The ministry’s spokesman, Piet Claes, insisted: “We will publish every figure.”\n"
)


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


class Ann:
    """Writes BRAT lines with offsets looked up in the text."""

    def __init__(self, text: str = TEXT) -> None:
        self.text = text
        self.lines: list[str] = []
        self.n = 0

    def t(self, label: str, *phrases: str) -> str:
        self.n += 1
        spans = [at(p, self.text) for p in phrases]
        offsets = ";".join(f"{s} {e}" for s, e in spans)
        surface = " ".join(self.text[s:e] for s, e in spans)
        self.lines.append(f"T{self.n}\t{label} {offsets}\t{surface}")
        return f"T{self.n}"

    def e(self, eid: str, trigger: str, cue: str, content: tuple[str, ...] | None,
          source: str | None, *, label: str = "Attribution") -> None:
        args = [f"{label}:{self.t(label, trigger)}", f"Cue:{self.t('Cue', cue)}"]
        if content is not None:
            args.append(f"Content:{self.t('Content', *content)}")
        if source is not None:
            args.append(f"Source:{self.t('Source', source)}")
        self.lines.append(f"{eid}\t{' '.join(args)}")

    def __str__(self) -> str:
        return "\n".join(self.lines) + "\n"


def first_annotator() -> Ann:
    ann = Ann()
    ann.e("E1", "said", "said", ('the harbour bill was "a gift to the shipping lobby."',),
          "The mayor")
    ann.e("E2", "added", "added", ("that the vote should wait until spring",), "She")
    ann.e("E3", "were questioned", "were questioned", ("The costs",), None,
          label="Attribution-no-source")
    ann.e("E4", "reported", "reported", ("Residents worry", "that the quay will close"),
          "local radio")
    ann.e("E5", "insisted", "insisted", ("We will publish every figure.",),
          "The ministry’s spokesman, Piet Claes,")
    ann.lines.append("E6\tAttribution-no-source:T1 ")          # no content: set aside
    ann.t("Discuss", "Storm over the harbour bill")           # not an attribution
    return ann


def second_annotator() -> Ann:
    ann = Ann()
    ann.e("E1", "added", "added", ("that the vote should wait until spring",), "She")
    ann.e("E2", "insisted", "insisted", ("We will publish every figure.",), "Piet Claes")
    return ann


def split_dir(tmp_path: Path, text: str = TEXT) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / "story_ab12.ann").write_text(str(first_annotator()),
                                                          encoding="utf-8")
    (root / "attributions" / "story_cd34.ann").write_text(str(second_annotator()),
                                                          encoding="utf-8")
    return root


def actor(phrase: str, name: str | None = None) -> Actor:
    start, end = at(phrase)
    return Actor(name or phrase, phrase, start, end)


def quote(phrase: str, kind: str, speaker: Actor | None) -> Quote:
    start, end = at(phrase)
    return Quote(phrase, start, end, kind, speaker)


def predicted() -> list[Quote]:
    mayor_words = Actor("the mayor", "The mayor", *at("The mayor"))
    return [
        quote('"a gift to the shipping lobby."', "direct", actor("mayor")),       # right
        quote("the vote should wait until spring", "indirect", mayor_words),     # speaker wrong
        quote("We will publish every figure.", "direct",
              Actor("Piet Claes", "Claes", 0, 0)),                                # right by word
        quote("Storm over the harbour bill", "direct", None),                    # no gold
        quote("The costs were questioned", "indirect", None),                    # no source: right
        quote("the quay will close", "indirect", actor("local radio")),          # right
        quote("a gift to the shipping lobby", "direct", actor("The mayor")),     # right again
    ]


# -- reading -----------------------------------------------------------------------------


def test_parse_ann_reads_attributions_and_checks_spans() -> None:
    parsed = parse_ann(str(first_annotator()), TEXT, name="story_ab12.ann")
    assert parsed.mismatches == []
    assert parsed.spans_checked == 20
    assert parsed.skipped == ["story_ab12.ann: E6 has no Content"]
    by_id = {a.id: a for a in parsed.attributions}
    assert sorted(by_id) == ["E1", "E2", "E3", "E4", "E5"]
    assert by_id["E1"].source_text == "The mayor" and by_id["E1"].kind == "direct"
    assert by_id["E2"].kind == "indirect"
    assert by_id["E3"].source == () and by_id["E3"].kind == "indirect"
    four = by_id["E4"]
    assert len(four.content) == 2
    assert four.content_text == "Residents worry that the quay will close"
    assert by_id["E5"].kind == "direct"      # the marks lie outside the span


def test_parse_ann_reports_a_span_whose_text_differs() -> None:
    start, end = at("The mayor")
    parsed = parse_ann(f"T1\tSource {start} {end}\tThe Mayor\n", TEXT, name="x.ann")
    assert len(parsed.mismatches) == 1 and "'The Mayor'" in parsed.mismatches[0]


def test_content2_is_more_of_the_content() -> None:
    a, b = at("Residents worry"), at("that the quay will close")
    content = (f"T1\tContent {a[0]} {a[1]}\tResidents worry\n"
               f"T2\tContent {b[0]} {b[1]}\tthat the quay will close\n"
               "E1\tAttribution:T1 Content:T1 Content2:T2\n")
    [only] = parse_ann(content, TEXT).attributions
    assert only.content == (a, b)


@pytest.mark.parametrize(("content", "message"), [
    ("T1\tSource 5\tx\n", "not a BRAT text-bound line"),
    ("T1\tSource 5 9999\tx\n", "outside the text"),
    ("T1\tSource 0 5\tStorm\nE1\tAttribution:T1 Content:T7\n", "refers to unknown span"),
    ("E1\tAttribution\n", "not a BRAT event argument"),
])
def test_parse_ann_errors(content: str, message: str) -> None:
    with pytest.raises(EvalError, match=message):
        parse_ann(content, TEXT, name="bad.ann")


def test_offsets_count_carriage_returns(tmp_path: Path) -> None:
    text = TEXT.replace("\n", "\r\n")
    root = tmp_path / "crlf"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_bytes(text.encode("utf-8"))
    ann = Ann(text)
    ann.e("E1", "insisted", "insisted", ("We will publish every figure.",), "Piet Claes")
    (root / "attributions" / "story_ab12.ann").write_bytes(str(ann).encode("utf-8"))
    gold = load_polnear(root)
    assert gold.mismatches == [] and gold.texts[0].text == text
    assert gold.annotations[0].attributions[0].content_text == "We will publish every figure."


def test_load_polnear_maps_annotation_files_to_articles(tmp_path: Path) -> None:
    gold = load_polnear(split_dir(tmp_path))
    assert [t.id for t in gold.texts] == ["story"]
    assert [(a.name, a.text_id, len(a.attributions)) for a in gold.annotations] == [
        ("story_ab12", "story", 5), ("story_cd34", "story", 2)]
    assert text_id_of("story_ef2d", ["story"]) == "story"
    assert text_id_of("story", ["story"]) == "story"
    assert text_id_of("other_ef2d", ["story"]) is None


def test_load_polnear_errors(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not a PolNeAR split directory"):
        load_polnear(tmp_path)
    root = split_dir(tmp_path)
    (root / "attributions" / "orphan_ab12.ann").write_text("", encoding="utf-8")
    with pytest.raises(EvalError, match="no text for it"):
        load_polnear(root)


# -- direct or indirect, same speaker ----------------------------------------------------


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ('He said "we will win" today.', '"we will win"', "direct"),
    ('He said "we will win" today.', "we will win", "direct"),
    ("He called it a “huge win” for voters.", "it a “huge win” for voters", "direct"),
    ("Trump 'absolutely right' on generals", "Trump 'absolutely right' on generals",
     "direct"),
    ("She said Clinton’s plan and the workers’ rights matter.",
     "Clinton’s plan and the workers’ rights matter", "indirect"),
    ("“We won,” he said. Critics said the vote was rigged.", "the vote was rigged",
     "indirect"),
    ("“We won.” Critics said the vote was rigged.", "Critics said", "indirect"),
    ("''We must not overreact,'' he said.", "'We must not overreact,", "direct"),
])
def test_gold_kind(text: str, phrase: str, kind: str) -> None:
    assert gold_kind(text, (at(phrase, text),)) == kind


def gold(source: str | None) -> GoldAttribution:
    return GoldAttribution("E1", (at("We will publish every figure."),),
                           () if source is None else (at(source),),
                           "We will publish every figure.", source or "", "direct")


def test_same_speaker() -> None:
    claes = gold("The ministry’s spokesman, Piet Claes,")
    assert same_speaker(actor("Piet Claes"), claes)                    # overlapping span
    assert same_speaker(Actor("Piet Claes", "Claes", 0, 0), claes)      # last word
    assert same_speaker(Actor("Claes", "he", 0, 0), claes)              # actor name
    assert same_speaker(Actor("x", "the ministry’s spokesman, piet claes,", 0, 0), claes)
    assert not same_speaker(Actor("Mayor", "The mayor", 0, 0), claes)
    assert not same_speaker(None, claes)
    assert not same_speaker(Actor("Anna Berg", "she", 0, 0), gold("Piet Claes"))
    assert same_speaker(Actor("Anna Claes", "Anna Claes", 0, 0), gold("Claes"))
    assert same_speaker(None, gold(None))
    assert not same_speaker(actor("Piet Claes"), gold(None))


def elsewhere(source: str) -> GoldAttribution:
    """An attribution whose source lies away from the speakers of the test (no overlap)."""
    return GoldAttribution("E1", ((0, 5),), ((500, 500 + len(source)),), "We won", source,
                           "direct")


def test_same_speaker_by_words_is_the_same_entity_only() -> None:
    """A name matches another mention of it; a pronoun or a common noun elsewhere does not
    (it may be someone else), nor does a name inside a longer phrase of another head."""
    gold = elsewhere
    assert same_speaker(Actor("Donald Trump", "he", 0, 0), gold("Trump"))   # resolved name
    assert same_speaker(Actor("Jason Chaffetz", "Chaffetz", 0, 0),
                        gold("Rep. Jason Chaffetz (R-Utah)"))                # parentheses aside
    assert same_speaker(Actor("Mr. Obama", "Mr. Obama", 0, 0), gold("President Obama"))
    assert not same_speaker(Actor("he", "he", 0, 0), gold("he"))              # another "he"
    assert not same_speaker(Actor("a source", "a source", 0, 0), gold("another source"))
    assert not same_speaker(Actor("the Trump campaign", "the Trump campaign", 0, 0),
                            gold("Trump"))
    assert same_speaker(Actor("the Kremlin", "the Kremlin", 0, 0), gold("The Kremlin"))


# -- scoring -----------------------------------------------------------------------------


def test_score_polnear(tmp_path: Path) -> None:
    report = score_polnear(load_polnear(split_dir(tmp_path)), {"story": predicted()})
    rows = {row.name: row.tally for row in report.rows}
    # story_ab12: 5 of 7 quotes right, 4 of 5 attributions matched (E2: speaker wrong);
    # story_cd34: 1 of 7 right (Claes), 1 of 2 matched.
    assert (rows["quote"].tp, rows["quote"].fp, rows["quote"].fn) == (6, 8, 2)
    m = report.metrics()
    assert m["quote.precision"] == pytest.approx(6 / 14)
    assert m["quote.recall"] == pytest.approx(5 / 7)
    assert m["quote.f1"] == pytest.approx(2 * (6 / 14) * (5 / 7) / (6 / 14 + 5 / 7))
    assert m["quote.direct.precision"] == pytest.approx(4 / 8)
    assert m["quote.direct.recall"] == 1.0
    assert m["quote.indirect.precision"] == pytest.approx(2 / 6)
    assert m["quote.indirect.recall"] == pytest.approx(2 / 4)
    assert m["content.precision"] == pytest.approx(8 / 14)
    assert m["content.recall"] == 1.0
    assert m["speaker.accuracy"] == pytest.approx(6 / 8)
    assert m["kind.accuracy"] == 1.0
    assert report.documents == 2 and report.unit == "annotation files of 1 articles"
    assert any("several annotation files" in n for n in report.notes)
    assert "28 spans checked against the text of the .ann files: 0 differ" in report.notes
    assert any("E6 has no Content" in n for n in report.notes)
    wrong = [m for m in report.misses if m.startswith("wrong")]
    missed = [m for m in report.misses if m.startswith("missed")]
    assert len(wrong) == 2 + 6 and len(missed) == 2
    assert any("'Storm over the harbour bill'" in w and "no gold content overlaps" in w
               for w in wrong)
    assert any("story_ab12 E2" in w and "content found with speaker 'The mayor'" in w
               for w in missed)


def test_nothing_predicted_is_zero_recall_and_unmeasured_precision(tmp_path: Path) -> None:
    report = score_polnear(load_polnear(split_dir(tmp_path)), {})
    m = report.metrics()
    assert m["quote.recall"] == 0.0 and m["quote.precision"] is None
    assert m["quote.f1"] == 0.0 and m["speaker.accuracy"] is None


def test_quote_tally() -> None:
    total = QuoteTally(2, 1, 3, 1) + QuoteTally(1, 0, 0, 1)
    assert total == QuoteTally(3, 1, 3, 2)
    assert total.precision == 0.75 and total.recall == 0.4
    assert QuoteTally().f1 is None


# -- registration and the runner ---------------------------------------------------------


class StubExtractor:
    """Every article yields the hand-made quotes of :func:`predicted`."""

    def __init__(self) -> None:
        self.seen: list[InputDocument] = []

    def extract_stream(self, items: Iterable[InputDocument]
                       ) -> Iterator[DocumentResult | InputError]:
        for item in items:
            self.seen.append(item)
            yield DocumentResult(DocumentMeta(id=item.id or "?"), quotes=predicted())


def test_polnear_end_to_end(tmp_path: Path) -> None:
    root = split_dir(tmp_path)
    assert detect_format(root) == "polnear"
    assert gold_name(root, "polnear") == "polnear"
    stub = StubExtractor()
    report = evaluate(root, extractor=stub)  # type: ignore[arg-type]
    assert [(d.id, d.language, d.published) for d in stub.seen] == [("story", "en", None)]
    assert report.name == "polnear" and report.metrics()["quote.recall"] == pytest.approx(5 / 7)
    limited = evaluate(root, fmt="polnear", limit=1,
                       extractor=StubExtractor())  # type: ignore[arg-type]
    assert "--limit 1: only the first 1 articles" in limited.notes[-1]
    out = io.StringIO()
    render_text(report, out, show_misses=True)
    shown = out.getvalue()
    assert "quote.direct" in shown and "content.indirect" in shown and "misses (10)" in shown


def test_refused_article_is_an_error_not_a_crash(tmp_path: Path) -> None:
    class Refusing:
        def extract_stream(self, items: Iterable[InputDocument]
                           ) -> Iterator[DocumentResult | InputError]:
            for _ in items:
                yield InputError("empty text")

    report = evaluate(split_dir(tmp_path), fmt="polnear",
                      extractor=Refusing())  # type: ignore[arg-type]
    assert report.errors == ["story: E100: empty text"]
    assert report.metrics()["quote.recall"] == 0.0


def test_polnear_floors_name_real_metrics(tmp_path: Path) -> None:
    floors = load_floors(Path(__file__).parents[2] / "eval" / "floors.json")
    metrics = score_polnear(load_polnear(split_dir(tmp_path)), {}).metrics()
    assert set(floors.get("polnear", {})) <= set(metrics)
