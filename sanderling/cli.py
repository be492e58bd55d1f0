"""The ``sanderling`` command: a thin layer over functions a Python user can call.

Each subcommand parses its arguments and calls one function of the package;
what it prints goes to stdout, every problem to stderr as one line naming the
file (and line) and what is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sanderling.model import Document
from sanderling.read import InputError, InputRejected, parse_date, read_paths
from sanderling.read.shards import Shard

EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE = 0, 1, 2


def _date_arg(value: str) -> date:
    parsed, problem = parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(problem or "invalid date")
    return parsed


def _shard_arg(value: str) -> Shard:
    try:
        return Shard.parse(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def _command(sub: argparse._SubParsersAction, name: str, summary: str, example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=summary, description=summary, epilog=f"Example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sanderling",
        description="Turn dated news articles into PLOVER event records: who did what to whom, when, where, and whether it happened.",
        epilog="Example:\n  sanderling code examples/summit-2021-06-16.txt",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = _command(sub, "code", "Code articles into PLOVER event records (JSON Lines).",
                    "sanderling code articles/ --out events.jsonl\n  sanderling code examples/summit-2021-06-16.txt --explain")
    _add_inputs(code)
    code.add_argument("--out", type=Path, help="write JSON Lines here instead of stdout")
    code.add_argument("--explain", action="store_true",
                      help="add a 'rule' field to each record: the lexicon row and the rules that decided it")

    ingest = _command(sub, "ingest", "Code articles and store documents and events in a SQLite database.", "sanderling ingest articles.csv --db events.db")
    _add_inputs(ingest)
    ingest.add_argument("--db", type=Path, required=True, help="SQLite database file (created if missing)")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")

    events = _command(sub, "events", "Query stored events.", "sanderling events --db events.db --event ASSAULT --country SYR --from 2019-01-01 --format table\n"
                      "  sanderling events --db events.db --merge --format table")
    events.add_argument("--db", type=Path, required=True, help="SQLite database made by 'sanderling ingest'")
    events.add_argument("--event", action="append", help="PLOVER event type (repeatable)")
    events.add_argument("--actor-country", action="append", help="actor country code (repeatable)")
    events.add_argument("--recipient-country", action="append", help="recipient country code (repeatable)")
    events.add_argument("--country", action="append", help="country code on either side (repeatable)")
    events.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (events whose date range overlaps)")
    events.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    events.add_argument("--location-country", action="append", help="country code of the event's place (repeatable)")
    events.add_argument("--status", action="append", help="asserted, future, hypothetical, negated or historical")
    events.add_argument("--text", help="full-text search over sentences and articles")
    events.add_argument("--limit", type=int, help="at most this many records")
    events.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default jsonl)")
    events.add_argument("--merge", action="store_true",
                        help="one record per event however many reports tell it (same type, countries, day, status and place); "
                             "each gets a 'reports' field with their count, ids, documents and outlets")

    combine = _command(sub, "combine", "Put stores coded on several machines (ingest --shard K/N) into one, documents and events as stored.",
                       "sanderling combine --db all.db part1.db part2.db part3.db part4.db")
    combine.add_argument("parts", nargs="+", type=Path, help="stores to copy from, each made by 'sanderling ingest'")
    combine.add_argument("--db", type=Path, required=True, help="store to copy into (created if missing)")

    serve = _command(sub, "serve", "Explore a store in the browser: filter events, read each one in its article; every page has a JSON twin (add .json).",
                     "sanderling serve --db events.db --port 8080\n  curl 'http://127.0.0.1:8080/events.json?event=ASSAULT&country=SYR&merge=1'")
    serve.add_argument("--db", type=Path, required=True, help="SQLite database made by 'sanderling ingest' (opened read-only)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")

    evaluate = _command(
        sub, "eval", "Score the pipeline on a gold directory (SPEC §3), on stand-off gold over articles (.jsonl with --documents), or on the PLOVER gold-standard records (a .json file).",
        "sanderling eval ../shared/gold/dev --json\n  sanderling eval ../shared/reference/plover/PLOVER_GSR_CAMEO.json\n"
        "  sanderling eval tests/events/gold/guardian_events.jsonl --documents ../shared/data/guardian-2019/guardian_2019_sample.csv\n"
        "  sanderling eval ../shared/data/synthetic-plover/synthetic_events.csv --sample 20",
    )
    evaluate.add_argument("gold", type=Path, help="directory of NNN.json gold files beside NNN.txt articles, a PLOVER GSR .json file, a .jsonl stand-off gold file (format: sanderling/evaluate/gold.py), "
                          "or a .csv of stories labelled with their main event type (columns text, label; format: sanderling/evaluate/stories.py)")
    evaluate.add_argument("--sample", type=int, help="labelled stories only: score this many stories of each type")
    evaluate.add_argument("--documents", type=Path, help="the articles a stand-off gold file annotates (any file `sanderling code` reads)")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    evaluate.add_argument("--errors", action="store_true", help="also list false positives and missed events")

    timex = _command(sub, "timex", "Find and normalise time expressions (TIMEX3) in a text.", "echo 'Talks collapsed last week.' | sanderling timex --date 2019-04-24")
    timex.add_argument("file", nargs="?", default="-", help="text file (default: standard input)")
    timex.add_argument("--date", type=_date_arg, required=True, help="publication date the expressions are resolved against")

    eval_timex = _command(
        sub, "eval-timex", "Score the temporal tagger on TimeML .tml files, or on stand-off gold over articles (TempEval-3 measures).",
        "sanderling eval-timex ../shared/data/tempeval3/platinum\n"
        "  sanderling eval-timex tests/times/gold/guardian_timex.jsonl --documents ../shared/data/guardian-2019/guardian_2019_sample.csv",
    )
    eval_timex.add_argument("gold", type=Path, help="directory of .tml files, or a .jsonl stand-off gold file (format: sanderling/times/standoff.py)")
    eval_timex.add_argument("--documents", type=Path, help="the articles a stand-off gold file annotates (any file `sanderling code` reads)")
    eval_timex.add_argument("--json", action="store_true", help="print one JSON object instead of a table")

    actors = _command(sub, "actors", "Show what each actor mention in a text resolves to, and why.", "sanderling actors 'US Secretary of State Mike Pompeo met Iraqi police.' --date 2019-04-24")
    actors.add_argument("text", help="the text to analyse")
    actors.add_argument("--date", type=_date_arg, required=True, help="article date: decides who held an office")
    actors.add_argument("--actors", type=Path, help="CSV of your own people or organisations (format: sanderling/actors/README.md)")

    geocode = _command(sub, "geocode", "Show each place found in a text, its resolution and the reason.", "sanderling geocode 'Protesters gathered in Paris, Texas.'")
    geocode.add_argument("text", help="the text to analyse")
    geocode.add_argument("--date", type=_date_arg, help="article date (unused for places; accepted for symmetry)")
    return parser


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", help="article files (.txt 'date YYYY-MM-DD ...', .jsonl, .csv), directories of them, or - for stdin")
    parser.add_argument("--date", type=_date_arg, help="publication date for input without one (YYYY-MM-DD)")
    parser.add_argument("--actors", type=Path, help="CSV of your own people or organisations (format: sanderling/actors/README.md)")
    parser.add_argument("--jobs", type=int, default=1, help="processes for parsing (default 1; 2 uses both cores of a laptop)")
    parser.add_argument("--shard", type=_shard_arg, help="code only shard K of N (K/N, e.g. 2/4): run the same command on N machines with K = 1..N, "
                                                       "then 'sanderling combine' their stores")
    parser.add_argument("--keep-unattributed", action="store_true",
                        help="also keep events whose actor has no country (left out by default, except killings and displacement)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {
        "code": _code, "ingest": _ingest, "events": _events, "combine": _combine, "serve": _serve, "eval": _eval,
        "timex": _timex, "eval-timex": _eval_timex, "actors": _actors, "geocode": _geocode,
    }[args.command]
    try:
        return handler(args)
    except InputRejected as err:
        print(f"sanderling: {err}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except ValueError as err:
        from sanderling.actors import ActorTableError

        if not isinstance(err, ActorTableError):
            raise
        print(f"sanderling: {err}", file=sys.stderr)  # a user's --actors file: its message names file, line and fix
        return EXIT_INPUT_ERROR


class _Tally:
    """Counts failed documents while passing good ones through."""

    def __init__(self) -> None:
        self.failed = 0

    def internal_error(self, document: Document, err: Exception) -> None:
        """A bug met on one document: say which, keep going, fail the run at the end."""
        self.failed += 1
        where = document.source_path or "<input>"
        print(f"sanderling: {where} (document {document.doc_id}): not coded, internal error {type(err).__name__}: {err}; please report it", file=sys.stderr)

    def documents(self, paths: Sequence[str], fallback: date | None, shard: Shard | None = None) -> Iterator[Document]:
        for item in read_paths(paths, fallback_date=fallback):
            if isinstance(item, InputError):
                self.failed += 1
                print(f"sanderling: {item}", file=sys.stderr)
            elif shard is None or shard.holds(item.doc_id):
                yield item


def _code(args: argparse.Namespace) -> int:
    from sanderling.pipeline import code_documents

    tally = _Tally()
    out: TextIO = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for _, events in code_documents(tally.documents(args.paths, args.date, args.shard), actors_csv=args.actors, n_process=args.jobs, on_error=tally.internal_error,
                                        keep_unattributed=args.keep_unattributed):
            for event in events:
                record = event.to_record() | ({"rule": event.rule} if args.explain else {})
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return EXIT_INPUT_ERROR if tally.failed else EXIT_OK


def _ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from sanderling.pipeline import code_documents
    from sanderling.store import EventStore, StoreError

    tally = _Tally()
    counts = {"added": 0, "unchanged": 0, "replaced": 0}
    started = time.perf_counter()
    with EventStore.open(args.db) as store:
        progress = tqdm(unit=" articles", disable=args.quiet, file=sys.stderr, desc="ingest")
        for document, events in code_documents(tally.documents(args.paths, args.date, args.shard), actors_csv=args.actors, n_process=args.jobs, on_error=tally.internal_error,
                                               keep_unattributed=args.keep_unattributed):
            try:
                counts[store.ingest(document, events)] += 1
            except (ValueError, StoreError) as err:
                tally.failed += 1
                print(f"sanderling: {document.source_path or document.doc_id}: not stored: {err}", file=sys.stderr)
            progress.update(1)
        progress.close()
    elapsed = time.perf_counter() - started
    done = sum(counts.values())
    print(
        f"{done} documents in {elapsed:.1f}s ({done / elapsed if elapsed else 0:.1f} articles/s): "
        f"{counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged, {tally.failed} failed",
        file=sys.stderr,
    )
    return EXIT_INPUT_ERROR if tally.failed else EXIT_OK


def _events(args: argparse.Namespace) -> int:
    from sanderling.store import EventStore, StoreError, format_table, write_csv, write_jsonl

    if not args.db.exists():
        raise InputRejected(InputError(str(args.db), "no such database; create it with 'sanderling ingest PATH --db FILE'"))
    try:
        store = EventStore.open(args.db, read_only=True)
    except StoreError as err:
        raise InputRejected(InputError(str(args.db), str(err))) from err
    with store:
        try:
            query = store.query_merged if args.merge else store.query
            records = query(
                event=args.event, actor_country=args.actor_country, recipient_country=args.recipient_country,
                country=args.country, location_country=args.location_country, date_from=args.date_from, date_to=args.date_to, status=args.status,
                text=args.text, limit=args.limit,
            )  # fmt: skip
        except ValueError as err:
            print(f"sanderling: {err}", file=sys.stderr)
            return EXIT_USAGE
    if args.format == "csv":
        write_csv(records, sys.stdout, merged=args.merge)
    elif args.format == "table":
        print(format_table(records, merged=args.merge))
    else:
        write_jsonl(records, sys.stdout)
    return EXIT_OK


def _combine(args: argparse.Namespace) -> int:
    from sanderling.store import EventStore, StoreError

    failed = 0
    totals = {"added": 0, "replaced": 0, "unchanged": 0}
    try:
        store = EventStore.open(args.db)
    except StoreError as err:
        raise InputRejected(InputError(str(args.db), str(err).removeprefix(f"{args.db}: "))) from err
    with store:
        for part in args.parts:
            try:
                counts = store.combine(part)
            except StoreError as err:
                failed += 1
                print(f"sanderling: {err}", file=sys.stderr)
                continue
            totals = {k: totals[k] + counts[k] for k in totals}
            print(f"{part}: {counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged", file=sys.stderr)
    print(f"{args.db}: {totals['added']} documents added, {totals['replaced']} replaced, {totals['unchanged']} unchanged "
          f"from {len(args.parts) - failed} of {len(args.parts)} stores", file=sys.stderr)
    return EXIT_INPUT_ERROR if failed else EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from sanderling.serve import make_server_for
    from sanderling.store import StoreError

    try:
        server = make_server_for(args.db, host=args.host, port=args.port)
    except StoreError as err:
        raise InputRejected(InputError(str(args.db), str(err).removeprefix(f"{args.db}: "))) from err
    except OSError as err:
        raise InputRejected(InputError(f"{args.host}:{args.port}", f"cannot listen there ({err.strerror}); try another --port")) from err
    with server:
        print(f"sanderling: serving {args.db} at http://{args.host}:{server.server_port}/ (Ctrl-C to stop)", file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from sanderling.evaluate import evaluate_gold
    from sanderling.evaluate.gsr import evaluate_gsr

    if args.gold.suffix.lower() == ".csv":
        from sanderling.evaluate.stories import evaluate_stories

        report: Any = evaluate_stories(args.gold, sample=args.sample)
    elif args.gold.suffix.lower() == ".jsonl":
        if args.documents is None:
            raise InputRejected(InputError(str(args.gold), "a stand-off gold file needs --documents: the articles it annotates"))
        report = evaluate_gold(args.gold, args.documents)
    else:
        report = evaluate_gsr(args.gold) if args.gold.suffix == ".json" else evaluate_gold(args.gold)
    if args.json:
        print(json.dumps(report.as_dict(errors=args.errors), ensure_ascii=False))
    else:
        print(report.format_table(errors=args.errors))
    return EXIT_OK


def _timex(args: argparse.Namespace) -> int:
    from sanderling.times import tag_times

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputRejected(InputError(args.file, f"cannot read as UTF-8 text: {err}")) from err
    for timex in tag_times(text, args.date):
        print(json.dumps(timex.to_dict(), ensure_ascii=False))
    return EXIT_OK


def _eval_timex(args: argparse.Namespace) -> int:
    from sanderling.times import evaluate_timex, read_standoff, score_documents

    if args.gold.is_dir():
        scores = evaluate_timex(args.gold)
    elif args.gold.suffix.lower() == ".jsonl" and args.gold.is_file():
        if args.documents is None:
            raise InputRejected(InputError(str(args.gold), "a stand-off gold file needs --documents: the articles it annotates"))
        scores = score_documents(read_standoff(args.gold, args.documents))
    else:
        raise InputRejected(InputError(str(args.gold), "not a directory of .tml files nor a .jsonl stand-off gold file"))
    print(json.dumps(scores.as_dict()) if args.json else scores.format_table())
    return EXIT_OK


def _actors(args: argparse.Namespace) -> int:
    from sanderling.actors import ActorTables, explain

    tables = ActorTables.load(extra_csv=args.actors)
    for row in explain(args.text, published=args.date, tables=tables):
        print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK


def _geocode(args: argparse.Namespace) -> int:
    from sanderling.places import explain_places

    for row in explain_places(args.text):
        print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
