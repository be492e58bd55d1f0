"""Measuring the pipeline against gold events (SPEC §3): ``sanderling eval``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanderling.evaluate.gold import GoldDocument, load_gold_dir, load_standoff_gold
from sanderling.evaluate.score import Tally, assign_to_sentences, score_sentence

__all__ = ["EvalReport", "evaluate_gold", "load_gold_dir", "load_standoff_gold"]


@dataclass(slots=True)
class EvalReport:
    """Overall and per-document scores of one gold directory."""

    overall: Tally
    per_document: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        result = self.overall.as_dict()
        result["documents"] = {name: tally.as_dict() for name, tally in self.per_document.items()}
        if errors:
            result["errors"] = self.overall.errors
        return result

    def format_table(self, *, errors: bool = False) -> str:
        header = f"{'document':<10} {'pred':>5} {'gold':>5} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [header, "-" * len(header)]
        for name, tally in [*self.per_document.items(), ("ALL", self.overall)]:
            row = tally.as_dict()
            lines.append(f"{name:<10} {row['predicted']:>5} {row['required_gold']:>5} {row['matched']:>6} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
        overall = self.overall.as_dict()
        lines.append("")
        for key in ("recipient", "date", "status", "location"):
            value = overall[f"{key}_accuracy"]
            shown = f"{value:.3f}" if value is not None else "n/a"
            lines.append(f"{key + ' accuracy':<22} {shown}  (over {overall[f'{key}_scored']} matched events)")
        if errors:
            lines.append("")
            for error in self.overall.errors:
                detail = error.get("predicted") or error.get("gold")
                lines.append(f"{error['doc']} {error['kind']}: {detail}  | {error['sentence'][:90]}")
        return "\n".join(lines)


def evaluate_gold(gold: str | Path, documents: str | Path | None = None) -> EvalReport:
    """Run the pipeline on every gold article and score it as SPEC §3 says.

    ``gold`` is a directory of SPEC §3 files, or a stand-off ``.jsonl`` gold file over the
    articles in ``documents`` (see ``sanderling.evaluate.gold``).
    """
    from sanderling.pipeline import code_documents

    if documents is not None:
        golds = load_standoff_gold(gold, documents)
    else:
        golds = load_gold_dir(gold)
    by_id = {gold.document.doc_id: gold for gold in golds}
    report = EvalReport(Tally())
    for document, events in code_documents(gold.document for gold in golds):
        gold = by_id[document.doc_id]
        tally = _score_document(gold, [event.to_record() for event in events])
        report.per_document[gold.name] = tally
        report.overall.add(tally)
    return report


def _score_document(gold: GoldDocument, records: list[dict[str, Any]]) -> Tally:
    tally = Tally()
    for sentence, predictions in zip(gold.sentences, assign_to_sentences(gold.sentences, records)):
        tally.add(score_sentence(sentence, predictions, doc=gold.name))
    return tally
