"""The gazetteer: every place sanderling can name, looked up by folded name.

Three data files under ``data/``, read once per process (``Gazetteer.default()``):

- ``gazetteer.tsv.gz``: GeoNames populated places of 1,000+ inhabitants, countries,
  continents and first-level divisions, built by ``python -m sanderling.places.build_index``;
- ``country_names.tsv``: other names and demonyms of countries;
- ``extra_places.tsv``: regions, territories, islands, seas, crossings and landmarks.
"""

from __future__ import annotations

import csv
import gzip
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sanderling.places import snapshot
from sanderling.places.names import name_key

DATA_DIR = Path(__file__).parent / "data"
INDEX_FILE = DATA_DIR / "gazetteer.tsv.gz"
COUNTRY_NAMES_FILE = DATA_DIR / "country_names.tsv"
EXTRA_PLACES_FILE = DATA_DIR / "extra_places.tsv"

REGION_CODES = frozenset({"CONT", "RGN", "PEN", "SEA", "OCN", "GULF", "STRT", "ISLS"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``country`` is ISO alpha-3 (None for places in no one country, such as
    continents); ``admin1`` is the GeoNames first-level division code within
    the country; ``source`` is "geonames" or "extra" (our own data file).
    """

    name: str
    country: str | None
    feature_code: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    admin1: str | None
    source: str

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_region(self) -> bool:
        return self.feature_code in REGION_CODES

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == "ADM1"

    @property
    def is_populated(self) -> bool:
        return self.feature_code.startswith("PPL")

    @property
    def resolution(self) -> str:
        """PLOVER's level of the place, spelled out: country, admin1, region, city, place."""
        if self.is_country:
            return "country"
        if self.is_admin1:
            return "admin1"
        if self.is_region or self.feature_code == "ISL":
            return "region"
        if self.is_populated:
            return "city"
        return "place"


def _rows(path: Path) -> Iterator[list[str]]:
    """The rows of one of our tab-separated data files, without its ``#`` header lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                yield row


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


class Gazetteer:
    """Places by folded name, countries by alpha-3 code, and demonyms.

    Build one with ``Gazetteer.default()`` (loaded once per process) or
    ``Gazetteer.load(...)`` for other data files. Places are kept column-wise
    (about 175,000 of them) and a ``Place`` is made only when one is looked up.
    """

    def __init__(self) -> None:
        self._name: list[str] = []
        self._country: list[str | None] = []
        self._fcode: list[str] = []
        self._admin1: list[str | None] = []
        self._source: list[str] = []
        self._lat = array("d")
        self._lon = array("d")
        self._population = array("q")
        self._geonameid = array("q")  # 0: none known
        self._by_key: dict[str, int | tuple[int, ...]] = {}
        self._demonyms: dict[str, int] = {}
        self._countries: dict[str, int] = {}
        self._admin1_index: dict[tuple[str, str], int] = {}
        self._interned: dict[str, str] = {}

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the installed data files, loaded on first use and cached."""
        return _default_gazetteer()

    @classmethod
    def load(cls, *, index: Path = INDEX_FILE, country_names: Path = COUNTRY_NAMES_FILE,
             extra_places: Path = EXTRA_PLACES_FILE, use_cache: bool = True) -> Gazetteer:
        """Read the data files, or their cached snapshot when one matches them (see ``snapshot``)."""
        gazetteer = cls()
        path = snapshot.snapshot_path((index, country_names, extra_places)) if use_cache else None
        state = snapshot.read(path)
        if state is not None and gazetteer._restore(state):
            return gazetteer
        gazetteer._load_index(index)
        gazetteer._load_country_names(country_names)
        gazetteer._load_extra(extra_places)
        gazetteer._interned.clear()
        snapshot.write(path, gazetteer._state())
        return gazetteer

    _COLUMNS = ("_name", "_country", "_fcode", "_admin1", "_source", "_by_key", "_demonyms", "_countries")
    _ARRAYS = ("_lat", "_lon", "_population", "_geonameid")

    def _state(self) -> tuple[object, ...]:
        return (
            *(getattr(self, name) for name in self._COLUMNS),
            *(getattr(self, name).tobytes() for name in self._ARRAYS),
            list(self._admin1_index.items()),
        )

    def _restore(self, state: object) -> bool:
        expected = len(self._COLUMNS) + len(self._ARRAYS) + 1
        if not isinstance(state, tuple) or len(state) != expected:
            return False
        for name, value in zip(self._COLUMNS, state, strict=False):
            setattr(self, name, value)
        for name, value in zip(self._ARRAYS, state[len(self._COLUMNS):], strict=False):
            getattr(self, name).frombytes(value)
        self._admin1_index = dict(state[-1])
        return True

    # -- lookups -------------------------------------------------------------

    def candidates(self, name: str) -> list[Place]:
        """Every place whose name or alternate name folds to the same key as ``name``."""
        return [self.place(i) for i in self._indices(name_key(name))]

    def demonym(self, word: str) -> Place | None:
        """The country or region a demonym or adjective names ("Syrian", "European"), if any."""
        index = self._demonyms.get(name_key(word))
        return None if index is None else self.place(index)

    def country(self, alpha3: str) -> Place | None:
        index = self._countries.get(alpha3)
        return None if index is None else self.place(index)

    def admin1(self, alpha3: str, code: str) -> Place | None:
        index = self._admin1_index.get((alpha3, code))
        return None if index is None else self.place(index)

    def place(self, index: int) -> Place:
        return Place(name=self._name[index], country=self._country[index], feature_code=self._fcode[index],
                     lat=self._lat[index], lon=self._lon[index], population=self._population[index],
                     geonameid=self._geonameid[index] or None, admin1=self._admin1[index],
                     source=self._source[index])

    def __len__(self) -> int:
        return len(self._name)

    # -- loading -------------------------------------------------------------

    def _indices(self, key: str) -> tuple[int, ...]:
        found = self._by_key.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def _intern(self, text: str) -> str | None:
        return self._interned.setdefault(text, text) if text else None

    def _add(self, *, name: str, country: str, fcode: str, lat: float, lon: float, population: int,
             geonameid: int, admin1: str, source: str, keys: list[str]) -> int:
        index = len(self._name)
        self._name.append(name)
        self._country.append(self._intern(country))
        self._fcode.append(self._intern(fcode) or "")
        self._admin1.append(self._intern(admin1))
        self._source.append(self._intern(source) or "")
        self._lat.append(lat)
        self._lon.append(lon)
        self._population.append(population)
        self._geonameid.append(geonameid)
        self._add_keys(index, keys)
        if fcode.startswith("PCL") and country and country not in self._countries:
            self._countries[country] = index
        if fcode == "ADM1" and country and admin1:
            self._admin1_index.setdefault((country, admin1), index)
        return index

    def _add_keys(self, index: int, keys: list[str]) -> None:
        by_key = self._by_key
        for key in keys:
            found = by_key.get(key)
            if found is None:
                by_key[key] = index
            elif isinstance(found, int):
                if found != index:
                    by_key[key] = (found, index)
            elif index not in found:
                by_key[key] = (*found, index)

    def _load_index(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line[0] == "#":
                    continue
                gid, name, country, lat, lon, fcode, population, admin1, keys = line.rstrip("\n").split("\t")
                self._add(name=name, country=country, fcode=fcode, lat=float(lat), lon=float(lon),
                          population=int(population or 0), geonameid=int(gid or 0), admin1=admin1,
                          source="geonames", keys=keys.split("|"))

    def _load_country_names(self, path: Path) -> None:
        for row in _rows(path):
            alpha3, names, demonyms = (row + ["", ""])[:3]
            index = self._countries.get(alpha3)
            if index is None:
                raise ValueError(f"E-PLACES-2: {path.name} names unknown country code {alpha3!r}; "
                                 "use a code of the gazetteer index (ISO alpha-3, KOS for Kosovo)")
            self._add_keys(index, [name_key(n) for n in _names(names)])
            for demonym in _names(demonyms):
                self._demonyms.setdefault(name_key(demonym), index)

    def _load_extra(self, path: Path) -> None:
        for row in _rows(path):
            name, aliases, adjectives, country, fcode, lat, lon, gid = (row + [""] * 8)[:8]
            keys = [name_key(n) for n in (name, *_names(aliases))]
            index = self._same_place(name, country or None, fcode)
            if index is None:
                index = self._add(name=name, country=country, fcode=fcode, lat=float(lat), lon=float(lon),
                                  population=0, geonameid=int(gid or 0), admin1="", source="extra", keys=keys)
            else:
                self._add_keys(index, keys)
            for adjective in _names(adjectives):
                self._demonyms.setdefault(name_key(adjective), index)

    def _same_place(self, name: str, country: str | None, fcode: str) -> int | None:
        """An index entry an extra row only adds names to: same name, country and feature class."""
        for index in self._indices(name_key(name)):
            same_class = self._fcode[index][:3] == fcode[:3]
            if self._country[index] == country and same_class and name_key(self._name[index]) == name_key(name):
                return index
            if self._fcode[index] == "CONT" and fcode == "CONT":
                return index
        return None


@cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
