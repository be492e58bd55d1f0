"""In-document coreference for actors.

Works left to right over the grouped mentions and the pronouns between them:
- a surname or a repeated name points back to the person mentioned in full ("Kim" -> Kim Jong Un);
- a definite role phrase ("the North Korean leader", "the foreign minister") points to the latest
  person holding a matching office, of the same country if the phrase names one;
- "he"/"she", "it"/"its", "they"/"their" take the latest compatible mention nearby;
- "the North"/"the South" stand for the Koreas when one of them is in the article;
- "the two leaders"/"both countries" yield one mention per member;
- a role phrase with no country takes the article's main country only when one country dominates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc

from sanderling.actors.combine import (
    LEADER_KINDS,
    MAIN_MIN,
    MAIN_SHARE,
    Context,
    Item,
    article_state,
    choose_leader,
    head_item,
    resolve_items,
)
from sanderling.actors.normalize import fold
from sanderling.actors.phrase import resolve_phrase
from sanderling.actors.places import city_country
from sanderling.actors.quotes import quotation_of_tokens, quotation_speakers
from sanderling.actors.tables import ActorTables, Leader
from sanderling.datafiles import data_rows
from sanderling.model import NON_STATE_CODES, Actor
from sanderling.parse import sentences

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
HEAD_ROLES = ("president", "prime minister", "leader", "supreme leader", "monarch", "chancellor", "head of state",
              "head of government", "general secretary", "junta leader and president", "state counsellor")
PEOPLE_NOUNS = frozenset({"leaders", "men", "women", "presidents", "heads", "ministers", "sides", "leader"})
STATE_NOUNS = frozenset({"countries", "nations", "states", "governments", "sides", "neighbours", "neighbors", "capitals", "powers"})
DEFINITE = frozenset({"the", "his", "her", "their", "its"})
PERSON_WINDOW = 3  # sentences a pronoun may look back for a person
INDIVIDUALS = frozenset(cells[0].strip().lower() for _n, cells in data_rows("sanderling.actors", "individuals.tsv"))


@dataclass(slots=True)
class Resolved:
    """A grouped mention on its way to an ``ActorMention``: items rebased to the span."""

    start: int
    end: int
    head: int
    items: list[Item]
    words: list[str]
    actor: Actor | None
    published: date
    tables: ActorTables
    context: Context
    kind: str = ""
    role: str | None = None
    coref_of: int | None = None
    extra: list[tuple[Actor, int | None]] = field(default_factory=list)


def link(doc: Doc, keys: list[str], groups: list[Resolved], *, published: date, tables: ActorTables,
         context: Context) -> list[Any]:
    from sanderling.actors.mentions import ActorMention

    sent_of = _sentence_index(doc)
    covered = {i for g in groups for i in range(g.start, g.end)}
    queue: list[tuple[int, str, Resolved | None]] = [(g.start, "group", g) for g in groups]
    pronouns = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
    # Only words that can be pronouns or "the North/South" are looked at (a Token costs a walk into the doc).
    for i in (i for i, low in enumerate(keys) if (low in pronouns or low in ("north", "south")) and i not in covered):
        tok, low = doc[i], keys[i]
        if tok.pos_ == "PRON" and low in pronouns:
            if low in THING_PRONOUNS and tok.dep_ not in ("nsubj", "nsubjpass", "poss") and not _object_who_acts(tok):
                continue  # "denied it": a thing, not an actor
            if low == "it" and _expletive(tok):
                continue  # "it is clear that", "it's very clear, we ...": nobody
            queue.append((tok.i, "pron", None))
        elif low in ("north", "south") and tok.i > 0 and keys[tok.i - 1] == "the" and tok.text[:1].isupper() \
                and (tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN"):
            queue.append((tok.i, "compass", None))
    for i in (i for i, low in enumerate(keys) if low == "old" and i not in covered):
        if _age_noun_start(doc, i) is not None:
            queue.append((i, "age", None))
    queue.sort(key=lambda entry: entry[0])

    out: list[ActorMention] = []
    for i, what, group in queue:
        if group is not None:
            _link_group(doc, keys, group, out, sent_of, ActorMention)
            continue
        found: tuple[Actor, int | None, str] | None
        if what == "pron":
            found = _pronoun(doc, keys, i, out, sent_of)
        elif what == "age":
            found = _age_antecedent(doc, i, out, sent_of)
        else:
            found = _compass(doc, keys, i, out, context, tables)
        if found is not None:
            actor, ante, kind = found
            first = i - 1 if what == "compass" else (_age_noun_start(doc, i) or i) if what == "age" else i
            role = out[ante].role if ante is not None else None
            end_char = doc[i].idx + len(doc[i].text)
            members = _members_of(out, ante, actor)
            for member, member_ante in members:
                out.append(ActorMention(first, i + 1, doc[first].idx, end_char, i, actor.text, member, member_ante,
                                        None, "group" if len(members) > 1 else kind, role))
    out = _cataphors(doc, keys, out, ActorMention)
    return _stated_once(_entities(_with_quoted_speakers(doc, keys, _affiliations(doc, out), ActorMention), ActorMention))


def _cataphors(doc: Doc, keys: list[str], out: list[Any], mention_cls: type) -> list[Any]:
    """ "Following a meeting with his national security team, Donald Trump said ...": "his" or "her" in a phrase
    put before its clause's subject means that subject, when it is a named person and no one is named before
    the pronoun in the sentence. The backward reading the main pass gave it, if any, is replaced."""
    if not doc.has_annotation("DEP"):
        return out
    by_start = {m.start: n for n, m in enumerate(out) if m.kind == "pronoun"}
    extra: list[Any] = []
    for i in (i for i, low in enumerate(keys) if low in ("his", "her")):
        tok = doc[i]
        subject = _fronted_before_subject(tok)
        if subject is None or any(m.kind == "person" and tok.sent.start <= m.start < i for m in out):
            continue
        target = next((n for n, m in enumerate(out) if m.kind == "person" and m.actor.name
                       and (m.start <= subject.i < m.end or any(m.start <= c.i < m.end for c in subject.children if c.dep_ == "poss"))), None)
        if target is None:
            continue
        ante = target if out[target].coref_of is None else out[target].coref_of
        base = out[ante].actor
        actor = replace(base, text=tok.text, rule=f"coreference: {tok.text!r} -> {base.name or base.text}, the subject it comes before")
        if i in by_start:
            n = by_start[i]
            out[n] = replace(out[n], actor=actor, coref_of=ante, role=out[ante].role)
        else:
            extra.append(mention_cls(i, i + 1, tok.idx, tok.idx + len(tok.text), i, tok.text, actor, ante, None, "pronoun", out[ante].role))
    return _with_mentions(out, extra)


def _fronted_before_subject(tok) -> Any | None:
    """The subject of the clause ``tok`` is fronted in, when ``tok`` is a possessive inside a phrase or clause put before
    that clause's verb and subject ("After talks with his ministers, the president said")."""
    if tok.dep_ != "poss":
        return None
    for phrase in (tok, *tok.ancestors):
        verb = phrase.head
        if phrase.dep_ in ("prep", "advcl", "npadvmod") and verb.pos_ in ("VERB", "AUX") and phrase.i < verb.i:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject if subject is not None and subject.i > tok.i else None
        if phrase.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "ccomp", "conj"):
            return None
    return None


