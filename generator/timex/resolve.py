"""Turning matched spans into TIMEX3 values, in text order.

A match says what the text wrote ("Tuesday", "a year earlier", "June
2024"); this module walks the matches in order, hands each to the resolver
for its kind of value, and records what it resolved to, because later
expressions ("the following month", "that day") are anchored on it.
"""

from __future__ import annotations

import datetime as _dt
import re

from .anchoring import Context, Resolution
from .hemisphere import SOUTH, in_the_south
from .finder import Match
from .model import Timex, date_or_time
from .named import resolve_named
from .periods import RANK, Point
from .relative import merge_fields, resolve_relative
from .tense import after_since, attributive, in_past_perfect


_SEASON_CODE = re.compile(r"-(SP|SU|FA|WI)$")


def resolve(matches: list[Match], text: str, dct: _dt.date | None) -> list[Timex]:
    """Values for the matches, in text order, each anchored on what came before it."""
    ctx = Context(text=text, dct=Point(dct, "day") if dct is not None else None)
    south = any("season" in m.fields for m in matches) and in_the_south(text)  # its places, read only for seasons
    out: list[Timex] = []
    for match in matches:
        t = match.rule.template
        if south and "season" in match.fields:
            # South of the equator summer is December to February: resolve it
            # as the northern season of those months, and name it back.
            match = Match(match.start, match.end, match.rule, {**match.fields, "season": SOUTH[match.fields["season"]]})
        try:
            if t.kind == "literal":
                res: Resolution | None = Resolution(t.args[0], None, match.rule.mod)
            elif t.kind == "date":
                merged = merge_fields(match)
                res = resolve_named(Match(match.start, match.end, match.rule, merged), ctx)
            else:
                res = resolve_relative(match, ctx)
        except (OverflowError, ValueError):
            res = None  # off the calendar (a year 0, a 30 February): not a date we can give
        if res is None:
            continue
        value = res.point.value if res.point is not None else res.value
        if south and "season" in match.fields:
            value = _SEASON_CODE.sub(lambda m: "-" + SOUTH[m.group(1)], value)
        if res.point is not None and match.rule.reference and res.anchors:
            ctx.history.append(res.point)
            ctx.last_span = (match.start, match.end)
            if RANK[res.point.precision] >= RANK["day"] and not attributive(text, match.start, match.end):
                ctx.clock_days.append((match.end, res.point))
            if ctx.dct is None and not _looks_back(match) and not in_past_perfect(text, match.start, match.end) \
                    and not after_since(text, match.start) and not _jumps_back(ctx, res.point):
                ctx.story.append(res.point)
            if res.point.precision in ("quarter", "half"):
                ctx.periods.append(res.point)
        if match.rule.fiscal == "year" and ctx.anchor() is not None:
            ctx.periods.append(ctx.anchor().truncate("year"))  # "in the nine months": the year to date
        kind = match.rule.type or date_or_time(value)
        out.append(Timex(match.start, match.end, text[match.start : match.end], kind, value, res.mod))
    return out


def _jumps_back(ctx: Context, point: Point) -> bool:
    """A story told day by day that names a date years earlier is looking back:
    "left Southampton on 10 April 1912 ... Her keel was laid in March 1909 ...
    On 14 April" is still 1912. A history told year by year may go back and
    forth ("In 1900 the town had 10,000 people. In 1875 a railway came").
    """
    if not ctx.story or RANK[ctx.story[-1].precision] < RANK["day"]:
        return False
    return point.start < ctx.story[-1].start - _dt.timedelta(days=366)


def _looks_back(match: Match) -> bool:
    """A step back from the date under discussion ("the previous spring",
    "two years earlier") is a flashback: it does not move a story's time."""
    t = match.rule.template
    if t.kind == "date":
        return "ref" in t.args and "last" in t.args
    return t.anchor == "ref" and (t.offset or "").startswith("-")
