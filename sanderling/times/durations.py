"""Normalisers for amounts of time: durations ("two years", "five-year"), offsets ("three days ago") and sets ("every Friday", "daily")."""

from __future__ import annotations

import re
from datetime import date

from sanderling.times.context import Context, Norm, word
from sanderling.times.dates import granularity, shift, week_value
from sanderling.times.lexicon import lookup, table
from sanderling.times.registry import normaliser


_SMALLER = {"year": ("M", 12), "hour": ("M", 60), "minute": ("S", 60), "day": ("H", 24)}


def duration_value(n: float | str, unit: str) -> str | None:
    """TIMEX3 duration for ``n`` units (``unit`` as in data/units.tsv)."""
    row = table("units").get(unit.lower().rstrip("."))
    if row is None:
        return None
    code, per, gran = row[0], int(row[1]), row[2]
    if n == "X":
        amount = "X"
    else:
        value = float(n) * per
        if value != int(value) and gran in _SMALLER and per == 1:
            smaller, factor = _SMALLER[gran]
            whole, part = int(value), round((value - int(value)) * factor)
            if gran == "day":
                return f"P{whole}DT{part}H"
            t = "T" if gran in ("hour", "minute") else ""
            return f"P{t}{whole}{code}{part}{smaller}"
        amount = str(int(value)) if value == int(value) else f"{value:g}"
    if gran in ("hour", "minute", "second"):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def number(text: str | None) -> float | str | None:
    """A number written in digits or words; ``"X"`` for vague quantities ("several")."""
    if not text:
        return None
    t = " ".join(text.lower().split())
    if re.fullmatch(r"\d+(?:,\d{3})*", t):
        return int(t.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    found = lookup("numbers", t)
    if found is not None:
        return found if found == "X" else int(found)
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2:
        tens, units = lookup("numbers", parts[0]), lookup("numbers", parts[1])
        if tens and units and tens.isdigit() and units.isdigit():
            return int(tens) + int(units)
    return None


_SHIFT_UNIT = {"day": "day", "weekend": "week", "week": "week", "month": "month", "quarter": "quarter",
               "season": "quarter", "year": "year", "decade": "year", "century": "year", "millennium": "year"}


def _reporting_quarter(ctx: Context) -> bool:
    """The story is about a quarter of the publication year (or the one before): comparisons are to that quarter."""
    n = ctx.narrative
    return len(n) == 7 and n[5] == "Q" and int(n[:4]) in (ctx.dct.year, ctx.dct.year - 1) and n[:4] <= ctx.dct.isoformat()[:4] and (
        int(n[:4]) == ctx.dct.year or n[6] == "4")


@normaliser("offset")
def offset(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(m["num"])
    unit = (m["unit"] or "").lower().rstrip(".")
    direction = word(m, "dir") or ""
    back = direction in ("ago", "earlier", "previously", "before")
    if n is None or unit not in table("units"):
        return None
    if direction in ("earlier", "later") and re.match(r"\s+than\b", ctx.text[m.end():m.end() + 6]):
        return None  # "three months earlier than officials believed": a span between two times; the duration rule takes it
    if n == "X":
        if direction == "ago":
            return Norm("DATE", "PAST_REF")
        return Norm("DURATION", duration_value("X", unit) or "", end=m.end("unit"))
    gran = table("units")[unit][2]
    per = int(table("units")[unit][1])
    amount = float(n) * per + (0.5 * per if m["and"] or m["half"] else 0)
    if gran == "hour" and amount % 24 == 0:
        gran, per, amount = "day", 1, amount // 24  # "24 hours later": the next day
    elif gran in ("hour", "minute", "second"):
        return None
    base = ctx.dct.isoformat() if direction in ("ago", "from now", "hence") else ctx.narrative
    if base == ctx.narrative and granularity(base) == "year" and int(base) < ctx.dct.year and gran != "year":
        # "the fall of Aleppo in 2016 ... a supply road seized six months earlier": counted from
        # a story year, a span shorter than a year stays within about that year; the publication
        # date is no anchor for it
        years = int(amount // 12) if gran == "month" else 0
        return Norm("DATE", f"{int(base) + (-years if back else years):04d}")
    if back and gran == "year" and _reporting_quarter(ctx):
        base = ctx.narrative  # "profit rose from $2 million a year ago": the same quarter a year before
    if gran == "day" and len(base) < 10:
        # "last week ... two days earlier": the last day told, if it lies within the story's week or month
        base = ctx.narrative_day if _within(ctx.narrative_day, base) else ctx.dct.isoformat()
    shift_unit = _SHIFT_UNIT[gran]
    if amount != int(amount):
        shift_unit, amount = "month", amount * 12 if gran == "year" else amount
        if amount != int(amount):
            return None
    if shift_unit in ("day", "week", "month") and len(base) < 10 and "-" not in base:
        base = ctx.dct.isoformat()
    value = shift(base, shift_unit, int(-amount if back else amount))
    if value is None:
        return None
    if direction == "later" and base[:10] == ctx.dct.isoformat() and value[:10] > base[:10] and ctx.direction(m) == "past":
        # "Two weeks later, she was killed", with no date told before it: counted from a time the
        # text has not dated, not from the publication date; only its direction is known
        value = "PAST_REF"
    elif direction == "later" and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) and value > ctx.dct.isoformat()[:len(value)] \
            and base[:10] < ctx.dct.isoformat()[:len(base[:10])] and ctx.direction(m) != "future":
        # "fled in January ... Six months later, the family remain": a time after the story's is no later than its telling
        value = ctx.dct.isoformat()[:len(value)]
    start = m.start("num") if word(m, "approx") in ("about", "just", "only", "roughly", "some") else None
    return Norm("DATE", value, start=start)


def _within(day: str, period: str) -> bool:
    """Whether the day ``day`` falls in the week or month ``period``."""
    g = granularity(period)
    return (g == "week" and week_value(date.fromisoformat(day[:10])) == period) or (g == "month" and day[:7] == period)


_VERB_LAST = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to|did|does|didn't|not)\s+$", re.I)
@normaliser("time_hence")
def time_hence(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in two days' time", "in a fortnight's time": a point that far ahead of publication."""
    n = number(m["num"])
    unit = (m["unit"] or "").lower().rstrip(".")
    if n in (None, "X") or unit not in table("units"):
        return None
    gran, per = table("units")[unit][2], int(table("units")[unit][1])
    if gran not in _SHIFT_UNIT:
        return None
    value = shift(ctx.dct.isoformat(), _SHIFT_UNIT[gran], int(float(n) * per))
    return Norm("DATE", value) if value else None


_TRIM = {"about", "just", "only", "over", "up to", "roughly", "approximately", "some", "around"}


# "$1bn a year", "hundreds of interviews a day", "four flights a week": a count of things per unit is a rate
_SET_BEFORE = re.compile(r"(?:\b(?:once|twice|thrice|times|per|million|billion|thousand|hundred|dozen|percent|cents?|dollars?|euros?|pounds?"
                         r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                         r"|[\d%])[\w,.]*(?:(?:\s+of)?(?:\s+[a-z]+)?\s+[a-z]+s)?\s*$", re.I)
_NOT_A_RATE_AFTER = re.compile(r"\s+(?:later|earlier|ago|after|before|on|into|old)\b", re.I)


# "a quarter of the vote", "a quarter the size of Lisbon", "a quarter million": a share, not three months;
# so is one that is the subject of a verb ("about a quarter have no papers", "a quarter said they would vote")
_SHARE_OF = re.compile(r"\s+(?:of|the|its|their|his|her|our|that|this|as|million|billion|trillion|thousand|hundred|percent|per\s+cent|miles?|mile|acres?|tonnes?|tons?"
                       r"|have|has|had|are|were|is|was|do|did|will|would|could|can|may|might|must|say|said|live|lived|voted|remain|remained)\b", re.I)


@normaliser("duration")
def duration(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(m["num"])
    unit = m["unit"]
    if n is None or (m["adj"] or "").lower() == "-old":
        return None
    if re.search(r"(?:19|20)\d\d[-/\u2013]$", ctx.text[max(0, m.start("num") - 5):m.start("num")]):
        return None  # "the 2013-14 season": the end of a span of years
    if re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]) and not unit.lower().endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1,988 quarters
    if word(m, "num") in ("a", "an") and (unit.lower().endswith("s") or unit.lower() == "millennia"):
        value = duration_value("X", unit)
        return Norm("DURATION", value, start=m.start("unit")) if value else None
    if (m["adj"] or "") == "" and re.match(r"-old\b|\s+old\b|\s+of\s+age\b|-time\b", ctx.text[m.end():m.end() + 8]):
        return None  # "a 12-year old", "a night-time raid": an age, a part of the day
    if m["and"] or m["and2"] or m["half"]:
        n = float(n) + 0.5 if n != "X" else n
    value = duration_value(n, unit)
    if value is None:
        return None
    if unit.lower().startswith("quarter") and (_SHARE_OF.match(ctx.text, m.end()) or "-" in m.group(0)):
        return None
    start = None
    if word(m, "rel") == "last" and not m["the"] and (word(m, "num") in ("a", "an") or _VERB_LAST.search(ctx.text[max(0, m.start() - 12):m.start()])):
        start = m.start("num")  # "the talks will last a year": the verb, not "the last year"
    elif (m["adj"] or "").lower() == "-long" and word(m, "num") in ("a", "an"):
        start = m.start("unit")
    elif re.match(r"\S+-", m.group("num") + ctx.text[m.end("num"):m.end("num") + 1]) and m.group("num")[0].isalnum():
        start = m.start("num")
    elif m["the"] and not m["rel"] and not unit.lower().endswith("s") and word(m, "num") not in ("a", "an", "one", "1"):
        start = m.start("num")  # "the three year tenure": a singular unit after a count modifies the noun, whose "the" it is
    elif word(m, "approx") in _TRIM:
        start = m.start("the") if m["the"] else m.start("rel") if m["rel"] else m.start("num")
    if word(m, "num") in ("a", "an") and not m["rel"] and not m["the"] and _SET_BEFORE.search(ctx.text[max(0, m.start() - 40):m.start()]) \
            and not _NOT_A_RATE_AFTER.match(ctx.text, m.end()):
        return Norm("SET", value)
    if word(m, "num") in ("a", "an", "one") and not m["rel"] and not m["the"] and not m["approx"]:
        if unit.lower() == "second" and word(m, "num") != "one":
            return None
        if word(m, "num") == "one" and unit.lower() == "day" and ctx.text[m.end("num"):m.end("num") + 1] != "-" and not re.search(
                r"\b(?:for|in|within|after|of|than|only|just|over|lasted|lasting)\s+$", ctx.text[max(0, m.start() - 10):m.start()], re.I):
            return None
    return Norm("DURATION", value, start=start)


@normaliser("half_duration")
def half_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = word(m, "hu") or "hour"
    value = {"hour": "PT30M", "year": "P6M", "day": "PT12H", "century": "P50Y"}[unit]
    return Norm("DURATION", value)


@normaliser("rel_hour")
def rel_hour(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in the past hour", "the next hour": an hour up to, or from, now."""
    return Norm("DURATION", "PT1H" if word(m, "hu") == "hour" else "PT1M")


@normaliser("unit_long")
def unit_long(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = (m["lu"] or m["lu2"]).lower()
    plural = unit.endswith("s") or unit == "centuries"  # "decades-long": an unspecified number of them
    value = duration_value("X" if plural else 1, unit)
    return Norm("DURATION", value) if value else None


@normaliser("bare_units", "rel_units", "units_before_event")
def bare_units(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = word(m, "rel") or ""
    value = duration_value("X", m["bu"])
    if value is None:
        return None
    if "pre" in m.re.groupindex and m["pre"]:
        # "for years", "over the years": the units without their preposition
        start = m.start("rel") if m["rel"] else m.start("the") if m["the"] else m.start("bu")
        if m["rel"] and ctx.text[start - 4:start].lower() == "the ":
            start -= 4
        return Norm("DURATION", value, start=start)
    if rel == "recent":
        return Norm("DATE", "PAST_REF")
    if rel == "following" and not re.match(r"the\s", m.group(0), re.I):
        return Norm("DURATION", value, start=m.start("bu"))  # "exhausted following years of war": a preposition
    return Norm("DURATION", value)


@normaliser("vague_ago")
def vague_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", "PAST_REF")


@normaliser("vague_ahead")
def vague_ahead(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Years from now, historians will judge him": some time ahead, as "years ago" is some time back."""
    return Norm("DATE", "FUTURE_REF")


@normaliser("set_word")
def set_word(m: re.Match[str], ctx: Context) -> Norm | None:
    value = lookup("sets", m["setw"])
    if _NEWSPAPER.match(ctx.text, m.end()):
        return None  # "the business daily Kommersant": a newspaper ("the Daily Beast" is a title, see tagger._is_title)
    return Norm("SET", value) if value else None


_NEWSPAPER = re.compile(r"\s+(?:[A-Z]|al-|newspaper|paper|tabloid)")


@normaliser("set_every")
def set_every(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["unit"]:
        n = number(m["num"]) or 1
        if m["other"]:
            n = 2
        value = duration_value(n, m["unit"])
        return Norm("SET", value) if value else None
    if m["weekday"]:
        return Norm("SET", f"XXXX-WXX-{lookup('weekdays', m['weekday'])}")
    if m["month"]:
        return Norm("SET", f"XXXX-{int(lookup('months', m['month']) or 1):02d}")
    if m["season"]:
        return Norm("SET", f"XXXX-{lookup('seasons', m['season'])}")
    if m["pod"]:
        return Norm("SET", f"XXXX-XX-XXT{lookup('parts_of_day', m['pod'])}")
    return None


@normaliser("weekday_plural")
def weekday_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["wdp"][0].isupper():
        return None
    return Norm("SET", f"XXXX-WXX-{lookup('weekdays', m['wdp'][:-1])}")
