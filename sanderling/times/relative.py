"""Normalisers for deictic and anaphoric expressions ("last week", "the next day", "the quarter") and bare references ("now")."""

from __future__ import annotations

import re
from datetime import timedelta

from sanderling.times.context import Context, Norm, lex, word
from sanderling.times.dates import granularity, shift, week_value
from sanderling.times.durations import duration_value
from sanderling.times.lexicon import table
from sanderling.times.matchwords import classifies_a_noun
from sanderling.times.registry import normaliser
from sanderling.times.seasons import season_value
from sanderling.times.sequels import still_told


_BACK = {"last", "previous", "past", "this past", "the previous", "the past", "the last"}


_FORWARD = {"next", "coming", "following", "this coming", "the next", "the following"}


_ANAPHORIC = {"the previous", "the following", "the next", "the same", "same", "that", "following"}


_UNIT_NAME = {"week": "week", "weekend": "week", "month": "month", "year": "year", "decade": "decade",
              "century": "century", "fortnight": "week", "school year": "year", "fiscal year": "year",
              "financial year": "year", "day": "day", "night": "day", "quarter": "quarter"}


_EARLIER_LATER_IN = re.compile(r"\b(?:earlier|later)\s+in\s+$", re.I)
_IN_THE_WEEK = re.compile(r"\b(?:during|through|throughout|over)\s+$", re.I)


_OVER = re.compile(r"\b(?:for|over|throughout|during)\s+$", re.I)


def _ref_for(rel: str, ctx: Context) -> str:
    return ctx.narrative if rel in _ANAPHORIC else ctx.dct.isoformat()


def _story_period(ctx: Context) -> str | None:
    """The earlier year (or a month of it) the story was last set in, when no day has been named since.

    "When they left in 2014 ... The next day my sister came": a day of a story told only to the
    year is somewhere in that year, not a day after the publication date.
    """
    if ctx.narrative_end > ctx.last_day_end and granularity(ctx.narrative) in ("year", "month") \
            and int(ctx.narrative[:4]) < ctx.dct.year:
        return ctx.narrative  # (a month of this year is too near the reader's days to hold the story)
    return None


def _step(rel: str) -> int:
    return -1 if rel in _BACK else 1 if rel in _FORWARD else 0


@normaliser("rel_unit", "this_time_last")
def rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, unit = word(m, "rel") or "", word(m, "runit") or ""
    said_the = ctx.text[max(m.start(), m.start("rel") - 4):m.start("rel")].lower() == "the "  # "(early) the next year"
    if said_the and not rel.startswith("the ") and rel in ("next", "following", "previous", "same", "past", "last"):
        rel = "the " + rel
    if unit == "season":
        return None if rel in ("past", "the past") else _season_now(m, ctx, rel)
    if rel in ("past", "the past", "the last", "last") and unit in ("day", "night") and not (rel == "last" and unit == "night"):
        return None
    if rel in ("the last", "the first") and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "the last year of the Obama presidency": a part of something else, not a time of its own
    name = _UNIT_NAME[unit]
    if name == "day" and rel in _ANAPHORIC and (period := _story_period(ctx)) is not None:
        return Norm("DATE", period)
    if name == "day":
        base = ctx.narrative_day if rel in _ANAPHORIC else ctx.dct.isoformat()
        value = shift(base, "day", _step(rel))
        if value is None:
            return None
        return Norm("TIME", value + "TNI") if unit == "night" else Norm("DATE", value)
    looking_back = rel in ("past", "the past", "the last")
    spans_to_now = (name == "decade" or name == "century" and rel != "the last") or _OVER.search(ctx.text[max(0, m.start() - 12):m.start()])
    if looking_back and spans_to_now:
        return Norm("DURATION", duration_value(1, unit) or "P10Y")
    if rel in ("the next", "the coming") and name == "decade" and _OVER.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return Norm("DURATION", duration_value(1, unit) or "P10Y")  # "over the next decade": the span ahead
    base = _ref_for(rel, ctx)
    if name == "week":
        value = shift(base[:10] if len(base) >= 10 else ctx.dct.isoformat(), "week", _step(rel))
    else:
        value = shift(base, name, _step(rel))
    if value is None:
        return None
    if unit == "weekend":
        value += "-WE"
    if unit == "fortnight":
        return Norm("DURATION", "P2W")
    return Norm("DATE", value)


