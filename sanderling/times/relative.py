"""Normalisers for deictic and anaphoric expressions, durations, sets and bare references."""

from __future__ import annotations

import re
from datetime import timedelta

from sanderling.times.absolute import season_value
from sanderling.times.context import Context, Norm, lex, word
from sanderling.times.dates import shift, week_value
from sanderling.times.lexicon import lookup, table
from sanderling.times.registry import normaliser

_BACK = {"last", "previous", "past", "this past", "the previous", "the past", "the last"}
_FORWARD = {"next", "coming", "following", "this coming", "the next", "the following"}
_ANAPHORIC = {"the previous", "the following", "the next", "the same", "same", "that", "following"}
_UNIT_NAME = {"week": "week", "weekend": "week", "month": "month", "year": "year", "decade": "decade",
              "century": "century", "fortnight": "week", "school year": "year", "fiscal year": "year",
              "financial year": "year", "day": "day", "night": "day", "quarter": "quarter"}


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
    if gran == "weekend":
        return f"P{amount}WE"
    if gran in ("hour", "minute", "second"):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def _ref_for(rel: str, ctx: Context) -> str:
    return ctx.narrative if rel in _ANAPHORIC else ctx.dct.isoformat()


def _step(rel: str) -> int:
    return -1 if rel in _BACK else 1 if rel in _FORWARD else 0


@normaliser("rel_unit")
def rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, unit = word(m, "rel") or "", word(m, "runit") or ""
    if m.group(0).lower().startswith("the ") and not rel.startswith("the ") and rel in ("next", "following", "previous", "same", "past", "last"):
        rel = "the " + rel
    if unit == "season":
        return None if rel in ("past", "the past") else _season_now(m, ctx, rel)
    if rel in ("past", "the past") and unit in ("day", "night"):
        return None
    name = _UNIT_NAME[unit]
    if name == "day":
        base = ctx.narrative_day if rel in _ANAPHORIC else ctx.dct.isoformat()
        value = shift(base, "day", _step(rel))
        if value is None:
            return None
        return Norm("TIME", value + "TNI") if unit == "night" else Norm("DATE", value)
    if rel in ("past", "the past", "the last") and name in ("decade", "century"):
        return Norm("DURATION", duration_value(1, unit) or "P10Y")
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


