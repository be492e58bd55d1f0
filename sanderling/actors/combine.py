"""Turn the table matches inside one mention into one ``Actor``.

A mention is a list of ``Item``s (matched table entries or unknown names) with their role in the
phrase: the core of the noun phrase, a possessor ("Erdogan's spokesman"), a prepositional
attachment ("protesters in Caracas") or a negated modifier ("US-backed forces"). Country comes
from the most specific core item, then possessors, then attachments; sector from the head term.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sanderling.actors.lexicon import Entry
from sanderling.actors.tables import ActorTables, Leader
from sanderling.model import INTERNATIONAL_BODY_CODES, NON_STATE_CODES, Actor

LEADER_KINDS = ("person", "surname")
# A bare surname may still mean someone who left office this recently, or who takes it this soon
# (future leaders are in the news before their term: "Obama" the senator).
GRACE_AFTER_DAYS, GRACE_BEFORE_DAYS = 4 * 365, 10 * 365
PLACE_KINDS = ("country", "seat", "territory", "demonym", "city")
# Heads that take their sector from a modifier: "rebel leader" REB, "police chief" COP.
GENERIC_HEADS = frozenset({
    "leader", "leaders", "chief", "chiefs", "head", "heads", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "spokesmen", "spokeswomen", "commander", "commanders", "member", "members", "representative",
    "representatives", "delegation", "delegations", "negotiator", "negotiators", "adviser", "advisers", "advisor",
    "chairman", "ally", "allies", "supporter", "supporters", "fighter", "fighters", "group", "groups", "coalition",
    "coalitions",
})
NEGATING_SUFFIXES = ("backed", "supported", "allied", "aligned", "sponsored", "funded", "trained", "armed", "friendly", "leaning")
# "Turkish-backed rebels", "Saudi-funded militias": a backer named, never the backed group's own state
BACKING_SUFFIXES = ("backed", "supported", "sponsored", "funded", "trained", "armed")
FORMER_WORDS = frozenset({"former", "ex", "ousted", "exiled", "deposed", "late", "then"})
# Words that name a person out of office as they are now ("the former president said"): what they do may be today's news.
OUT_OF_OFFICE_NOW = frozenset({"former", "ex", "ousted", "exiled", "deposed", "retired"})


@dataclass(slots=True)
class Item:
    """Matched entries (or an unknown name, ``entries`` empty) on tokens ``start``..``end``."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...] = ()
    kind: str = ""  # primary kind: person, surname, org, country, seat, territory, demonym, agent, name, city
    possessor: bool = False
    attached: str | None = None  # the preposition, for "in Caracas"
    after_comma: bool = False  # an apposition: "Razan Zaitouneh, a Syrian activist"
    negated: bool = False
    ethnic: bool = False  # "ethnic Albanians": a people, of the state they live in (also negated: not their demonym's state)
    backer: bool = False  # "Turkish-backed": who backs the head (also negated: not the backed group's state)
    city_code: str | None = None
    antecedent: Actor | None = None  # set by coreference for a name resolved to an earlier mention

    @property
    def core(self) -> bool:
        return not (self.possessor or self.attached or self.negated)


@dataclass(slots=True)
class Context:
    """What the rest of the document says, for choosing between same-named leaders."""

    countries: Collection[str] = field(default_factory=tuple)
    counts: Mapping[str, int] = field(default_factory=dict)  # country mentions per code in the article
    # Full names of the people the article names, by their last word: "Abbott" after "Diane Abbott" is her.
    people: Mapping[str, frozenset[str]] = field(default_factory=dict)


# An article's own state: the only one it names, or one with three quarters of at least three mentions.
MAIN_SHARE, MAIN_MIN = 0.75, 3


def article_state(context: Context, *, besides: Collection[str] = ()) -> str | None:
    """The state the article is about (see MAIN_SHARE), counting no mention of the states in ``besides``."""
    counts = {code: n for code, n in context.counts.items() if code not in NON_STATE_CODES and code not in besides}
    total = sum(counts.values())
    if not total:
        return None
    code, top = max(counts.items(), key=lambda kv: kv[1])
    return code if len(counts) == 1 or (top >= MAIN_MIN and top / total >= MAIN_SHARE) else None


