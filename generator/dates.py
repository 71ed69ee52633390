"""The date model of a timeline: partial, approximate, BCE dates and ranges.

Python's ``datetime`` can only hold a full day in years 1-9999, while a
timeline says "2024", "June 2024", "the 1990s", "44 BC", "c. 1200" or
"2019 to 2021". ``Date`` keeps exactly what the source said: the year
(astronomical numbering, so 1 BC is year 0 and 44 BC is -43), an optional
month and day, a ``Precision``, an optional sub-year ``part`` (season,
quarter, half, early/mid/late), qualifiers and an optional range end.

The canonical text form is EDTF (Library of Congress Extended Date/Time
Format) where EDTF reads naturally (``2025-09-02``, ``2024-06``, ``2024~``,
``2024?``, ``-0043``, ``199X``, ``2019/2021``); sub-year parts are written
as words (``spring 2020``, ``Q3 2024``, ``early 2024``) because their EDTF
codes (``2020-21``) read like ranges to a person editing YAML.
Reading free text ("June 2, 2025", "44 BC", "from 2019 to 2021") is in
``generator.dateparse``; this module is the model and its renderings.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass, replace
from enum import IntEnum


class Precision(IntEnum):
    """How much of a date is known; larger is finer."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    PART = 4  # a season, quarter, half, or early/mid/late part of a year
    MONTH = 5
    DAY = 6


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)

# Sub-year parts: the first month they cover (which orders them among the
# months of the year), their last month, and how they are written.
PARTS: dict[str, tuple[int, int, str]] = {
    "early": (1, 4, "early {y}"),
    "mid": (5, 8, "mid {y}"),
    "late": (9, 12, "late {y}"),
    "spring": (3, 5, "spring {y}"),
    "summer": (6, 8, "summer {y}"),
    "autumn": (9, 11, "autumn {y}"),
    "winter": (12, 12, "winter {y}"),
    "q1": (1, 3, "Q1 {y}"),
    "q2": (4, 6, "Q2 {y}"),
    "q3": (7, 9, "Q3 {y}"),
    "q4": (10, 12, "Q4 {y}"),
    "h1": (1, 6, "H1 {y}"),
    "h2": (7, 12, "H2 {y}"),
}

_PART_DISPLAY = {
    "early": "Early {y}", "mid": "Mid-{y}", "late": "Late {y}",
    "spring": "Spring {y}", "summer": "Summer {y}", "autumn": "Autumn {y}",
    "winter": "Winter {y}",
    "q1": "First quarter of {y}", "q2": "Second quarter of {y}",
    "q3": "Third quarter of {y}", "q4": "Fourth quarter of {y}",
    "h1": "First half of {y}", "h2": "Second half of {y}",
}


class DateError(ValueError):
    """A date that cannot exist (2024-02-30) or cannot be read."""


