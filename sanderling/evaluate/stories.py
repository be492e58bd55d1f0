"""Score the pipeline on stories labelled with their main PLOVER event type (one label per story).

A story counts as found when the pipeline codes at least one event of its label's type, whatever its
status except negated. This measures reach across the 16 types and the varied phrasing of many writers,
not exact coding: a story labelled PROTEST may well report an arrest too, so other events are not errors.

Input: a CSV with at least the columns ``text`` and ``label`` (a PLOVER type), and optionally ``mode``;
the synthetic PLOVER stories in ``../shared/data/synthetic-plover/synthetic_events.csv`` have this form.
``sample`` takes that many stories of each label (the first ones of a seeded shuffle), so that a quick
run weighs every type alike.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanderling.evaluate.figures import share
from sanderling.model import PLOVER_EVENTS, Document
from sanderling.read import InputError, InputRejected

# Stories carry no publication date; the type of an event does not depend on one.
_UNDATED = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class LabelledStory:
    story_id: str
    text: str
    label: str
    mode: str | None


@dataclass
class StoriesReport:
    """Per label: stories, stories in which an event of the label's type was coded, and of those with a mode,
    how many had an event of that type and mode."""

    stories: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    with_mode: Counter[str] = field(default_factory=Counter)
    mode_found: Counter[str] = field(default_factory=Counter)

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        per_type = {label: share(self.found[label], n) for label, n in sorted(self.stories.items())}
        values = [v for v in per_type.values() if v is not None]
        return {
            "stories": sum(self.stories.values()),
            "document_recall": share(sum(self.found.values()), sum(self.stories.values())),
            "macro_document_recall": round(sum(values) / len(values), 4) if values else None,
            "mode_recall": share(sum(self.mode_found.values()), sum(self.with_mode.values())),
            "per_type": per_type,
        }

    def format_table(self, *, errors: bool = False) -> str:
        figures = self.as_dict()
        lines = [f"{'type':<10} {'stories':>8} {'found':>6} {'share':>6}"]
        for label, n in sorted(self.stories.items(), key=lambda item: figures["per_type"][item[0]] or 0):
            lines.append(f"{label:<10} {n:>8} {self.found[label]:>6} {figures['per_type'][label]:>6.3f}")
        lines.append("")
        lines.append(f"document recall {figures['document_recall']:.3f} over {figures['stories']} stories "
                     f"(macro over types {figures['macro_document_recall']:.3f}); mode recall {figures['mode_recall'] or 0:.3f}")
        return "\n".join(lines)


def load_labelled_stories(path: str | Path, *, sample: int | None = None, seed: int = 20261128) -> list[LabelledStory]:
    """The stories of a labelled CSV; with ``sample``, that many of each label. Bad rows are rejected with their line."""
    path = Path(path)
    csv.field_size_limit(sys.maxsize)
    stories: list[LabelledStory] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
                raise InputRejected(InputError(str(path), "a labelled-stories CSV needs the columns 'text' and 'label'", line=1))
            for row in reader:
                label = (row.get("label") or "").strip().upper()
                if label not in PLOVER_EVENTS:
                    raise InputRejected(InputError(str(path), f"label {label!r} is not a PLOVER event type", line=reader.line_num))
                stories.append(LabelledStory(f"story{len(stories) + 1}", row.get("text") or "", label, (row.get("mode") or "").strip().lower() or None))
    except (OSError, UnicodeDecodeError) as err:
        raise InputRejected(InputError(str(path), f"cannot read as UTF-8 CSV: {err}")) from err
    if sample is None:
        return stories
    shuffled = stories[:]
    random.Random(seed).shuffle(shuffled)
    taken: Counter[str] = Counter()
    chosen = []
    for story in shuffled:
        if taken[story.label] < sample:
            taken[story.label] += 1
            chosen.append(story)
    return chosen


def evaluate_stories(path: str | Path, *, sample: int | None = None) -> StoriesReport:
    """Code each labelled story and count the stories whose label's type was found."""
    from sanderling.pipeline import code_documents

    stories = {s.story_id: s for s in load_labelled_stories(path, sample=sample)}
    report = StoriesReport()
    documents = (Document(doc_id=s.story_id, published=_UNDATED, text=s.text) for s in stories.values())
    for document, events in code_documents(documents):
        story = stories[document.doc_id]
        of_type = [e for e in events if e.event == story.label and e.status != "negated"]
        report.stories[story.label] += 1
        report.found[story.label] += bool(of_type)
        if story.mode:
            report.with_mode[story.label] += 1
            report.mode_found[story.label] += any((e.mode or "").lower() == story.mode for e in of_type)
    return report