def _with_mentions(out: list[Any], extra: list[Any]) -> list[Any]:
    """``out`` with the mentions of ``extra`` put in order of position, antecedent indices kept pointing right."""
    if not extra:
        return out
    merged = sorted([*out, *extra], key=lambda m: m.start)
    position = {id(m): n for n, m in enumerate(merged)}
    return [replace(m, coref_of=position[id(out[m.coref_of])]) if m.coref_of is not None else m for m in merged]


# Sectors of organisations whose people are of the organisation's state: parties, armed groups, state bodies.
_STATE_BODIES = frozenset({"OPP", "REB", "PTY", "GOV", "MIL", "PRM", "LEG", "JUD", "COP", "INS"})


def _affiliations(doc: Doc, out: list[Any]) -> list[Any]:
    """ "Clive Stafford Smith, of the legal charity Reprieve", "Ibrahim al-Assil of the Syrian Non-Violence Movement": a
    person of no known country named with the organisation they are of is that organisation's."""
    found = list(out)
    for n, m in enumerate(out[:-1]):
        after = out[n + 1]
        if m.kind != "person" or m.actor.country or after.kind != "organisation" or not after.actor.country:
            continue
        if after.actor.country not in NON_STATE_CODES and after.actor.sector not in _STATE_BODIES:
            continue  # a monitor or charity based in a country ("Rami Abdulrahman, from the Syrian Observatory") is no nationality
        between = list(doc[m.end:after.start])
        if between and between[0].text == ",":
            between = between[1:]
        # the preposition, then only words of the organisation's own phrase ("of the legal charity Reprieve")
        if between and between[0].lower_ in ("of", "from") and all(after.start <= t.head.i < after.end for t in between[1:]):
            found[n] = replace(m, actor=replace(m.actor, country=after.actor.country,
                                                rule=_with_reason(m.actor.rule, f"of {after.text!r} -> {after.actor.country}")))
    return found


