"""Throughput of sitrep against spaCy's tokenizer alone, in one process, on one corpus.

Measured (documents/s and words/s, median of ``--repeats`` interleaved runs):

(a) ``spacy.blank("en").pipe(texts)`` — the tokenizer, the floor sitrep is built on;
(b) ``Extractor().extract_stream(items)`` — the whole pipeline, streamed in batches;
(c) ``Extractor().extract(text, ...)`` called once per document.

The figure the project watches is b/a (target >= 0.3, aim 0.5). Every run is preceded by
one untimed-for-the-median pass over the corpus (printed as "first pass"), so the medians
are for warm tokenizer caches and loaded rules: the steady state of a long stream.

Usage::

    .venv/bin/python benchmarks/throughput.py            # 2,000 documents
    .venv/bin/python benchmarks/throughput.py --docs 500 --repeats 5
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator, Sequence

import spacy

from corpus import CorpusDocument, generate_labelled, word_count
from sitrep import Extractor, InputDocument

TOKENIZER = "(a) spacy.blank(lang) tokenizer"
TARGET_RATIO = 0.3
AIM_RATIO = 0.5


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--batch-size", type=int, default=64, help="extract_stream batch size")
    parser.add_argument("--lang", choices=("en", "uk"), default="en",
                        help="corpus language: English news or Ukrainian Air Force posts")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="call gc.freeze() after loading, as the sitrep command line does")
    args = parser.parse_args(argv)

    generate_labelled = _generator(args.lang)
    corpus = list(generate_labelled(args.docs, seed=args.seed))
    texts = [d.text for d in corpus]
    items = [InputDocument(d.text, published=d.published, source=d.source, id=d.id)
             for d in corpus]
    words = sum(word_count(t) for t in texts)
    generated_attacks = sum(d.is_attack_report for d in corpus)

    load_start = time.perf_counter()
    nlp = spacy.blank(args.lang)
    tokenizer_load = time.perf_counter() - load_start
    load_start = time.perf_counter()
    extractor = Extractor(language=args.lang)
    extractor_load = time.perf_counter() - load_start
    if args.gc_freeze:
        gc.freeze()  # the same for (a) and (b): both run in this process after this point

    with_attacks = 0

    def tokenizer() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    def stream() -> None:
        nonlocal with_attacks
        found = 0
        for result in extractor.extract_stream(items, batch_size=args.batch_size):
            if not isinstance(result, Exception) and result.attacks:
                found += 1
        with_attacks = found

    def single() -> None:
        for item in items:
            extractor.extract(item.text, published=item.published, source=item.source,
                              id=item.id)

    runs: dict[str, Callable[[], None]] = {
        TOKENIZER: tokenizer,
        "(b) Extractor.extract_stream": stream,
        "(c) Extractor.extract, one by one": single,
    }
    print(f"sitrep throughput ({args.lang}): {args.docs:,} documents, {words:,} words "
          f"({words / args.docs:.0f} words/doc), seed {args.seed}, batch size {args.batch_size}")
    print(f"python {platform.python_version()}, spaCy {importlib.metadata.version('spacy')}, "
          f"{os.cpu_count()} CPUs, load average before: {_load()}")
    print(f"load: spacy.blank('{args.lang}') {tokenizer_load:.2f} s, "
          f"Extractor() {extractor_load:.2f} s"
          f"; gc.freeze() after loading: {'yes' if args.gc_freeze else 'no'}")

    first = {name: _timed(fn) for name, fn in runs.items()}  # warm-up: caches, lazy imports
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeats):
        for name, fn in runs.items():
            times[name].append(_timed(fn))

    share_generated = generated_attacks / args.docs
    share_found = with_attacks / args.docs
    print(f"mix: {share_generated:.1%} generated as attack reports; "
          f"{share_found:.1%} with at least one attack extracted")
    print()
    header = (f"{'run':<36}{'docs/s':>10}{'words/s':>12}{'median s':>10}"
              f"{'min-max s':>14}{'first s':>9}{'vs (a)':>8}")
    print(header)
    print("-" * len(header))
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    base = medians[TOKENIZER]
    for name, ts in times.items():
        median = medians[name]
        spread = f"{min(ts):.2f}-{max(ts):.2f}"
        print(f"{name:<36}{args.docs / median:>10,.0f}{words / median:>12,.0f}{median:>10.2f}"
              f"{spread:>14}{first[name]:>9.2f}{base / median:>8.3f}")
    print()
    ratio = base / medians["(b) Extractor.extract_stream"]
    ratio_single = base / medians["(c) Extractor.extract, one by one"]
    cold = first[TOKENIZER] / first["(b) Extractor.extract_stream"]
    verdict = ("meets the aim" if ratio >= AIM_RATIO else "meets the target"
               if ratio >= TARGET_RATIO else "BELOW the target")
    print(f"ratio b/a (extract_stream / tokenizer, docs/s): {ratio:.3f} "
          f"(target >= {TARGET_RATIO}, aim {AIM_RATIO}): {verdict}")
    print(f"ratio c/a (extract one by one / tokenizer):     {ratio_single:.3f}")
    print(f"ratio b/a on the first pass (cold caches):      {cold:.3f}")
    print(f"load average after: {_load()} (medians of {args.repeats} interleaved runs)")
    _unseen(args, nlp, extractor)


def _generator(lang: str) -> Callable[..., Iterator[CorpusDocument]]:
    if lang == "uk":
        from corpus_uk import generate_labelled as uk

        return uk
    return generate_labelled


def _unseen(args: argparse.Namespace, nlp: spacy.language.Language,
            extractor: Extractor) -> None:
    """The same comparison on documents neither side has seen before, as in a live stream:
    spaCy's tokenizer caches every chunk it has seen, so re-running one corpus measures a
    tokenizer that only looks words up. Each repeat uses a fresh slice of the corpus."""
    slices = []
    for r in range(args.repeats):
        seed = args.seed + 1000 * (r + 1)
        corpus = list(_generator(args.lang)(args.docs, seed=seed))
        slices.append(corpus)
    ratios = []
    rows = []
    for corpus in slices:
        texts = [d.text for d in corpus]
        items = [InputDocument(d.text, published=d.published, source=d.source, id=d.id)
                 for d in corpus]
        words = sum(word_count(t) for t in texts)
        ta = _timed(lambda texts=texts: [None for _ in nlp.pipe(texts,
                                                                batch_size=args.batch_size)])
        tb = _timed(lambda items=items: [None for _ in extractor.extract_stream(
            items, batch_size=args.batch_size)])
        ratios.append(ta / tb)
        rows.append((args.docs / ta, words / ta, args.docs / tb, words / tb))
    print()
    print(f"unseen documents ({args.repeats} fresh slices of {args.docs:,}; each side sees "
          "each slice once):")
    for i, (da, wa, db, wb) in enumerate(rows):
        print(f"  slice {i + 1}: (a) {da:,.0f} docs/s {wa:,.0f} words/s   "
              f"(b) {db:,.0f} docs/s {wb:,.0f} words/s   b/a {ratios[i]:.3f}")
    ratio = statistics.median(ratios)
    verdict = ("meets the aim" if ratio >= AIM_RATIO else "meets the target"
               if ratio >= TARGET_RATIO else "BELOW the target")
    print(f"ratio b/a on unseen documents (median): {ratio:.3f} (target >= {TARGET_RATIO}, "
          f"aim {AIM_RATIO}): {verdict}")


if __name__ == "__main__":
    main()
