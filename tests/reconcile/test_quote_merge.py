"""One quote said once and reported by many outlets is one quote with many sources."""

from __future__ import annotations

from result_builders import quote, result, speaker
from sitrep.reconcile import merge_quotes, normalise_quote

ZELENSKY = speaker("Volodymyr Zelensky", "volodymyr-zelensky", "UA", "GOV")


def outlet(doc_id: str, published: str, *quotes: dict[str, object]) -> dict[str, object]:
    return result(doc_id, published=published, source=doc_id.title(),
                  url=f"https://{doc_id}.example/story", quotes=list(quotes))


def test_one_quote_in_three_outlets_is_one_quote_with_three_sources() -> None:
    said = "Russia must be stopped, and it will be stopped."
    docs = [outlet("wire", "2025-09-03T10:00+03:00", quote(f"“{said}”", ZELENSKY)),
            outlet("daily", "2025-09-03T12:00+03:00", quote(said.upper(), ZELENSKY, start=40)),
            outlet("weekly", "2025-09-04T08:00+03:00",
                   quote("Russia must be stopped", speaker("Zelensky", "volodymyr-zelensky")))]
    [merged] = merge_quotes(docs)
    assert merged.sources == ["wire", "daily", "weekly"]
    assert merged.mentions[0].document.url == "https://wire.example/story"
    assert merged.text == f"“{said}”" and merged.speaker == merged.mentions[0].speaker
    data = merged.to_dict()
    assert data["outlets"] == 3 and data["sources"][1]["start_char"] == 40


def test_different_speakers_or_words_stay_apart() -> None:
    other = speaker("Dmitry Peskov", "dmitry-peskov", "RU", "GOV")
    docs = [outlet("a", "2025-09-03T10:00+03:00", quote("We will respond.", ZELENSKY),
                   quote("We will respond.", other), quote("Talks are over.", ZELENSKY))]
    assert len(merge_quotes(docs)) == 3


def test_a_speaker_known_only_by_name_matches_by_name() -> None:
    docs = [outlet("a", "2025-09-03T10:00+03:00", quote("No comment.", speaker("Ihor Klymenko"))),
            outlet("b", "2025-09-03T11:00+03:00", quote("no comment", speaker("ihor  klymenko")))]
    assert [len(q.mentions) for q in merge_quotes(docs)] == [2]


def test_a_quote_without_speaker_does_not_join_an_attributed_one() -> None:
    docs = [outlet("a", "2025-09-03T10:00+03:00", quote("Unacceptable.", ZELENSKY)),
            outlet("b", "2025-09-03T11:00+03:00", quote("Unacceptable.", None))]
    assert len(merge_quotes(docs)) == 2


def test_containment_needs_whole_words() -> None:
    docs = [outlet("a", "2025-09-03T10:00+03:00", quote("The attack was unacceptable.", ZELENSKY)),
            outlet("b", "2025-09-03T11:00+03:00", quote("accept", ZELENSKY))]
    assert len(merge_quotes(docs)) == 2


def test_normalising_folds_case_quotes_and_punctuation() -> None:
    assert normalise_quote("«It was — one of the HARDEST nights,»") == \
        "it was one of the hardest nights"


def test_fragments_join_the_full_sentence_and_each_other_through_it() -> None:
    full = "We will rebuild every house, and we will remember every name."
    docs = [outlet("full", "2025-09-03T10:00+03:00", quote(full, ZELENSKY)),
            outlet("head", "2025-09-03T11:00+03:00", quote("We will rebuild every house",
                                                           ZELENSKY)),
            outlet("tail", "2025-09-03T12:00+03:00", quote("we will remember every name",
                                                           ZELENSKY)),
            outlet("other", "2025-09-03T13:00+03:00", quote("We will remember", ZELENSKY)),
            outlet("apart", "2025-09-03T14:00+03:00", quote("Every house will stand.",
                                                            ZELENSKY))]
    merged = merge_quotes(docs)
    assert [(q.text, q.sources) for q in merged] == [
        (full, ["full", "head", "tail", "other"]), ("Every house will stand.", ["apart"])]


def test_many_quotes_of_one_speaker_merge_only_when_the_same() -> None:
    # 3,000 different sentences that share most words, each reported twice
    docs = [outlet(f"o{n}", "2025-09-03T10:00+03:00",
                   quote(f"Statement number {n} about the grid.", ZELENSKY),
                   quote(f"statement number {n} about the grid", ZELENSKY, start=50))
            for n in range(3000)]
    merged = merge_quotes(docs)
    assert len(merged) == 3000
    assert {len(q.mentions) for q in merged} == {2}