def _quote_regions(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside quotation marks of its sentence."""
    inside = [False] * len(doc)
    for sentence in sentences(doc):
        open_quote = False
        for tok in sentence:
            if tok.text in ("\u201c", "\u2018") or (tok.text == '"' and not open_quote):
                open_quote = True
            elif tok.text in ("\u201d", "\u2019") or tok.text == '"':
                open_quote = False
            else:
                inside[tok.i] = open_quote
    return inside


def _with_quoted_speakers(doc: Doc, keys: list[str], out: list[Any], mention_cls: type) -> list[Any]:
    """ "We are going to withdraw," Bolton said: a first-person pronoun in a quote is its speaker.

    The speaker is the subject of the verb of saying outside the quotation
    marks that governs the quoted clause, in the same sentence; else the
    speaker of the quotation it belongs to (``quotes.quotation_speakers``).
    """
    firsts = [i for i, word in enumerate(keys) if word in FIRST_PERSON]
    if not firsts:
        return out
    inside = _quote_regions(doc)
    covering = {i: n for n, m in enumerate(out) for i in range(m.start, m.end)}
    quotation = quotation_of_tokens(doc)
    speakers: dict[int, int] | None = None
    extra = []
    for tok in (doc[i] for i in firsts):
        if not (inside[tok.i] or quotation[tok.i] is not None) or tok.i in covering or tok.pos_ != "PRON":
            continue  # "the U.S." folds to "us" but is no pronoun
        verb = next((a for a in tok.ancestors if not inside[a.i]), None) if inside[tok.i] else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not inside[c.i]), None) if verb is not None else None
        speaker = covering.get(subject.i) if subject is not None else None
        named_here = speaker is not None
        if not named_here and quotation[tok.i] is not None:
            # a quotation that goes on from an earlier sentence, or after the one its speaker was named for
            if speakers is None:
                speakers = quotation_speakers(doc, quotation, lambda subject: covering.get(subject.i))
            speaker = speakers.get(quotation[tok.i])  # type: ignore[index]
        if speaker is None:
            continue
        base = out[speaker]
        ante = speaker if base.coref_of is None else base.coref_of
        if not named_here and out[ante].actor.country is None:
            continue  # far from where they are named, a speaker of no known country only adds events of nobody
        actor = replace(out[ante].actor, text=tok.text, rule=f"quoted speaker: {tok.text!r} -> {out[ante].actor.name or out[ante].text}")
        extra.append(mention_cls(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.i, tok.text, actor, ante, None, "pronoun", out[ante].role))
    return _with_mentions(out, extra)


def _members_of(out: list[Any], ante: int | None, actor: Actor) -> list[tuple[Actor, int | None]]:
    """A pronoun whose antecedent is a compound actor ("the two leaders ... they") refers to all
    its members: one (actor, antecedent) per member; otherwise just the one."""
    if ante is None or out[ante].kind != "group":
        return [(actor, ante)]
    span = (out[ante].start, out[ante].end)
    members = [n for n, m in enumerate(out) if m.kind == "group" and (m.start, m.end) == span]
    if len(members) < 2:
        return [(actor, ante)]
    return [(replace(out[n].actor, text=actor.text, rule=f"coreference: {actor.text!r} -> {out[n].text!r} member"), n)
            for n in members]


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return index
    for n, sent in enumerate(sentences(doc)):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _kind(items: list[Item]) -> str:
    core = [it for it in items if it.core] or items
    head = head_item(core).kind
    if head in ("person", "surname", "name"):
        return "person"
    if head in ("org", "orgname"):
        return "organisation"
    if head in ("country", "seat", "territory", "demonym"):
        return "country"
    if head == "city":
        return "place"
    return "role"


LEADING = frozenset({"the", "two", "both", "three", "former", "ex", "a", "an", "all", "mr", "mrs", "ms", "miss", "dr"})


def _span_start(doc: Doc, keys: list[str], g: Resolved) -> int:
    """Include a leading "the", "the two", "both" or "former" that belongs to the mention's head."""
    start = g.start
    parsed = doc.has_annotation("DEP")
    while start > 0 and keys[start - 1] in LEADING and (not parsed or g.start <= doc[start - 1].head.i < g.end):
        start -= 1
    return start


def _link_group(doc: Doc, keys: list[str], g: Resolved, out: list[Any], sent_of: list[int], mention_cls: type) -> None:
    first = _span_start(doc, keys, g)
    text = doc[first:g.end].text
    kind = _kind(g.items)
    ante_index: int | None = None
    for it in g.items:
        if it.core and it.kind in ("surname", "name", "person"):
            ante_index = _name_antecedent(keys, g, it, out)
            if ante_index is not None:
                it.antecedent = out[ante_index].actor
    split = _coordinated(keys, g)
    if split:
        end_char = doc[g.end - 1].idx + len(doc[g.end - 1].text)
        for items in split:
            part = resolve_items(items, text=text, words=g.words, published=g.published, tables=g.tables, context=g.context)
            if part is not None:
                out.append(mention_cls(first, g.end, doc[first].idx, end_char, g.head, text, part, None, None, "group",
                                       _role(g, kind)))
        return
    if kind == "place":
        return  # a city that is no seat of power: a location, left to the places stage
    actor = resolve_items(g.items, text=text, words=g.words, published=g.published, tables=g.tables, context=g.context)
    if actor is None:
        return
    role = _role(g, kind)
    members: list[tuple[Actor, int | None]] = []
    if kind == "role":
        count = _plural_count(keys, g)
        if count:
            members = _listed(doc, g, count, out, actor) if count > 2 else _members(g, count, out, actor)
        elif actor.name is None and _definite(doc, keys, g):
            found = _role_antecedent(g, role, actor, out)
            if found is None and actor.country is None:
                found = _same_person(doc, g, out, sent_of)
            if found is not None:
                ante_index = found
                ante = out[found].actor
                actor = replace(ante, text=text, rule=f"coreference: {text!r} -> {ante.name or ante.text} ({ante.rule})")
                kind = "person"
        if actor.country is None and ante_index is None and not members:
            main = _main_country(out)
            if main is not None and _definite(doc, keys, g):
                actor = replace(actor, country=main, rule=f"{actor.rule}; context: the article's main country {main}")
            elif (actor.sector in DOMESTIC_SECTORS or _names_a_states_own(g)) and actor.name is None:
                main = article_state(g.context)
                if main is not None:
                    actor = replace(actor, country=main, rule=f"{actor.rule}; context: a domestic body in an article about {main}")
        if ante_index is None and not members and actor.name is None and actor.country and actor.sector != "ELI" \
                and _singular_office(keys, g, role):
            holder = _office_holder(g, role, actor.country)
            if holder is not None:
                actor = replace(actor, name=holder.name, sector=holder.sector,
                                rule=f"{actor.rule}; the office on {g.published.isoformat()}: {holder.describe()}")
                kind = "person"
    if kind == "person" and actor.country is None and ante_index is None and (described := _described_before(doc, g, out, sent_of)) is not None:
        actor = replace(actor, country=described.actor.country,
                        rule=_with_reason(actor.rule, f"named after the description {described.text!r} -> {described.actor.country}"))
    if kind == "person" and actor.country is None and (home := _hometown(doc, g)) is not None:
        actor = replace(actor, country=home[1], rule=_with_reason(actor.rule, f"hometown {home[0]!r} -> {home[1]}"))
    if kind == "person" and actor.country is None and ante_index is None and _titled_name(g):
        main = article_state(g.context)
        if main is not None:
            actor = replace(actor, country=main, rule=f"{actor.rule}; context: a titled name in an article about {main}")
    end_char = doc[g.end - 1].idx + len(doc[g.end - 1].text)
    if members:
        for member, ante in members:
            out.append(mention_cls(first, g.end, doc[first].idx, end_char, g.head, text, member, ante, None, "group", role))
        return
    out.append(mention_cls(first, g.end, doc[first].idx, end_char, g.head, text, actor, ante_index, None, kind, role))


def _coordinated(keys: list[str], g: Resolved) -> list[list[Item]]:
    """"Russian and Syrian officials": one item list per coordinated country (a compound actor)."""
    places = [it for it in g.items if it.core and it.kind in ("demonym", "country", "org") and it.entries[0].code]
    if len(places) < 2:
        return []
    run = [places[0]]
    for prev, cur in zip(places, places[1:]):
        between = keys[g.start + prev.end:g.start + cur.start]
        if between and all(k in (",", "and", "&") for k in between) and cur.entries[0].code != prev.entries[0].code:
            run.append(cur)
        elif len(run) < 2:
            run = [cur]
    if len(run) < 2:
        return []
    return [[it for it in g.items if it is keep or it not in run] for keep in run]


def _name_antecedent(keys: list[str], g: Resolved, item: Item, out: list) -> int | None:
    """An earlier person whose name contains this surname (or is this name)."""
    words = [w for w in keys[g.start + item.start:g.start + item.end] if w.isalpha()]
    if not words:
        return None
    target = " ".join(words)
    found: list[int] = []
    for n in range(len(out) - 1, -1, -1):
        m = out[n]
        if m.kind != "person" or not m.actor.name:
            continue
        name_words = [fold(w).strip(".,") for w in m.actor.name.replace("-", " ").split()]
        surface = [fold(w) for w in m.text.replace("-", " ").split()]
        if target == " ".join(name_words) or (len(words) == 1 and (words[0] in name_words or words[0] in surface)):
            found.append(n if m.coref_of is None else m.coref_of)
    if len(found) > 1 and item.kind in LEADER_KINDS:
        # "Trump" after both "Melania Trump" and "Donald Trump": the office holder the table names
        chosen = choose_leader(item.entries, published=g.published, country=None, context=g.context)
        if chosen is not None:
            for n in found:
                if out[n].actor.name == chosen[0].name:
                    return n
    return found[0] if found else None


def _role(g: Resolved, kind: str) -> str | None:
    core = [it for it in g.items if it.core]
    if kind == "person":
        item = next((it for it in reversed(core) if it.kind in LEADER_KINDS), None)
        if item is not None:
            chosen = choose_leader(item.entries, published=g.published, country=None, context=g.context)
            if chosen and chosen[1] == "active":
                return chosen[0].role
    for it in reversed(core):
        if it.kind == "agent":
            return next((e.role for e in it.entries if e.role), None)
    return None


def _definite(doc: Doc, keys: list[str], g: Resolved) -> bool:
    """"the foreign minister", "the formerly reclusive North Korean leader", "his counterpart"."""
    first = keys[g.start - 1] if g.start > 0 else ""
    if first in DEFINITE or g.items[0].possessor:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in doc[g.head].children)