def primary_kind(entries: Sequence[Entry]) -> str:
    kinds = [e.kind for e in entries]
    for kind in ("person", "org", "country", "seat", "territory", "demonym", "people", "surname", "agent"):
        if kind in kinds:
            return kind
    return kinds[0] if kinds else "name"


def choose_leader(
    entries: Sequence[Entry], *, published: date, country: str | None, context: Context, title: str | None = None
) -> tuple[Leader, str] | None:
    """The leader a name refers to on ``published``: an office holder on that day, narrowed by the
    phrase's country and the document's countries; a full name out of office falls back to its
    nearest term (how = "former" or "before"). Surnames alone need an office holder."""
    rows = [e.leader for e in entries if e.kind in LEADER_KINDS and e.leader is not None]
    if not rows:
        return None
    full = any(e.kind == "person" for e in entries)
    active = [r for r in rows if r.active(published)]
    if country:
        same = [r for r in active if r.country == country]
        if same or not full:
            active = same
    names = {r.name for r in active}
    if len(names) > 1 and context.countries:
        in_doc = [r for r in active if r.country in context.countries]
        if in_doc:
            active = in_doc
            names = {r.name for r in active}
    if active and (len(names) == 1 or full):
        return _most_senior(active), "active"
    senior = [r for r in active if r.role in _SENIORITY]
    if len({r.name for r in senior}) == 1:
        return senior[0], "active"  # "Kim" in 2019: the leader rather than his sister
    if active:
        return None
    nearest = min(rows, key=lambda r: r.distance(published))
    if not full:
        titled = [r for r in rows if title and title in r.role and (not country or r.country == country)]
        if titled and len({r.name for r in titled}) == 1:
            # "President Reagan" years later: the title names the office the surname held
            nearest = min(titled, key=lambda r: r.distance(published))
            how = "before" if nearest.start and published < nearest.start else "former"
            return nearest, how
        near = {r.name for r in rows if r.distance(published) <= _grace(r, published)}
        if len(near) != 1 or nearest.distance(published) > _grace(nearest, published) or _someone_else(nearest, context):
            return None
    how = "before" if nearest.start and published < nearest.start else "former"
    return nearest, how


def _someone_else(row: Leader, context: Context) -> bool:
    """The article names another person of the surname ("Diane Abbott"), and not this leader by full name."""
    namesakes = context.people.get(row.name.split()[-1].lower(), frozenset())
    own = {row.name.lower(), *(a.lower() for a in row.aliases)}
    return bool(namesakes) and not namesakes & own


def _grace(row: Leader, published: date) -> int:
    return GRACE_BEFORE_DAYS if row.start and published < row.start else GRACE_AFTER_DAYS


_SENIORITY = ("president", "prime minister", "monarch", "supreme leader", "leader", "chancellor")


def _most_senior(rows: Sequence[Leader]) -> Leader:
    for role in _SENIORITY:
        for row in rows:
            if row.role == role:
                return row
    return rows[0]


