"""Turning matched spans into TIMEX3 values: anchoring, tense and precision.

A match says what the text wrote ("Tuesday", "a year earlier", "June 2024");
this module decides which period that is. It walks the matches in text order
and keeps the dates mentioned so far, because English resolves "the
following month" or "that day" against the last date the reader was given,
and "Tuesday" against the document's date in the direction the tense points.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from .finder import Match
from .lexicon import lexicon
from .model import Timex
from .periods import RANK, Point, nth_weekday
from .tense import guess_tense

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
_DIRECTIONS = {"last": "last", "this past": "last", "next": "next", "this coming": "next", "this": "this"}
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_POSSESSIVE = re.compile(r"['’]s\b")
_REL_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@dataclass
class Resolution:
    """The value of one match, and whether it can anchor later expressions."""

    value: str
    point: Point | None = None
    mod: str | None = None
    anchors: bool = True  # False for comparisons ("from $5 a year ago"): they do not move the story's time


@dataclass
class Context:
    """What the reader knows at a point in the text: the document's date and the dates seen."""

    text: str
    dct: Point | None
    history: list[Point] = field(default_factory=list)
    periods: list[Point] = field(default_factory=list)  # fiscal periods reported on, in text order

    def anchor(self) -> Point | None:
        """The document's date; in narrative mode, the last date mentioned.

        Without a document date, "now" for the narrator is best guessed from
        the last full date the text gave (a dateline, "on March 3, 1939"):
        a month or year mentioned since is more often a look back than a
        move of the story's present.
        """
        if self.dct is not None:
            return self.dct
        for p in reversed(self.history):
            if RANK[p.precision] >= RANK["day"]:
                return p.truncate("day")
        return self.history[-1] if self.history else None

    def reference(self, unit: str) -> Point | None:
        """The last date mentioned that is at least as precise as ``unit``.

        Quarters and halves are fiscal periods: "the quarter" means the last
        quarter named, and with none named, the last one completed (a report
        dated in October is about the third quarter).
        """
        if unit in ("quarter", "half"):
            for p in reversed(self.history):
                if p.precision == unit and (self.dct is None or p.shift(unit, 1).start <= self.dct.start):
                    return p  # a period not yet over ("the third quarter of 1990") is not one reported on
            base = self.anchor()
            return base.truncate(unit).shift(unit, -1) if base is not None else None
        for p in reversed(self.history):
            if p.finer_or_equal(unit):
                return p
        return self.dct

    def fiscal_period(self) -> Point | None:
        """The period a report is about: the last quarter or half named that is over, or the year to date.

        "Profit rose to $5 million from $4 million a year ago" compares that
        period with the same one a year before; after "in the nine months"
        the comparison is with the year before.
        """
        for p in reversed(self.periods):
            if self.dct is None or p.precision == "year":
                return p
            over = p.shift(p.precision, 1).start <= self.dct.start
            recent = (self.dct.start - p.start).days <= 366
            if over and recent:
                return p
        return None

    def day_reference(self) -> Point | None:
        for p in reversed(self.history):
            if RANK[p.precision] >= RANK["day"]:
                return p.truncate("day")
        return self.dct


def _direction(fields: dict[str, Any], args: tuple[str, ...], tense: str | None) -> str | None:
    for key in ("dir", "dir2"):
        if key in fields:
            return _DIRECTIONS[" ".join(str(fields[key]).lower().split())]
    for a in args:
        if a in ("last", "next", "this"):
            return a
    return {"past": "last_or_same", "future": "next_or_same"}.get(tense or "", None)


