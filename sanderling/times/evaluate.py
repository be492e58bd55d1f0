"""Score the tagger on TimeML files the way TempEval-3 did.

Extents: strict (same characters) and relaxed (overlapping) precision, recall and F1.
Attributes (type, value): a relaxed match counts when the system carries the gold
attribute; P = correct / system expressions, R = correct / gold expressions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanderling.evaluate.figures import precision_recall_f1
from sanderling.model import Timex
from sanderling.times.timeml import TimeMLDoc, read_tml, tml_paths

Tagger = Callable[[str, date], list[Timex]]


@dataclass
class TimexScores:
    """Counts over a set of TimeML documents, and the TempEval-3 figures they give.

    ``errors`` lists (file, kind, gold, system) for every miss, spurious match or
    wrong attribute, for error analysis; it is not part of ``as_dict()``.
    """

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    errors: list[tuple[str, str, Timex | None, Timex | None]] = field(default_factory=list, repr=False)

    def figures(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, correct in (("strict", self.strict), ("relaxed", self.relaxed),
                              ("type", self.type_correct), ("value", self.value_correct)):
            out[f"{name}_precision"], out[f"{name}_recall"], out[f"{name}_f1"] = precision_recall_f1(correct, self.system, correct, self.gold)
        return out

    def as_dict(self) -> dict[str, Any]:
        counts = {k: getattr(self, k) for k in ("documents", "gold", "system", "strict", "relaxed", "type_correct", "value_correct")}
        return {**counts, **self.figures()}

    def format_table(self) -> str:
        """A readable table: one row per measure, columns P, R, F1."""
        f = self.figures()
        lines = [f"{self.documents} documents, {self.gold} gold and {self.system} system expressions",
                 f"{'':<16}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, label in (("strict", "strict extent"), ("relaxed", "relaxed extent"), ("type", "type"), ("value", "value")):
            lines.append(f"{label:<16}{f[name + '_precision']:>8.3f}{f[name + '_recall']:>8.3f}{f[name + '_f1']:>8.3f}")
        return "\n".join(lines)

    def add(self, name: str, gold: list[Timex], system: list[Timex]) -> None:
        """Match one document's expressions one-to-one (exact spans first, then greatest overlap)."""
        self.documents += 1
        self.gold += len(gold)
        self.system += len(system)
        pairs: dict[int, int] = {}
        used: set[int] = set()
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                if si not in used and (s.start, s.end) == (g.start, g.end):
                    pairs[gi] = si
                    used.add(si)
                    break
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            best, best_overlap = None, 0
            for si, s in enumerate(system):
                overlap = min(s.end, g.end) - max(s.start, g.start)
                if si not in used and overlap > best_overlap:
                    best, best_overlap = si, overlap
            if best is not None:
                pairs[gi] = best
                used.add(best)
        for gi, g in enumerate(gold):
            si = pairs.get(gi)
            if si is None:
                self.errors.append((name, "missed", g, None))
                continue
            s = system[si]
            self.relaxed += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.type_correct += s.type == g.type
            self.value_correct += s.value == g.value
            if (s.start, s.end) != (g.start, g.end):
                self.errors.append((name, "extent", g, s))
            if s.value != g.value or s.type != g.type:
                self.errors.append((name, "value", g, s))
        for si, s in enumerate(system):
            if si not in used:
                self.errors.append((name, "spurious", None, s))


def score_documents(docs: Iterable[TimeMLDoc], tagger: Tagger | None = None) -> TimexScores:
    """Tag each document's text with ``tagger`` (default ``tag_times``) against its DCT and score it."""
    if tagger is None:
        from sanderling.times.tagger import tag_times

        tagger = tag_times
    scores = TimexScores()
    for doc in docs:
        scores.add(doc.path.name, list(doc.timexes), tagger(doc.text, doc.dct))
    return scores


def evaluate_timex(paths: Path | str | Iterable[Path], *, nlp: Any = None) -> TimexScores:
    """Score ``tag_times`` on ``.tml`` files: a directory (searched recursively), a file, or several.

    With ``nlp`` (e.g. ``sanderling.parse.load_nlp()``) tense comes from the parse.

    Example: ``print(evaluate_timex("../shared/data/tempeval3/platinum").format_table())``
    """
    from sanderling.times.tagger import tag_times

    files = tml_paths(paths if isinstance(paths, (str, Path)) else list(paths))
    if not files:
        raise ValueError(f"no .tml files found in {paths}; give a TimeML directory or .tml files")
    if nlp is None:
        return score_documents((read_tml(p) for p in files), tag_times)
    return score_documents((read_tml(p) for p in files), lambda text, dct: tag_times(text, dct, doc=nlp(text)))
