"""Normalisers for calendar dates and days: full and partial dates, months, weekdays, holidays, clock times."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from sanderling.times.context import Context, Norm, lex, word
from sanderling.times.dates import easter, granularity, hijri_holiday, nth_weekday, pick_weekday, pick_year, safe_date, week_value
from sanderling.times.lexicon import lookup, mapping
from sanderling.times.matchwords import classifies_a_noun, date_norm, day_of, month_of, year_named
from sanderling.times.registry import normaliser
from sanderling.times.sequels import STORY_REACH, weekday_in_sequence


# "called on May to engage", "May said": the name May, not the month, is asked to act and speaks.
_SPEAKS = re.compile(r"\s+(?:said|says|told|insisted|announced|added|warned|argued|wrote)\b")
_ASKS = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|urg\w*|ask\w*|press\w*|forc\w*|want\w*)\s+$", re.I)
_TO_ACT = re.compile(r"\s+to\s+[a-z]+\b")
_MONTH_CUE = re.compile(r"(?:\b(?:in|since|until|till|by|of|during|before|after|from|through|to|last|next|this|early|late|mid|end|between|and|or|on|for)[-\s]+$)|(?:mid-$)", re.I)
# "the March accession", "a March report": a capitalised March between a determiner and a common noun
# is the month ("the March on Washington", "the March of Dimes" are names; May stays out: "the May government")
_MARCH_BEFORE_A_NOUN = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|of|for|to|in|from|through|against|with|and|or|by|was|is|were|are)\b)[a-z]{3,}\b")


@normaliser("iso_date")
def iso_date(m: re.Match[str], ctx: Context) -> Norm | None:
    d = safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Norm("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}")
    return date_norm(d.isoformat())


@normaliser("numeric_date")
def numeric_date(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= (ctx.dct.year % 100) + 5 else 1900 + int(y))
    if "." in m.group(0) and len(y) == 2:
        return None
    month, day = (b, a) if a > 12 else (a, b)
    d = safe_date(year, month, day)
    return date_norm(d.isoformat()) if d else None


@normaliser("weekday_full_date")
def weekday_full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = next((month_of(m, g) for g in ("month1", "month2", "month3") if m[g]), None)
    day = next((day_of(m, g, "-") for g in ("day1", "day2") if m[g]), None) or day_of(m, "-", "ordw3")
    weekday = lookup("weekdays", m["weekday"])
    if month is None or day is None:
        return None
    if m["year"]:
        d = safe_date(int(m["year"]), month, day)
        return date_norm(d.isoformat()) if d else None
    for year in (ctx.dct.year, ctx.dct.year + 1, ctx.dct.year - 1):
        d = safe_date(year, month, day)
        if d and weekday and d.isoweekday() == int(weekday):
            return date_norm(d.isoformat())
    d = safe_date(pick_year(month, day, ctx.dct, ctx.direction(m), ctx.firm(m)), month, day)
    return date_norm(d.isoformat()) if d else None


@normaliser("full_date_mdy", "full_date_dmy")
def full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = month_of(m)
    year = int(m["year"]) if m["year"] else year_named(m, ctx, "yrel")
    d = safe_date(year, month, int(m["day"])) if month else None
    return date_norm(d.isoformat()) if d else None


@normaliser("week_of")
def week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the week of March 6": the calendar week holding that day."""
    month, day = month_of(m), day_of(m)
    if month is None or day is None:
        return None
    year = int(m["year"]) if m["year"] else pick_year(month, day, ctx.dct, ctx.direction(m))
    d = safe_date(year, month, day)
    return date_norm(week_value(d)) if d else None


def _on_the_side(day: date | None, published: date, direction: str | None) -> bool:
    if day is None:
        return False
    return direction is None or (day <= published if direction == "past" else day >= published)


@normaliser("month_day", "day_month")
def month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month, day = month_of(m), day_of(m)
    if month is None or day is None:
        return None
    if m["day"] and not m["month"][0].isupper():
        return None
    rel = word(m, "rel") if "rel" in m.re.groupindex else None
    direction = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(rel or "", ctx.direction(m))
    firm = bool(rel) or ctx.firm(m)
    # a day named again in the same story is the same day, unless its own words put it on the other side
    # of publication ("next 2 July" after "2 July 2015")
    year = ctx.days_named.get((month, day))
    if year is not None and firm and not _on_the_side(safe_date(year, month, day), ctx.dct, direction):
        year = None
    if year is None:
        year = pick_year(month, day, ctx.dct, direction, firm)
    if not ctx.checking:
        ctx.days_named.setdefault((month, day), year)
    d = safe_date(year, month, day)
    return date_norm(d.isoformat()) if d else None


_NTH_WEEK = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1, "closing": -1}