def _pick(candidates: list[Point], anchor: Point, direction: str | None) -> Point:
    """Choose among the same period in neighbouring years, as the direction says.

    A direction the text states ("last April", "next Oct. 23") is exact. A
    direction guessed from tense only moves a date out of the anchor's year
    when it lies on the other side of the anchor's month: "Nov. 20" written
    on Nov. 2 in the past tense is still this November (a deadline being
    extended, say), but "December" written in February in the past tense is
    last December.
    """
    precision = candidates[0].precision
    if direction in ("last", "next"):
        # Compare with the period the anchor is in: "last spring" said in
        # October is this year's spring.
        here = anchor.truncate("day") if precision == "day" else anchor.truncate(precision)
        if direction == "last":
            before = [c for c in candidates if c.start < here.start]
            return before[-1] if before else candidates[0]
        after = [c for c in candidates if c.start > here.start]
        return after[0] if after else candidates[-1]
    same = [c for c in candidates if c.year == anchor.year]
    if not same:
        return candidates[len(candidates) // 2]
    this_year = same[0]
    coarse = "month" if precision in ("day", "month") else precision
    mine = this_year.truncate(coarse, season=this_year.season).start
    here = anchor.truncate(coarse, season=this_year.season).start
    index = candidates.index(this_year)
    if direction == "last_or_same" and mine > here and index > 0:
        # A month about to come is more likely meant than the same month
        # eleven months ago, whatever the tense ("was extended to Nov. 16"
        # written in late October).
        if not (coarse == "month" and _months_between(here, mine) == 1):
            return candidates[index - 1]
    if direction == "next_or_same" and mine < here and index + 1 < len(candidates) and precision not in ("quarter", "half"):
        return candidates[index + 1]
    return this_year


def _months_between(a: _dt.date, b: _dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _holiday_date(name: str, year: int) -> _dt.date:
    lex = lexicon()
    key = " ".join(name.lower().replace("’", "'").split())
    if key in lex.fixed_holidays:
        month, day = lex.fixed_holidays[key]
        return _dt.date(year, month, day)
    month, weekday, n = lex.weekday_holidays[key]
    return nth_weekday(year, month, weekday, n)


def _period(fields: dict[str, Any], year: int) -> Point | None:
    """The period the fields name within a given year, at the finest precision given."""
    if "holiday" in fields:
        return Point(_holiday_date(fields["holiday"], year), "day")
    if "month" in fields:
        month = fields["month"]
        if "day" in fields:
            return Point(_dt.date(year, month, fields["day"]), "day")
        return Point(_dt.date(year, month, 1), "month")
    if "quarter" in fields:
        q = fields["quarter"]
        return Point(_dt.date(year, 3 * (q - 1) + 1, 1), "quarter")
    if "half" in fields:
        return Point(_dt.date(year, 1 if fields["half"] == 1 else 7, 1), "half")
    if "season" in fields:
        return Point(_dt.date(year, 1, 1), "year").truncate("season", season=fields["season"])
    return Point(_dt.date(year, 1, 1), "year")


def _clock(fields: dict[str, Any]) -> tuple[int, int | None] | None:
    """Hour and minute of a clock time, 24-hour; None when no time was given."""
    if "clock" in fields:
        hh, mm = fields["clock"].split(":")
        return int(hh), int(mm)
    if "hour" not in fields:
        return None
    hour = fields["hour"]
    ampm = fields.get("ampm")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, fields.get("minute")


def _with_time(point: Point, fields: dict[str, Any]) -> Point:
    clock = _clock(fields)
    if clock is not None and RANK[point.precision] >= RANK["day"]:
        return Point(point.start, "time", hour=clock[0], minute=clock[1])
    if "part" in fields and RANK[point.precision] >= RANK["day"]:
        return Point(point.start, "part", part=fields["part"])
    return point


def _resolve_date(match: Match, ctx: Context) -> Resolution | None:
    fields = dict(match.fields)
    args = match.rule.template.args
    mod = fields.get("mod") or match.rule.mod
    era = fields.get("era")
    if era == "BC" and "year" in fields:
        return Resolution(_bc_value(fields), None, mod)
    if era == "BC" and "century" in fields:
        return Resolution(f"BC{fields['century']:02d}", None, mod)
    if "decade" in fields:
        p = Point(_dt.date(fields["decade"], 1, 1), "decade")
        return Resolution(p.value + ("X" if "bare" in args else ""), p, mod)
    if "century" in fields:
        p = Point(_dt.date(max(1, fields["century"] * 100), 1, 1), "century")
        return Resolution(p.value, p, mod)

    tense = None
    anchor = ctx.anchor()
    year = fields.get("year")
    if year is None and "yrel" in fields:
        if anchor is None:
            return Resolution(_unresolved(fields), None, mod)
        year = anchor.year + _YEAR_STEP[str(fields["yrel"]).lower()]

    if year is not None:
        try:
            point = _period(fields, year)
        except ValueError:
            return None
        return Resolution("", _with_time(point, fields) if point else point, mod)

    # No year: place the period around the anchor.
    if "day" in fields and not any(k in fields for k in ("month", "weekday", "holiday")):
        # "the 3rd", "April 24 and [25]": a day of the month last mentioned.
        base = ctx.reference("month")
        if base is None:
            return Resolution(_unresolved(fields), None, mod)
        try:
            point = Point(base.start.replace(day=fields["day"]), "day")
        except ValueError:
            return None
        return Resolution("", _with_time(point, fields), mod)
    only_time = not any(k in fields for k in ("month", "weekday", "holiday", "quarter", "half", "season"))
    if only_time:
        if "rel" in fields:
            base = ctx.dct or ctx.day_reference()
            if base is None:
                return Resolution(_unresolved(fields), None, mod)
            base = base.shift("day", _REL_DAY[str(fields["rel"]).lower()])
        else:
            base = ctx.day_reference()
        if base is None:
            return Resolution(_unresolved(fields), None, mod)
        return Resolution("", _with_time(base.truncate("day"), fields), mod)

    if "ending-quarter" in args:
        return _quarter_ending(match, fields, ctx, mod)
    if "ref" in args:
        anchor = ctx.day_reference()
    if anchor is None:
        return Resolution(_unresolved(fields), None, mod)
    tense = guess_tense(ctx.text, match.start, match.end)
    direction = _direction(fields, args, tense)

    if "weekday" in fields and not any(k in fields for k in ("month", "holiday")) and _POSSESSIVE.match(
        ctx.text, match.end
    ) and direction not in ("last", "next"):
        direction = "last_or_same"  # "Wednesday's ruling": an event already named, so a past one
    if "weekday" in fields and not any(k in fields for k in ("month", "holiday")):
        if RANK[anchor.precision] < RANK["day"]:
            return Resolution(_unresolved(fields), None, mod)
        day = anchor.truncate("day").start
        wd = fields["weekday"] - 1
        back = (day.weekday() - wd) % 7
        fwd = (wd - day.weekday()) % 7
        if direction == "last":
            target = day - _dt.timedelta(days=back or 7)
        elif direction == "next":
            target = day + _dt.timedelta(days=fwd or 7)
        elif direction in ("next_or_same",):
            target = day + _dt.timedelta(days=fwd)
        elif direction == "this":
            target = day + _dt.timedelta(days=fwd) if tense == "future" else day - _dt.timedelta(days=back)
        else:
            target = day - _dt.timedelta(days=back)
        return Resolution("", _with_time(Point(target, "day"), fields), mod)

    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(_period(fields, y))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "this":
        direction = None
    point = _pick(candidates, anchor, direction)
    return Resolution("", _with_time(point, fields), mod)


def _quarter_ending(match: Match, fields: dict[str, Any], ctx: Context, mod: str | None) -> Resolution | None:
    """The quarter that ends on the captured day; a stated number wins (fiscal quarters)."""
    anchor = ctx.anchor()
    if anchor is None:
        return Resolution(_unresolved({k: v for k, v in fields.items() if k == "quarter"}), None, mod)
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(Point(_dt.date(y, fields["month"], fields["day"]), "day"))
        except ValueError:
            continue
    if not candidates:
        return None
    end = _pick(candidates, anchor, "last_or_same").start
    if "quarter" in fields:
        start = _dt.date(end.year, 3 * (fields["quarter"] - 1) + 1, 1)
        return Resolution("", Point(start, "quarter"), mod)
    named = [p for p in ctx.history if p.precision == "quarter"]
    if named and named[-1].year == end.year:
        return Resolution("", named[-1], mod)  # the quarter the text already numbered (perhaps fiscally)
    return Resolution("", Point.of(end - _dt.timedelta(days=45), "quarter"), mod)


def _bc_value(fields: dict[str, Any]) -> str:
    value = f"BC{fields['year']:04d}"
    if "month" in fields:
        value += f"-{fields['month']:02d}"
        if "day" in fields:
            value += f"-{fields['day']:02d}"
    return value


def _unresolved(fields: dict[str, Any]) -> str:
    """A value with X where the text gives no anchor (narrative mode, no date yet)."""
    year = f"{fields['year']:04d}" if "year" in fields else "XXXX"
    if "month" in fields:
        value = f"{year}-{fields['month']:02d}"
        if "day" in fields:
            value += f"-{fields['day']:02d}"
    elif "weekday" in fields:
        value = f"{year}-WXX-{fields['weekday']}"
    elif "quarter" in fields and isinstance(fields["quarter"], int):
        value = f"{year}-Q{fields['quarter']}"
    elif "half" in fields:
        value = f"{year}-H{fields['half']}"
    elif "season" in fields:
        value = f"{year}-{fields['season']}"
    else:
        value = "XXXX-XX-XX"
    clock = _clock(fields)
    if clock is not None:
        value += f"T{clock[0]:02d}:{clock[1] or 0:02d}"
    elif "part" in fields:
        value += f"T{fields['part']}"
    return value


def _offset(text: str, fields: dict[str, Any]) -> int | None:
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    if body == "{num}":
        n = fields.get("num")
        if n is None:
            return None
        return sign * n
    return sign * int(body)


def _resolve_relative(match: Match, ctx: Context) -> Resolution | None:
    t = match.rule.template
    fields = match.fields
    mod = fields.get("mod") or match.rule.mod
    unit = fields.get("unit") if t.unit == "{unit}" else t.unit
    if unit in (None, "hour", "minute", "fortnight", "millennium"):
        return None
    n = _offset(t.offset or "0", fields)
    if n is None:
        return Resolution("PAST_REF" if (t.offset or "").startswith("-") else "FUTURE_REF", None, mod)
    keep = t.keep
    comparison = False
    if t.kind == "ago":
        base = ctx.anchor()
        period = ctx.fiscal_period()
        if unit == "year" and abs(n) == 1 and period is not None:
            base, keep, comparison = period, True, True
    elif t.anchor == "ref" and keep and unit == "year" and abs(n) == 1 and ctx.fiscal_period() is not None:
        base, comparison = ctx.fiscal_period(), True  # "from $4 million a year earlier"
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
    extra = _merge(match)
    return Resolution("", _with_time(point, extra), mod, anchors=not comparison)


def _merge(match: Match) -> dict[str, Any]:
    """Captured fields, overridden by the rule's own (a rule's null drops a field)."""
    merged = {**match.fields, **match.rule.fields}
    return {k: v for k, v in merged.items() if v is not None}


def resolve(matches: list[Match], text: str, dct: _dt.date | None) -> list[Timex]:
    """Values for the matches, in text order, each anchored on what came before it."""
    ctx = Context(text=text, dct=Point(dct, "day") if dct is not None else None)
    out: list[Timex] = []
    for match in matches:
        t = match.rule.template
        try:
            if t.kind == "literal":
                res: Resolution | None = Resolution(t.args[0], None, match.rule.mod)
            elif t.kind == "date":
                merged = _merge(match)
                res = _resolve_date(Match(match.start, match.end, match.rule, merged), ctx)
            else:
                res = _resolve_relative(match, ctx)
        except (OverflowError, ValueError):
            res = None  # off the calendar (a year 0, a 30 February): not a date we can give
        if res is None:
            continue
        value = res.point.value if res.point is not None else res.value
        if res.point is not None and match.rule.reference and res.anchors:
            ctx.history.append(res.point)
            if res.point.precision in ("quarter", "half"):
                ctx.periods.append(res.point)
        if match.rule.fiscal == "year" and ctx.anchor() is not None:
            ctx.periods.append(ctx.anchor().truncate("year"))  # "in the nine months": the year to date
        kind = match.rule.type or ("TIME" if "T" in value[4:] and not value.endswith("_REF") else "DATE")
        out.append(Timex(match.start, match.end, text[match.start : match.end], kind, value, res.mod))
    return out
