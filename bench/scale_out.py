"""Scaling out: the Guardian articles ingested as N shards, one process after another as N machines
would run them, then combined; against one ingest of the whole corpus.

Not a test: run by hand, copy the figures into the README.

    python bench/scale_out.py [--csv PATH] [--shards N]

Reports each shard's articles and seconds, the slowest shard (what N machines would wait for), the
time to combine the parts, and whether the combined store holds exactly the records of the single run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "guardian-2019" / "guardian_2019_sample.csv"


def _run(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sanderling.cli", *args], check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", default=str(DEFAULT_CSV), help="articles to ingest (default: the Guardian sample)")
    parser.add_argument("--shards", type=int, default=4, help="how many machines to simulate (default 4)")
    args = parser.parse_args()

    from sanderling.store import EventStore

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        whole = _run("ingest", args.csv, "--db", str(work / "whole.db"), "--quiet")
        parts = [work / f"part{k}.db" for k in range(1, args.shards + 1)]
        times = [_run("ingest", args.csv, "--db", str(part), "--quiet", "--shard", f"{k}/{args.shards}") for k, part in enumerate(parts, 1)]
        started = time.perf_counter()
        with EventStore.open(work / "all.db") as combined:
            for part in parts:
                combined.combine(part)
        combine = time.perf_counter() - started
        sizes = []
        for part in parts:
            with EventStore.open(part, read_only=True) as store:
                sizes.append(len(store))
        with EventStore.open(work / "whole.db", read_only=True) as one, EventStore.open(work / "all.db", read_only=True) as all_parts:
            same = one.query() == all_parts.query()
            records = len(one.query())
    print(f"one process, whole corpus: {whole:.1f} s")
    for k, (size, seconds) in enumerate(zip(sizes, times, strict=True), 1):
        print(f"shard {k}/{args.shards}: {size} articles, {seconds:.1f} s")
    print(f"slowest shard {max(times):.1f} s + combine {combine:.2f} s = {max(times) + combine:.1f} s "
          f"({whole / (max(times) + combine):.2f}x faster with {args.shards} machines; each run includes loading the model)")
    print(f"combined store identical to the single run: {same} ({records} records)")


if __name__ == "__main__":
    main()
