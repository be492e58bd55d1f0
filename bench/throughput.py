"""Throughput and peak memory of the sanderling pipeline against spaCy alone.

Not a test: run by hand, copy the figures into the README.

    python bench/throughput.py [--csv PATH] [--n-process N]

With ``--n-process 2`` spaCy parses on two processes and sanderling runs its
whole journey on two (``sanderling code --jobs 2``).

Each measurement runs in a fresh child process so peak memory (ru_maxrss)
belongs to that measurement alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "guardian-2019" / "guardian_2019_sample.csv"


def _measure(kind: str, csv_path: str, n_process: int) -> dict[str, float]:
    import spacy

    from sanderling.parse import MODEL_PACKAGE
    from sanderling.read import read_paths

    documents = [d for d in read_paths([csv_path]) if not hasattr(d, "problem")]
    nlp = spacy.load(MODEL_PACKAGE)  # the model as shipped: spaCy alone, without sanderling's array rules
    if kind == "sanderling":
        from sanderling.pipeline import code_documents

        list(code_documents(documents[:1]))  # load lexicons and tables before the clock starts
        started, cpu_started = time.perf_counter(), time.process_time()
        events = sum(len(e) for _, e in code_documents(documents, n_process=n_process))
    else:
        list(nlp.pipe([documents[0].text]))
        started, cpu_started = time.perf_counter(), time.process_time()
        events = sum(1 for _ in nlp.pipe((d.text for d in documents), batch_size=16, n_process=n_process))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    # With several processes each worker holds its own copy of what it touches: report the largest process.
    peak_mb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    return {"articles": len(documents), "seconds": elapsed, "articles_per_s": len(documents) / elapsed, "peak_mb": peak_mb, "events": events, "cpu_seconds": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", default=str(DEFAULT_CSV), help="articles to code (SPEC §1 CSV)")
    parser.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe in both runs")
    parser.add_argument("--child", choices=("spacy", "sanderling"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child, args.csv, args.n_process)))
        return
    results = {}
    for kind in ("spacy", "sanderling"):
        output = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--csv", args.csv, "--n-process", str(args.n_process)],
            check=True, capture_output=True, text=True,
        ).stdout
        results[kind] = json.loads(output.strip().splitlines()[-1])
    spacy_rate, ours = results["spacy"]["articles_per_s"], results["sanderling"]
    print(f"{'':<12} {'articles':>8} {'seconds':>8} {'CPU s':>8} {'art/s':>7} {'peak MB':>8}")
    for kind, row in results.items():
        # With several processes the parent's CPU time leaves out the workers', so it is not shown.
        cpu = f"{row['cpu_seconds']:>8.1f}" if args.n_process == 1 else f"{'-':>8}"
        print(f"{kind:<12} {row['articles']:>8} {row['seconds']:>8.1f} {cpu} {row['articles_per_s']:>7.2f} {row['peak_mb']:>8.0f}")
    print(f"ratio sanderling/spaCy throughput: {ours['articles_per_s'] / spacy_rate:.2f}  ({ours['events']} events)")
    if args.n_process == 1:
        # On a shared machine wall time moves with the neighbours' load; CPU time of one process much less so.
        print(f"ratio by CPU time: {results['spacy']['cpu_seconds'] / ours['cpu_seconds']:.2f}")


if __name__ == "__main__":
    main()