def _compatible(want: str | None, have: str | None) -> bool:
    """Whether an office ``have`` (leaders table) fits a role term ``want`` ("the president")."""
    if not want or not have:
        return False
    if re.search(rf"\b{re.escape(want)}\b", have) and "spokes" not in have:
        return True
    if want in ("leader", "head of state", "head of government", "counterpart"):
        return any(re.search(rf"\b{re.escape(r)}\b", have) for r in HEAD_ROLES)
    return False


def _role_antecedent(g: Resolved, role: str | None, actor: Actor, out: list) -> int | None:
    """The office holder a definite role phrase means: among earlier people whose office fits
    (and country, if the phrase has one), the most often mentioned, then the latest."""
    if role == "counterpart" and not actor.country:
        return None
    counts: Counter[int] = Counter()
    latest: dict[int, int] = {}
    for n, m in enumerate(out):
        if m.kind != "person" or not m.actor.name:
            continue
        if actor.country and m.actor.country != actor.country:
            continue
        if _compatible(role, m.role):
            first = m.coref_of if m.coref_of is not None else n
            counts[first] += 1
            latest[first] = n
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], latest[k]))


OFFICES = frozenset({"president", "prime minister", "foreign minister", "defence minister", "interior minister",
                     "finance minister", "chancellor", "supreme leader", "secretary-general", "vice president",
                     "national security adviser"})