def resolve_items(
    items: Sequence[Item], *, text: str, words: Sequence[str], published: date, tables: ActorTables,
    context: Context | None = None,
) -> Actor | None:
    """One actor for a mention's items; ``words`` are the mention's lower-cased tokens (for "former")."""
    if not items:
        return None
    context = context or Context()
    core = [it for it in items if it.core]
    head = head_item(core) if core else items[-1]
    reasons: list[str] = []

    hint = _place_code(core) or _place_code([it for it in items if it.possessor])
    person: Leader | None = None
    how = ""
    person_item = next((it for it in reversed(core) if it.kind in LEADER_KINDS or it.kind == "name"), None)
    if person_item is not None and person_item.antecedent is not None:
        ante = person_item.antecedent
        reasons.append(f"coreference: {person_item.text!r} -> {ante.name}")
    elif person_item is not None and person_item.kind in LEADER_KINDS:
        title = next((e.role for it in core if it.kind == "agent" and it.end <= person_item.start
                      for e in it.entries if e.role), None)
        chosen = choose_leader(person_item.entries, published=published, country=hint, context=context, title=title)
        if chosen:
            person, how = chosen
            reasons.append(person.describe() + ("" if how == "active" else f" [{how} term]"))

    # Country: the person, else the rightmost core item with a code, else possessor, else attachment.
    country: str | None = None
    options: tuple[str, ...] = ()  # the states a people's country was chosen among, and the one chosen
    chosen_of_options: str | None = None
    if person_item is not None and person_item.antecedent is not None:
        country = person_item.antecedent.country
    elif person is not None:
        country = person.country
    else:
        attached = [it for it in items if it.attached]
        groups = [core, [it for it in items if it.possessor], attached]
        if head.kind == "demonym" and head.core and _place_code(attached):
            groups = [attached, core]  # "Albanians of southern Serbia": residents of the place
        elif _people_placed(core, attached):
            groups = [attached, core]  # "Kurdish forces in Afrin": the Kurds of the state the place is in
        elif _envoy_to_a_body(head, core, groups[1]):
            groups = [groups[1], core]  # "Russia's UN ambassador": Russia's envoy at the UN, not the UN's
        if head.kind == "agent" and any(e.relational for e in head.entries):
            # "US allies", "Assad's ally": whose ally it is. The ally's own: a nationality ("his Russian ally", "Kurdish
            # allies"), a body it belongs to ("Nato allies"), or the name it stands beside ("Russia, Assad's ally").
            beside = [it for it in core if it.end <= head.start and "," in words[it.end:head.start]]
            groups = [[it for it in core if it.kind in ("demonym", "people", "org", "orgname") or it in beside]]
        for group in groups:
            country, src, among = _rightmost_code(group, published=published, context=context)
            if country:
                reasons.append(src)
                # ("Turkish Kurds" are Turkey's whatever the place: a nationality named with the people settles it)
                if among and not any(it.kind in ("demonym", "country") for it in group):
                    options, chosen_of_options = among, country
                break
        if country is None:
            default = next((e for it in reversed(core) if it.kind == "agent" for e in it.entries if e.code), None)
            if default is not None:
                country = default.code
                reasons.append(f"{default.source} implies {default.code}")

    ethnic = next((it for it in items if it.ethnic), None)
    if country is None and person is None and ethnic is not None:
        # "ethnic Albanians in south Serbia", "ethnic Turks" in an article about Sweden: a people counts as
        # the state it lives in, named by the phrase's place, else the article's state other than its own
        own = {e.code for e in ethnic.entries if e.code}
        country = _place_code([it for it in items if it.attached]) or article_state(context, besides=own)
        if country:
            reasons.append(f"ethnic {ethnic.text!r}: living in {country}")
    backer = next((it for it in items if it.backer), None)
    if country is None and person is None and backer is not None and head.kind == "agent":
        # "Turkish-backed rebels", "US-backed forces": a state's proxies fight elsewhere, so they are of the place
        # the phrase names, else of the article's state other than their backer's
        own = {e.code for e in backer.entries if e.code}
        country = _place_code([it for it in items if it.attached]) or article_state(context, besides=own)
        if country:
            reasons.append(f"backed by {backer.text!r}: of {country}")
    agent_items = [it for it in core if it.kind == "agent"]
    former = any(w in FORMER_WORDS for w in words)
    attached = [it for it in items if it.attached]
    sector = _sector(head, core, agent_items, person, how, person_item, reasons, attached)
    if former and sector in (None, "GOV", "MIL", "LEG", "JUD"):
        sector = "ELI"
        reasons.append("'former' -> ELI")

    name = _name(head, person, person_item, tables)
    namesake = _another_states_institution(head, core)
    if namesake is not None:
        country, name = namesake, None
        reasons.append(f"a {namesake} demonym before the state institution {head.text!r}: that state's own")
    if head.ethnic:
        name, sector = None, "CVL"  # the people themselves
    elif not head.core:  # only attachments or possessors: the head noun is something no table knows
        name, sector = None, None
    if head.kind == "agent" and len(agent_items) == len(core) and country is None and name is None:
        reasons.append("role term without a country")
    dated = tables.as_of(country, published)
    if dated != country:
        reasons.append(f"successions.tsv: {country} was part of {dated} on {published.isoformat()}")
        if name is not None and name == tables.country_name(country):
            name = tables.country_name(dated)
        country = dated
    if country is None and sector is None and name is None:
        return None
    return Actor(text=text, name=name, country=country, sector=sector, rule="; ".join(dict.fromkeys(r for r in reasons if r)),
                 term_ended=_term_told(person, how, person_item, words, agent_items), country_options=options if country == chosen_of_options else ())


