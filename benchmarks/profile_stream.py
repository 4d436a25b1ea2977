"""Where ``extract_stream`` spends its time: cProfile tables and a per-step breakdown.

Runs ``Extractor().extract_stream`` over ``--docs`` generated documents (default 500)
under cProfile, after a warm-up over other documents, and prints the top functions by
cumulative and by own (total) time. Then times each pipeline step separately (the
tokenizer, then every component in ``nlp.pipeline``), without the profiler's overhead.

Usage::

    .venv/bin/python benchmarks/profile_stream.py
    .venv/bin/python benchmarks/profile_stream.py --docs 1000 --top 25
    .venv/bin/python benchmarks/profile_stream.py --lang uk   # Ukrainian Air Force posts
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Sequence

from corpus import generate_labelled
from sitrep import Extractor, InputDocument


def _items(n: int, seed: int, lang: str) -> list[InputDocument]:
    if lang == "uk":
        from corpus_uk import generate_labelled as generate
    else:
        generate = generate_labelled
    return [InputDocument(d.text, published=d.published, source=d.source, id=d.id,
                          language=lang)
            for d in generate(n, seed=seed)]


def _print_stats(profile: cProfile.Profile, key: str, top: int) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats(key).print_stats(top)
    # Keep the table, drop pstats' preamble; shorten site-packages paths.
    text = out.getvalue()
    table = text[text.index("   ncalls"):] if "   ncalls" in text else text
    for line in table.rstrip().splitlines():
        print(line.replace(_site_packages(), "").rstrip())


def _site_packages() -> str:
    import spacy

    path = spacy.__file__
    return path[: path.index("spacy/")] if "spacy/" in path else ""


def _step_times(extractor: Extractor, items: list[InputDocument]) -> None:
    """Time the tokenizer and each component, as ``Extractor.extract`` runs them."""
    totals: dict[str, float] = {"make_doc (tokenizer + input checks)": 0.0}
    totals.update({name: 0.0 for name in extractor.nlp.pipe_names})
    clock = time.perf_counter
    for item in items:
        start = clock()
        # A private method, used here so that each document is set up exactly as in
        # Extractor.extract (publication time, id); the benchmark is not a client.
        doc, _meta = extractor._make_doc(item)
        now = clock()
        totals["make_doc (tokenizer + input checks)"] += now - start
        for name, step in extractor.nlp.pipeline:
            start = now
            doc = step(doc)
            now = clock()
            totals[name] += now - start
    whole = sum(totals.values())
    print(f"per-step time over {len(items)} documents (one by one, no profiler):")
    for name, seconds in totals.items():
        print(f"  {name:<40}{seconds:>8.3f} s{seconds / whole:>8.1%}"
              f"{len(items) / seconds if seconds else 0:>12,.0f} docs/s")
    print(f"  {'all':<40}{whole:>8.3f} s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="documents (default 500)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument("--top", type=int, default=15, help="rows per table (default 15)")
    parser.add_argument("--lang", choices=("en", "uk"), default="en",
                        help="corpus language: English news or Ukrainian Air Force posts")
    args = parser.parse_args(argv)

    extractor = Extractor(language=args.lang)
    for _ in extractor.extract_stream(_items(200, args.seed + 1000, args.lang)):  # warm-up
        pass
    items = _items(args.docs, args.seed, args.lang)
    profile = cProfile.Profile()
    profile.enable()
    for _ in extractor.extract_stream(items):
        pass
    profile.disable()
    print(f"cProfile of extract_stream over {args.docs} documents (seed {args.seed})")
    print(f"\n-- top {args.top} by cumulative time --")
    _print_stats(profile, "cumulative", args.top)
    print(f"\n-- top {args.top} by total (own) time --")
    _print_stats(profile, "tottime", args.top)
    print()
    _step_times(extractor, items)


if __name__ == "__main__":
    main()