def _singular_office(keys: list[str], g: Resolved, role: str | None) -> bool:
    """"the US secretary of state", "Russia's foreign minister": one office, one holder."""
    if role not in OFFICES:
        return False
    agents = [it for it in g.items if it.kind == "agent"]
    return bool(agents) and not any(e.plural for e in agents[-1].entries)


def _office_holder(g: Resolved, role: str | None, country: str) -> Leader | None:
    """The one person the leaders table has in ``role`` for ``country`` on the article's date."""
    holders = {r.name: r for r in g.tables.leaders
               if r.country == country and r.active(g.published) and _compatible(role, r.role) and "deputy" not in r.role}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _plural_count(keys: list[str], g: Resolved) -> int:
    """2 for "the two leaders" / "both countries", 3 for "the three countries" / "all three powers"; 0 otherwise
    ("three countries agreed" brings in new ones)."""
    before = keys[max(0, g.start - 2):g.start] + g.words[-(g.end - g.start):]
    head = keys[g.end - 1]
    if head not in PEOPLE_NOUNS | STATE_NOUNS:
        return 0
    if "two" in before or "both" in before:
        return 2
    for word, count in _COUNTS.items():
        if word in before and ("the" in before or "all" in before):
            return count
    return 0


_COUNTS = {"three": 3, "four": 4}


