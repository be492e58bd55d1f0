"""Query filters: type, countries, date-range overlap, status, full text, doc id, limit."""

from __future__ import annotations

from datetime import date

import pytest
from store_builders import actor, make_doc, make_event

from sanderling.store import EventStore
from sanderling.store.filters import fts_query


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


def test_all_records_ordered_by_date_then_id(filled: EventStore) -> None:
    # 2019-02 (1 Feb), 2019-W16 (15 Apr), 2019-04-25, 2019-05-08, then PAST_REF (no range) last
    assert ids(filled.query()) == [
        "kim-putin:2",
        "kim-putin:0",
        "kim-putin:1",
        "iran-sanctions:0",
        "iran-sanctions:1",
    ]


def test_event_type_one_or_many_any_case(filled: EventStore) -> None:
    assert ids(filled.query(event="accuse")) == ["kim-putin:0"]
    assert ids(filled.query(event=["SANCTION", "PROTEST"])) == ["iran-sanctions:0", "iran-sanctions:1"]
    with pytest.raises(ValueError, match="unknown event type ACUSE; use one of"):
        filled.query(event="ACUSE")


def test_actor_recipient_and_either_side_country(filled: EventStore) -> None:
    assert ids(filled.query(actor_country="PRK")) == ["kim-putin:0", "kim-putin:1"]
    assert ids(filled.query(recipient_country="usa")) == ["kim-putin:0", "iran-sanctions:1"]
    assert ids(filled.query(actor_country="USA")) == ["iran-sanctions:0"]
    assert ids(filled.query(country="IRN")) == ["iran-sanctions:0", "iran-sanctions:1"]
    assert ids(filled.query(country=["CHN", "PRK"])) == ["kim-putin:2", "kim-putin:0", "kim-putin:1"]
    assert ids(filled.query(actor_country="PRK", recipient_country="USA")) == ["kim-putin:0"]
    assert filled.query(recipient_country="CHN") == []


def test_country_filter_uses_the_index(filled: EventStore) -> None:
    plan = filled._conn.execute(
        "EXPLAIN QUERY PLAN SELECT event_pk FROM event_actors WHERE role = ? AND country IN (?)", ("actor", "PRK")
    ).fetchall()
    assert any("event_actors_country" in row[-1] for row in plan)


def test_location_country(filled: EventStore) -> None:
    assert ids(filled.query(location_country="RUS")) == ["kim-putin:1"]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        # 2019-W16 is 15-21 April: a range inside the week still matches it
        ("2019-04-18", "2019-04-19", ["kim-putin:0"]),
        ("2019-04-21", None, ["kim-putin:0", "kim-putin:1", "iran-sanctions:0"]),
        ("2019-04-22", None, ["kim-putin:1", "iran-sanctions:0"]),
        (None, "2019-04-14", ["kim-putin:2"]),
        (None, "2019-04-15", ["kim-putin:2", "kim-putin:0"]),
        # 2019-02 is the whole of February
        ("2019-02-28", "2019-02-28", ["kim-putin:2"]),
        ("2019-03-01", "2019-03-31", []),
        # a TIMEX value as a bound stands for its first / last day
        ("2019-04", "2019-04", ["kim-putin:0", "kim-putin:1"]),
        ("2019", "2019", ["kim-putin:2", "kim-putin:0", "kim-putin:1", "iran-sanctions:0"]),
        (date(2019, 5, 8), date(2019, 5, 8), ["iran-sanctions:0"]),
    ],
)
def test_date_range_overlap(
    filled: EventStore, date_from: str | None, date_to: str | None, expected: list[str]
) -> None:
    assert ids(filled.query(date_from=date_from, date_to=date_to)) == expected


def test_past_ref_never_matches_a_date_filter(filled: EventStore) -> None:
    assert "iran-sanctions:1" not in ids(filled.query(date_from="1900-01-01"))


def test_bad_date_is_a_clear_error(filled: EventStore) -> None:
    with pytest.raises(ValueError, match="date_from '24/04/2019' is not a date; use YYYY-MM-DD"):
        filled.query(date_from="24/04/2019")


def test_status(filled: EventStore) -> None:
    assert ids(filled.query(status="future")) == ["kim-putin:1"]
    assert len(filled.query(status=["asserted", "future"])) == 5
    with pytest.raises(ValueError, match="unknown status"):
        filled.query(status="planned")