def _season_now(m: re.Match[str], ctx: Context, rel: str) -> Norm:
    d = ctx.dct
    code = "WI" if d.month in (12, 1, 2) else "SP" if d.month <= 5 else "SU" if d.month <= 8 else "FA"
    return Norm("DATE", season_value(code, m, ctx, "this" if _step(rel) == 0 else rel))


@normaliser("rel_quarter")
def rel_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = word(m, "rel") or ""
    q = (ctx.dct.month - 1) // 3 + 1
    current = f"{ctx.dct.year:04d}-Q{q}"
    if rel in ("same",):
        base = ctx.narrative if "-Q" in ctx.narrative else current
        return Norm("DATE", base)
    step = {"last": -1, "previous": -1, "latest": -1, "prior": -1, "next": 1, "coming": 1,
            "year-earlier": -5, "year-ago": -5}.get(rel, 0)
    if rel in ("year-earlier", "year-ago") and "-Q" in ctx.narrative:
        return Norm("DATE", shift(ctx.narrative, "year", -1) or current)
    return Norm("DATE", shift(current, "quarter", step) or current)


@normaliser("dayword")
def dayword(m: re.Match[str], ctx: Context) -> Norm | None:
    dw = word(m, "dw") or ""
    offset = int(table("days")[dw][0])
    part = table("days")[dw][1] if len(table("days")[dw]) > 1 else ""
    d = ctx.dct + timedelta(days=offset)
    pod = lex("parts_of_day", m, "pod") or part
    if pod:
        return Norm("TIME", f"{d.isoformat()}T{pod}")
    return Norm("DATE", d.isoformat())


