import pytest

from sanderling.places import resolve_place


@pytest.mark.parametrize(
    ("name", "context", "place", "country", "resolution"),
    [
        # the classic errors of gazetteer geocoders
        ("Oklahoma", (), "Oklahoma", "USA", "admin1"),
        ("Bangor, Maine", (), "Bangor", "USA", "city"),
        ("European", (), "Europe", None, "region"),
        ("Africa", (), "Africa", None, "region"),
        ("Arab", (), "Arab world", None, "region"),
        # administrative context
        ("Paris", (), "Paris", "FRA", "city"),
        ("Paris, Texas", (), "Paris", "USA", "city"),
        ("Bam, Iran", (), "Bam", "IRN", "city"),
        ("Manbij, northern Syria", (), "Manbij", "SYR", "city"),
        # country names and demonyms
        ("Britain", (), "United Kingdom", "GBR", "country"),
        ("the U.S.", (), "United States", "USA", "country"),
        ("Syrian", (), "Syria", "SYR", "country"),
        ("Macedonia", (), "North Macedonia", "MKD", "country"),
        ("Ivory Coast", (), "Ivory Coast", "CIV", "country"),
        # divisions and regions news names
        ("Idlib province", (), "Idlib", "SYR", "admin1"),
        ("the province of Herat", (), "Herat", "AFG", "admin1"),
        ("Gaza", (), "Gaza Strip", "PSE", "region"),
        ("the West Bank", (), "West Bank", "PSE", "region"),
        ("the Korean Peninsula", (), "Korean Peninsula", None, "region"),
        ("Korea", (), "Korean Peninsula", None, "region"),  # not the village of Koréa in Côte d'Ivoire
        ("Kurdistan", (), "Kurdistan", "IRQ", "region"),
        ("Crimea", (), "Crimea", "UKR", "region"),
        ("Darfur", (), "Darfur", "SDN", "region"),
        ("south Lebanon", (), "Lebanon", "LBN", "country"),
        ("north-west Syria", (), "Syria", "SYR", "country"),
        ("North Korea", (), "North Korea", "PRK", "country"),
        # cities
        ("New York", (), "New York City", "USA", "city"),
        ("Washington", (), "Washington", "USA", "city"),
        ("Idlib", (), "Idlib", "SYR", "city"),
        ("Khatmandu", (), "Kathmandu", "NPL", "city"),
        ("Deir Ezzor", (), "Deir ez-Zor", "SYR", "city"),
        ("Vladivostok's Russky island", (), "Russky Island", "RUS", "region"),
        # the article's countries break ties, but do not drag a known city to a village
        ("Tripoli", (), "Tripoli", "LBY", "city"),
        ("Tripoli", ("LBN",), "Tripoli", "LBN", "city"),
        ("Geneva", ("USA", "RUS"), "Geneva", "CHE", "city"),
        # a capital's former name is not the capital when a town has that name of its own
        ("Salisbury", ("GBR",), "Salisbury", "GBR", "city"),
        ("Bombay", (), "Mumbai", "IND", "city"),
    ],
)
def test_resolves_like_a_news_reader(name: str, context: tuple[str, ...], place: str,
                                     country: str | None, resolution: str) -> None:
    location, reasons = resolve_place(name, context_countries=context)
    assert location is not None, reasons
    assert (location.resolved_place, location.country_code, location.resolution) == (place, country, resolution), reasons
    assert location.extracted_place
    assert location.lat is not None and location.lon is not None


def test_location_object_fields() -> None:
    location, _ = resolve_place("Kabul")
    assert location is not None
    record = location.to_record()
    assert set(record) == {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code",
                           "feature_code", "resolution"}
    assert record["geonameid"] == 1138958
    assert record["feature_code"] == "PPLC"
    assert abs(record["lat"] - 34.53) < 0.1 and abs(record["lon"] - 69.17) < 0.1


def test_reasons_name_the_candidates_and_the_choice() -> None:
    location, reasons = resolve_place("Paris, Texas")
    assert location is not None
    text = " ".join(reasons)
    assert "Texas" in text and "inside" in text


@pytest.mark.parametrize("name", ["the North", "UN", "Nowhereville-sur-Mer"])
def test_non_places_resolve_to_nothing(name: str) -> None:
    location, reasons = resolve_place(name)
    assert location is None
    assert reasons