def _members(g: Resolved, count: int, out: list, actor: Actor) -> list[tuple[Actor, int | None]]:
    head_word = g.words[-1]
    want_people = head_word in PEOPLE_NOUNS and head_word != "sides"
    seen: list[tuple[Actor, int | None]] = []
    keys_seen: set[tuple[str | None, str | None]] = set()
    for n in range(len(out) - 1, -1, -1):
        m = out[n]
        if want_people and m.kind != "person":
            continue
        if not want_people and m.kind not in ("country", "person"):
            continue
        if not m.actor.country:
            continue
        key = (m.actor.name, m.actor.country) if want_people else (None, m.actor.country)
        if key in keys_seen:
            continue
        keys_seen.add(key)
        ante = m.coref_of if m.coref_of is not None else n
        base = out[ante].actor
        rule = f"coreference: {actor.text!r} member -> {base.name or base.country}"
        seen.append((replace(base, text=actor.text, rule=rule), ante))
        if len(seen) == count:
            break
    return list(reversed(seen)) if len(seen) == count else []


def _listed(doc: Doc, g: Resolved, count: int, out: list, actor: Actor) -> list[tuple[Actor, int | None]]:
    """ "Russia, Iran and Turkey ... the three countries": the latest list of exactly that many countries, joined by
    "and" or commas. The last few countries named are not enough: "The US, Britain and France criticised the Turkish
    invasion of Syria, but the three countries ..." means the first three."""
    countries = [n for n, m in enumerate(out) if m.kind == "country" and m.actor.country and m.end <= g.start]
    for n in reversed(countries):
        head = doc[out[n].head]
        if head.dep_ == "conj":
            continue  # a list is found from its first member
        members = [n, *(k for k in countries if k > n and _in_list(doc[out[k].head], head))]
        if len({out[k].actor.country for k in members}) == count == len(members):
            rule = f"coreference: {actor.text!r} member -> "
            return [(replace(out[k].actor, text=actor.text, rule=rule + str(out[k].actor.country)), k) for k in members]
    return []


def _in_list(token: Any, first: Any) -> bool:
    """Whether ``token`` is a conjunct of ``first`` (directly or through earlier conjuncts)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
        if token == first:
            return True
    return False


def _main_country(out: list) -> str | None:
    counts = Counter(m.actor.country for m in out if m.kind in ("country", "person") and m.actor.country)
    total = sum(counts.values())
    if not total:
        return None
    code, top = counts.most_common(1)[0]
    if top >= MAIN_MIN and top / total >= MAIN_SHARE and code not in NON_STATE_CODES:
        return code
    return None


TITLE_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "MIL", "OPP"})
# Bodies that only exist inside one state: the opposition, courts, parliaments.
DOMESTIC_SECTORS = frozenset({"OPP", "JUD", "LEG"})


def _names_a_states_own(g: Resolved) -> bool:
    """ "regime forces", "pro-government militia": a state's own regime or forces, whichever state (agents.tsv 'home')."""
    return any(e.domestic for it in g.items if it.core and it.kind == "agent" for e in it.entries)


def _titled_name(g: Resolved) -> bool:
    """"Judge Alejandro Rivera", "Governor Ana Lima": an unknown name right after an office title."""
    core = [it for it in g.items if it.core]
    return len(core) >= 2 and core[-1].kind == "name" and core[-2].kind == "agent" and core[-2].end == core[-1].start \
        and any(e.sector in TITLE_SECTORS for e in core[-2].entries)


def _expletive(tok) -> bool:
    """"It is clear that ...": an "it" that only holds the subject's place; "it is willing to withdraw" is someone."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    complement = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    if complement is None:
        return False
    clauses = [c for c in (*verb.children, *complement.children) if c.dep_ in ("ccomp", "xcomp")]
    return not clauses or any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)


def _object_who_acts(tok) -> bool:
    """ "accused it of helping", "warned it against", "urged it to leave": an object said to act is an actor, not a thing."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return False
    verb, doc = tok.head, tok.doc
    if any(c.i > tok.i and (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children)))
           for c in verb.children):
        return True
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return after in ("of", "against") or (after == "to" and tok.i + 2 < len(doc) and doc[tok.i + 2].tag_ == "VB")


def _subject_of_own_verb(doc: Doc, m, i: int) -> bool:
    """The mention is the subject of the verb whose object the pronoun at ``i`` is ("the US accused it",
    "Erdogan, who had urged him": not itself, not himself)."""
    pronoun = doc[i]
    if pronoun.dep_ not in ("dobj", "dative"):
        return False
    verb = pronoun.head
    if any(doc[j].dep_ in ("nsubj", "nsubjpass") and doc[j].head == verb for j in range(m.start, m.end)):
        return True
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)
    return relative and m.start <= verb.head.i < m.end


