"""Dates given as a step from an anchor: "yesterday", "last week", "14 years ago", "the following month".

A template in patterns.yaml names the anchor (the document's date or the
last date mentioned), the unit and the step; the result has the unit's
precision, so "14 years ago" is a year, never a day.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .anchoring import Context, Resolution
from .clock import with_time
from .finder import Match
from .periods import RANK, Point
from .sport import season_months, season_year
from .tense import guess_tense, sentences_between

_UNRESOLVED = {
    "century": "XX",
    "decade": "XXX",
    "year": "XXXX",
    "half": "XXXX-HX",
    "quarter": "XXXX-QX",
    "season": "XXXX-XX",
    "month": "XXXX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "day": "XXXX-XX-XX",
}


def merge_fields(match: Match) -> dict[str, Any]:
    """Captured fields, overridden by the rule's own (a rule's null drops a field)."""
    merged = {**match.fields, **match.rule.fields}
    return {k: v for k, v in merged.items() if v is not None}


def _offset(text: str, fields: dict[str, Any]) -> int | None:
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    if body == "{num}":
        n = fields.get("num")
        if n is None:
            return None
        return sign * n
    return sign * int(body)


def resolve_relative(match: Match, ctx: Context) -> Resolution | None:
    t = match.rule.template
    fields = match.fields
    mod = fields.get("mod") or match.rule.mod
    unit = fields.get("unit") if t.unit == "{unit}" else t.unit
    if unit in ("hour", "minute") and t.kind == "ago" and ctx.dct is not None and (t.offset or "").startswith("-"):
        # "Posted 3 hours ago": the hour is not known, the day is the page's
        return Resolution("", ctx.dct.truncate("day"), mod, anchors=False)
    n = _offset(t.offset or "0", fields)
    if unit in ("hour", "minute") and t.anchor == "ref" and n is not None:
        return _clock_later(unit, n, match, ctx, mod)
    if unit in (None, "hour", "minute", "millennium"):
        return None
    if unit == "sports_season":
        months = season_months(ctx.text)
        anchor = ctx.anchor()
        if months is not None and anchor is not None and n is not None:
            return Resolution("", Point(_dt.date(season_year(anchor.start, months, n), 1, 1), "year"), mod)
        unit = "year"  # a text that names no league counts seasons in calendar years
    if unit == "fortnight" and n is not None:
        unit, n = "week", 2 * n
    if n is None:
        return Resolution("PAST_REF" if (t.offset or "").startswith("-") else "FUTURE_REF", None, mod)
    bc = ctx.bc_year() if t.anchor == "ref" or (t.anchor == "dct" and ctx.dct is None) else None
    if bc is not None and unit in ("year", "decade"):
        return _from_bc(bc, n * (10 if unit == "decade" else 1), ctx, mod)
    if unit in ("decade", "century") and "{num}" in (t.offset or ""):
        # "a decade later", "two centuries ago": a count of years from the
        # anchor, so a year ("in 1974 ... a decade later" is 1984), not the 1980s.
        unit, n = "year", n * (10 if unit == "decade" else 100)
        keep = False  # a year, even from a month ("January 1933 ... a decade earlier")
    else:
        keep = t.keep
    comparison = False
    if t.kind == "ago":
        base = ctx.anchor()
        period = ctx.fiscal_period()
        if unit == "year" and abs(n) == 1 and period is not None:
            base, keep, comparison = period, True, True
    elif t.anchor == "ref" and keep and unit == "year" and abs(n) == 1 and ctx.fiscal_period() is not None:
        base, comparison = ctx.fiscal_period(), True  # "from $4 million a year earlier"
    elif t.anchor == "fiscal":
        # "the year-ago quarter", "the 1988 period": the period reported on,
        # which after "for the nine months" is the year to date.
        base = ctx.fiscal_period() or ctx.reference(unit)
        if base is not None and base.precision == "year" and unit == "quarter" and n is not None:
            unit, n = "year", n // 4
    elif t.anchor == "ref":
        base = ctx.reference(unit)
    else:
        base = ctx.anchor()
    if base is None:
        return Resolution(_UNRESOLVED.get(unit, "XXXX-XX-XX"), None, mod)
    try:
        if unit == "weekend" and n == 0 and t.tense and base.precision != "weekend":
            # "the weekend", "this weekend": the one just past, or with a
            # future verb the coming one.
            point = base.truncate("weekend")
            future = guess_tense(ctx.text, match.start, match.end) == "future"
            if point.start > base.start and not future:
                point = point.shift("weekend", -1)
            elif point.start + _dt.timedelta(days=1) < base.start and future:
                point = point.shift("weekend", 1)
        else:
            point = base.shift(unit, n, keep=keep and RANK[base.precision] >= RANK[unit])
    except (OverflowError, ValueError):
        return None
    if "year" in fields and point.precision not in ("century", "decade"):
        try:
            point = Point(point.start.replace(year=fields["year"]), point.precision, point.season, point.part,
                          point.hour, point.minute)
        except ValueError:
            pass
    if "day" in fields and point.precision == "month":
        try:
            point = Point(point.start.replace(day=fields["day"]), "day")  # "the 25th of this month"
        except ValueError:
            return None
    extra = merge_fields(match)
    return Resolution("", with_time(point, extra), mod, anchors=not comparison)


def _from_bc(year_bc: int, step: int, ctx: Context, mod: str | None) -> Resolution:
    """A step in years from a year BC: "44 BC ... the following year" is 43 BC, and 1 BC is followed by AD 1.

    There is no year 0, so the count goes through astronomical years (1 BC
    is 0), where the arithmetic is plain.
    """
    astronomical = 1 - year_bc + step
    if astronomical <= 0:
        ctx.bc = (1 - astronomical, len(ctx.history))  # still BC: the next step counts from here
        return Resolution(f"BC{1 - astronomical:04d}", None, mod)
    return Resolution("", Point(_dt.date(astronomical, 1, 1), "year"), mod)


def _clock_later(unit: str, n: int, match: Match, ctx: Context, mod: str | None) -> Resolution | None:
    """"eleven minutes later", "two hours earlier": a clock time, counted from the one just told.

    Only from a clock time in the same sentence or the one before ("A 999 call
    was made at 12.07am, and paramedics arrived eleven minutes later"); with
    none, the expression is a span of time, not a point to be dated.
    """
    if not ctx.history or ctx.last_span is None or ctx.history[-1].precision != "time":
        return None
    if sentences_between(ctx.text, ctx.last_span[1], match.start) > 1:
        return None
    last = ctx.history[-1]
    if last.hour is None or last.minute is None:
        return None
    moment = _dt.datetime.combine(last.start, _dt.time()) + _dt.timedelta(hours=last.hour, minutes=last.minute)
    moment += _dt.timedelta(**{unit + "s": n})
    if unit == "hour" and abs(n) >= 24:
        return Resolution("", Point(moment.date(), "day"), mod)  # "48 hours later": a day, not an hour
    return Resolution("", Point(moment.date(), "time", hour=moment.hour, minute=moment.minute), mod)

