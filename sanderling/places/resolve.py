"""Resolve one place name to a gazetteer entry, and say why.

Scoring, highest wins: log10 of the population, plus a bonus by kind of place
(a country or a region always beats a homonymous town, so "Africa" is the
continent and "Oklahoma" the state), a bonus when the place lies in one of the
countries of the document or the event, a bonus for the capital called by its own name, a smaller
one when the name is the place's main name rather than an alternate one, and
the preference the words around the name express ("the province of X",
"the town of X"). An administrative qualifier ("Paris, Texas"; "Bam, Iran")
first narrows the candidates to those inside it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sanderling.model import Location
from sanderling.places.gazetteer import Gazetteer, Place
from sanderling.places.names import name_key

CITY, ADMIN = "city", "admin1"
_LEADING = re.compile(r"^(?:the|of)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_INNER_POSSESSIVE = re.compile(r"(?:'s|’s)\s+")
_DIRECTION = re.compile(
    r"^(?:(?:far|the)\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
    r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?|mid|greater|occupied|rural|downtown|"
    r"inner|outer)[- ]+(.+)$",
    re.IGNORECASE,
)
_DIRECTION_ONLY = re.compile(
    r"^(?:the )?(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|"
    r"north ?(?:east|west)|south ?(?:east|west)|mid|upper|lower|interior|coast|capital)$"
)
_HEAD_BEFORE = re.compile(
    r"^(?:the\s+)?(?:(province|governorate|state|region|district|oblast|county|prefecture)|"
    r"(city|town|village|port|capital|hamlet|enclave|suburb|district capital))\s+of\s+(.+)$",
    re.IGNORECASE,
)
_HEAD_AFTER = re.compile(
    r"^(.+?)\s+(?:(province|governorate|state|region|district|oblast|county|prefecture|area)|"
    r"(city|town|village|port)|(peninsula|island|islands|valley|strip|mountains|border|crossing|"
    r"refugee camp|camp|airport|border crossing))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved name: the place (or None), the reasons, and the name actually looked up."""

    place: Place | None
    reasons: list[str]
    looked_up: str


def _describe(place: Place) -> str:
    where = place.country or "-"
    if place.admin1 and not place.is_admin1:
        where += f"/{place.admin1}"
    return f"{place.name} ({where}, {place.feature_code}, pop {place.population:,})"


@dataclass(frozen=True, slots=True)
class Hints:
    """What the text around a name says: the countries of the name's own phrase (``local``:
    "the Bosnian town of X"), of its sentence or event (``context``), of the whole article
    (``background``, a tie-breaker), and the level it asks for (``prefer``: "city" or "admin1")."""

    context: tuple[str, ...] = ()
    local: tuple[str, ...] = ()
    prefer: str | None = None
    background: tuple[str, ...] = ()

    def asking(self, prefer: str | None) -> Hints:
        return Hints(self.context, self.local, self.prefer or prefer, self.background)


def score(place: Place, *, key: str, hints: Hints) -> float:
    """How likely ``place`` is the place a news text means by a name with this key."""
    value = math.log10(place.population + 10)
    if place.is_country:
        value += 10
    elif place.is_region:
        value += 9
    elif place.source == "extra":
        value += 7  # a curated division, island, crossing or landmark: no population, named on purpose
    elif place.is_admin1:
        value -= 1  # its population is the sum of its towns: discount it against a same-name city
    own_name = name_key(place.name) == key
    if place.feature_code == "PPLC" and own_name:
        value += 2  # not for a capital's former name: "Salisbury" is Wiltshire's before it is old Harare
    if place.country and place.country in hints.local:
        value += 3  # "the Bosnian town of X": the phrase itself says which country
    elif place.country and place.country in hints.context:
        # the article's or the event's countries favour a notable place there, barely a village:
        # "negotiators of the U.S. return to Geneva" is still Switzerland
        notable = place.population >= 100_000 or not place.is_populated
        value += 3 if notable else 0.5
    elif place.country and place.country in hints.background:
        value += 0.5  # named somewhere in the article: breaks ties, overrules no population gap
    # A place's own name over another's alternate one; an alternate name (often a former one) also gives up a
    # tenth of its population's weight, so "Salisbury" in an English story stays English.
    value += 0.5 if own_name else -1
    if hints.prefer == ADMIN:
        value += 6 if (place.is_admin1 or place.is_region) else -2
    elif hints.prefer == CITY:
        value += 6 if place.is_populated else -8
    return value


