"""Dates named by their calendar parts: "Sept. 3", "April", "Tuesday", "the third quarter", "44 BC".

The text gives some fields (a month and a day, a weekday, a quarter ...);
what it leaves out, usually the year, comes from the anchor, in the
direction the tense of the clause points.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from dateutil.easter import easter

from .anchoring import Context, Resolution
from .clock import clock, with_time
from .finder import Match
from .lexicon import lexicon
from .periods import RANK, Point, nearest_weekday, nth_weekday
from .tense import DETERMINER_BEFORE, guess_tense, sentences_between

_DIRECTIONS = {"last": "last", "this past": "last", "next": "next", "this coming": "next", "this": "this"}
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_POSSESSIVE = re.compile(r"['’]s\b")
_REL_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


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
    if direction in ("last", "next") and RANK[anchor.precision] <= RANK["year"] < RANK[precision]:
        # After a bare year, "the following spring" is in the next year ("in
        # 1958 she married; their son was born the following spring").
        step = 1 if direction == "next" else -1
        return next((c for c in candidates if c.year == anchor.year + step), candidates[0])
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
    if RANK[anchor.precision] <= RANK["year"]:
        # The anchor is a year ("in 1066 ... crowned on Christmas Day"): the
        # date is in it; there is no month to be near.
        return same[0]
    if (direction is None and precision in ("day", "month")) or (direction in (None, "this") and precision == "season"):
        # No tense to go by ("worth $130 million in October, are worth half
        # that now", "to pay down the loan by February"): the nearest one.
        # "This winter" said in March is the one just ending, in November
        # the one to come. Half a year either way, the one to come: a past
        # one would have a past tense.
        here = anchor.truncate("month").start
        gaps = [_months_between(here, c.truncate("month").start) for c in candidates]
        return candidates[min(range(len(candidates)), key=lambda i: (abs(gaps[i]), -gaps[i]))]
    this_year = same[0]
    coarse = "month" if precision in ("day", "month") else precision
    mine = this_year.start if this_year.precision == coarse else this_year.truncate(coarse).start
    here = anchor.truncate(coarse).start  # the anchor's own season: "fell in the summer" said in January is last summer
    index = candidates.index(this_year)
    fiscal = precision in ("quarter", "half")  # a quarter named without a year is this year's ...
    # A month about to come is more likely meant than the same month eleven
    # months ago, whatever the tense ("was extended to Nov. 16" written in
    # late October); so is the next quarter ("said he expected traffic to
    # recover in the second quarter").
    about_to_come = (coarse == "month" and _months_between(here, mine) == 1) or (
        fiscal and _months_between(here, mine) <= 3
    )
    if direction == "last_or_same" and mine > here and index > 0 and not about_to_come:
        return candidates[index - 1]
    if (direction == "last_or_same" and precision == "day" and mine < here and index + 1 < len(candidates)
            and _months_between(here, candidates[index + 1].truncate("month").start) == 1):
        # The same across the new year: "New Year's Day", "3 January" written
        # on December 28 are days away, not a year ago.
        return candidates[index + 1]
    if fiscal and index > 0 and _months_between(here, mine) >= 9:
        # ... unless it is three quarters away while last year's has just
        # ended: "fourth-quarter profit" in January is last year's.
        return candidates[index - 1]
    if direction == "next_or_same" and mine < here and index + 1 < len(candidates) and not fiscal:
        return candidates[index + 1]
    return this_year


def _months_between(a: _dt.date, b: _dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _holiday_key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _fixed_holiday(name: str | None) -> tuple[int, int] | None:
    """(month, day) of a holiday on the same date every year, so that it can be named without a year."""
    return lexicon().fixed_holidays.get(_holiday_key(name)) if name else None


def _holiday_date(name: str, year: int) -> _dt.date:
    fixed = _fixed_holiday(name)
    if fixed:
        return _dt.date(year, *fixed)
    key = _holiday_key(name)
    if key in lexicon().easter_holidays:
        return easter(year) + _dt.timedelta(days=lexicon().easter_holidays[key])
    if key in lexicon().lunar_holidays:
        # The table's first day in that year (Eid al-Fitr fell twice in 2000);
        # none beyond the table's years, where there is no date to give.
        days = [d for d in lexicon().lunar_holidays[key] if d.year == year]
        if not days:
            raise ValueError(f"no {name} in {year} in lunar_holidays.yaml")
        return days[0]
    month, weekday, n, *after = lexicon().weekday_holidays[key]
    return nth_weekday(year, month, weekday, n) + _dt.timedelta(days=after[0] if after else 0)


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


def resolve_named(match: Match, ctx: Context) -> Resolution | None:
    res = _resolve(match, ctx)
    if res is not None and res.point is not None and "week-on" in match.rule.template.args:
        # "a week on Friday" (British): the Friday after the coming one.
        return Resolution(res.value, res.point.shift("day", 7), res.mod, res.anchors)
    if res is not None and res.point is not None and "weekend-of" in match.rule.template.args:
        day = res.point.start
        back = day.weekday() == 0  # Monday: the weekend just before it
        return Resolution(res.value, Point(day - _dt.timedelta(days=2) if back else day, "day").truncate("weekend"),
                          res.mod, res.anchors)
    if res is not None and res.point is not None and "week" in match.rule.template.args:
        # "the week of March 6": the week the named day falls in.
        return Resolution(res.value, res.point.truncate("day").truncate("week"), res.mod, res.anchors)
    return res


def _resolve(match: Match, ctx: Context) -> Resolution | None:
    fields = dict(match.fields)
    args = match.rule.template.args
    mod = fields.get("mod") or match.rule.mod
    if "set" in args:
        return Resolution(_unresolved(fields), None, mod, anchors=False)  # "each Thursday": no one date
    era = fields.get("era")
    if era == "BC" and "year" in fields:
        ctx.bc = (fields["year"], len(ctx.history))
        return Resolution(_bc_value(fields), None, mod)
    if era == "BC" and "century" in fields:
        return Resolution(f"BC{fields['century']:02d}", None, mod)
    if "decade" in fields:
        p = Point(_dt.date(fields["decade"], 1, 1), "decade")
        return Resolution(p.value + ("X" if "bare" in args else ""), p, mod)
    if "century" in fields:
        p = Point(_dt.date(max(1, fields["century"] * 100), 1, 1), "century")
        return Resolution(p.value, p, mod)

    national = lexicon().national_days.get(_holiday_key(fields["holiday"])) if "holiday" in fields else None
    if national and match.rule.template.kind == "date" and not any(c.isupper() for c in str(fields["holiday"])):
        return None  # "has applied to the national day": a common noun
    if national:
        # "Independence Day" in a text about Nigeria is October 1.
        counts = [len(words.findall(ctx.text)) for _, words in national]
        best = max(range(len(national)), key=lambda i: (counts[i], -i))
        day = national[best][0]
        if isinstance(day, str):
            fields["holiday"] = day  # "Mother's Day" in a British text is Mothering Sunday
        else:
            fields.pop("holiday")
            fields["month"], fields["day"] = day

    tense = None
    anchor = ctx.anchor()
    if "nth" in args:
        return _nth_weekday(match, fields, anchor, ctx, mod)
    year = fields.get("year")
    if year is None and "yrel" in fields:
        if anchor is None:
            return Resolution(_unresolved(fields), None, mod)
        yrel = " ".join(str(fields["yrel"]).lower().split())
        if yrel in ("that", "the same"):
            base = ctx.reference("year")  # "July of that year": the year under discussion
            year = base.year if base is not None else anchor.year
        else:
            year = anchor.year + _YEAR_STEP[yrel]

    if year is None and "ref" in args and "weekday" not in fields and _direction(fields, args, None) is None:
        # "that autumn", "that same March": of the year under discussion
        # ("in January 1923 ... by that autumn" is autumn 1923).
        base = ctx.reference("year")
        if base is not None:
            year = base.year

    if year is not None:
        try:
            point = _period(fields, year)
        except ValueError:
            return None
        return Resolution("", with_time(point, fields) if point else point, mod)

    # No year: place the period around the anchor.
    if "day" in fields and not any(k in fields for k in ("month", "holiday")):
        # "the 3rd", "April 24 and [25]", "Monday the 20th": a day of the month last mentioned.
        base = ctx.reference("month")
        if base is None:
            return Resolution(_unresolved(fields), None, mod)
        try:
            point = Point(base.start.replace(day=fields["day"]), "day")
        except ValueError:
            return None
        return Resolution("", with_time(point, fields), mod)
    only_time = not any(k in fields for k in ("month", "weekday", "holiday", "quarter", "half", "season"))
    if only_time:
        if "rel" in fields:
            base = ctx.dct or ctx.day_reference()
            if base is None:
                return Resolution(_unresolved(fields), None, mod)
            base = base.shift("day", _REL_DAY[str(fields["rel"]).lower()])
        else:
            hm = clock(fields)
            hour = hm[0] if hm is not None else None
            base = _converted_day(match, hour, ctx) or ctx.clock_day(match.start, match.end, hour)
        if base is None:
            return Resolution(_unresolved(fields), None, mod)
        return Resolution("", with_time(base.truncate("day"), fields), mod)

    if "month-quarter" in args:
        # "the December quarter": the quarter that month ends (or lies in)
        fields["quarter"] = (fields.pop("month") - 1) // 3 + 1
    if "ending-quarter" in args:
        return _quarter_ending(match, fields, ctx, mod)
    if "ref" in args:
        # "the previous Friday" counts from the last day named; "the following
        # April", "that autumn" from the last date named ("in 1947 ... the
        # following January").
        anchor = ctx.day_reference() if "weekday" in fields else ctx.reference("year")
    if anchor is None:
        return Resolution(_unresolved(fields), None, mod)
    tense = guess_tense(ctx.text, match.start, match.end)
    told = (_told_story(match.start, fields, args, tense, ctx) or _timeline_line(match.start, fields, args, ctx)
            or _year_of_sentence(match.start, fields, args, ctx))
    if told is not None:
        anchor, tense = told, None
    if tense == "past" and ctx.dct is None:
        # A story told in the past tense moves on from its last date: "On
        # March 3, 1939, the ship left Hamburg ... In June, the passengers
        # were returned" is June 1939, not the June before.
        tense = None
    direction = _direction(fields, args, tense)
    if direction == "this" and "season" in fields and tense == "future":
        # "will open this fall" said in February is the coming fall; otherwise the nearest
        # ("bans were unlikely this summer", said in May, is still this summer).
        direction = "next_or_same"
    if direction is None and tense == "present" and ("day" in fields and "month" in fields or "holiday" in fields):
        direction = "next_or_same"  # "Early voting starts Oct. 21", "clashes with Holi, which falls on": scheduled

    if "weekday" in fields and not any(k in fields for k in ("month", "holiday")) and _POSSESSIVE.match(
        ctx.text, match.end
    ) and direction not in ("last", "next", "this"):
        direction = "last_or_same"  # "Wednesday's ruling": an event already named, so a past one
    if "weekday" in fields and not any(k in fields for k in ("month", "holiday")) and direction not in (
        "last", "next", "this"
    ) and (listed := _listed_direction(ctx.text, match.start)):
        direction = listed
    if "weekday" in fields and not any(k in fields for k in ("month", "holiday")):
        if RANK[anchor.precision] < RANK["day"]:
            return Resolution(_unresolved(fields), None, mod)
        day = anchor.truncate("day").start
        wd = fields["weekday"] - 1
        if direction == "last":
            target = nearest_weekday(day - _dt.timedelta(days=1), wd, forward=False)
        elif direction == "next":
            target = nearest_weekday(day + _dt.timedelta(days=1), wd, forward=True)
        elif direction == "next_or_same" or (direction is None and (tense == "present" or ctx.dct is None)):
            # A history with no date moves forward: "on Sunday 2 September ...
            # On Monday the fire spreads north" is the Monday after.
            # "The Fed meets Thursday": news puts the present tense on what is scheduled.
            target = nearest_weekday(day, wd, forward=True)
        elif direction == "this":
            # "a drop-in session this Saturday" is the coming one; "we met this
            # Monday" (past tense) the one just gone.
            target = nearest_weekday(day, wd, forward=tense != "past")
        else:
            target = nearest_weekday(day, wd, forward=False)
        return Resolution("", with_time(Point(target, "day"), fields), mod)

    candidates = []
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if fields.get("season") == "WI":
        years = tuple(y - 1 for y in years)  # the winters that end in those years: 2022-WI ends in 2023
    for y in years:
        try:
            candidates.append(_period(fields, y))
        except ValueError:
            continue
    if not candidates:
        return None
    point = _pick(candidates, anchor, direction)  # "this September" is this year's
    if (
        point.precision == "month"
        and " ".join(str(fields.get("dir", "")).lower().split()) == "last"
        and _months_between(point.start, anchor.truncate("month").start) == 1
        and point is not candidates[0]
    ):
        # "crashed last February", written on March 1: a writer who meant the month
        # just gone would say "last month" or "in February"; "last" reaches a year back.
        point = candidates[candidates.index(point) - 1]
    if "weekday" in fields and "day" in fields and point.start.weekday() != fields["weekday"] - 1:
        point = _weekday_agrees(point, fields["weekday"] - 1, ctx) or point
    return Resolution("", with_time(point, fields), mod)


_CONVERSION = re.compile(r"(?: [A-Za-z]+ time)?\s*\(\s*(?:about |around |at |or )?$")  # " local time (", " ("


def _converted_day(match: Match, hour: int | None, ctx: Context) -> Point | None:
    """The day of a time given in brackets after another, as its conversion to another zone.

    "lifted off at 3:55 p.m. EST Thursday (2055 GMT)" is the same moment, so
    it is on the first time's day, unless the clocks are more than half a day
    apart: "peaked at 3:00 am local time (2000 GMT)" in Vietnam is the evening
    before.
    """
    if ctx.last_span is None or not ctx.history or ctx.history[-1].precision != "time":
        return None
    if not _CONVERSION.fullmatch(ctx.text, ctx.last_span[1], match.start):
        return None
    first = ctx.history[-1]
    if hour is None or first.hour is None:
        return None
    gap = first.hour - hour  # the first zone's hours ahead of the bracketed one's
    step = -1 if gap < -12 else 1 if gap > 14 else 0
    return Point(first.start, "day").shift("day", step)


def _weekday_agrees(point: Point, weekday: int, ctx: Context) -> Point | None:
    """The same day and month in a year the text has named, where the weekday the text gives fits.

    "The end came on Sunday, May 18" in a 2020 feature about 1980: May 18,
    2020 was a Monday, and May 18, 1980 a Sunday. The writer's weekday
    settles the year among those already mentioned, nearest first, then
    the document's own.
    """
    years = [p.year for p in reversed(ctx.history)] + ([ctx.dct.year] if ctx.dct is not None else [])
    for year in years:
        try:
            day = point.start.replace(year=year)
        except ValueError:
            continue
        if day.weekday() == weekday:
            return Point(day, "day")
    return None


def _told_story(at: int, fields: dict[str, Any], args: tuple[str, ...], tense: str | None, ctx: Context) -> Point | None:
    """The date of a past story the text is telling, when a yearless day or month continues it.

    A feature written in 2019 that says "On July 16, 1969, Apollo 11 left
    Florida ... On July 19 it reached lunar orbit" is still in 1969: a day
    or month without a year, not in the future tense and with no "this",
    "last" or "next", follows the date just told when that date is a day at
    least two years before the document's, with at most one sentence between
    them, and not named as an event ("the Dec. 21, 1988, bombing"). A bare
    year ("founded in 1956 ... closed since February") is background, and a
    date four sentences back is no longer the story's time.
    """
    if ctx.dct is None or tense == "future" or not _may_continue(fields, args, ctx):
        return None
    told = ctx.history[-1]
    if RANK[told.precision] < RANK["day"] or told.year > ctx.dct.year - 2:
        return None
    start, end = ctx.last_span
    if DETERMINER_BEFORE.search(ctx.text, max(0, start - 12), start):
        return None
    if sentences_between(ctx.text, end, at) > 2:
        return None
    return told


def _year_of_sentence(at: int, fields: dict[str, Any], args: tuple[str, ...], ctx: Context) -> Point | None:
    """The year a sentence opens with, for a yearless day or month later in it:
    "Last year, the monsoon set in on October 28", "In 2008, Brent rose to a
    record in July". A year named anywhere else is background to what
    follows ("the first festival in 1975. New Year's Eve fireworks", "a
    no-hitter since 1998 on July 19"): trying any earlier year in the
    sentence lost 29 values to fix 15."""
    if not _may_continue(fields, args, ctx) or ctx.history[-1].precision != "year":
        return None
    start, end = ctx.last_span
    if not _OPENS_SENTENCE.search(ctx.text, max(0, start - 12), start) or sentences_between(ctx.text, end, at) > 0:
        return None
    return ctx.history[-1]


# Before a year that opens its sentence ("In 2008,", "Last year"): only "In" after a sentence's end.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:[Ii]n\s+)?$")


def _may_continue(fields: dict[str, Any], args: tuple[str, ...], ctx: Context) -> bool:
    """A yearless day or month with no "this", "last", "next" or "that", after a date already named:
    the kind of expression that may go on from the date just told."""
    if ctx.last_span is None or not ctx.history:
        return False
    if not any(k in fields for k in ("month", "holiday")) or any(k in fields for k in ("year", "rel", "yrel")):
        return False
    return "ref" not in args and _direction(fields, args, None) is None


def _timeline_line(at: int, fields: dict[str, Any], args: tuple[str, ...], ctx: Context) -> Point | None:
    """The date of the line above, when a timeline's line opens with a yearless date.

    "Sept. 16, 2024 - Talks open in Vienna.\nNov. 5 - Envoys meet." is a
    chronology: each line goes on from the one before (into the next year
    when it has to), whatever the tense, and whatever the document's date.
    """
    if not _may_continue(fields, args, ctx) or RANK[ctx.history[-1].precision] < RANK["month"]:
        return None
    if _opens_line(ctx.text, at) and _opens_line(ctx.text, ctx.last_span[0]):
        return ctx.history[-1]
    return None


_LIST_AHEAD = re.compile(
    r"(?i)\b(?:what comes next|what(?:'s|’s| is) next|what happens next|what to watch|coming up|upcoming|the week ahead|"
    r"key dates|dates to watch|timetable|schedule|next steps|diary)\b[^\n]{0,80}:[ \t]*$"
)
_LIST_BEHIND = re.compile(r"(?i)\b(?:unfolded|how it happened|so far|timeline|chronology|recap)\b[^\n]{0,80}:[ \t]*$")


def _listed_direction(text: str, at: int) -> str | None:
    """A weekday opening a line of a list headed "Here is what comes next:" or
    "Upcoming dates:" lies ahead; in one headed "how the crisis has unfolded:"
    it lies behind, whatever the tense of the line ("Tuesday - The ship runs
    aground")."""
    if not _opens_line(text, at):
        return None
    start = text.rfind("\n", 0, at) + 1
    lines = text[max(0, start - 1000) : max(0, start - 1)].split("\n")
    for line in reversed(lines[-12:]):  # the list's own lines, then its heading
        if _LIST_AHEAD.search(line):
            return "next_or_same"
        if _LIST_BEHIND.search(line):
            return "last_or_same"
    return None


def _opens_line(text: str, at: int) -> bool:
    """Whether only blanks or a bullet stand between the start of the line and ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    return _BULLET.fullmatch(text, line_start, at) is not None


_BULLET = re.compile(r"[ \t]*(?:[-*•–—][ \t]*)?")



def _nth_weekday(match: Match, fields: dict[str, Any], anchor: Point | None, ctx: Context,
                 mod: str | None) -> Resolution | None:
    """ "The first Saturday of next month", "the last Friday in June": a day of a month near the anchor."""
    if anchor is None:
        return Resolution("XXXX-XX-XX", None, mod)
    if "mrel" in fields:
        step = {"this": 0, "next": 1, "last": -1}[str(fields["mrel"]).lower()]
        month = anchor.truncate("month").shift("month", step)
    else:
        tense = guess_tense(ctx.text, match.start, match.end)
        candidates = [Point(_dt.date(y, fields["month"], 1), "month") for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        month = _pick(candidates, anchor, _direction(fields, (), tense))
    day = nth_weekday(month.year, month.start.month, fields["weekday"], fields["nth"])
    return Resolution("", Point(day, "day"), mod)


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
    elif (fixed := _fixed_holiday(fields.get("holiday"))) is not None:
        value = f"{year}-{fixed[0]:02d}-{fixed[1]:02d}"
    else:
        value = "XXXX-XX-XX"
    hm = clock(fields)
    if hm is not None:
        value += f"T{hm[0]:02d}:{hm[1] or 0:02d}"
    elif "part" in fields:
        value += f"T{fields['part']}"
    return value
