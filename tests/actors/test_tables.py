"""The shipped tables and a user's own CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanderling.actors import ActorTableError, ActorTables, resolve_phrase

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


def test_every_state_has_a_code_and_name() -> None:
    tables = ActorTables.load()
    assert len(tables.countries) >= 195
    assert all(len(code) == 3 and code.isupper() for code in tables.countries)
    assert tables.countries["KOS"] == "Kosovo"
    assert "SSD" in tables.countries and "PSE" in tables.countries and "HKG" in tables.countries


def test_leaders_cover_g20_and_igos() -> None:
    tables = ActorTables.load()
    countries = {row.country for row in tables.leaders}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert g20 <= countries
    assert {"UNO", "EUR", "IGO", "IMG"} <= countries
    assert len(tables.leaders) > 800
    for row in tables.leaders:
        assert row.start is None or row.end is None or row.start <= row.end, row.describe()
        assert row.country in tables.countries or row.country in NON_STATE, row.describe()


def test_user_csv_adds_people(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,aliases,country,sector,role,start,end\n"
        "Ana Example,A. Example,XXA,GOV,interior minister,2024-01-01,\n".replace("XXA", "CHL"),
        encoding="utf-8",
    )
    tables = ActorTables.load(extra_csv=path)
    actor = resolve_phrase("Interior minister Ana Example", published=date(2024, 6, 1), tables=tables)
    assert actor is not None and (actor.name, actor.country, actor.sector) == ("Ana Example", "CHL", "GOV")
    assert "mine.csv:2" in actor.rule
    later = resolve_phrase("Example", published=date(2024, 6, 1), tables=tables)
    assert later is not None and later.name == "Ana Example"
    # The default tables are untouched.
    assert resolve_phrase("Ana Example", published=date(2024, 6, 1)).country is None  # type: ignore[union-attr]


def test_user_csv_adds_organisations(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_text("name,aliases,code,sector,note\nValley Defence Militia,VDM,COL,REB,local militia\n", encoding="utf-8")
    tables = ActorTables.load(extra_csv=path)
    actor = resolve_phrase("VDM fighters", published=date(2024, 6, 1), tables=tables)
    assert actor is not None and (actor.country, actor.sector) == ("COL", "REB")


def test_user_csv_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("who,where\nX,Y\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match="bad.csv:1"):
        ActorTables.load(extra_csv=bad)
    dates = tmp_path / "dates.csv"
    dates.write_text("name,country,start\nX Y,FRA,May 2020\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match="dates.csv:2.*YYYY-MM-DD"):
        ActorTables.load(extra_csv=dates)
    with pytest.raises(ActorTableError, match="no such actors file"):
        ActorTables.load(extra_csv=tmp_path / "missing.csv")


def test_find_actors_without_a_parse() -> None:
    import spacy

    from sanderling.actors import find_actors

    doc = spacy.blank("en")("Iraqi police met the Kremlin and Amnesty International on Monday.")
    found = find_actors(doc, published=date(2019, 4, 24))
    assert [(m.text, m.actor.country, m.actor.sector) for m in found] == [
        ("Iraqi police", "IRQ", "COP"), ("the Kremlin", "RUS", "GOV"), ("Amnesty International", "NGO", "SOC")]
