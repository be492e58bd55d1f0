"""What each stage of the journey costs, as a share of the whole pipeline's time.

Not a test: run by hand, copy the figures into the README.

    python bench/stages.py [--csv PATH] [--limit N]

The articles are parsed first (timed as one stage), then each later stage is
timed on its own over the same parses: times (TIMEX3 tagging), actors
(mentions, resolution, coreference), places (recognition and geocoding) and
events (triggers, arguments, status, dating, placing). The issues ask that
tagging, actor resolution and geocoding each add no more than 10 % to the
pipeline's time.
"""

from __future__ import annotations

import argparse
import time

from throughput import DEFAULT_CSV  # bench/ is the script's own folder, so first on the path



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", default=str(DEFAULT_CSV), help="articles to code (SPEC §1 CSV)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args()

    from sanderling.actors import ActorTables
    from sanderling.parse import load_nlp
    from sanderling.pipeline import analyse
    from sanderling.read import read_paths
    from sanderling.stages import STAGES, Analysis

    documents = [d for d in read_paths([args.csv]) if not hasattr(d, "problem")]
    documents = documents[: args.limit] if args.limit else documents
    nlp, tables = load_nlp(), ActorTables.load()
    analyse(nlp(documents[0].text), documents[0], tables=tables)  # load lexicons, tables and the gazetteer first

    seconds = {"parse": 0.0} | {name: 0.0 for name, _ in STAGES}
    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in documents), batch_size=16))
    seconds["parse"] = time.perf_counter() - started
    for doc, document in zip(parsed, documents):
        analysis = Analysis(doc, document, tables)
        for name, stage in STAGES:
            started = time.perf_counter()
            stage(analysis)
            seconds[name] += time.perf_counter() - started

    total = sum(seconds.values())
    print(f"{len(documents)} articles, {total:.1f} s in all")
    print(f"{'stage':<8} {'seconds':>8} {'share':>7}")
    for stage, spent in seconds.items():
        print(f"{stage:<8} {spent:>8.2f} {spent / total:>7.1%}")


if __name__ == "__main__":
    main()
