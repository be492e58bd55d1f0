"""Find actor mentions in a parsed document: table matches and named entities, grouped into noun
phrases by the dependency parse, resolved to actors, then linked by coreference."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from sanderling.actors.combine import BACKING_SUFFIXES, Context, Item, primary_kind
from sanderling.actors.coref import Resolved, link
from sanderling.actors.lexicon import Entry, current_entries
from sanderling.actors.normalize import fold
from sanderling.actors.phrase import ATTACHING, mark_roles
from sanderling.actors.places import city_country
from sanderling.actors.tables import ActorTables
from sanderling.model import Actor

NOMINAL = frozenset({"NOUN", "PROPN"})
COORDINATED = ("demonym", "country", "org")  # "US, UK and EU leaders"
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
JOINING = frozenset({"compound", "amod", "nmod", "poss", "appos", "npadvmod", "nummod", "case", "punct"})
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "gen", "general", "col", "colonel",
                    "lt", "maj", "major", "adm", "admiral", "sheikh", "prince", "king", "queen", "emir", "mullah",
                    "ayatollah", "president", "premier", "minister", "senator", "rep", "judge", "pope", "crown"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention in a ``Doc``.

    ``start``/``end`` are token indices (end exclusive) and ``start_char``/``end_char`` character
    offsets of the mention's words; ``head`` is the token index of its syntactic head. ``actor`` is
    the resolution (``actor.rule`` says why). ``coref_of`` is the index, in the returned list, of
    the antecedent when this mention was resolved by coreference ("he", "Kim", "the North Korean
    leader"); ``entity`` is the index of the first mention of the same actor (itself if first).
    ``kind`` says what the mention is: person, organisation, country, role, pronoun or
    group (one of the members of "the two leaders", which yields one mention per member, same
    span). ``role`` is the office from the leaders table or the role term, if any.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    head: int
    text: str
    actor: Actor
    coref_of: int | None = None
    entity: int | None = None
    kind: str = ""
    role: str | None = None


def find_actors(doc: Doc, *, published: date, tables: ActorTables | None = None) -> list[ActorMention]:
    """Every actor mention in ``doc``, in text order, resolved for the article's date ``published``."""
    tables = tables or ActorTables.load()
    texts = [t.text for t in doc]
    keys = [fold(t) for t in texts]
    items = _items(doc, texts, keys, tables, published)
    _other_places(items, tables)
    counts = Counter(it.entries[0].code for it in items
                     if it.entries and it.entries[0].kind in ("country", "seat", "demonym") and it.entries[0].code)
    context = Context(countries=frozenset(counts), counts=counts, people=_people_by_surname(doc))
    groups = _group(doc, items)
    resolved: list[Resolved] = []
    for group in groups:
        found = _resolve_group(doc, keys, group, published=published, tables=tables, context=context)
        if found is not None:
            resolved.append(found)
    return _owned_roles(doc, link(doc, keys, resolved, published=published, tables=tables, context=context))


def _people_by_surname(doc: Doc) -> dict[str, frozenset[str]]:
    """The full names (two words or more) of the people the parser finds, by their last word, lower-cased."""
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        words = [t.text for t in ent if t.text not in ("'s", "’s", "'")]
        if ent.label_ == "PERSON" and len(words) > 1:
            found.setdefault(words[-1].lower(), set()).add(" ".join(words).lower())
    return {surname: frozenset(names) for surname, names in found.items()}