@normaliser("overnight")
def overnight(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("TIME", f"{ctx.dct.isoformat()}TNI")


@normaliser("reference")
def reference(m: re.Match[str], ctx: Context) -> Norm | None:
    row = table("references").get(" ".join(m["ref"].lower().split()))
    if row is None:
        return None
    if row[0] != "DATE":
        return Norm(row[0], row[1])
    value = row[1]
    ref = word(m, "ref")
    if ref == "now" and re.match(r"-\w", ctx.text[m.end():m.end() + 2]):
        return None
    if ref in ("current", "future", "recent") and not m["ref"].islower():
        return None
    return Norm("DATE", value)


@normaliser("set_word")
def set_word(m: re.Match[str], ctx: Context) -> Norm | None:
    value = lookup("sets", m["setw"])
    return Norm("SET", value) if value else None


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


@normaliser("mod_unit")
def mod_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = word(m, "runit") or "year"
    value = shift(ctx.dct.isoformat(), unit, 0)
    return Norm("DATE", value) if value else None


@normaliser("year_end")
def year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    ye = (word(m, "ye") or "").replace(" ", "-")
    if ye in ("year-end", "year's end"):
        return Norm("DATE", f"{ctx.dct.year:04d}")
    if ye == "month-end":
        return Norm("DATE", f"{ctx.dct.year:04d}-{ctx.dct.month:02d}")
    if ctx.narrative.startswith(f"{ctx.dct.year:04d}-Q"):
        return Norm("DATE", shift(ctx.narrative, "year", -1) or "")
    return Norm("DATE", f"{ctx.dct.year - 1:04d}")


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
    if ana == "the day":
        offset = -1 if ctx.text[m.end():m.end() + 8].strip().lower().startswith("before") else 1
    d = ctx.narrative_date() + timedelta(days=offset)
    return Norm("TIME", f"{d.isoformat()}T{pod}") if pod else Norm("DATE", d.isoformat())


_SHIFT_UNIT = {"day": "day", "weekend": "week", "week": "week", "month": "month", "quarter": "quarter",
               "season": "quarter", "year": "year", "decade": "year", "century": "year", "millennium": "year"}


@normaliser("offset")
def offset(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(m["num"])
    unit = (m["unit"] or "").lower().rstrip(".")
    direction = word(m, "dir") or ""
    back = direction in ("ago", "earlier", "previously")
    if n is None or unit not in table("units"):
        return None
    if n == "X":
        if direction == "ago":
            return Norm("DATE", "PAST_REF")
        return Norm("DURATION", duration_value("X", unit) or "", end=m.end("unit"))
    gran = table("units")[unit][2]
    per = int(table("units")[unit][1])
    amount = float(n) * per + (0.5 * per if m["and"] or m["half"] else 0)
    if gran in ("hour", "minute", "second"):
        return None
    base = ctx.dct.isoformat() if direction in ("ago", "from now", "hence") else ctx.narrative
    if gran == "day" and len(base) < 10:
        base = ctx.dct.isoformat()
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
    start = m.start("num") if word(m, "approx") in ("about", "just", "only", "roughly", "some") else None
    return Norm("DATE", value, start=start)


_TRIM = {"about", "just", "only", "over", "up to", "roughly", "approximately", "some", "around"}
_SET_BEFORE = re.compile(r"(?:\b(?:once|twice|thrice|times|per|million|billion|thousand|hundred|percent|cents?|dollars?|euros?|pounds?)|[\d%])[\w,.]*(?:\s+[a-z]+s){0,2}\s*$", re.I)


@normaliser("duration")
def duration(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(m["num"])
    unit = m["unit"]
    if n is None or (m["adj"] or "").lower() == "-old":
        return None
    if (m["adj"] or "") == "" and re.match(r"-old\b|\s+old\b", ctx.text[m.end():m.end() + 5]):
        return None
    if m["and"] or m["and2"] or m["half"]:
        n = float(n) + 0.5 if n != "X" else n
    value = duration_value(n, unit)
    if value is None:
        return None
    if unit.lower().startswith("quarter") and (re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]) or "-" in m.group(0)):
        return None
    start = None
    if re.match(r"\S+-", m.group("num") + ctx.text[m.end("num"):m.end("num") + 1]) and m.group("num")[0].isalnum():
        start = m.start("num")
    elif word(m, "approx") in _TRIM:
        start = m.start("the") if m["the"] else m.start("rel") if m["rel"] else m.start("num")
    if word(m, "num") in ("a", "an") and not m["rel"] and not m["the"] and _SET_BEFORE.search(ctx.text[max(0, m.start() - 40):m.start()]):
        return Norm("SET", value)
    if word(m, "num") in ("a", "an", "one") and not m["rel"] and not m["the"] and not m["approx"]:
        if unit.lower() == "second" and word(m, "num") != "one":
            return None
        if word(m, "num") == "one" and unit.lower() == "day" and not re.search(
                r"\b(?:for|in|within|after|of|than|only|just|over|lasted|lasting)\s+$", ctx.text[max(0, m.start() - 10):m.start()], re.I):
            return None
    return Norm("DURATION", value, start=start)


@normaliser("half_duration")
def half_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = word(m, "hu") or "hour"
    value = {"hour": "PT30M", "year": "P6M", "day": "PT12H", "century": "P50Y"}[unit]
    return Norm("DURATION", value)


@normaliser("unit_long")
def unit_long(m: re.Match[str], ctx: Context) -> Norm | None:
    value = duration_value(1, m["lu"])
    return Norm("DURATION", value) if value else None


@normaliser("bare_units", "rel_units")
def bare_units(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = word(m, "rel") or ""
    value = duration_value("X", m["bu"])
    if value is None:
        return None
    if "pre" in m.re.groupindex and m["pre"]:
        start = m.start("rel") if m["rel"] else m.start("bu")
        if m["rel"] and ctx.text[start - 4:start].lower() == "the ":
            start -= 4
        return Norm("DURATION", value, start=start)
    if rel == "recent":
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", value)


@normaliser("vague_ago")
def vague_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", "PAST_REF")



@normaliser("the_period")
def the_period(m: re.Match[str], ctx: Context) -> Norm | None:
    """"the quarter", "the fiscal year", "that year": the period the story is about."""
    det, adj, unit = word(m, "the"), word(m, "adj") or "", word(m, "pu")
    if unit == "period" and adj not in ("latest", "same"):
        return None
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