@dataclass(frozen=True)
class Date:
    """A point or span of time at the precision the source gave it."""

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.YEAR
    part: str | None = None
    approximate: bool = False
    uncertain: bool = False
    end: Date | None = None
    open_start: bool = False  # "../2021": the date is a known end with no known start
    open_end: bool = False  # "2019/..": the date is a known start with no known end

    def __post_init__(self) -> None:
        p = self.precision
        if p == Precision.DAY and (self.month is None or self.day is None):
            raise DateError("a day-precision date needs a month and a day")
        if p == Precision.MONTH and (self.month is None or self.day is not None):
            raise DateError("a month-precision date has a month and no day")
        if p <= Precision.PART and (self.month is not None or self.day is not None):
            raise DateError("a year-or-coarser date has no month or day")
        if (p == Precision.PART) != (self.part is not None):
            raise DateError("a sub-year part goes with PART precision only")
        if self.part is not None and self.part not in PARTS:
            raise DateError(f"unknown part of a year {self.part!r}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} is not between 1 and 12")
        if self.day is not None:
            last = days_in_month(self.year, self.month or 1)
            if not 1 <= self.day <= last:
                raise DateError(
                    f"{MONTH_NAMES[(self.month or 1) - 1]} {display_year(self.year)} "
                    f"has {last} days, not {self.day}"
                )
        if p == Precision.DECADE and self.year % 10:
            raise DateError("a decade starts at a year divisible by 10")
        if p == Precision.CENTURY and self.year % 100 not in ((0, 1) if self.year <= 0 else (0,)):
            raise DateError("a century starts at a year divisible by 100 (BC: 100 BC, 200 BC...)")
        if p == Precision.MILLENNIUM and self.year % 1000:
            raise DateError("a millennium starts at a year divisible by 1000")
        if self.end is not None:
            if self.end.end is not None:
                raise DateError("the end of a range cannot itself be a range")
            if self.end.sort_key() < self.sort_key():
                raise DateError(f"the range ends ({self.end}) before it starts ({self.start})")

    # -- constructors -----------------------------------------------------

    @classmethod
    def from_date(cls, value: _dt.date) -> Date:
        return cls(value.year, value.month, value.day, Precision.DAY)

    @classmethod
    def ymd(cls, year: int, month: int | None = None, day: int | None = None) -> Date:
        """The plain case: precision follows from what is given."""
        if day is not None:
            return cls(year, month, day, Precision.DAY)
        if month is not None:
            return cls(year, month, None, Precision.MONTH)
        return cls(year)

    # -- views ------------------------------------------------------------

    @property
    def start(self) -> Date:
        """The date without its range end."""
        return replace(self, end=None, open_end=False) if self.is_range else self

    @property
    def is_range(self) -> bool:
        return self.end is not None or self.open_end

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological order; a coarser date sorts before the finer dates it contains.

        "2024" < "early 2024" < "2024-01" < "2024-01-01" < "2024-02": a year
        heading comes before its months, a month before its days.
        """
        if self.part is not None:
            month = PARTS[self.part][0]
        else:
            month = self.month or 0
        return (self.year, month, self.day or 0, int(self.precision))

    def first_day(self) -> tuple[int, int, int]:
        """(year, month, day) of the first day the date covers."""
        if self.month is not None:
            return (self.year, self.month, self.day or 1)
        if self.part is not None:
            return (self.year, PARTS[self.part][0], 1)
        return (self.year, 1, 1)

    def last_day(self) -> tuple[int, int, int]:
        """(year, month, day) of the last day the date covers (range end included)."""
        if self.end is not None:
            return self.end.last_day()
        if self.day is not None:
            return (self.year, self.month or 1, self.day)
        if self.month is not None:
            return (self.year, self.month, days_in_month(self.year, self.month))
        if self.part is not None:
            last = PARTS[self.part][1]
            if self.part == "winter":
                return (self.year + 1, 2, days_in_month(self.year + 1, 2))
            return (self.year, last, days_in_month(self.year, last))
        span = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100,
                Precision.MILLENNIUM: 1000}[self.precision]
        return (self.year + span - 1, 12, 31)

    # -- renderings -------------------------------------------------------

    def edtf(self) -> str:
        """Canonical text, as written back to YAML."""
        if self.open_start:  # the date is the known end
            return f"../{_edtf_point(self)}"
        if self.is_range:
            right = _edtf_point(self.end) if self.end is not None else ".."
            return f"{_edtf_point(self.start)}/{right}"
        return _edtf_point(self)

    __str__ = edtf

    def display(self) -> str:
        """How a reader sees the date: "2 September 2025", "June 2024", "44 BC"."""
        if self.open_start:
            return f"until {_display_point(self)}"
        if self.is_range:
            left = _display_point(self.start)
            right = "" if self.end is None else _display_point(self.end)
            if self.end is not None and self.start.precision == self.end.precision == Precision.DAY \
                    and self.year == self.end.year and not (self.approximate or self.uncertain):
                # "2–4 September 2025", "30 August – 2 September 2025"
                if self.month == self.end.month:
                    left = str(self.day)
                else:
                    left = f"{self.day} {MONTH_NAMES[(self.month or 1) - 1]}"
            if not right:
                return f"since {left}"
            return f"{left} – {right}"
        return _display_point(self)

    def html_datetime(self) -> str | None:
        """A value valid in ``<time datetime>``, or None where HTML has none.

        HTML can say a day, a month or a year of four or more digits; it
        cannot say a decade, a BCE year or a season, and a wrong machine
        date is worse than none.
        """
        p = self.start
        if p.year < 1 or p.precision < Precision.YEAR:
            return None
        if p.precision == Precision.DAY:
            return f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
        if p.precision == Precision.MONTH:
            return f"{p.year:04d}-{p.month:02d}"
        return f"{p.year:04d}"

    def year_label(self) -> str:
        """The heading the date is grouped under on the timeline."""
        p = self.start
        if p.precision == Precision.MILLENNIUM:
            return _display_point(replace(p, approximate=False, uncertain=False))
        if p.precision == Precision.CENTURY:
            return _display_point(replace(p, approximate=False, uncertain=False))
        if p.precision == Precision.DECADE:
            return f"{display_year(p.year)}s"
        return display_year(p.year)

    def timelinejs(self) -> dict[str, object]:
        """A TimelineJS3 ``start_date`` object (TimelineJS numbers years astronomically too)."""
        out: dict[str, object] = {"year": self.year}
        if self.month is not None:
            out["month"] = self.month
        elif self.part is not None:
            out["month"] = PARTS[self.part][0]
        if self.day is not None:
            out["day"] = self.day
        out["display_date"] = _display_point(self)
        return out


def days_in_month(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar, any year including BCE."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return calendar.mdays[month]


def display_year(year: int) -> str:
    """Astronomical year to what people write: 2025, 44 BC (year -43), 1 BC (year 0)."""
    if year <= 0:
        return f"{1 - year} BC"
    return str(year)


def _edtf_year(year: int) -> str:
    if year < 0:
        return f"-{-year:04d}"
    if year > 9999:
        return f"Y{year}"
    return f"{year:04d}"


def _edtf_point(d: Date) -> str:
    p = d.precision
    if p == Precision.DAY:
        text = f"{_edtf_year(d.year)}-{d.month:02d}-{d.day:02d}"
    elif p == Precision.MONTH:
        text = f"{_edtf_year(d.year)}-{d.month:02d}"
    elif p == Precision.PART:
        text = PARTS[d.part or "early"][2].format(y=_edtf_year(d.year))
    elif p == Precision.YEAR:
        text = _edtf_year(d.year)
    else:
        digits = {Precision.DECADE: 3, Precision.CENTURY: 2, Precision.MILLENNIUM: 1}[p]
        if d.year < 0:  # EDTF has no BCE decades; keep the year and say so by a range
            text = _edtf_year(d.year)
        else:
            text = _edtf_year(d.year)[:digits] + "X" * (4 - digits)
    if d.approximate and d.uncertain:
        return text + "%"
    if d.approximate:
        return text + "~"
    if d.uncertain:
        return text + "?"
    return text


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _display_point(d: Date) -> str:
    p = d.precision
    if p == Precision.DAY:
        text = f"{d.day} {MONTH_NAMES[(d.month or 1) - 1]} {display_year(d.year)}"
    elif p == Precision.MONTH:
        text = f"{MONTH_NAMES[(d.month or 1) - 1]} {display_year(d.year)}"
    elif p == Precision.PART:
        text = _PART_DISPLAY[d.part or "early"].format(y=display_year(d.year))
    elif p == Precision.YEAR:
        text = display_year(d.year)
    elif p == Precision.DECADE:
        text = f"the {display_year(d.year)}s"
    elif p == Precision.CENTURY:
        if d.year >= 0:
            text = f"the {_ordinal(d.year // 100 + 1)} century"
        else:
            text = f"the {_ordinal((1 - d.year) // 100)} century BC"
    else:
        text = f"the {_ordinal(d.year // 1000 + 1)} millennium"
    if d.approximate:
        text = f"c. {text}"
    if d.uncertain:
        text = f"{text}?"
    return text
