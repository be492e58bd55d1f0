"""The actor tables: countries, territories, organisations, agent terms and dated leaders.

Each table is a TSV file in ``data/`` with a ``#`` header naming its sources and columns.
``ActorTables.load()`` reads them once (cached) and builds the ``Lexicon`` used for matching;
``extra_csv`` adds a user's own leaders or organisations without touching the shipped files.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sanderling.actors.lexicon import Entry, Lexicon
from sanderling.actors.normalize import fold, pluralize
from sanderling.datafiles import data_rows

# Territories rows that are places inside a state (a location more often than an actor).
PLACE_NOTES = ("city", "region", "province", "autonomous region", "territory occupied", "state", "disputed region")
# Where a name's family part comes first ("Wang Yi" -> "Wang"), for the default short form.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "VNM"})
EAST_ASIAN_FAMILY_NAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han "
    "Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du "
    "Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao "
    "Meng Long Duan Lei Qian Yin Mo Kim Lee Park Choi Choe Jung Chung Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn "
    "Ri Ryu Hong Moon Pak Roh Chang Hua Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly To".split())
KINDS_WITH_NAMES = ("country", "seat", "territory", "org", "person")


class ActorTableError(ValueError):
    """A table row that cannot be read; the message names the file, the line and the fix."""


@dataclass(frozen=True, slots=True)
class Leader:
    """One term of office: a person, the country and sector they stand for, and the dates.

    ``end`` None means still in office as far as the table knows. ``source`` is
    ``file:line`` for explanations.
    """

    name: str
    short: str | None
    aliases: tuple[str, ...]
    country: str
    sector: str | None
    role: str
    start: date | None
    end: date | None
    source: str

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance(self, day: date) -> int:
        """Days between ``day`` and the term (0 inside it)."""
        if self.start is not None and day < self.start:
            return (self.start - day).days
        if self.end is not None and day >= self.end:
            return (day - self.end).days + 1
        return 0

    def describe(self) -> str:
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        return f"{self.source} {self.name} ({self.country} {self.sector or '-'}, {self.role}, {start}..{end})"


@dataclass(slots=True)
class ActorTables:
    """All actor tables, loaded once, with the lexicon built from them."""

    countries: dict[str, str] = field(default_factory=dict)  # code -> canonical name
    successions: dict[str, tuple[date, str]] = field(default_factory=dict)  # code -> (independence, predecessor)
    homonyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded name -> (code, other place's code)
    leaders: list[Leader] = field(default_factory=list)
    lexicon: Lexicon = field(default_factory=Lexicon)

    @classmethod
    def load(cls, *, extra_csv: Path | None = None) -> ActorTables:
        """The shipped tables, plus a user's CSV of leaders or organisations if given.

        The result is cached: every caller shares one instance (per user file and version).
        """
        if extra_csv is None:
            return _default_tables()
        path = Path(extra_csv)
        stamp = path.stat().st_mtime_ns if path.is_file() else 0
        return _user_tables(str(path.resolve()), stamp)

    def country_name(self, code: str | None) -> str | None:
        return self.countries.get(code) if code else None

    def as_of(self, code: str | None, day: date) -> str | None:
        """``code`` on ``day``: a state not yet independent then is coded as its predecessor."""
        if code in self.successions:
            founded, predecessor = self.successions[code]
            if day < founded:
                return predecessor
        return code


@lru_cache(maxsize=1)
def _default_tables() -> ActorTables:
    return _build(extra_csv=None)


@lru_cache(maxsize=4)
def _user_tables(path: str, stamp: int) -> ActorTables:
    """Tables with a user's CSV, cached until the file changes (``stamp`` is its mtime)."""
    return _build(extra_csv=Path(path))


def _rows(filename: str) -> list[tuple[int, list[str]]]:
    return [(number, [cell.strip() for cell in cells]) for number, cells in data_rows("sanderling.actors", filename)]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise ActorTableError(f"{where}: date {cell!r} is not YYYY-MM-DD; write e.g. 2019-05-20 or leave it empty") from None