@normaliser("part_of_period")
def part_of_period(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the first week of August" is that calendar week; "the final days of 2018", "the first
    months of the war's second year" are a part of the period named, and take its value."""
    if m["ofyear"]:
        return None if m["part"] == "week" else date_norm(m["ofyear"])
    month = month_of(m)
    if month is None:
        return None
    value = f"{m['year']}-{month:02d}" if m["year"] else month_value(month, m, ctx, "")
    if m["part"] != "week":
        return date_norm(value)
    year = int(value[:4])
    nth = _NTH_WEEK[word(m, "nth") or "first"]
    last_day = calendar.monthrange(year, month)[1]
    middle = 7 * (nth - 1) + 4 if nth > 0 else last_day - 3  # the day a week wholly in the month would hold midweek
    return date_norm(week_value(date(year, month, min(middle, last_day))))


@normaliser("month_year")
def month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    month = month_of(m)
    if month is None:
        return None
    if m["yana"]:
        # "in May the following year", "August that year": the story's year, not the reader's
        if not ctx.narrative[:4].isdigit():
            return None
        step = 1 if word(m, "yana") in ("the following year", "the next year", "the year after") else \
            -1 if word(m, "yana") in ("the previous year", "the year before") else 0
        return date_norm(f"{int(ctx.narrative[:4]) + step:04d}-{month:02d}")
    year = int(m["year"]) if m["year"] else year_named(m, ctx, "yrel")
    return date_norm(f"{year:04d}-{month:02d}")


_SINCE = re.compile(r"\bsince\s+$", re.I)


@normaliser("weekday")
def weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["weekday"][0].isupper():
        return None
    iso = int(lookup("weekdays", m["weekday"]) or 0)
    rel = word(m, "rel") or ""
    start = None
    if rel in ("following", "previous") and ctx.text[max(0, m.start("rel") - 4):m.start("rel")].lower() != "the ":
        rel, start = "", m.start("weekday")  # "clashes following Friday's abduction": a preposition, not "the following Friday"
    ref = ctx.narrative_date() if rel in ("that", "previous", "following") else ctx.dct
    # "Wednesday's ruling": the day of an event named in a noun phrase, not of the clause's verb; only a past clause counts
    possessive = re.match(r"['\u2019]s\b", ctx.text[m.end():m.end() + 3]) is not None
    direction = ctx.direction(m)
    d = pick_weekday(iso, ref, None if possessive and direction != "past" else direction, "" if rel == "that" else rel)
    if d == ctx.dct and not rel and _SINCE.search(ctx.text, max(0, m.start() - 7), m.start()):
        d -= timedelta(days=7)  # "have protested since Monday", written on a Monday: a week of protest, not a day
    in_sequence = weekday_in_sequence(iso, m.start(), ctx) if not rel and not m["early"] else None
    if in_sequence is not None and not (in_sequence > ctx.dct and direction == "past"):
        d = in_sequence
    pod = lex("parts_of_day", m, "pod")
    if pod:
        return Norm("TIME", f"{d.isoformat()}T{pod}", start=start)
    return Norm("DATE", d.isoformat(), start=start)


_ABOUT_A_YEAR = 300  # days
# Before a holiday that is also a surname: "during Ramadan", "the holy month of Ramadan".
_HOLIDAY_CUE = re.compile(r"\b(?:in|since|until|till|by|of|during|before|after|from|through|to|for|on|and|or|the|holy|this|last|next|early|late|mid|end)[-\s]+$", re.I)


_PLACE_NAMED = re.compile(r"\s+Islands?\b")  # "Christmas Island", "Easter Island": places named after the day
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _names_a_kind(m: re.Match[str], text: str) -> bool:
    """ "the Christmas market attack", "a Christmas raffle": the holiday classifies a thing, it dates nothing."""
    return bool(_INDEFINITE_BEFORE.search(text, max(0, m.start() - 4), m.start())) or classifies_a_noun(text, m.end(), "holiday_nouns")


@normaliser("holiday")
def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    try:
        return _holiday(m, ctx)
    except ValueError:  # a calendar that does not reach that year
        return None


def _holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    spec = lookup("holidays", m["hol"].replace("\u2019", "'"))
    if spec is None or not m["hol"][0].isupper() or _PLACE_NAMED.match(ctx.text, m.end()) or _names_a_kind(m, ctx.text):
        return None
    if spec.startswith("hijri:") and not m["rel"] and not _HOLIDAY_CUE.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "Tariq Ramadan", "Tim Ramadan": a surname as often as the month
    rel = word(m, "rel")
    direction = {"last": "past", "next": "future"}.get(rel or "", ctx.direction(m))

    def on(y: int) -> date:
        if spec.startswith("hijri:"):
            return hijri_holiday(y, *(int(x) for x in spec.split(":")[1].split("-")))
        if spec.startswith("easter:"):
            return easter(y) + timedelta(days=int(spec.split(":")[1]))
        if ":" in spec:
            month, wd, nth = (int(x) for x in spec.split(":"))
            return nth_weekday(y, month, wd, nth)
        month, day = (int(x) for x in spec.split("-"))
        return date(y, month, day)

    if m["year"]:
        return date_norm(on(int(m["year"])).isoformat())
    story = ctx.sentence_story_time(m) if not rel else None
    if story is not None and granularity(ctx.narrative) == "year":
        return date_norm(on(story.year).isoformat())
    ref = story or ctx.dct
    nearest = min((on(y) for y in (ref.year - 1, ref.year, ref.year + 1)), key=lambda d: abs((d - ref).days))
    this = on(ref.year)
    if direction == "past" and this > ref:
        this = on(ref.year - 1)
    elif direction == "future" and this < ref:
        this = on(ref.year + 1)
    # the tense is the reader's, and points away from the story's time, not a year away from
    # it: "on 31 August 2013 - Labor Day weekend - Obama strolled ..." is that week's Labor Day
    return date_norm((this if story is None or abs((this - ref).days) <= _ABOUT_A_YEAR else nearest).isoformat())


def month_value(month: int, m: re.Match[str], ctx: Context, rel: str) -> str:
    """A month named without a year: ``rel`` (last/next/this) or the clause's tense decides."""
    ref = ctx.dct
    if rel in ("last", "this past"):
        y = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        y = ref.year
    elif rel == "that":
        y = int(ctx.narrative[:4])
    elif (story := ctx.sentence_story_time(m)) is not None:
        # "in 2015 the firm moved in August": within a story year the month is that year's
        y = story.year if granularity(ctx.narrative) == "year" else pick_year(month, None, story, ctx.direction(m))
    else:
        y = pick_year(month, None, ref, ctx.direction(m), ctx.firm(m))
    return f"{y:04d}-{month:02d}"


@normaliser("bare_month")
def bare_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = month_of(m)
    text = m["month"]
    if month is None or not text[0].isupper() or len(text.rstrip(".")) < 4 and text.lower() != "may":
        return None
    if text.lower() in ("may", "march") and not m["mod"]:
        before = ctx.text[max(0, m.start() - 12):m.start()]
        modifies_a_noun = text.lower() == "march" and _MARCH_BEFORE_A_NOUN.search(before) is not None \
            and _NOUN_AFTER.match(ctx.text, m.end()) is not None
        if not (_MONTH_CUE.search(before) or modifies_a_noun) or _SPEAKS.match(ctx.text, m.end()) \
                or (_ASKS.search(before) and _TO_ACT.match(ctx.text, m.end())):
            return None
    return date_norm(month_value(month, m, ctx, ""))


@normaliser("rel_month")
def rel_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = month_of(m)
    if month is None or (word(m, "rel") == "that" and m["month"].lower() in ("may", "march")):
        return None
    return date_norm(month_value(month, m, ctx, word(m, "rel") or ""))


def clock_date(m: re.Match[str], ctx: Context) -> str:
    """The day a clock time belongs to: a day named just before it, else the publication date.

    News breaks a story into short paragraphs, so "Gunmen stormed a hotel on Saturday.\n\nShots were
    heard at 9 p.m." still tells Saturday's evening: nearness, not a paragraph break, decides.
    """
    between = ctx.text[ctx.last_day_end:m.start()] if 0 <= ctx.last_day_end <= m.start() else "."
    if len(between) < STORY_REACH:
        return ctx.narrative_day[:10]
    return ctx.dct.isoformat()


# "at four in the morning", "until 11 at night": an hour told by the part of the day follows a word of time
_CLOCK_CUE = re.compile(r"\b(?:at|until|till|by|about|around|before|after|from|to|since|and|or)\s+$", re.I)


def _hour(text: str) -> int:
    return int(text) if text.isdigit() else int(mapping("numbers").get(text.lower(), "0"))


@normaliser("clock")
def clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["noon"]:
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word(m, "noon") or "noon"]
    elif m["h"]:
        h = int(m["h"]) % 12 + (12 if word(m, "ampm") and word(m, "ampm").startswith("p") else 0)
        hhmm = f"{h:02d}:{m['mi'] or '00'}"
    elif m["h24"] or m["h24b"]:
        hhmm = f"{int(m['h24'] or m['h24b']):02d}:{m['mi24'] or m['mi24b']}"
    elif m["hday"]:
        if not _CLOCK_CUE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "killed 4 in the morning raid": a count, not an hour
        h = _hour(m["hday"]) % 12
        late = m["daypart"] in ("afternoon", "evening") or m["night"] and h >= 6
        hhmm = f"{h + (12 if late else 0):02d}:{m['miday'] or '00'}"
    else:
        hhmm = f"{_hour(m['hoc']):02d}:00"
    start = m.start() if word(m, "approx") in (None, "around") else m.end("approx") + 1
    return Norm("TIME", f"{clock_date(m, ctx)}T{hhmm}", start=start)


@normaliser("ordinal_day")
def ordinal_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """"on the 5th": that day of the month the story is in (the narrative month, else the publication month)."""
    day = int(m["day"])
    base = ctx.narrative if len(ctx.narrative) >= 7 and ctx.narrative[4] == "-" and ctx.narrative[5:7].isdigit() else ctx.dct.isoformat()
    d = safe_date(int(base[:4]), int(base[5:7]), day)
    return date_norm(d.isoformat()) if d else None
