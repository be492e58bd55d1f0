"""The explorer: its pages and their JSON twins, called in-process as a WSGI app, and once over a real socket."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest

from sanderling import code_document
from sanderling.cli import main
from sanderling.model import Document
from sanderling.serve import make_app, make_server_for
from sanderling.store import EventStore

STRIKE = Document(doc_id="outlet-a/1", published=date(2018, 1, 22), source="Outlet A", title="Jets strike Afrin",
                  text="Turkish jets bombed Kurdish positions near the Syrian town of Afrin on Sunday. <Officials> said nothing.")
SAME_STRIKE = Document(doc_id="outlet-b-7", published=date(2018, 1, 22), source="Outlet B",
                       text="Turkey's air force carried out strikes on Kurdish fighters around Afrin in northern Syria on Sunday.")
TALKS = Document(doc_id="talks", published=date(2019, 4, 24), text="Kim Jong Un met Vladimir Putin in Vladivostok on Thursday.")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "events.db"
    with EventStore.open(path) as store:
        for doc in (STRIKE, SAME_STRIKE, TALKS):
            store.ingest(doc, code_document(doc))
    return path


def get(db: Path, path: str, query: str = "", method: str = "GET") -> tuple[str, str, Any]:
    """Status, content type and body (parsed when JSON) of one request to the app."""
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)
    environ.update(PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD=method)
    answer: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answer.update(status=status, type=dict(headers)["Content-Type"])

    body = b"".join(make_app(db)(environ, start_response)).decode("utf-8")
    return answer["status"], answer["type"], json.loads(body) if answer["type"].startswith("application/json") else body


def stored(db: Path, **filters: Any) -> list[dict]:
    with EventStore.open(db, read_only=True) as store:
        return store.query(**filters)


def test_the_events_json_is_the_stores_query_with_the_same_filters(db: Path) -> None:
    status, kind, body = get(db, "/events.json")
    assert (status, kind) == ("200 OK", "application/json; charset=utf-8")
    assert body["events"] == stored(db) and body["count"] == len(stored(db)) > 0
    _, _, assaults = get(db, "/events.json", "event=ASSAULT&country=SYR&from=2018-01-01&to=2018-12-31")
    assert assaults["events"] == stored(db, event="ASSAULT", country="SYR", date_from="2018-01-01", date_to="2018-12-31")
    assert {r["event"] for r in assaults["events"]} == {"ASSAULT"}
    _, _, two = get(db, "/events.json", "event=ASSAULT,CONSULT&limit=1")
    assert two["count"] == 1 and two["limit"] == 1


def test_merge_one_gives_one_record_per_event_with_its_reports(db: Path) -> None:
    _, _, body = get(db, "/events.json", "event=ASSAULT&merge=1")
    strike = [r for r in body["events"] if r["reports"]["count"] > 1]
    assert body["merged"] is True and len(strike) == 1
    assert strike[0]["reports"]["sources"] == ["Outlet A", "Outlet B"]
    page = get(db, "/events", "event=ASSAULT&merge=1")[2]
    assert "<th>reports</th>" in page and f"from {len(stored(db, event='ASSAULT'))} reports" in page


def test_the_events_page_lists_each_event_with_links_to_it_and_its_article(db: Path) -> None:
    status, kind, page = get(db, "/events", "event=CONSULT")
    assert (status, kind) == ("200 OK", "text/html; charset=utf-8")
    (talk,) = stored(db, event="CONSULT")
    assert "href='/events/talks%3A0'" in page and "href='/documents/talks'" in page
    sides = " → ".join(",".join(a["country"] for a in talk[role]) or "-" for role in ("actor", "recipient"))
    assert f"<td>{sides}</td>" in page and sides != "- → -"
    assert "<option selected>CONSULT</option>" in page and "href='/events.json?event=CONSULT'" in page
    assert talk["trigger"] in page


def test_an_event_page_marks_its_trigger_and_its_json_twin_is_the_record(db: Path) -> None:
    (talk,) = stored(db, event="CONSULT")
    _, _, record = get(db, "/events/talks%3A0.json")
    assert record == talk
    page = get(db, "/events/talks:0")[2]
    assert f"<mark class='trigger'>{talk['trigger']}</mark>" in page and "Vladivostok" in page


def test_a_document_page_marks_the_sentences_events_came_from_and_escapes_the_text(db: Path) -> None:
    status, _, page = get(db, "/documents/outlet-a%2F1")
    assert status == "200 OK"
    first = stored(db, doc_id="outlet-a/1")[0]
    assert f"<mark title='{first['id']}'>" in page or f"<mark title='{first['id']}," in page
    assert "&lt;Officials&gt;" in page and "<Officials>" not in page
    _, _, twin = get(db, "/documents/outlet-a%2F1.json")
    assert twin["text"] == STRIKE.text and twin["events"] == stored(db, doc_id="outlet-a/1") and twin["source"] == "Outlet A"


def test_stats_count_what_the_store_holds(db: Path) -> None:
    _, _, stats = get(db, "/stats.json")
    assert stats["documents"] == 3 and stats["events"] == len(stored(db))
    assert "href='/events?event=ASSAULT'" in get(db, "/stats")[2]


@pytest.mark.parametrize(("path", "query", "status", "says"), [
    ("/events.json", "limit=0", "400 Bad Request", "limit must be a whole number"),
    ("/events.json", "event=BOMBING", "400 Bad Request", "unknown event type BOMBING"),
    ("/events.json", "colour=red", "400 Bad Request", "unknown parameter colour"),
    ("/events.json", "from=2019-13-01", "400 Bad Request", "2019-13-01"),
    ("/events/nobody:9.json", "", "404 Not Found", "no stored event has the id 'nobody:9'"),
    ("/documents/none.json", "", "404 Not Found", "no stored document"),
    ("/nowhere.json", "", "404 Not Found", "try /events"),
])
def test_bad_requests_get_a_status_and_a_message_saying_what_to_change(db: Path, path: str, query: str, status: str, says: str) -> None:
    got, _, body = get(db, path, query)
    assert got == status and says in body["error"] and body["status"] == int(status[:3])
    html = get(db, path.removesuffix(".json"), query)[2]
    assert says.replace("'", "&#x27;") in html


def test_the_explorer_only_reads(db: Path) -> None:
    status, _, body = get(db, "/events.json", method="POST")
    assert status == "405 Method Not Allowed" and "only reads" in body["error"]


@pytest.fixture
def server(db: Path) -> Iterator[str]:
    httpd = make_server_for(db, port=0, quiet=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_server_answers_over_http(server: str, db: Path) -> None:
    with urllib.request.urlopen(f"{server}/events.json?event=CONSULT") as answer:
        assert json.load(answer)["events"] == stored(db, event="CONSULT")
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{server}/events/none")
    assert missing.value.code == 404


def test_serving_a_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "none.db" in err and "no such database" in err
