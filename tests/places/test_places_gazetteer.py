from sanderling.places import Gazetteer
from sanderling.places.build_index import admin_aliases
from sanderling.places.gazetteer import INDEX_FILE


def test_default_is_loaded_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_covers_populated_places_countries_and_divisions() -> None:
    gazetteer = Gazetteer.default()
    assert len(gazetteer) > 170_000  # every GeoNames place of 1,000+ people, plus countries and divisions
    for code in ("AFG", "USA", "SYR", "PSE", "KOS", "TLS"):
        country = gazetteer.country(code)
        assert country is not None and country.is_country
    texas = gazetteer.admin1("USA", "TX")
    assert texas is not None and texas.name == "Texas" and texas.geonameid is not None
    assert any(p.is_admin1 and p.country == "SYR" for p in gazetteer.candidates("Idlib"))
    assert any(p.is_admin1 and p.country == "UKR" for p in gazetteer.candidates("Donetsk"))


def test_small_towns_and_alternate_names() -> None:
    gazetteer = Gazetteer.default()
    assert [p.country for p in gazetteer.candidates("Gorazde")] == ["BIH"]
    assert "NPL" in {p.country for p in gazetteer.candidates("Khatmandu")}
    assert "UGA" in {p.country for p in gazetteer.candidates("Soroti")}


def test_country_names_and_demonyms() -> None:
    gazetteer = Gazetteer.default()
    assert {p.country for p in gazetteer.candidates("Britain") if p.is_country} == {"GBR"}
    assert {p.country for p in gazetteer.candidates("Burma") if p.is_country} == {"MMR"}
    syrian = gazetteer.demonym("Syrian")
    assert syrian is not None and syrian.country == "SYR"
    european = gazetteer.demonym("European")
    assert european is not None and european.name == "Europe" and european.is_region


def test_extra_places_are_loaded() -> None:
    gazetteer = Gazetteer.default()
    for name in ("the West Bank", "Korean Peninsula", "Kashmir", "Darfur", "Golan Heights", "Rafah crossing",
                 "Europe Bridge", "Kerch Strait", "Kapikule", "Masnaa crossing", "Channel Tunnel"):
        assert gazetteer.candidates(name.removeprefix("the ")), name


def test_index_file_stays_small() -> None:
    assert INDEX_FILE.stat().st_size < 10_000_000


def test_admin_aliases_drop_the_division_word() -> None:
    assert admin_aliases("Idlib Governorate") == ["Idlib"]
    assert admin_aliases("Muhafazat Hadramaout") == ["Hadramaout"]
    assert admin_aliases("Kano State") == ["Kano"]
    assert admin_aliases("Texas") == []
