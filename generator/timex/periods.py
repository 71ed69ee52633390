"""Calendar points at a stated precision, and the arithmetic TIMEX3 values need.

A temporal expression names a period (a day, a week, the third quarter, the
1990s), not an instant. A ``Point`` is that period: its first day plus its
precision, so that shifting "last month" or truncating a reference day to its
quarter stays exact and the TIMEX3 value is printed at the precision the text
gave, never finer.
"""

from __future__ import annotations

import datetime as _dt
from calendar import monthrange
from dataclasses import dataclass, replace

# Coarse to fine. "part" is a part of the day (TMO, TAF ...), "time" a clock time.
PRECISIONS = (
    "millennium",
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekend",
    "day",
    "part",
    "time",
)
RANK = {p: i for i, p in enumerate(PRECISIONS)}

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_of(month: int) -> str:
    """Meteorological seasons: what a reporter means by 'last winter' is close enough."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(month, "FA")


def add_months(day: _dt.date, months: int) -> _dt.date:
    """Shift by calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError(year)
    return _dt.date(year, month, min(day.day, monthrange(year, month)[1]))


@dataclass(frozen=True)
class Point:
    """A calendar period: where it starts, how wide it is, and any time of day."""

    start: _dt.date
    precision: str
    season: str | None = None  # for precision "season"
    part: str | None = None  # MO / AF / EV / NI for precision "part"
    hour: int | None = None
    minute: int | None = None
    second: int | None = None  # only when written ("2024-03-05T09:31:00Z")

    @staticmethod
    def of(start: _dt.date, precision: str, **extra: object) -> Point:
        """The period of the given precision that contains ``start``."""
        return Point(start, "day").truncate(precision, **extra)  # type: ignore[arg-type]

    @property
    def year(self) -> int:
        return self.start.year

    def truncate(self, precision: str, season: str | None = None, part: str | None = None,
                 hour: int | None = None, minute: int | None = None) -> Point:
        """The enclosing period at a coarser (or equal) precision."""
        d = self.start
        if precision == "millennium":
            return Point(_dt.date(max(1, d.year // 1000 * 1000), 1, 1), precision)
        if precision == "century":
            return Point(_dt.date(max(1, d.year // 100 * 100), 1, 1), precision)
        if precision == "decade":
            return Point(_dt.date(max(1, d.year // 10 * 10), 1, 1), precision)
        if precision == "year":
            return Point(_dt.date(d.year, 1, 1), precision)
        if precision == "half":
            return Point(_dt.date(d.year, 1 if d.month <= 6 else 7, 1), precision)
        if precision == "quarter":
            return Point(_dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), precision)
        if precision == "season":
            if season is not None:
                code = season
                year = d.year  # a winter is named by the year it starts in: winter 1994 is December 1994 on
            elif self.precision == "season":
                return self
            else:
                code = season_of(d.month)
                year = d.year - 1 if code == "WI" and d.month < 12 else d.year
            return Point(_dt.date(year, SEASON_START[code], 1), precision, season=code)
        if precision == "month":
            return Point(_dt.date(d.year, d.month, 1), precision)
        if precision == "week":
            return Point(d - _dt.timedelta(days=d.weekday()), precision)
        if precision == "weekend":
            monday = d - _dt.timedelta(days=d.weekday())
            return Point(monday + _dt.timedelta(days=5), precision)
        if precision == "day":
            return Point(d, precision)
        if precision == "part":
            return Point(d, precision, part=part or self.part)
        if precision == "time":
            if hour is not None:
                return Point(d, precision, hour=hour, minute=minute)
            return Point(d, precision, hour=self.hour, minute=self.minute, second=self.second)
        raise ValueError(precision)

    def shift(self, unit: str, n: int, keep: bool = False) -> Point:
        """Move by ``n`` units; the result has the unit's precision, or ours with ``keep``."""
        d = self.start
        if unit in ("day",):
            new = d + _dt.timedelta(days=n)
        elif unit in ("week", "weekend"):
            new = d + _dt.timedelta(days=7 * n)
        elif unit == "fortnight":
            new = d + _dt.timedelta(days=14 * n)
            unit = "week"
        elif unit == "month":
            new = add_months(d, n)
        elif unit == "quarter":
            new = add_months(d, 3 * n)
        elif unit == "half":
            new = add_months(d, 6 * n)
        elif unit == "season":
            new = add_months(d, 3 * n)
        elif unit == "year":
            new = add_months(d, 12 * n)
        elif unit == "decade":
            new = add_months(d, 120 * n)
        elif unit == "century":
            new = add_months(d, 1200 * n)
        elif unit == "millennium":
            new = add_months(d, 12000 * n)
        elif unit in ("hour", "minute"):
            new = d
            unit = "day"
        else:
            raise ValueError(unit)
        if self.precision in ("week", "weekend") and unit in ("year", "decade", "century", "millennium") and keep:
            # "the same week last year" is the same ISO week number, not the
            # week holding the same calendar day (2024-W19 -> 2023-W19).
            year, week, _ = self.start.isocalendar()
            target = year + (new.year - d.year)
            week = min(week, _dt.date(target, 12, 28).isocalendar()[1])
            return replace(self, start=_dt.date.fromisocalendar(target, week, 1 if self.precision == "week" else 6))
        moved = replace(self, start=new)
        if keep and RANK[self.precision] >= RANK.get(unit, 0):
            if self.precision == "season" and unit == "season":
                return moved.truncate("season", season=season_of(new.month))
            return moved.truncate(self.precision, season=self.season)
        return moved.truncate(unit)

    def finer_or_equal(self, precision: str) -> bool:
        """Whether this point can be truncated to ``precision`` without guessing."""
        if self.precision == "season":
            return RANK[precision] <= RANK["year"] or precision == "season"
        if self.precision in ("week", "weekend"):
            return precision in ("week", "weekend") or RANK[precision] <= RANK["year"]
        return RANK[self.precision] >= RANK[precision]

    @property
    def value(self) -> str:
        """The TIMEX3 value string at this point's precision."""
        d = self.start
        p = self.precision
        if p == "millennium":
            return f"{d.year // 1000:01d}"
        if p == "century":
            return f"{d.year // 100:02d}"
        if p == "decade":
            return f"{d.year // 10:03d}"
        if p == "year":
            return f"{d.year:04d}"
        if p == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if p == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if p == "season":
            return f"{d.year:04d}-{self.season}"
        if p == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if p == "week":
            iy, iw, _ = d.isocalendar()
            return f"{iy:04d}-W{iw:02d}"
        if p == "weekend":
            iy, iw, _ = d.isocalendar()
            return f"{iy:04d}-W{iw:02d}-WE"
        day = d.isoformat()
        if p == "day":
            return day
        if p == "part":
            return f"{day}T{self.part}"
        if p == "time":
            if self.minute is None:
                return f"{day}T{self.hour:02d}:00"
            if self.second is None:
                return f"{day}T{self.hour:02d}:{self.minute:02d}"
            return f"{day}T{self.hour:02d}:{self.minute:02d}:{self.second:02d}"
        raise ValueError(p)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date:
    """The nth given weekday (1=Monday) of a month; n=-1 is the last; n=0 is US Election Day's rule."""
    if n == 0:  # the Tuesday after the first Monday
        first_monday = nth_weekday(year, month, 1, 1)
        return first_monday + _dt.timedelta(days=1)
    if n > 0:
        first = _dt.date(year, month, 1)
        offset = (weekday - 1 - first.weekday()) % 7
        return first + _dt.timedelta(days=offset + 7 * (n - 1))
    last = add_months(_dt.date(year, month, 1), 1) - _dt.timedelta(days=1)
    offset = (last.weekday() - (weekday - 1)) % 7
    return last - _dt.timedelta(days=offset)


def nearest_weekday(day: _dt.date, weekday: int, forward: bool) -> _dt.date:
    """The given weekday (0=Monday) on or after ``day`` if ``forward``, else on or before it."""
    if forward:
        return day + _dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day - _dt.timedelta(days=(day.weekday() - weekday) % 7)
