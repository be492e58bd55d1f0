"""Measure the gazetteer: ``python -m sanderling.places.measure``.

Prints the load time, the memory the load adds (peak traced by tracemalloc, and
growth of the process's maximum resident set), and microseconds per lookup and
per ``resolve_place``. Run it in a fresh process: the gazetteer is cached.
"""

from __future__ import annotations

import resource
import time
import tracemalloc

NAMES = ("Paris", "Kabul", "Gorazde", "Oklahoma", "Idlib province", "Khatmandu", "European", "Bangor, Maine")


def main() -> None:
    import sanderling.places.resolve  # noqa: F401  (imports are not the gazetteer's cost)
    from sanderling.places import Gazetteer, resolve_place

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    gazetteer = Gazetteer.load(use_cache=False)
    load_seconds = time.perf_counter() - started
    rss_added = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    del gazetteer

    tracemalloc.start()
    Gazetteer.load(use_cache=False)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    Gazetteer.load()  # writes the per-user snapshot if there is none yet
    started = time.perf_counter()
    Gazetteer.load()
    cached_seconds = time.perf_counter() - started

    gazetteer = Gazetteer.default()
    rounds = 20_000
    started = time.perf_counter()
    for _ in range(rounds // len(NAMES)):
        for name in NAMES:
            gazetteer.candidates(name)
    lookup_us = (time.perf_counter() - started) / rounds * 1e6
    started = time.perf_counter()
    for _ in range(rounds // len(NAMES) // 10):
        for name in NAMES:
            resolve_place(name, gazetteer=gazetteer)
    resolve_us = (time.perf_counter() - started) / (rounds // 10) * 1e6

    print(f"places: {len(gazetteer):,}")
    print(f"load time: {load_seconds:.2f} s from the data files, {cached_seconds:.2f} s from the snapshot cache")
    print(f"memory added: {rss_added:.0f} MB max RSS, {peak / 1e6:.0f} MB peak traced")
    print(f"candidates(): {lookup_us:.1f} µs per lookup; resolve_place(): {resolve_us:.1f} µs per name")


if __name__ == "__main__":
    main()
