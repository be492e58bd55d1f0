"""Parties an event's place supplies.

"Serbia lifted a curfew in Montenegro": the state of the place is on the receiving end.
"killed 23 people in Tel Aviv": people of no country are of the event's place.
"Protesters marched in Caracas": people protesting in a country are its people.
"officials arrived in Cairo": a foreign visitor's host is the state of the place visited.
"Putin met Iran's leaders in Tehran": whom one meets at their home is a host.
How surely the place is the event's own (``PlaceFound``) decides which of these
it may supply.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sanderling.events.arguments import OWN_FORCES
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.provenance import CountryFrom, PlaceFound
from sanderling.events.triggers import TriggerMatch
from sanderling.model import NON_STATE_CODES, Actor, Location

# Material events whose place's state is on the receiving end ("lifted a curfew in Montenegro");
# a demand or a meeting in a city is not addressed to that city's state.
_DONE_TO_A_PLACE = {"ASSAULT", "COERCE", "AID", "RETREAT", "CONCEDE", "MOBILIZE", "SANCTION", "COOPERATE"}


# Backing is given across borders as often as within: "Turkey armed the rebels" arms no Turks.
_BACKING = frozenset({"AID", "SUPPORT"})


# Sectors of armed forces, whose gathering in a country with no state named makes them that country's.
_ARMED = frozenset({"MIL", "PRM", "REB", "INS"})


def _of_the_place(parties: list[Actor], country: str) -> list[Actor]:
    return [replace(p, country=country, rule=p.rule + f"; rather {country}, where the event is") if country in p.country_options and p.country != country else p
            for p in parties]


def parties_from_place(entry: TriggerEntry, lemma: str, actors: list[Actor], recipients: list[Actor], location: Location | None,
                       place_found: PlaceFound | None, *, forces_themselves: bool, lexicon: Lexicon,
                       heads_somewhere: bool = False, attack_named: bool = False) -> tuple[list[Actor], list[Actor]]:
    """The actors and recipients of an event of ``entry`` (trigger ``lemma``), completed from its place.

    ``heads_somewhere``: the trigger names where its movers went ("fled to Lebanon"); ``attack_named``: the actors
    are whose attack killed the recipients ("killed in a US drone strike"), who are then not taken to be their own people.
    """
    attached = place_found is PlaceFound.ATTACHED
    if location is not None and location.country_code and place_found in (PlaceFound.ATTACHED, PlaceFound.CLAUSE):
        # "shelling a Kurdish enclave inside Syria": a people living across states is of the one the event is in,
        # before the one the article mostly names.
        actors, recipients = (_of_the_place(parties, location.country_code) for parties in (actors, recipients))
    if not recipients and actors and location is not None and attached and entry.event in _DONE_TO_A_PLACE:
        # "Serbia lifted a curfew in Montenegro": the place's state is on the receiving end.
        if location.country_code and location.country_code not in {a.country for a in actors}:
            recipients = [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="country of the place the event is attached to",
                                country_from=CountryFrom.ATTACHED_PLACE)]
    # People with no country of their own are taken to be of the actor's ("Serb forces killed three villagers",
    # "Nigerian police jailed 52 activists"), never of a non-state body's code ("killed by Islamic State militants").
    # Not for expulsions: who is expelled ("expelled ten diplomats") is foreign; nor for backing ("armed the rebels").
    home = entry.event not in OWN_FORCES | _BACKING and entry.mode != "expel" and not attack_named and bool(actors) \
        and all(a.country not in NON_STATE_CODES for a in actors)
    if not (heads_somewhere and lexicon.has_role(lemma, "inverse")):
        # but not those who fled somewhere: "the family fled to Lebanon" are not Lebanese
        recipients = _countries_for_countryless(recipients, actors, location, place_found, home=home)
    massing = entry.event == "MOBILIZE" and not heads_somewhere and all(a.sector in _ARMED for a in actors)
    if (forces_themselves or massing) and location is not None and location.country_code and attached:
        # "guerrillas operating in Macedonia have been demobilized", "pro-government forces are massing in Syria's
        # north-west": forces of no named state are the place's (not those sent somewhere: "deployed to Syria").
        actors = [replace(a, country=location.country_code, rule=a.rule + "; country of the event's place", country_from=CountryFrom.FORCES_PLACE)
                  if a.country is None else a for a in actors]
    if lexicon.has_role(lemma, "authority") and location is not None and location.country_code and attached \
            and all(a.country is None and a.name is None for a in actors):
        # "were detained in Tehran", "police detained 30 people in Istanbul": the state where it was done did it.
        state = Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None,
                      rule="the state of the place where its authorities acted", country_from=CountryFrom.AUTHORITY_PLACE)
        actors = [replace(a, country=location.country_code, rule=a.rule + "; state of the place where its authorities acted",
                          country_from=CountryFrom.AUTHORITY_PLACE) for a in actors] or [state]
    if entry.event == "PROTEST" and location is not None and location.country_code and place_found in (PlaceFound.ATTACHED, PlaceFound.CLAUSE):
        # "Protesters marched in Caracas", "protesters tried to block a Los Angeles freeway": people protesting in a
        # country are taken to be its people.
        actors = [replace(a, country=location.country_code, rule=a.rule + "; country of the protest's place", country_from=CountryFrom.PROTEST_PLACE)
                  if a.country is None else a for a in actors]
        if not actors and attached:
            # "Protests erupted across Iran", "Thousands protested in Tehran": protesters no one names are the place's people.
            actors = [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="people of the protest's place",
                            country_from=CountryFrom.PROTEST_PLACE)]
    if not recipients and entry.event in lexicon.domestic_targets and any(a.country or a.name for a in actors):
        # "Egyptian demonstrators rioted", "imposed a curfew in Cizre": aimed at the state where it happens.
        recipients = _domestic_target(actors, location, place_found, "actor" in lexicon.domestic_targets[entry.event])
    if lexicon.has_role(lemma, "visit") or entry.mode == "visit":
        # Only visitors known to be foreign are hosted: "officials arrived in Cairo" may be Egypt's own.
        if any(a.country for a in actors) and not recipients and location is not None and location.country_code and location.country_code not in {a.country for a in actors}:
            recipients = [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="host country of the place visited",
                                country_from=CountryFrom.VISITED_PLACE)]
    return actors, recipients


def meets_host_at_home(trigger: Token, match: TriggerMatch, visitors: list[Actor], hosts: list[Actor], location: Location | None, attached: bool) -> bool:
    """A verb with a direct object ("met X"), at a place (``attached`` to it) in the hosts' country and not in the visitors'."""
    if match.pos != "VERB" or not any(c.dep_ == "dobj" for c in trigger.children) or location is None or not attached:
        return False
    home = location.country_code
    return bool(home) and bool(visitors) and home in {h.country for h in hosts} and home not in {v.country for v in visitors}


def _countries_for_countryless(recipients: list[Actor], actors: list[Actor], location: Location | None, place_found: PlaceFound | None, *, home: bool) -> list[Actor]:
    """Recipients that are only people ("23 people", "demonstrators", "MASSOB") take a country (ICEWS's convention).

    They are of the event's own place ("killed 23 people in Tel Aviv", "sent
    inspectors to Iran"); with no place of the event's clause and when ``home``,
    of the actor's country when the actor is of one country ("Nigerian police
    jailed 52 activists"). A recipient with a country of its own keeps the
    others out.
    """
    if not recipients or any(r.country for r in recipients):
        return recipients
    if location is not None and location.country_code and place_found not in (None, PlaceFound.RECENT):
        country, source, why = location.country_code, CountryFrom.EVENT_PLACE, "country of the event's place"
    elif home and actors and all(a.country for a in actors) and len({a.country for a in actors}) == 1:
        country, source, why = actors[0].country, CountryFrom.ACTORS_COUNTRY, "the actor's own country"
    else:
        return recipients
    return [replace(r, country=country, rule=r.rule + f"; {why}", country_from=source) for r in recipients]


def _domestic_target(actors: list[Actor], location: Location | None, place_found: PlaceFound | None, home: bool) -> list[Actor]:
    """The state an event with no stated target is aimed at (data/domestic_targets.tsv).

    The country of the event's own place; failing that, when ``home``, the
    actor's own country ("Egyptian demonstrators rioted" -> EGY).
    """
    if location is not None and location.country_code and place_found not in (None, PlaceFound.RECENT):
        return [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="state of the place (domestic event)",
                       country_from=CountryFrom.DOMESTIC_PLACE)]
    if home and actors and all(a.country for a in actors) and len({a.country for a in actors}) == 1:
        return [Actor(text=actors[0].text, name=None, country=actors[0].country, sector=None, rule="the actor's own state (domestic event)",
                       country_from=CountryFrom.DOMESTIC_ACTOR)]
    return []
