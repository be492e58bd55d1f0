"""Where an event happened: the place attached to its words, else its clause's, else the recent one.

The places stage finds and resolves place mentions; this module decides
which of them is the event's location, and when a place stands for a
participant instead ("Moscow said", "an attack on the city of Afrin").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from sanderling.events.arguments import MentionIndex
from sanderling.events.provenance import CountryFrom, PlaceFound, Placing
from sanderling.events.tree import in_clause_of
from sanderling.events.triggers import STATE_SECTORS
from sanderling.model import NON_STATE_CODES, Actor, Location
from sanderling.places.context import KIND_LAST_WORDS, NEAR_NOUNS, PLACE_NOUNS
from sanderling.places.gazetteer import Gazetteer
from sanderling.places.resolve import to_location

# Acts a state does on its own ground: with no place named, they happen in the acting state
# ("Turkey released a US pastor", "Iranian police arrested 12 protesters").
_AT_HOME = {("COERCE", None), ("RETREAT", "release")}

# Prepositions after which a country or capital is a scene or destination, not a participant
# ("sent troops to Bosnia"; but "pressure on the Kremlin", "a threat from Turkey").
_SCENE = {"in", "at", "near", "inside", "outside", "across", "throughout", "to", "into"}
# Prepositions that place an event rather than name a participant.
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "into", "around", "throughout", "on", "off", "along", "within", "over"}


_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"})


def _inside_content_clause(token: Token, top: Token) -> bool:
    while token != top and token.head != token:
        if _content_clause(token):
            return True
        token = token.head
    return False


def _content_clause(child: Token) -> bool:
    """A clause that says what a noun asks, claims or plans ("calls to withdraw from Syria", "claims that it
    struck Douma"), not a participle that describes it ("a convoy heading to Afrin", "a man from Birmingham")."""
    if child.dep_ in _CLAUSES:
        return True
    return child.dep_ == "acl" and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that") for c in child.children)


def place_actors(token: Token, places: Sequence[Any]) -> list[Actor]:
    """ "an attack on the city of Afrin": a recipient named by a place stands for its country; a place in a clause
    that modifies the noun does not ("rejected calls to withdraw its troops from Syria")."""
    span = {t.i for t in token.subtree if not _inside_content_clause(t, token)}
    for place in places:
        if place.start in span and place.location.country_code:
            return [Actor(text=place.location.extracted_place, name=None, country=place.location.country_code, sector=None, rule="country of the place named as recipient",
                          country_from=CountryFrom.PLACE_NAMED)]
    return []


# Nouns that say what kind of place a name is, or which part of it: "the capital Kabul",
# "the city of Algiers", "a residential sector of Beirut", "the streets of Caracas".
_KIND_NOUNS = frozenset(PLACE_NOUNS) | NEAR_NOUNS | {
    "capital", "sector", "quarter", "neighbourhood", "neighborhood", "part", "parts", "centre", "center",
    "heart", "streets", "north", "south", "east", "west", "rest"}


def place_phrase(root: Token) -> Token:
    """The noun a place name stands in as the whole place phrase: "the city of Algiers", "the capital Kabul", "Syria's north"."""
    for _ in range(3):
        head = root.head
        if root.dep_ in ("appos", "compound") and head.lower_ in _KIND_NOUNS:
            root = head
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _KIND_NOUNS:
            root = head.head
        elif root.dep_ == "poss" and head.lower_ in _KIND_NOUNS:
            root = head  # "in Syria's north-west", "in the country's capital"
        else:
            break
    return root


def names_a_participant(place: Any, index: MentionIndex, doc: Doc, removals: frozenset[str] = frozenset(),
                        disruptions: frozenset[str] = frozenset(), event_nouns: frozenset[str] = frozenset()) -> bool:
    """ "Moscow said ...", "pressure on the Kremlin": a place named as a participant is an actor, not where the event happened.

    "blocked roads in the capital city of Algiers": a capital after a scene preposition is still a scene,
    and so is the place a removal starts from ("withdrew its troops from Syria"), the place a
    disruption closes ("a strike that shut down Kathmandu") and a city labelling an event ("the Paris attacks").
    """
    if not any(i in index.by_token for i in range(place.start, place.end)):
        return False
    if labels_an_event(place, doc, event_nouns):
        return False
    if closed_by(doc[place.start:place.end].root, disruptions) is not None:
        return False
    phrase = place_phrase(doc[place.start:place.end].root)
    head = phrase.head
    left = (mover := _moved_out_by(head)) is not None and mover.lemma_.lower() in removals
    # "arrested on a Turkish beach": a common noun of a place after any locative preposition is a scene.
    scene = head.lower_ in _SCENE or (phrase.pos_ == "NOUN" and head.lower_ in LOCATIVE)
    return not (head.dep_ == "prep" and (scene or left))


def labels_an_event(place: Any, doc: Doc, event_nouns: frozenset[str]) -> bool:
    """ "the Paris attacks", "the Moscow talks", "the Idlib offensive": a city's name before a noun of an event
    says where it happened. A seat of power there is no party; that takes a possessive ("Moscow's talks")."""
    root = doc[place.start:place.end].root
    if not ((place.location.feature_code or "").startswith("PPL") and root.dep_ in ("compound", "nmod")
            and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in event_nouns):
        return False
    # "the Baghdad–Washington talks", "the US-Russia summit": two names before the noun are its sides.
    return sum(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in root.head.children) == 1


def _moved_out_by(preposition: Token) -> Token | None:
    """The word a "from X" or "out of X" phrase hangs on: "withdrew from Syria", "pulled out of Crimea"."""
    if preposition.lower_ == "from":
        return preposition.head
    if preposition.lower_ == "of" and preposition.head.lower_ == "out":
        return preposition.head.head
    return None


# Head nouns of a place that can be closed, after its name: "the Rafah border crossing", "the Kabul airport road".
_CLOSABLE = KIND_LAST_WORDS | {"border", "road", "highway", "motorway", "airport", "port", "harbour", "junction", "square", "city"}


def disrupts(verb: Token, disruptions: frozenset[str]) -> bool:
    """A verb of closing a place or bringing it to a halt: "shut down", "paralysed", "brought ... to a standstill"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in disruptions:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in disruptions for g in c.children)
               for c in verb.children)


def closed_by(root: Token, disruptions: frozenset[str]) -> Token | None:
    """The disruption verb whose object the place is ("shut down Kathmandu", "Kathmandu was paralysed"), else None."""
    phrase = place_phrase(root)
    while phrase.dep_ == "compound" and phrase.head.lower_ in _CLOSABLE:
        phrase = phrase.head  # "the Kapikule border crossing"; not "blocks US migrants"
    if phrase.dep_ in ("dobj", "nsubjpass") and disrupts(phrase.head, disruptions):
        return phrase.head
    return None


# Subordinators of a clause that happens with the event, at its scene ("were killed when US forces
# struck in eastern Syria"); "since" or "before" clauses tell of another occasion.
_ALONGSIDE = {"when", "as", "while", "whilst", "where"}


def _opens_a_clause(token: Token) -> bool:
    """A verb with a clause of its own: a place inside it is that clause's, not the event's.

    Not a participle describing a noun ("a meeting held in Geneva"), a predicate sharing
    the event's subject ("kidnapped advisers and exploded bombs in Kabul"), nor a clause
    of what happens alongside it ("killed when troops stormed a village in X").
    """
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return False  # a verb in a noun's place is a noun to the walk: "evacuated the wounded from X"
    if token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _ALONGSIDE for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children):
        return True
    # Subjectless: a predicate sharing the event's subject ("and exploded bombs in Kabul"), a purpose
    # clause ("fought alongside the SDF to oust Isis from Syria"), a participle on a noun; but not a
    # comment on the event ("released accounts of the call, highlighting tensions in Syria").
    return not (token.dep_ == "conj" or (token.dep_ == "advcl" and _infinitive(token))
                or (token.dep_ == "acl" and token.tag_ in ("VBN", "VBG")))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Prepositions that put an event inside an occasion: "gathered at the Munich conference".
_TAKING_PART = {"at", "in", "during"}


def _labels_an_occasion(root: Token, own: set[int], occasions: frozenset[str]) -> bool:
    """ "outside the Geneva process", "dismissed the Sochi conference": the name is another occasion's place,
    not this event's, unless the event takes part in the occasion ("agreed at the Geneva talks")."""
    occasion = root.head
    if root.dep_ not in ("compound", "nmod") or occasion.i in own or occasion.lemma_.lower() not in occasions:
        return False
    return not (occasion.dep_ == "pobj" and occasion.head.lower_ in _TAKING_PART)


def _labels_another(place: Any, doc: Doc, own: set[int], occasions: frozenset[str], event_nouns: frozenset[str]) -> bool:
    """The place names another occasion ("the Geneva process") or, a city, another event ("condemned the Paris attacks")."""
    root = doc[place.start:place.end].root
    return _labels_an_occasion(root, own, occasions) or (labels_an_event(place, doc, event_nouns) and _labels_an_occasion(root, own, event_nouns))


def scene_places(places: Sequence[Any], doc: Doc, occasions: frozenset[str], event_nouns: frozenset[str] = frozenset()) -> list[Any]:
    """The places a sentence sets its story in, for the sentences after it: not "the Geneva process", "the Paris attacks"."""
    return [p for p in places if not _labels_another(p, doc, set(), occasions, event_nouns)]


def locate(trigger: Token, anchor: Token, places: Sequence[Any], recent_place: Any | None, *,
           removal: bool = False, occasions: frozenset[str] = frozenset(),
           disruptions: frozenset[str] = frozenset(), words: Sequence[Token] = (),
           event_nouns: frozenset[str] = frozenset()) -> tuple[Location | None, Placing | None]:
    """The event's location and how it was chosen (None when there is none).

    In order: the place attached to the event's words ("in Hanoi, the North
    demanded"), a place of its own or a governing clause, a scene said deeper
    in its words (``_in_the_events_words``), the recent place; a town the
    event's words name inside the country or region chosen is finer. Never a
    place from another occasion's clause: in "the talks will be Kim's first
    meeting since negotiations in Hanoi collapsed", Hanoi is where the
    negotiations were, not the meeting.
    A ``removal`` ("evacuated the wounded from Gorazde") happens where it starts, and a disruption
    where it closes ("blocked the Europe Bridge"; ``disruptions``: its verbs). A name
    labelling an occasion noun is that occasion's place: "the Sochi conference" places the
    conference, and nothing else ("outside the Geneva process").
    """
    own = {trigger.i, anchor.i, *(t.i for t in words)}  # "called a strike that crippled Lagos": the phrase's noun too
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ in ("NOUN", "PROPN"):
        own.add(trigger.head.head.i)  # "a congress of dialogue which brings delegations together in Sochi"
    places = [p for p in places if not _labels_another(p, trigger.doc, own, occasions, event_nouns)]
    within = [p for p in places if _in_the_events_words(trigger.doc[p.start:p.end].root, own)]
    chosen = next((p for p in places if closed_by(trigger.doc[p.start:p.end].root, disruptions) == trigger
                   or _attached(trigger.doc[p.start:p.end].root, own, removal=removal)), None)
    found, how = PlaceFound.ATTACHED, "attached to the event"
    if chosen is None:
        chosen = next((p for p in places if in_clause_of(trigger.doc[p.start:p.end].root, anchor)), None)
        found, how = PlaceFound.CLAUSE, "place of the event's clause"
    if chosen is None and within:
        chosen, found, how = within[0], PlaceFound.WORDS, "place in the event's words"
    if chosen is not None:
        finer = _finer_place(chosen, within)
        if finer is not None:
            return finer.location, Placing(found, f"{how} ('{chosen.location.extracted_place}'), within it '{finer.location.extracted_place}'")
        return chosen.location, Placing(found, f"{how} ('{chosen.location.extracted_place}')")
    if recent_place is not None:
        return recent_place.location, Placing(PlaceFound.RECENT, f"recent place '{recent_place.location.extracted_place}'")
    return None, None


def _attached(current: Token, own: set[int], *, removal: bool) -> bool:
    """The place is the scene of the event's own words: "in X" on the event, its object or its phrase."""
    if current.dep_ in ("compound", "nmod") and current.head.i in own:
        return True  # "the Sochi conference"
    locative = False
    # Deep enough for "killed in an attack on a village in the western province of Herat".
    for _ in range(10):
        if current.i in own:
            return locative
        if current.head == current:
            return False
        locative = locative or (current.dep_ == "prep" and (current.lower_ in LOCATIVE or removal and _moved_out_by(current) is not None))
        current = current.head
        if current.i not in own and _opens_a_clause(current):
            return False
    return False


# Subordinators of a clause of another time than the event's: "the first meeting since talks in Hanoi collapsed".
_ANOTHER_TIME = {"since", "before", "after", "until", "till", "once"}


# Prepositions that set a scene, for a place said deeper in the event's words: not "to Europe",
# "according to the Pentagon", "implications for its reputation in ...".
_SCENE_WITHIN = {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within"}


def _in_the_events_words(root: Token, own: set[int]) -> bool:
    """The place is a scene said within the event's own words, not in a clause of another time, another
    subject's statement or a description of another noun: "would not meet demands to release prisoners
    in Iraq", "a strike that shut down Kathmandu", "resigned as the opposition stormed his office in X"."""
    current = place_phrase(root)
    if current.dep_ == "pobj" and current.head.lower_ not in _SCENE_WITHIN:
        return False
    for _ in range(16):
        if current.i in own:
            return True
        if current.head == current:
            return False
        current = current.head
        if current.pos_ not in ("VERB", "AUX") or current.i in own or current.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        marks = {c.lower_ for c in current.children if c.dep_ in ("mark", "advmod")}
        if marks & _ANOTHER_TIME:
            return False
        if current.dep_ == "relcl" and current.head.i in own:
            continue  # "a strike that shut down Kathmandu": the event noun's own clause
        if current.dep_ == "acl" and current.tag_ != "VB":
            return False  # "fighters captured in Syria": a description of another noun
        if current.dep_ == "advcl" and (marks & _ALONGSIDE or _infinitive(current)):
            continue  # alongside it, or its purpose: "fought to oust Isis from its last towns in Syria"
        if current.dep_ == "advcl":
            return False  # a comment on it: "released accounts of the call, highlighting tensions in Syria"
        if current.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in current.children):
            return False  # another subject's clause: "acknowledged that the US's reputation in X ..."
    return False


def _finer_place(chosen: Any, within: Sequence[Any]) -> Any | None:
    """A town or city the event's words name inside the country chosen: "parties in Nepal organised a
    strike that shut down Kathmandu" happened in Kathmandu."""
    if chosen.location.resolution != "country" or not chosen.location.country_code:
        return None  # a province's towns are not known to the gazetteer's Location: "in Diyala, Mosul and Anbar"
    return next((p for p in within if p is not chosen and p.location.country_code == chosen.location.country_code
                 and p.location.resolution in ("city", "place") and p.how not in ("near X", "to X", "from X")), None)


def home_location(event: str, mode: str | None, actors: Sequence[Actor]) -> tuple[Location | None, Placing | None]:
    """The acting state's own country for an act a state does at home, when no place is named."""
    if (event, None) not in _AT_HOME and (event, mode) not in _AT_HOME:
        return None, None
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries or countries & NON_STATE_CODES or any(a.sector is not None and a.sector not in STATE_SECTORS for a in actors):
        return None, None
    country = next(iter(countries))
    place = Gazetteer.default().country(country)
    # No words of the text name the place: the extracted place is the country's own name.
    location = to_location(place.name, place) if place is not None else None
    if location is None:
        return None, None
    return location, Placing(PlaceFound.ACTING_STATE, f"the acting state's own country ('{actors[0].text}')")