def _term_told(person: Leader | None, how: str, person_item: Item | None, words: Sequence[str],
               roles: Sequence[Item]) -> date | None:
    """The end of the office a person named out of it held, when the mention names them by that office or by name
    alone. Called former, or by some other role ("Democratic nominee Hillary Clinton"), they act as they are now.
    A later mention by name ("Obama" after "Barack Obama") is read as its antecedent was."""
    if any(w in OUT_OF_OFFICE_NOW for w in words):
        return None
    if person_item is not None and person_item.antecedent is not None:
        return person_item.antecedent.term_ended
    if person is None or how != "former":
        return None
    if any(not any(e.role and e.role in person.role for e in it.entries) for it in roles):
        return None
    return person.end


def head_item(core: Sequence[Item]) -> Item:
    """The rightmost core item, unless a named person precedes role words that only describe them
    in apposition ("Razan Zaitouneh, a Syrian human rights activist")."""
    people = [n for n, it in enumerate(core) if it.kind in ("person", "surname", "name")]
    if people:
        last = people[-1]
        later = core[last + 1:]
        if later and later[0].after_comma and all(it.kind in ("agent", "demonym", "country", "org", "orgname") for it in later):
            return core[last]
    return core[-1]


def _place_code(items: Sequence[Item]) -> str | None:
    for it in reversed(items):
        for e in it.entries:
            if e.kind in PLACE_KINDS and e.code and not it.negated:
                return e.code
    return None


def _rightmost_code(items: Sequence[Item], *, published: date, context: Context) -> tuple[str | None, str, tuple[str, ...]]:
    """The country the rightmost item with one gives, why, and the states it was chosen among when the item is a
    people living across several and the article's own countries chose."""
    items = _first_of_demonym_pairs(items)
    for it in reversed(items):
        if it.kind in LEADER_KINDS:
            chosen = choose_leader(it.entries, published=published, country=None, context=context)
            if chosen:
                return chosen[0].country, f"{chosen[0].describe()} {it.text!r}", ()
        if it.antecedent is not None and it.antecedent.country:
            return it.antecedent.country, f"coreference: {it.text!r}", ()
        if it.city_code:
            what = "organisation named after a place" if it.kind == "orgname" else "gazetteer city"
            return it.city_code, f"{what} {it.text!r} -> {it.city_code}", ()
        if it.kind == "people" and not it.negated:
            entry = it.entries[0]
            named = next((e.code for other in items if other.kind in ("demonym", "country") and not other.negated
                          for e in other.entries if e.code in entry.options), None)
            if named is not None:
                return named, f"{entry.source} {it.text!r} named as {named}'s", ()  # "Syrian Kurds", "Turkish Kurd refugees"
            known = [(context.counts.get(code, 0), code) for code in entry.options if context.counts.get(code, 0)]
            if known:
                code = max(known)[1]
                return code, f"{entry.source} {it.text!r} -> {code}, the article's country among {'/'.join(entry.options)}", tuple(entry.options)
            continue
        for e in _ranked(it.entries):
            if e.code and e.kind not in LEADER_KINDS and e.kind != "agent":
                return e.code, f"{e.source} {it.text!r} -> {e.code}", ()
    return None, "", ()


_STATE_SECTORS = frozenset({"LEG", "GOV", "JUD"})


def _another_states_institution(head: Item, core: Sequence[Item]) -> str | None:
    """ "Syrian Congress": an institution of one state named by one word ("Congress") after another state's demonym
    is that state's namesake body; the country is the demonym's."""
    if head.kind != "org" or not head.entries or " " in head.text.strip():
        return None
    entry = _ranked(head.entries)[0]
    if entry.sector not in _STATE_SECTORS or not entry.code:
        return None
    before = [it for it in core if it.end <= head.start and it.kind in ("demonym", "country")]
    codes = {e.code for it in before for e in it.entries if e.code}
    return next(iter(codes)) if len(codes) == 1 and entry.code not in codes else None