def _owned_roles(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "its forces", "their police": a role term with no country of its own takes its possessor's."""
    by_token: dict[int, list[ActorMention]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token.setdefault(i, []).append(m)
    owned = []
    for m in mentions:
        owners = next((by_token.get(c.i, []) for c in doc[m.head].children if c.dep_ == "poss"), [])
        # "their ambassadors" after "both leaders": owned by two states, so by no one country.
        owner = owners[0] if len({o.actor.country for o in owners}) == 1 else None
        if m.kind == "role" and m.actor.country is None and owner is not None and owner is not m and owner.actor.country:
            actor = replace(m.actor, country=owner.actor.country, rule=f"{m.actor.rule}; country of its possessor {owner.text!r}")
            m = replace(m, actor=actor)
        owned.append(m)
    return owned


def _items(doc: Doc, texts: list[str], keys: list[str], tables: ActorTables, published: date) -> list[Item]:
    ent_of: dict[int, tuple[int, int, str]] = {}
    for ent in doc.ents:
        end = ent.end
        while end > ent.start + 1 and keys[end - 1] in ("'s", "'"):
            end -= 1  # "Kim's": the name ends before the possessive
        for i in range(ent.start, end):
            ent_of[i] = (ent.start, end, ent.label_)
    items: list[Item] = []
    covered: set[int] = set()
    key_set = set(keys)
    for m in tables.lexicon.match(texts, keys):
        entries = tuple(e for e in current_entries(m.entries, published)
                        if _valid(doc, m.start, m.end, e, ent_of, tables, keys, key_set, published))
        if not entries:
            continue
        if m.acronym and _in_caps_run(texts, m.start, m.end, tables.lexicon.acronyms):
            continue
        item = Item(m.start, m.end, doc[m.start:m.end].text, entries, primary_kind(entries))
        if m.suffix and m.suffix.lstrip("-") in ("backed", "supported", "allied", "aligned", "sponsored", "funded", "trained"):
            item.negated = True
            item.backer = m.suffix.lstrip("-") in BACKING_SUFFIXES
        items.append(item)
        covered.update(range(m.start, m.end))
    for it in _misspelt_countries(doc, texts, covered, ent_of, tables):
        items.append(it)
        covered.add(it.start)
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE"):
            continue
        free = [i for i in range(ent.start, ent.end) if i not in covered]
        if not free:
            continue
        if ent.label_ == "ORG" and len(free) < ent.end - ent.start:
            _absorb_place(items, doc, ent.start, ent.end)
            continue
        start, end = free[0], free[-1] + 1
        if ent.label_ == "ORG" and keys[start] == "the" and end - start > 1 and len(free) == ent.end - ent.start:
            start += 1  # "the Association of African Jurists"
            free = free[1:]
        if end - start != len(free) or doc[start].is_punct or keys[start] in ("the", "'s"):
            continue
        span = doc[start:end]
        if ent.label_ == "PERSON" and any(t.is_alpha and t.text[:1].isupper() for t in span) \
                and not any(t.lower_ in ("'s", "’s") for t in span):
            items.append(Item(start, end, span.text, (), "name"))
        elif ent.label_ == "ORG" and len(free) == end - start:
            if _association(keys[start:end]):
                entry = Entry("org", "NGO", None, span.text, "an association's name -> NGO")
                items.append(Item(start, end, span.text, (entry,), "org"))
            else:
                items.append(Item(start, end, span.text, (), "orgname"))
        elif ent.label_ == "GPE" and len(free) == ent.end - ent.start:
            code = city_country(span.text)
            if code:
                items.append(Item(start, end, span.text, (), "city", city_code=code))
    items.sort(key=lambda it: it.start)
    return items


ASSOCIATIONS = frozenset({"association", "society", "foundation"})


def _association(words: list[str]) -> bool:
    """"Association of African Jurists", "Royal Society for Wildlife": an association no table knows,
    named after no place (a place in the name is handled by ``_absorb_place``), is non-governmental."""
    return len(words) >= 2 and any(w in ASSOCIATIONS for w in words)


def _misspelt_countries(doc: Doc, texts: list[str], covered: set[int], ent_of: dict[int, tuple[int, int, str]],
                        tables: ActorTables) -> list[Item]:
    """"Ethopia", "Sweeden": a lone capitalised word one typing slip from exactly one country's name
    or demonym, when it is no part of a longer name and no known city (the recogniser may take it for
    a person or an organisation)."""
    found = []
    for i, word in enumerate(texts):
        if i in covered or len(word) < 6 or not (word.isalpha() and word[0].isupper() and word[1:].islower()):
            continue
        tok = doc[i]
        if tok.pos_ not in NOMINAL and tok.pos_ != "ADJ":
            continue
        ent = ent_of.get(i)
        if ent and ent[1] - ent[0] > 1:
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and texts[j][:1].isupper() for j in (i - 1, i + 1)):
            continue
        if city_country(word) or tables.lexicon.lookup(word):
            continue
        near = tables.lexicon.near(word)
        if near and primary_kind(near) == "demonym" and not (tok.dep_ in ("amod", "compound") or word.endswith("s")):
            continue  # a demonym is a modifier or a plural: "Marian said" is a name, not "Malian"
        if near:
            found.append(Item(i, i + 1, word, near, primary_kind(near)))
    return found


def _other_places(items: list[Item], tables: ActorTables) -> None:
    """"Georgia" in an article about US politics is the state: a place, not the country."""
    if not tables.homonyms:
        return
    for it in items:
        found = tables.homonyms.get(fold(it.text)) if it.kind == "country" else None
        if found is None:
            continue
        code, other = found
        own = any(e.code == code for o in items if fold(o.text) != fold(it.text) for e in o.entries)
        elsewhere = any(e.code == other and e.kind in ("country", "seat", "demonym") for o in items for e in o.entries)
        if elsewhere and not own:
            it.kind, it.entries, it.city_code = "city", (), other


def _absorb_place(items: list[Item], doc: Doc, start: int, end: int) -> None:
    """"The Washington Post", "Turkish Airlines": an organisation no table knows whose name opens
    with a place stands for itself, with the place's country, not for the place."""
    inside = [it for it in items if start <= it.start and it.end <= end]
    if not inside or any(it.kind not in ("country", "seat", "demonym") for it in inside):
        return
    if doc[start].lower_ == "the":
        start += 1
    code = inside[0].entries[0].code
    for it in inside:
        items.remove(it)
    items.append(Item(start, end, doc[start:end].text, (), "orgname", city_code=code))


def _valid(doc: Doc, start: int, end: int, entry: Entry, ent_of: dict[int, tuple[int, int, str]],
           tables: ActorTables, keys: list[str], key_set: set[str], published: date) -> bool:
    kind = entry.kind
    ent = ent_of.get(start)
    last = doc[end - 1]
    tagged = doc.has_annotation("POS")
    if kind == "agent":
        return (last.pos_ in NOMINAL or not tagged) and not (ent and ent[2] in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"))
    if kind in ("person", "surname") and start > 0 and keys[start - 1] in HONORIFICS:
        return True  # "Mrs May", whatever the entity recogniser made of "May"
    if ent and ent[2] in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW"):
        return False
    if kind in ("person", "surname"):
        if ent and ent[2] == "PERSON":
            if kind == "surname" and ent[1] != end:
                return False  # a first name or a middle part of another person's name
            before = [keys[i] for i in range(ent[0], start)]
            return all(k in TITLES or tables.lexicon.lookup(k) for k in before)
        if doc[start].pos_ == "PROPN" or kind == "person" or not tagged:
            return True
        # A surname the tagger took for a common noun ("Trump supporters"): only when capitalised
        # inside a sentence, or when the full name is in the article.
        first = doc[start]
        if first.text[:1].isupper() and not first.is_sent_start:
            return True
        if entry.leader is None:
            return False
        if first.dep_ in ("nsubj", "nsubjpass") and first.head.pos_ in ("VERB", "AUX") and entry.leader.active(published):
            return True  # "Trump lost Georgia": a sentence opening with an office holder's name
        return all(fold(w) in key_set for w in entry.leader.name.split())
    if ent and ent[2] == "PERSON" and (ent[1] - ent[0]) > (end - start):
        # "Jordan" in "Michael Jordan"; but "Bosnian Serbs", which the recogniser may take for a
        # name, is only demonyms and peoples
        return kind in ("demonym", "people") and all(
            any(e.kind in ("demonym", "people") for e in tables.lexicon.lookup(doc[i].text)) for i in range(ent[0], ent[1]))
    return True


def _in_caps_run(texts: list[str], start: int, end: int, acronyms: frozenset[str]) -> bool:
    """An acronym inside an all-capitals headline ("NORTH KOREA IS ...", "IS IT?") is not the acronym."""
    words = [t for t in texts[max(0, start - 3):start] + texts[end:end + 3] if t.isalpha() and len(t) >= 2]
    return sum(t.isupper() and t not in acronyms for t in words) >= 2


def _group(doc: Doc, items: list[Item]) -> list[list[Item]]:
    """Items that belong to one noun phrase, joined along compound/amod/poss/appos arcs and
    "in/of/from X" attachments to role nouns."""
    owner: dict[int, int] = {}
    for n, it in enumerate(items):
        for i in range(it.start, it.end):
            owner[i] = n
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if not doc.has_annotation("DEP"):  # no parse: adjacent items form one phrase
        for n in range(1, len(items)):
            if items[n].start == items[n - 1].end:
                parent[find(n)] = find(n - 1)
        groups_flat: dict[int, list[Item]] = {}
        for n, it in enumerate(items):
            groups_flat.setdefault(find(n), []).append(it)
        return sorted(groups_flat.values(), key=lambda g: g[0].start)

    for n, it in enumerate(items):
        tok = doc[it.start:it.end].root
        for _ in range(4):
            dep, par = tok.dep_, tok.head
            if par.i == tok.i:
                break
            seat = _based_in(par) if dep == "pobj" else None
            if seat is not None and seat.i in owner and items[owner[seat.i]].kind in ("agent", "orgname") \
                    and it.kind in PLACE_ITEM_KINDS and owner[seat.i] != n:
                it.attached = par.lower_  # "a newspaper based in Beirut": from the place, not the place itself
                parent[find(n)] = find(owner[seat.i])
                break
            member = _member_of(par) if dep == "pobj" else None
            if member is not None and member.i in owner and items[owner[member.i]].kind == "agent" and owner[member.i] != n:
                parent[find(n)] = find(owner[member.i])  # "fighters loyal to the government": the government's fighters
                break
            if dep == "pobj" and par.lower_ in ATTACHING and par.head.i in owner and par.head.i != tok.i:
                target = owner[par.head.i]
                if items[target].kind in ("agent", "orgname", "org", "people", "demonym") and target != n:
                    parent[find(n)] = find(target)
                break
            if dep == "conj" and par.i in owner and par.dep_ in ("amod", "compound", "nmod") \
                    and items[owner[par.i]].kind in COORDINATED and it.kind in COORDINATED:
                parent[find(n)] = find(owner[par.i])  # "Russian and Syrian officials"
                break
            if dep not in JOINING:
                break
            if par.i in owner and owner[par.i] != n:
                target = owner[par.i]
                joined = [m for m in range(len(items)) if find(m) == find(n)]
                if dep == "appos" and (any(_clash(items[m], items[target]) and not _possessor(doc, items[m])
                                           and not _affiliation_of_a_title(items, joined, m, tok, items[target]) for m in joined)
                                       or not _close_apposition(doc, tok, par, items[target])):
                    break  # only a close apposition: "the secretary of state, Mike Pompeo", not "Pakistan, a US ally"
                if dep in ("nmod", "compound") and _clash(it, items[target]) and any(c.dep_ == "cc" for c in tok.children):
                    break  # "Donald Trump and Theresa May" misparsed as a modifier of "May": two people, not one
                parent[find(n)] = find(target)
                break
            if par.pos_ not in NOMINAL and par.pos_ != "ADJ" and not (par.pos_ == "VERB" and par.dep_ == "amod"):
                break  # a participle such as "backed" in "US-backed forces" passes on to its noun
            tok = par
    _adjacent_places(doc, items, find, parent)
    groups: dict[int, list[Item]] = {}
    for n, it in enumerate(items):
        groups.setdefault(find(n), []).append(it)
    return sorted(groups.values(), key=lambda g: g[0].start)


PLACE_ITEM_KINDS = ("country", "seat", "city", "territory")
BASED = frozenset({"base", "based", "headquarter", "headquartered", "locate", "located"})


def _based_in(prep):  # type: ignore[no-untyped-def]
    """The noun a "based in / headquartered in PLACE" participle describes ("a newspaper based in Beirut")."""
    verb = prep.head
    if prep.lower_ not in ("in", "at") or verb.dep_ != "acl" or (verb.lower_ not in BASED and verb.lemma_ not in BASED):
        return None
    return verb.head


# Words that make a role noun a member or follower of the body they name ("fighters loyal to the
# government", "workers affiliated with the union", "gunmen belonging to a militia"). Being backed
# by, allied or linked to a body does not: "rebels allied with Turkey" are not Turkey's.
MEMBERSHIP = frozenset({"loyal", "affiliated", "affiliate", "belonging", "belong"})


def _member_of(prep):  # type: ignore[no-untyped-def]
    """The role noun a "loyal to / affiliated with / belonging to" modifier describes, or None."""
    word = prep.head
    if prep.lower_ not in ("to", "with") or word.dep_ not in ("amod", "acl") or (word.lower_ not in MEMBERSHIP and word.lemma_ not in MEMBERSHIP):
        return None
    return word.head


def _adjacent_places(doc: Doc, items: list[Item], find: Callable[[int], int], parent: list[int]) -> None:
    """"protesters in Caracas" even when the parser hangs "in Caracas" on the verb: a role noun
    with no country of its own, followed at once by "in/from (the) PLACE", is from that place."""
    has_code = {find(n) for n, it in enumerate(items) if it.kind in PLACE_ITEM_KINDS + ("demonym", "org", "person")}
    for n in range(len(items) - 1):
        agent, place = items[n], items[n + 1]
        if agent.kind != "agent" or place.kind not in PLACE_ITEM_KINDS or find(n) in has_code:
            continue
        between = [t.lower_ for t in doc[agent.end:place.start]]
        if between in (["in"], ["from"], ["in", "the"], ["from", "the"]):
            parent[find(n + 1)] = find(n)


def _possessor(doc: Doc, item: Item) -> bool:
    """"Algeria's" in "Salaheddine Sidhoum, Algeria's leading activist": a possessor, not the apposition's head."""
    return item.end < len(doc) and doc[item.end].lower_ in ("'s", "'", "’s")


def _affiliation_of_a_title(items: list[Item], joined: list[int], m: int, head, target: Item) -> bool:
    """"Johannes Hahn, the EU commissioner", "Jan Smith, the CIA director": a body or country named on the
    title a person's apposition gives them is the person's own, not a second named actor."""
    if target.kind not in ("person", "surname", "name") or items[m].start <= head.i < items[m].end:
        return False
    return any(items[j].kind == "agent" and items[j].start <= head.i < items[j].end for j in joined)


def _close_apposition(doc: Doc, tok, par, target: Item) -> bool:
    """The apposition follows its noun at once ("the secretary of state, Mike Pompeo"), or after the
    noun's own prepositional phrase ("a member of the Syrian parliament, Mohammed Mamoun")."""
    gap = doc[target.end:tok.left_edge.i]
    if len(gap) <= 2:
        return True
    if len(gap) > 8 or gap[-1].text != ",":
        return False
    preps = [c for c in par.children if c.dep_ == "prep" and c.i >= target.end]
    inside = {t.i for c in preps for t in c.subtree}
    return all(t.i in inside for t in gap[:-1]) and not any(t.pos_ in ("VERB", "AUX") for t in gap)


def _clash(a: Item, b: Item) -> bool:
    """Two named things that cannot be one actor ("Trump, Putin")."""
    named = ("person", "surname", "name", "country", "seat", "org", "orgname")
    return a.kind in named and b.kind in named


def _resolve_group(doc: Doc, keys: list[str], group: list[Item], *, published: date, tables: ActorTables,
                   context: Context) -> Resolved | None:
    start, end = group[0].start, max(it.end for it in group)
    span = doc[start:end]
    local = [Item(it.start - start, it.end - start, it.text, it.entries, it.kind, possessor=it.possessor,
                  attached=it.attached, negated=it.negated, backer=it.backer, city_code=it.city_code) for it in group]
    lead = min(2, start)  # "pro-Russian separatists", "ethnic Albanians": the words before count
    for it in local:
        it.start, it.end = it.start + lead, it.end + lead
    mark_roles(local, keys[start - lead:end], phrase_start=lead)
    for it in local:
        it.start, it.end = it.start - lead, it.end - lead
    words = keys[max(0, start - 2):end]
    return Resolved(
        start=start, end=end, head=span.root.i, items=local, words=words,
        actor=None, published=published, tables=tables, context=context,
    )