def _pronoun(doc: Doc, keys: list[str], i: int, out: list, sent_of: list[int]) -> tuple[Actor, int, str] | None:
    low = keys[i]
    sent = sent_of[i]
    excluded: set[tuple[str | None, str | None]] = set()  # the clause's own subject, under any of its names
    for n in range(len(out) - 1, -1, -1):
        m = out[n]
        if m.end > i:
            continue
        distance = sent - sent_of[m.start]
        if _subject_of_own_verb(doc, m, i):
            excluded.add((m.actor.name, m.actor.country))
            continue  # "the US has accused it", "Trump praised him": not the subject itself
        if m.actor.name and (m.actor.name, m.actor.country) in excluded:
            continue
        if _describes_an_earlier(doc, m, out[:n]):
            continue  # "Turkey, a Nato member, said it would ...": "it" is Turkey, which the apposition describes
        if low in PERSON_PRONOUNS:
            if distance > PERSON_WINDOW:
                return None
            if _a_person(doc, m, distance):
                break
        elif low in THING_PRONOUNS:
            if distance > 1:
                return None
            if m.kind in ("country", "organisation"):
                break
            if m.kind == "role" and m.actor.country and not _plural(m, doc):
                break  # "the Iraqi defence ministry ... it"
        else:
            if distance > 1:
                return None
            if m.kind == "group" or (m.kind in ("role", "organisation", "country") and _plural(m, doc)):
                break
    else:
        return None
    ante = n if m.kind == "group" or m.coref_of is None else m.coref_of
    base = out[ante].actor
    actor = replace(base, text=doc[i].text, rule=f"coreference: {doc[i].text!r} -> {base.name or base.text}")
    return actor, ante, "pronoun"


def _describes_an_earlier(doc: Doc, m, earlier: list) -> bool:
    """The mention is an apposition to the one before it."""
    if not doc.has_annotation("DEP") or not m.start <= m.head < m.end:
        return False
    head = doc[m.head]
    return head.dep_ == "appos" and any(e.start <= head.head.i < e.end for e in earlier[-2:])


def _a_person(doc: Doc, m, distance: int) -> bool:
    """A named person, or an unnamed one only while the story is still on them (``distance`` in sentences)."""
    return m.kind == "person" and bool(m.actor.name) or distance <= 1 and _one_person(doc, m)


def _one_person(doc: Doc, m) -> bool:
    """ "A British woman fighting in Afrin has been killed": an unnamed person of a known country, the
    subject of their clause, whom a later "she" or "the 26-year-old" can mean."""
    if m.kind != "role" or m.actor.name or not m.actor.country or not doc.has_annotation("DEP") or not m.start <= m.head < m.end:
        return False
    head = doc[m.head]
    return head.lemma_.lower() in INDIVIDUALS and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass")


def _same_person(doc: Doc, g: Resolved, out: list, sent_of: list[int]) -> int | None:
    """ "A British woman was killed ... The woman had begged": the unnamed person named by the same noun just before."""
    noun = doc[g.head].lemma_.lower()
    if noun not in INDIVIDUALS or doc[g.head].tag_ != "NN":
        return None
    for n in range(len(out) - 1, -1, -1):
        m = out[n]
        if sent_of[g.start] - sent_of[m.start] > 1:
            return None
        if _one_person(doc, m) and doc[m.head].lemma_.lower() == noun:
            return n if m.coref_of is None else m.coref_of
    return None


def _described_before(doc: Doc, g: Resolved, out: list, sent_of: list[int]) -> Any | None:
    """ "A former British soldier was in court on Wednesday ... James Matthews, 43, is thought to be": news describes
    a person first and names them after, the name followed by the age. The name of no known country is the
    unnamed person of a known country told of in that sentence or the one before."""
    after = doc[g.end:g.end + 3]
    if len(after) < 3 or after[0].text != "," or not after[1].like_num or after[2].text != ",":
        return None
    # The name opens its sentence and is all there is of the mention ("Her commander, Ali Hassan, 40," is someone else).
    if g.start != doc[g.start].sent.start or any(it.core and it.kind == "agent" for it in g.items):
        return None
    if g.end + 3 < len(doc) and doc[g.end + 3].lower_ in ("his", "her", "their", "its", "a", "an", "the"):
        return None  # "Ali Hassan, 40, her commander, said": a description of another
    for m in reversed(out):
        if sent_of[g.start] - sent_of[m.start] > 1:
            return None
        if m.kind == "person":
            return None  # someone else was named in between
        if _one_person(doc, m):
            return m
    return None


def _age_noun_start(doc: Doc, i: int) -> int | None:
    """The index of "the" in "the 26-year-old" standing alone for a person (not "the 26-year-old woman")."""
    if i < 5 or i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    the, number, dash, unit, dash2 = (doc[i - k] for k in (5, 4, 3, 2, 1))
    if the.lower_ == "the" and number.like_num and dash.text == dash2.text == "-" and unit.lower_ in ("year", "month"):
        return i - 5
    return None