def _inside(place: Place, container: Place) -> bool:
    if container.country is None or place.country != container.country:
        return False
    return not container.is_admin1 or place.admin1 == container.admin1


def _named_for_its_city(division: Place, candidates: list[Place]) -> bool:
    """A division that shares its name with a city holding a quarter of its people ("New York", "Idlib")."""
    return any(
        p.is_populated and p.country == division.country and p.admin1 == division.admin1
        and p.population >= 0.25 * division.population
        for p in candidates
    )


def rank(candidates: list[Place], *, key: str, hints: Hints) -> list[tuple[float, Place]]:
    """Candidates with their scores, best first."""
    scored = []
    for place in candidates:
        value = score(place, key=key, hints=hints)
        if place.is_admin1 and hints.prefer != ADMIN and _named_for_its_city(place, candidates):
            value -= 3
        scored.append((value, place))
    return sorted(scored, key=lambda sp: (-sp[0], sp[1].name))


def _is_abbreviation(text: str) -> bool:
    return text.isupper() and len(text.replace(".", "")) <= 4


def _choose(gazetteer: Gazetteer, text: str, hints: Hints, reasons: list[str]) -> Place | None:
    key = name_key(text)
    if _DIRECTION_ONLY.match(key):
        return None  # "the North demanded": a side, not Cameroon's North Region
    candidates = gazetteer.candidates(text)
    demonym = gazetteer.demonym(text)
    if demonym is not None:  # "Arab" is the Arab world, never Arab, Alabama
        others = f"; {len(candidates)} same-name place(s) ignored" if candidates else ""
        reasons.append(f"{text!r} is a demonym or adjective of {_describe(demonym)}{others}")
        return demonym
    if _is_abbreviation(text):
        # "UN", "EU", "US": an abbreviation names a country or region we list, never the town of Eu
        candidates = [p for p in candidates if p.is_country or p.is_region or p.source == "extra"]
    if not candidates:
        return None
    ranked = rank(candidates, key=key, hints=hints)
    shown = "; ".join(f"{_describe(p)} {s:.1f}" for s, p in ranked[:5])
    more = f" (+{len(ranked) - 5} more)" if len(ranked) > 5 else ""
    reasons.append(f"candidates for {text!r}: {shown}{more}")
    best = ranked[0][1]
    why = ["highest score"]
    if best.is_country:
        why.append("a country name")
    elif best.is_region:
        why.append("a region outranks same-name towns")
    if best.country and best.country in hints.local:
        why.append(f"the phrase names its country ({best.country})")
    elif best.country and best.country in hints.context:
        why.append(f"in a country of the context ({best.country})")
    if hints.prefer:
        why.append(f"the words around it ask for a {hints.prefer}")
    reasons.append(f"chose {_describe(best)}: {', '.join(why)}")
    return best


def _with_qualifier(gazetteer: Gazetteer, head: str, qualifier: str, hints: Hints,
                    reasons: list[str]) -> Place | None:
    """"Paris, Texas": the head's candidates inside the qualifier's place.

    Not for lists: in "the UK, US, France and Germany" the US is not the hamlet of Us in France.
    """
    heads = gazetteer.candidates(head)
    if gazetteer.demonym(head) or any(p.is_country or p.is_region for p in heads) or _is_abbreviation(head):
        return None
    container = _resolve_plain(gazetteer, qualifier, Hints(hints.context), [])
    if container is None or not (container.is_country or container.is_admin1):
        return None
    inside = [p for p in heads if _inside(p, container)]
    if not inside:
        return None
    best = rank(inside, key=name_key(head), hints=hints)[0][1]
    reasons.append(f"{qualifier!r} is {_describe(container)}; "
                   f"{len(inside)} candidate(s) for {head!r} inside it")
    reasons.append(f"chose {_describe(best)}: inside {container.name}")
    return best


def _is_broad(place: Place | None) -> bool:
    return place is not None and (place.is_country or place.is_region or place.is_admin1)