def test_text_search_sentence_article_and_either(filled: EventStore) -> None:
    assert ids(filled.query(text="Vladivostok", text_scope="sentence")) == ["kim-putin:1"]
    # the whole article mentions Vladivostok, so every one of its events matches at article scope
    assert ids(filled.query(text="Vladivostok", text_scope="article")) == ["kim-putin:2", "kim-putin:0", "kim-putin:1"]
    assert ids(filled.query(text="Vladivostok")) == ids(filled.query(text="Vladivostok", text_scope="article"))
    assert ids(filled.query(text="sanctions", text_scope="sentence")) == ["iran-sanctions:0"]
    assert ids(filled.query(text="imposed sanctions", text_scope="sentence")) == ["iran-sanctions:0"]  # all words
    assert ids(filled.query(text='"trade agreement"', text_scope="sentence")) == ["kim-putin:2"]
    assert filled.query(text='"agreement trade"', text_scope="sentence") == []
    assert ids(filled.query(text="protest*", text_scope="sentence")) == ["iran-sanctions:1"]
    assert ids(filled.query(text="arrives", text_scope="article", event="AGREE")) == ["kim-putin:2"]  # title
    assert ids(filled.query(text="IRAN'S", text_scope="sentence")) == ["iran-sanctions:0"]  # case, punctuation


def test_text_search_tolerates_fts_syntax_characters(filled: EventStore) -> None:
    assert filled.query(text="U.S. (sanctions) AND OR NOT -x") == []
    with pytest.raises(ValueError, match="at least one word"):
        filled.query(text='  "" ')
    with pytest.raises(ValueError, match="unknown text scope"):
        filled.query(text="Iran", text_scope="title")


def test_fts_query_quoting() -> None:
    assert fts_query('Kim "trade deal" prot* U.S.') == '"Kim" AND "trade deal" AND "prot"* AND "U.S."'


def test_doc_id_and_limit(filled: EventStore) -> None:
    assert ids(filled.query(doc_id="iran-sanctions")) == ["iran-sanctions:0", "iran-sanctions:1"]
    assert ids(filled.query(limit=2)) == ["kim-putin:2", "kim-putin:0"]
    assert filled.query(limit=0) == []
    with pytest.raises(ValueError, match="limit"):
        filled.query(limit=-1)


def test_empty_filter_value_is_refused(filled: EventStore) -> None:
    with pytest.raises(ValueError, match="actor country filter needs"):
        filled.query(actor_country=[])


def test_filters_combine(filled: EventStore) -> None:
    assert ids(filled.query(country="PRK", date_from="2019-04-20", status="asserted", text="attack")) == ["kim-putin:0"]


def test_unknown_country_part_is_stored_as_null(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, [make_event(doc, 0, actor=[actor(None, "gunmen", sector="REB")], recipient=[])])
    record = store.query()[0]
    assert record["actor"] == [{"text": "gunmen", "name": "gunmen", "country": None, "sector": "REB"}]
    assert store.query(country="PRK") == []


def test_stats(filled: EventStore) -> None:
    stats = filled.stats()
    assert stats["documents"] == 2 and stats["events"] == 5
    assert stats["by_event"] == {"ACCUSE": 1, "AGREE": 1, "CONSULT": 1, "PROTEST": 1, "SANCTION": 1}
    assert stats["by_status"] == {"asserted": 4, "future": 1}
    assert (stats["date_from"], stats["date_to"]) == ("2019-02-01", "2019-05-08")


def test_documents_round_trip(filled: EventStore) -> None:
    docs = list(filled.documents())
    assert [d.doc_id for d in docs] == ["iran-sanctions", "kim-putin"]
    assert docs[1] == make_doc()
    assert filled.document("nope") is None


def test_reversed_date_range_is_a_clear_error(filled: EventStore) -> None:
    with pytest.raises(ValueError, match="after date_to"):
        filled.query(date_from="2019-05-01", date_to="2019-04-01")


def test_iter_query_streams_and_checks_filters_at_once(filled: EventStore) -> None:
    stream = filled.iter_query(country="IRN")
    assert next(stream)["id"] == "iran-sanctions:0"
    assert [r["id"] for r in stream] == ["iran-sanctions:1"]
    with pytest.raises(ValueError):
        filled.iter_query(event="NOPE")


def test_a_misspelt_filter_is_an_error_not_ignored(filled: EventStore) -> None:
    with pytest.raises(TypeError, match="unknown query filter countri"):
        filled.query(countri="SYR")  # type: ignore[call-arg]
