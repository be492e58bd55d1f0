"""Normalisers by rule name: each rule of ``data/patterns.tsv`` has one, registered with ``@normaliser``."""

from __future__ import annotations

import re
from collections.abc import Callable

from sanderling.times.context import Context, Norm

Normaliser = Callable[[re.Match[str], Context], Norm | None]
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(*rules: str) -> Callable[[Normaliser], Normaliser]:
    def register(func: Normaliser) -> Normaliser:
        for rule in rules:
            NORMALISERS[rule] = func
        return func

    return register