def _resolve_plain(gazetteer: Gazetteer, text: str, hints: Hints, reasons: list[str]) -> Place | None:
    whole: list[str] = []
    place = _choose(gazetteer, text, hints, whole)
    direction = _DIRECTION.match(text)
    lower_direction = bool(direction) and text[:1].islower()
    if direction and (lower_direction or not _is_broad(place)):
        # "south Lebanon" is part of Lebanon, not South Lebanon, Ohio; "North Korea" stays whole
        part: list[str] = []
        inner = _resolve_plain(gazetteer, direction.group(1), hints, part)
        if inner is not None and (_is_broad(inner) or lower_direction) or place is None:
            reasons.extend([f"{text!r}: a part of {direction.group(1)!r}", *part])
            return inner
    reasons.extend(whole)
    if place is not None:
        return place
    if match := _HEAD_BEFORE.match(text):
        wanted = ADMIN if match.group(1) else CITY
        reasons.append(f"{text!r}: looking up {match.group(3)!r} as a {wanted}")
        return _resolve_plain(gazetteer, match.group(3), hints.asking(wanted), reasons)
    if match := _HEAD_AFTER.match(text):
        wanted = ADMIN if match.group(2) else CITY if match.group(3) else None
        reasons.append(f"{text!r}: looking up {match.group(1)!r}" + (f" as a {wanted}" if wanted else ""))
        return _resolve_plain(gazetteer, match.group(1), hints.asking(wanted), reasons)
    return None


def clean_name(text: str) -> str:
    """The name without leading "the", a possessive, quotes and surrounding space."""
    text = " ".join(text.split()).strip(" \"“”'‘’,.;:()")
    text = _POSSESSIVE.sub("", _LEADING.sub("", text))
    return text.strip()


def resolve(text: str, *, context: Sequence[str] = (), local: Sequence[str] = (),
            background: Sequence[str] = (), prefer: str | None = None,
            gazetteer: Gazetteer | None = None) -> Resolution:
    """The place a name means: qualifier first ("Paris, Texas"), then the whole name, then its parts."""
    gazetteer = gazetteer or Gazetteer.default()
    hints = Hints(tuple(context), tuple(local), prefer, tuple(background))
    name = clean_name(text)
    reasons: list[str] = []
    if context or local:
        reasons.append(f"context countries: {', '.join(dict.fromkeys([*local, *context]))}")
    if background:
        reasons.append(f"article countries: {', '.join(background)}")
    whole = _INNER_POSSESSIVE.search(name) and "," not in name and gazetteer.candidates(name)
    if not whole and ("," in name or _INNER_POSSESSIVE.search(name)):  # "Cox's Bazar" is one name
        if "," in name:
            head, qualifier = (part.strip() for part in name.rsplit(",", 1))
        else:  # "Vladivostok's Russky island"
            qualifier, head = _INNER_POSSESSIVE.split(name, maxsplit=1)
        place = _with_qualifier(gazetteer, clean_name(head), clean_name(qualifier), hints, reasons)
        if place is not None:
            return Resolution(place, reasons, head)
        name = clean_name(head)
    place = _resolve_plain(gazetteer, name, hints, reasons)
    if place is None:
        reasons.append(f"no place in the gazetteer is called {name!r}")
    return Resolution(place, reasons, name)


def to_location(extracted: str, place: Place | None) -> Location | None:
    """PLOVER's location object for a resolved place."""
    if place is None:
        return None
    return Location(
        extracted_place=extracted,
        resolved_place=place.name,
        geonameid=place.geonameid,
        lat=round(place.lat, 5),
        lon=round(place.lon, 5),
        country_code=place.country,
        feature_code=place.feature_code,
        resolution=place.resolution,
    )


def resolve_place(name: str, *, context_countries: Sequence[str] = (),
                  gazetteer: Gazetteer | None = None) -> tuple[Location | None, list[str]]:
    """Resolve a place name to PLOVER's location object, with the reasons for the choice.

    Example: ``resolve_place("Paris, Texas")`` is Paris in the USA, ``resolve_place("Syrian")``
    the country Syria, ``resolve_place("Tripoli", context_countries=["LBN"])`` the Lebanese port.
    """
    result = resolve(name, context=tuple(context_countries), gazetteer=gazetteer)
    return to_location(clean_name(name), result.place), result.reasons
