"""Shards of a corpus: the documents one of N machines codes when a corpus outgrows one.

Every machine reads the same inputs and keeps the documents whose ``doc_id`` hashes to its shard, so
no list of documents has to be shared beforehand and a document always lands on the same machine.
Each codes into its own store; ``sanderling combine`` puts the stores together.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``number`` of ``count`` (1-based, as ``2/4`` is written)."""

    number: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> Shard:
        """``"2/4"`` -> Shard(2, 4); raises ValueError saying what a shard looks like."""
        match = _SPEC.fullmatch(spec)
        if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
            raise ValueError(f"shard {spec!r}: write K/N with 1 <= K <= N, e.g. 2/4 for the second of four machines")
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, doc_id: str) -> bool:
        """Whether the document ``doc_id`` is this shard's; a stable hash, the same on every machine and run."""
        digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big") % self.count == self.number - 1