@normaliser("part_of_day")
def part_of_day(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = word(m, "rel") or ""
    pod = lex("parts_of_day", m, "pod")
    if pod is None:
        return None
    if rel == "the" and pod == "NI" and not m["mod"] and not m["mod2"]:
        return None  # "spent the night in jail", "during the night": the stretch of a night, not a dated one
    if rel == "the" and classifies_a_noun(ctx.text, m.end(), "day_part_nouns"):
        return None  # "the evening curfew", "the morning news": a kind of curfew or bulletin, not a time
    if rel in ("the", "that", "the same"):
        base = ctx.narrative_date()
    elif rel in ("the next", "the following"):
        base = ctx.narrative_date() + timedelta(days=1)
    else:
        offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and pod != "NI":
            return None
        base = ctx.dct + timedelta(days=offset)
    return Norm("TIME", f"{base.isoformat()}T{pod}")


_SUDDENLY = re.compile(r"(?:\b(?:almost|virtually|practically|seemingly|literally|nearly|not|n't)"
                       r"|\b(?:happen|chang|collaps|vanish|disappear|transform|evaporat|fix|solv|shift|turn(?:ed)?\s+around)\w*)\s+$", re.I)


@normaliser("overnight")
def overnight(m: re.Match[str], ctx: Context) -> Norm | None:
    """The night before the day the story is on ("shares fell Friday after overnight losses"); in a future clause, that day's night."""
    if classifies_a_noun(ctx.text, m.end(), "day_part_nouns"):
        return None  # "lifted an overnight curfew": a kind of curfew, not a night
    if _SUDDENLY.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "has collapsed overnight", "won't change overnight": suddenly, not in the night
    back = 0 if ctx.direction(m) == "future" else 1
    # "closed lower Friday. / Shares were hit by overnight losses": the night before the day just told;
    # a day named a page ago is no longer the story's, and the night is then the one before publication
    day = ctx.narrative_date() if still_told(ctx.text, ctx.last_day_end, m.start(), same_paragraph=False) else ctx.dct
    return Norm("TIME", f"{(day - timedelta(days=back)).isoformat()}TNI")


_QUANTITY_WORDS = {"few", "several", "many", "couple", "dozen"}


@normaliser("reference")
def reference(m: re.Match[str], ctx: Context) -> Norm | None:
    row = table("references").get(" ".join(m["ref"].lower().split()))
    if row is None:
        return None
    if row[0] != "DATE":
        return Norm(row[0], row[1])
    value = row[1]
    ref = word(m, "ref")
    if ref == "now" and (re.match(r"-\w|\s+and\s+(?:again|then)\b", ctx.text[m.end():m.end() + 12])
                         or re.search(r"\bevery\s+$", ctx.text[max(0, m.start() - 7):m.start()], re.I)):
        return None  # "now-defunct"; "every now and then", "now and again": once in a while, not the present
    if ref in ("current", "future", "recent") and not m["ref"].islower():
        return None
    if ref == "for the moment":
        return Norm("DATE", value, start=m.start() + 4)  # "for" is a preposition, outside the expression
    if ref == "the past" and (following := re.match(r"\s+([\w-]+)", ctx.text[m.end():m.end() + 20])) and (
            following[1][0].isdigit() or following[1].lower() in _QUANTITY_WORDS or table("numbers").get(following[1].lower())
            or following[1].lower() in table("units")):
        return None  # "the past three summers", "the past hour": a span of them, not the past
    return Norm("DATE", value)


@normaliser("mod_unit")
def mod_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = word(m, "runit") or "year"
    value = shift(ctx.dct.isoformat(), unit, 0)
    return Norm("DATE", value) if value else None


@normaliser("year_end")
def year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    ye = re.sub(r"['\s-]+", "-", (word(m, "ye") or "").replace("'s", ""))
    if ye == "year-end":
        # this year's end is still ahead of the reader, so a past one is last year's
        past = ctx.direction(m) == "past" and ctx.dct.month != 12  # in December the end is at hand
        return Norm("DATE", f"{ctx.dct.year - past:04d}")
    if ye == "month-end":
        return Norm("DATE", f"{ctx.dct.year:04d}-{ctx.dct.month:02d}")
    if ctx.narrative.startswith(f"{ctx.dct.year:04d}-Q"):
        return Norm("DATE", shift(ctx.narrative, "year", -1) or "")
    return Norm("DATE", f"{ctx.dct.year - 1:04d}")


@normaliser("week_before")
def week_before(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "He had arrived the week before.", "sales fell the year before": the period before (or after) the story's own."""
    step = -1 if word(m, "ba") == "before" else 1
    if word(m, "wu") == "week":
        return Norm("DATE", week_value(ctx.narrative_date() + timedelta(weeks=step)))
    unit = word(m, "wu") or "year"
    base = ctx.narrative if granularity(ctx.narrative) in ("year", "month", "day") else ctx.dct.isoformat()
    value = shift(base[:4] if unit == "year" else base[:7] if len(base) >= 7 else ctx.dct.isoformat()[:7], unit, step)
    return Norm("DATE", value) if value else None


@normaliser("new_year")
def new_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "into the new year": told in the second half of a year, the year about to begin."""
    return Norm("DATE", f"{ctx.dct.year + (ctx.dct.month >= 7):04d}")


@normaliser("weekend")
def weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    start = m.start() + (m.group(0).lower().index("the"))
    d = ctx.dct
    if ctx.direction(m) == "future" or d.isoweekday() >= 6:
        ref = d
    else:
        ref = d - timedelta(days=d.isoweekday())
    return Norm("DATE", week_value(ref) + "-WE", start=start)


_ANA = {"the day": (0, ""), "the next day": (1, ""), "the following day": (1, ""), "the previous day": (-1, ""),
        "the day before": (-1, ""), "the day after": (1, ""), "the same day": (0, ""), "that day": (0, ""),
        "the next morning": (1, "MO"), "the following morning": (1, "MO"), "the previous night": (-1, "NI"),
        "the night before": (-1, "NI"), "that night": (0, "NI"), "that morning": (0, "MO"),
        "that evening": (0, "EV"), "that afternoon": (0, "AF")}


@normaliser("anaphoric_day")
def anaphoric_day(m: re.Match[str], ctx: Context) -> Norm | None:
    ana = word(m, "ana") or ""
    offset, pod = _ANA[ana]
    if ana == "the day" and re.search(r"\bin\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
        offset = 0  # "later in the day": the day the story is on
    elif ana == "the day":
        offset = -1 if ctx.text[m.end():m.end() + 8].strip().lower().startswith("before") else 1
        if ctx.last_day_end >= 0 and re.fullmatch(r",\s*", ctx.text[ctx.last_day_end:m.start()]):
            offset = 0  # "Oct. 12, the day before the crash": an apposition naming that very day
    if (period := _story_period(ctx)) is not None:
        return Norm("DATE", period)
    d = ctx.narrative_date() + timedelta(days=offset)
    return Norm("TIME", f"{d.isoformat()}T{pod}") if pod else Norm("DATE", d.isoformat())


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|that\s+ends)\b", re.I)


@normaliser("the_period")
def the_period(m: re.Match[str], ctx: Context) -> Norm | None:
    """"the quarter", "the fiscal year", "that year": the period the story is about."""
    det, adj, unit = word(m, "the"), word(m, "adj") or "", word(m, "pu")
    lead = _EARLIER_LATER_IN.search(ctx.text[max(0, m.start() - 12):m.start()])
    if det == "the" and not adj and unit in ("year", "month") and lead:
        # "delayed earlier in the year": the story's own year (or month), one expression with its adverb;
        # a year named long before ("the territory it claimed in 2014" two paragraphs up) is no longer the story's
        told = ctx.narrative[:1].isdigit() and "-Q" not in ctx.narrative and still_told(ctx.text, ctx.narrative_end, m.start())
        story = ctx.narrative if told else ctx.dct.isoformat()
        value = story[:4] if unit == "year" else (story[:7] if len(story) >= 7 else ctx.dct.isoformat()[:7])
        return Norm("DATE", value, start=max(0, m.start() - 12) + lead.start())
    if unit == "week":
        # "earlier in the week", "during the week": the week the story is on; "the week" alone is no time of its own
        if det == "the" and not adj and lead:
            return Norm("DATE", week_value(ctx.narrative_date()), start=max(0, m.start() - 12) + lead.start())
        if det == "the" and not adj and _IN_THE_WEEK.search(ctx.text[max(0, m.start() - 12):m.start()]):
            return Norm("DATE", week_value(ctx.narrative_date()))
        return None
    if unit == "period" and adj not in ("latest", "same"):
        return None
    if unit == "year" and det == "the" and _ENDED.match(ctx.text, m.end()):
        # "the year ended March 31", "the fiscal year ending June 30": a year's span told by its end, not a calendar year
        return Norm("DURATION", "P1Y")
    if unit == "year" and det == "the" and adj not in ("full", "fiscal", "current", "calendar", "financial"):
        return None
    if unit == "month" and det == "the":
        return None
    if unit in ("quarter", "period"):
        if "-Q" in ctx.narrative and (det == "that" or adj == "same" or unit == "period"):
            return Norm("DATE", ctx.narrative)
        if det == "this" or adj == "current":
            return Norm("DATE", f"{ctx.dct.year:04d}-Q{(ctx.dct.month - 1) // 3 + 1}")
        return Norm("DATE", shift(f"{ctx.dct.year:04d}-Q{(ctx.dct.month - 1) // 3 + 1}", "quarter", -1) or "")
    if det == "that" or adj == "same":
        return Norm("DATE", shift(ctx.narrative, unit, 0) or "") if ctx.narrative[:1].isdigit() else None
    return Norm("DATE", shift(ctx.dct.isoformat(), unit, 0) or "")
