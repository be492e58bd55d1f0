"""Resolve a short actor phrase ("Iraqi police", "US Secretary of State Mike Pompeo") without a parse."""

from __future__ import annotations

from datetime import date

from sanderling.actors.combine import BACKING_SUFFIXES, NEGATING_SUFFIXES, Item, primary_kind, resolve_items
from sanderling.actors.lexicon import current_entries, tokenize
from sanderling.actors.normalize import fold
from sanderling.actors.places import city_country
from sanderling.actors.tables import ActorTables
from sanderling.model import Actor

ATTACHING = frozenset({"in", "of", "from", "at", "near", "throughout", "across", "inside", "outside", "to", "for"})
SKIPPABLE = frozenset({"the", "a", "an", "southern", "northern", "eastern", "western", "central", "south", "north",
                       "east", "west", "capital", "city", "town", "village", "province", "region", "state", "'s", "'"})
POSSESSIVE = frozenset({"'s", "'"})
LOWER_NAME_PARTS = frozenset({"al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "el", "du", "dos", "di"})

# Words that may open an apposition before its role words: "Joe Robinson, a former British soldier".
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "former", "ex", "retired", "veteran", "young", "senior", "prominent", "leading"})


def resolve_phrase(text: str, *, published: date, tables: ActorTables | None = None) -> Actor | None:
    """The actor an isolated phrase names on ``published``, or None when nothing in it is known."""
    tables = tables or ActorTables.load()
    words = tokenize(text)
    keys = [fold(w) for w in words]
    items = items_from_matches(words, keys, tables, published=published)
    items = _add_unknown_names(items, words, tables)
    mark_roles(items, keys)
    items = [it for it in items if it.kind != "city" or it.entries or it.attached or _whole_city(it, words)]
    if not items:
        return None
    return resolve_items(items, text=text.strip(), words=keys, published=published, tables=tables)


def items_from_matches(words: list[str], keys: list[str], tables: ActorTables, *, published: date) -> list[Item]:
    items = []
    for m in tables.lexicon.match(words, keys):
        entries = current_entries(m.entries, published)
        if not entries:
            continue
        item = Item(m.start, m.end, " ".join(words[m.start:m.end]), entries, primary_kind(entries))
        if m.suffix and m.suffix.lstrip("-") in NEGATING_SUFFIXES:
            item.negated = True
            item.backer = m.suffix.lstrip("-") in BACKING_SUFFIXES
        items.append(item)
    return items


def mark_roles(items: list[Item], keys: list[str], *, phrase_start: int = 0) -> None:
    """Possessors, negated modifiers and prepositional attachments, from the surrounding tokens.
    Tokens before ``phrase_start`` are context: they may negate ("pro-") but do not attach."""
    covered = {i for it in items for i in range(it.start, it.end)}
    for it in items:
        after = keys[it.end:it.end + 2]
        before = keys[max(0, it.start - 2):it.start]
        if after and after[0] in POSSESSIVE and it.end + 1 < len(keys):
            it.possessor = True
        if len(after) == 2 and after[0] == "-" and after[1] in NEGATING_SUFFIXES:
            it.negated = True
            it.backer = after[1] in BACKING_SUFFIXES
        if len(before) == 2 and before[1] == "-" and before[0] in ("pro", "anti"):
            it.negated = True
        if before and before[-1] == "ethnic" and it.kind == "demonym":
            it.negated = it.ethnic = True  # "ethnic Albanians": a people, not a state (resolve_items places them)
        k = it.start - 1
        while k >= 0 and k not in covered and keys[k] in _APPOSITION_OPENERS:
            k -= 1
        if k > phrase_start and keys[k] in (",", "-", "--") and k not in covered:
            it.after_comma = True
        j = it.start - 1
        while j >= 0 and j not in covered and keys[j] in SKIPPABLE and it.start - j < 5:
            j -= 1
        if j > phrase_start and j not in covered and keys[j] in ATTACHING:
            it.attached = keys[j]


def _add_unknown_names(items: list[Item], words: list[str], tables: ActorTables) -> list[Item]:
    """Capitalised runs no table knows: a misspelt country, a city the gazetteer has, or a name."""
    taken: set[int] = set()
    for it in items:
        taken.update(range(it.start, it.end))
    out = list(items)
    i = 0
    while i < len(words):
        if i in taken or not _capitalised(words[i]):
            i += 1
            continue
        j = i
        while j < len(words) and j not in taken and (_capitalised(words[j]) or (words[j].lower() in LOWER_NAME_PARTS and j > i)):
            j += 1
        name = " ".join(words[i:j])
        code = city_country(name)
        near = tables.lexicon.near(name) if j - i == 1 and len(name) >= 6 and not code else ()
        if near:
            out.append(Item(i, j, name, near, primary_kind(near)))
        elif code:
            out.append(Item(i, j, name, (), "city", city_code=code))
        elif j - i >= 2:
            out.append(Item(i, j, name, (), "name"))
        i = j
    out.sort(key=lambda it: it.start)
    return out


def _whole_city(item: Item, words: list[str]) -> bool:
    """A phrase that is only a city name ("Samarra") stands for its country."""
    return item.start == 0 and item.end == len(words) and (
        bool(item.entries) or city_country(item.text, min_population=50000) is not None)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and word.isalpha() or (word[:1].isupper() and "-" in word)
