"""The event lexicon: trigger words, PLOVER scores, context and status cues.

All of it lives in ``sanderling/events/data``; this module only indexes it
for lookups by lemma and part of speech.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sanderling.datafiles import read_table
from sanderling.events.senses import OtherSense, load_other_senses

PACKAGE = "sanderling.events"


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of triggers.tsv: a word (or phrase) that signals a PLOVER event."""

    lemmas: tuple[str, ...]
    pos: str  # VERB or NOUN
    event: str
    mode: str | None
    recipient_cues: tuple[str, ...]
    ambiguous: bool
    row: int

    @property
    def phrase(self) -> str:
        return " ".join(self.lemmas)


@dataclass(slots=True)
class Lexicon:
    triggers: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=lambda: defaultdict(list))
    scores: dict[tuple[str, str | None], float] = field(default_factory=dict)
    contexts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # lists: output order is stable
    status_cues: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    intents: dict[str, str] = field(default_factory=dict)  # event type -> the type of stating it as an intention
    refusals: dict[str, str] = field(default_factory=dict)  # event type -> the type of stating one will not do it
    commitments: dict[str, str] = field(default_factory=dict)  # event type -> the type of offering to do it
    domestic_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event type -> where an unnamed target is sought
    other_senses: dict[tuple[str, str], list[OtherSense]] = field(default_factory=dict)  # (trigger, pos) -> readings that report no event
    event_nouns: frozenset[str] = frozenset()  # nouns that name an event or an occasion: "attack", "talks", "summit"

    def score(self, event: str, mode: str | None) -> float | None:
        return self.scores.get((event, mode), self.scores.get((event, None)))

    def has_role(self, lemma: str, role: str) -> bool:
        return lemma in self.roles[role]

    @property
    def speech_lemmas(self) -> frozenset[str]:
        return frozenset(self.roles["speech"])


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lexicon = Lexicon()
    for number, row in enumerate(read_table(PACKAGE, "triggers.tsv"), start=1):
        lemmas = tuple(row["lemma"].lower().split())
        pos = row["pos"].upper()
        if not lemmas or pos not in ("VERB", "NOUN"):
            continue
        entry = TriggerEntry(
            lemmas=lemmas,
            pos=pos,
            event=row["event"].upper(),
            mode=row.get("mode") or None,
            recipient_cues=tuple(cue.strip() for cue in row.get("arg", "").split(",") if cue.strip()),
            ambiguous="ambiguous" in row.get("note", "").lower(),
            row=number,
        )
        head = lemmas[0] if pos == "VERB" else lemmas[-1]
        target = lexicon.triggers if len(lemmas) == 1 else lexicon.phrases
        target[(head, pos)].append(entry)
    for row in read_table(PACKAGE, "plover_types.tsv"):
        if row.get("score"):
            lexicon.scores[(row["event"].upper(), row.get("mode") or None)] = float(row["score"])
    for row in read_table(PACKAGE, "contexts.tsv"):
        names = lexicon.contexts[row["cue"].lower()]
        if row["context"] not in names:
            names.append(row["context"])
    for row in read_table(PACKAGE, "status_cues.tsv"):
        lexicon.status_cues[row["where"]][row["cue"]] = row["status"]
    for row in read_table(PACKAGE, "intents.tsv"):
        if row["intent"]:
            lexicon.intents[row["event"]] = row["intent"]
        if row.get("refusal"):
            lexicon.refusals[row["event"]] = row["refusal"]
        if row.get("commitment"):
            lexicon.commitments[row["event"]] = row["commitment"]
    for row in read_table(PACKAGE, "domestic_targets.tsv"):
        lexicon.domestic_targets[row["event"].upper()] = tuple(part.strip() for part in row["target"].split(",") if part.strip())
    for row in read_table(PACKAGE, "trigger_roles.tsv"):
        lexicon.roles[row["role"]].add(row["lemma"])
    lexicon.other_senses = load_other_senses()
    lexicon.event_nouns = frozenset(lexicon.roles["occasion"]) | {lemma for lemma, pos in lexicon.triggers if pos == "NOUN"}
    return lexicon