def _age_antecedent(doc: Doc, i: int, out: list, sent_of: list[int]) -> tuple[Actor, int, str] | None:
    """ "the 26-year-old": the latest person nearby, named or an unnamed person of a known country."""
    for n in range(len(out) - 1, -1, -1):
        m = out[n]
        if m.end > i:
            continue
        distance = sent_of[i] - sent_of[m.start]
        if distance > PERSON_WINDOW:
            return None
        if _a_person(doc, m, distance):
            ante = n if m.coref_of is None else m.coref_of
            base = out[ante].actor
            text = doc[_age_noun_start(doc, i) or i:i + 1].text
            return replace(base, text=text, rule=f"coreference: {text!r} -> {base.name or base.text}"), ante, "pronoun"
    return None


def _plural(m, doc: Doc | None = None) -> bool:
    """Whether the mention's head noun is plural; the head, not the last word, in "the union for teachers"."""
    if doc is not None and doc.has_annotation("TAG") and doc.has_annotation("DEP") and m.start <= m.head < m.end:
        head = doc[m.head]
        if head.pos_ in ("NOUN", "PROPN"):
            return head.tag_ in ("NNS", "NNPS") or head.lower_ in ("police", "people", "military")
    last = m.text.split()[-1].lower() if m.text else ""
    return last.endswith("s") and not last.endswith("ss") or last in ("police", "people", "military")


def _compass(doc: Doc, keys: list[str], i: int, out: list[Any], context: Context,
             tables: ActorTables) -> tuple[Actor, int | None, str] | None:
    code = {"north": "PRK", "south": "KOR"}[keys[i]]
    if not ({"PRK", "KOR"} & set(context.countries)):
        return None
    ante = next((n for n, m in enumerate(out) if m.kind == "country" and m.actor.country == code), None)
    text = doc[i - 1:i + 1].text
    actor = Actor(text=text, name=tables.country_name(code), country=code, sector="GOV",
                  rule=f"context: {text!r} with the Koreas in the article -> {code}")
    return actor, ante, "country"


def _hometown(doc: Doc, g: Resolved) -> tuple[str, str] | None:
    """ "Anna Campbell, from Lewes, East Sussex", "Robinson, who is from Accrington": where a person is from."""
    if not doc.has_annotation("DEP"):
        return None
    head = doc[g.head]
    heads = [head, *(c for c in head.children if c.dep_ == "relcl" and c.lemma_ in ("be", "come", "hail"))]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    after = doc[g.end:g.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].lower_ == "from" and after[1].dep_ == "prep" and after[1].head.pos_ in ("VERB", "AUX"):
        preps.append(after[1])  # "Ali Hassan, from Birmingham, said": the parser may hang the aside on the verb
    for prep in preps:
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if place is None:
            continue
        name = " ".join(t.text for t in place.subtree if t.i <= place.i and t.pos_ == "PROPN")
        code = city_country(name)
        if code is None:  # a country or its capital: "from Britain", "from Caracas"
            found = resolve_phrase(name, published=g.published, tables=g.tables)
            if found is not None and found.country and found.name == g.tables.country_name(found.country):
                code = found.country
        if code is not None and code not in NON_STATE_CODES:
            return name, code
    return None


def _with_reason(rule: str, reason: str) -> str:
    return f"{rule}; {reason}" if rule else reason


def _stated_once(final: list) -> list:
    """A person's country said once (by a title, an apposition, a hometown) holds for every mention of them."""
    codes: dict[int, set[str]] = {}
    for m in final:
        if m.kind in ("person", "pronoun") and m.actor.name and m.actor.country:
            codes.setdefault(m.entity, set()).add(m.actor.country)
    return [replace(m, actor=replace(m.actor, country=next(iter(codes[m.entity])),
                                     rule=_with_reason(m.actor.rule, "the person's country stated elsewhere in the article")))
            if m.actor.name and m.actor.country is None and len(codes.get(m.entity, ())) == 1 else m
            for m in final]


def _entities(out: list, mention_cls: type) -> list:
    first: dict[tuple[str | None, str | None], int] = {}
    final: list[Any] = []
    for n, m in enumerate(out):
        if m.coref_of is not None:
            entity = final[m.coref_of].entity if m.coref_of < len(final) else m.coref_of
        elif m.actor.name or m.kind == "country":
            key = (m.actor.name, m.actor.country)
            entity = first.setdefault(key, n)
        else:
            entity = n
        final.append(replace(m, entity=entity))
    return final