def _envoy_to_a_body(head: Item, core: Sequence[Item], possessors: Sequence[Item]) -> bool:
    """A state's role at an international body: "Russia's UN envoy", "France's EU ambassador"."""
    body = any(it.kind == "org" and any(e.code in INTERNATIONAL_BODY_CODES for e in it.entries) for it in core)
    state = any(e.code and e.code not in INTERNATIONAL_BODY_CODES and e.kind in ("country", "seat", "demonym")
                for it in possessors for e in it.entries)
    return head.kind == "agent" and body and state


def _people_placed(core: Sequence[Item], attached: Sequence[Item]) -> bool:
    """Whether a people that lives across states is placed by the phrase in one of them."""
    place = _place_code(attached) or next((it.city_code for it in reversed(attached) if it.city_code), None)
    return place is not None and any(it.kind == "people" and not it.negated and place in it.entries[0].options for it in core)


def _first_of_demonym_pairs(items: Sequence[Item]) -> list[Item]:
    """In "Bosnian Serbs" or "Greek-Cypriot" the first adjective is the country, the second the people."""
    out = list(items)
    while len(out) >= 2 and out[-1].kind == "demonym" and out[-2].kind == "demonym" and out[-1].start - out[-2].end <= 1:
        out.pop()
    return out


def _ranked(entries: Sequence[Entry]) -> list[Entry]:
    order = {"org": 0, "country": 1, "seat": 2, "territory": 3, "demonym": 4}
    return sorted(entries, key=lambda e: order.get(e.kind, 9))


def _sector(
    head: Item, core: Sequence[Item], agents: Sequence[Item], person: Leader | None, how: str,
    person_item: Item | None, reasons: list[str], attached: Sequence[Item] = (),
) -> str | None:
    if head.kind in ("person", "surname", "name"):
        if person_item is not None and person_item.antecedent is not None:
            return person_item.antecedent.sector
        if person is not None and how == "active":
            return person.sector
        if person is not None and how == "former":
            return "ELI"  # out of the office the table knows: a former official
        if agents:
            return _agent_sector(agents, core, reasons, attached)
        return None
    if head.kind == "agent":
        return _agent_sector(agents or [head], core, reasons, attached)
    entry = _ranked(head.entries)[0] if head.entries else None
    if entry is None or head.kind == "city":
        return None
    if entry.kind in ("country", "seat"):
        return "GOV"
    if entry.kind == "demonym":
        return None
    return entry.sector


def _agent_sector(agents: Sequence[Item], core: Sequence[Item], reasons: list[str],
                  attached: Sequence[Item] = ()) -> str | None:
    if not agents or not agents[-1].entries:
        return None
    head = agents[-1]
    entry = head.entries[0]
    if head.text.lower() in GENERIC_HEADS or entry.sector is None:  # (a role of no sector of its own: "UN inspectors")
        before = [it for it in core if it is not head and it.start < head.start]
        # "rebel leader", "Hamas official"; then "spokesman for the Taliban"
        for it in [*reversed(before), *[a for a in attached if a.attached in ("for", "of", "from") and a.start > head.start]]:
            for e in it.entries:
                if e.kind in ("agent", "org") and e.sector:
                    reasons.append(f"{e.source} {it.text!r} -> {e.sector}")
                    return e.sector
    reasons.append(f"{entry.source} {head.text!r} -> {entry.sector}")
    return entry.sector


def _name(head: Item, person: Leader | None, person_item: Item | None, tables: ActorTables) -> str | None:
    if head.kind in ("person", "surname", "name"):
        if person_item is not None and person_item.antecedent is not None:
            return person_item.antecedent.name
        if person is not None:
            return person.name
        return head.text if head.kind == "name" else None
    if head.kind == "org":
        return _ranked(head.entries)[0].name
    if head.kind == "orgname":
        return head.text
    if head.kind in ("country", "seat"):
        return tables.country_name(_ranked(head.entries)[0].code)
    if head.kind in ("territory", "people"):
        return head.entries[0].name
    if head.kind == "city":
        return head.entries[0].name if head.entries else head.text
    return None