def _build(*, extra_csv: Path | None) -> ActorTables:
    tables = ActorTables()
    lex = tables.lexicon
    for number, cells in _rows("countries.tsv"):
        code, name, aliases, demonyms, seats = (cells + [""] * 5)[:5]
        src = f"countries.tsv:{number}"
        tables.countries[code] = name
        for text in [name, *_split(aliases)]:
            lex.add(_strip_the(text), Entry("country", code, "GOV", name, src))
        for text in _split(demonyms):
            lex.add(text, Entry("demonym", code, None, name, src))
            if text.endswith(("an", "i")) and not text.endswith("ani"):
                lex.add(text + "s", Entry("demonym", code, None, name, src, plural=True))
            elif text.endswith(("ans", "is", "s")):
                pass
        for text in _split(seats):
            lex.add(_strip_the(text), Entry("seat", code, "GOV", name, src))
    for _number, cells in _rows("homonyms.tsv"):
        name, code, _other, other_code = (cells + [""] * 4)[:4]
        tables.homonyms[fold(name)] = (code, other_code)
    for number, cells in _rows("successions.tsv"):
        code, since, predecessor = (cells + [""] * 3)[:3]
        founded = _date(since, f"successions.tsv:{number}")
        if founded is not None:
            tables.successions[code] = (founded, predecessor)
    for number, cells in _rows("territories.tsv"):
        name, code, sector, note = (cells + [""] * 4)[:4]
        kind = "city" if note.startswith(PLACE_NOTES) else "territory"
        lex.add(_strip_the(name), Entry(kind, code, sector or None, name, f"territories.tsv:{number}"))
    for number, cells in _rows("peoples.tsv"):
        name, options, sector = (cells + [""] * 3)[:3]
        lex.add(name, Entry("people", None, sector or None, name, f"peoples.tsv:{number}", options=tuple(_split(options))))
    for number, cells in _rows("organisations.tsv"):
        _add_org(lex, cells, f"organisations.tsv:{number}")
    for number, cells in _rows("agents.tsv"):
        term, sector, role, code, relation = (cells + [""] * 5)[:5]
        relational, domestic = relation == "other", relation == "home"
        entry = Entry("agent", code or None, sector or None, None, f"agents.tsv:{number}", role=role or None, relational=relational,
                      domestic=domestic)
        lex.add(term, entry)
        plural = pluralize_term(term)
        if plural != term:
            lex.add(plural, Entry("agent", code or None, sector or None, None, entry.source, role=role or None, plural=True,
                                  relational=relational, domestic=domestic))
    for number, cells in _rows("leaders.tsv"):
        tables.leaders.append(_leader(cells, f"leaders.tsv:{number}"))
    if extra_csv is not None:
        _load_user_csv(tables, extra_csv)
    for leader in tables.leaders:
        _add_leader(lex, leader)
    lex.freeze()
    return tables


_NO_PLURAL = ("s", "people", "men", "police", "media", "military", "intelligence", "enforcement", "children",
              "personnel", "artillery", "judiciary", "gendarmerie", "aircraft", "opposition", "population", "youth")


def pluralize_term(term: str) -> str:
    """The plural the lexicon also accepts for an agent term; unchanged for mass and plural nouns."""
    if term.lower().endswith(_NO_PLURAL) or term.isupper():
        return term
    return pluralize(term)


def _add_org(lex: Lexicon, cells: list[str], src: str) -> None:
    name, aliases, code, sector, _note, start, end = (cells + [""] * 7)[:7]
    if not name or not code:
        raise ActorTableError(f"{src}: an organisation needs a name and a code (country or IGO/UNO/EUR/NGO/ISM/IMG/MNC)")
    entry = Entry("org", code, sector or None, name, src, start=_date(start, src), end=_date(end, src))
    for text in [name, *_split(aliases)]:
        lex.add(_strip_the(text), entry)


def _leader(cells: list[str], src: str) -> Leader:
    name, short, aliases, country, sector, role, start, end = (cells + [""] * 8)[:8]
    if not name or not country:
        raise ActorTableError(f"{src}: a leader row needs at least a name and a country code")
    if short == "-":
        short_form = None
    elif short:
        short_form = short
    else:
        words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
        family_first = country in FAMILY_NAME_FIRST and words and words[0] in EAST_ASIAN_FAMILY_NAMES
        short_form = (words[0] if family_first else words[-1]) if len(words) > 1 else None
    return Leader(
        name=name,
        short=short_form,
        aliases=tuple(_split(aliases)),
        country=country,
        sector=sector or None,
        role=role,
        start=_date(start, src),
        end=_date(end, src),
        source=src,
    )


def _add_leader(lex: Lexicon, leader: Leader) -> None:
    for text in dict.fromkeys([leader.name, *leader.aliases]):
        lex.add(text, Entry("person", leader.country, leader.sector, leader.name, leader.source, role=leader.role, leader=leader))
    if leader.short and leader.short != leader.name:
        lex.add(leader.short, Entry("surname", leader.country, leader.sector, leader.name, leader.source,
                                    role=leader.role, leader=leader))


def _load_user_csv(tables: ActorTables, path: Path) -> None:
    """Leaders (columns name, short, aliases, country, sector, role, start, end) or organisations
    (columns name, aliases, code, sector, note), told apart by the header."""
    if not path.is_file():
        raise ActorTableError(
            f"{path}: no such actors file; pass a CSV with a header row such as name,aliases,country,sector,role,start,end")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "name" not in header or not ({"country", "code"} & set(header)):
            raise ActorTableError(
                f"{path}:1: header {header} lacks 'name' and 'country' (or 'code'); "
                "use name,short,aliases,country,sector,role,start,end for people "
                "or name,aliases,code,sector,note,start,end for organisations"
            )
        is_people = bool({"role", "short"} & set(header)) or ("start" in header and "code" not in header)
        for number, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            src = f"{path.name}:{number}"
            country = row.get("country") or row.get("code") or ""
            if not row.get("name"):
                continue
            if is_people:
                cells = [row.get("name", ""), row.get("short", ""), row.get("aliases", ""), country,
                         row.get("sector", ""), row.get("role", ""), row.get("start", ""), row.get("end", "")]
                tables.leaders.append(_leader(cells, src))
            else:
                _add_org(tables.lexicon, [row.get("name", ""), row.get("aliases", ""), country, row.get("sector", ""),
                                          row.get("note", ""), row.get("start", ""), row.get("end", "")], src)
