"""What a reader knows at each point of a text: the document's date and the dates seen so far.

English resolves "the following month" or "that day" against the last date
the reader was given, "Tuesday" against the date of writing, and "a year
ago" in an earnings report against the quarter being reported. This module
keeps those anchors; the resolvers in ``named`` and ``relative`` ask it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import lexicon, lookup
from .periods import RANK, Point, nearest_weekday
from .tense import guess_tense, sentences_between


@dataclass
class Resolution:
    """The value of one match, and whether it can anchor later expressions."""

    value: str
    point: Point | None = None
    mod: str | None = None
    anchors: bool = True  # False for comparisons ("from $5 a year ago"): they do not move the story's time


@cache
def _day_after_time() -> re.Pattern[str]:
    """A weekday right after a clock time, maybe after a parenthetical or inside it
    ("at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)")."""
    weekday = lexicon().macros["weekday"]
    return re.compile(
        rf"\s*(?:\([^)]{{0,30}}?\b|(?:\([^)]{{0,30}}\)\s*)?(?:[\w.,]+\s+){{0,2}}?(?:on\s+)?)(?P<weekday>{weekday})\b",
        re.IGNORECASE,
    )


@dataclass
class Context:
    """What the reader knows at a point in the text: the document's date and the dates seen."""

    text: str
    dct: Point | None
    history: list[Point] = field(default_factory=list)
    last_span: tuple[int, int] | None = None  # where the text named history[-1]
    # Where each day-or-finer date that says when its clause happens ends, and
    # the date (a day, or a time on it): a bare clock time nearby is on its day
    # ("On March 3 ... At 4pm").
    clock_days: list[tuple[int, Point]] = field(default_factory=list)
    story: list[Point] = field(default_factory=list)  # the dates that move a narrative's time: not flashbacks
    periods: list[Point] = field(default_factory=list)  # fiscal periods reported on, in text order
    # The last year before Christ named, and how many dates had been named by
    # then: Python's calendar stops at AD 1, so "44 BC ... the following year"
    # is counted here, in years, as long as nothing later was named.
    bc: tuple[int, int] | None = None

    def bc_year(self) -> int | None:
        """The year BC the text is at, if a BC year is the last date named."""
        if self.bc is not None and self.bc[1] == len(self.history):
            return self.bc[0]
        return None

    def anchor(self) -> Point | None:
        """The document's date; in narrative mode, the last date mentioned.

        Without a document date, "now" for the narrator is the story's time:
        the last date mentioned that names a year or something finer. A
        history moves on through years ("Early in 1945 the army reached the
        Oder; by late April ..." is April 1945, whatever full date came
        before), while a decade or century is a look back, not a move, and
        so is a date in the past perfect ("She had been launched the
        previous year").
        """
        if self.dct is not None:
            return self.dct
        for p in reversed(self.story):
            if RANK[p.precision] >= RANK["day"]:
                return p.truncate("day")
            if RANK[p.precision] >= RANK["year"]:
                return p
        if self.story:
            return self.story[-1]
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
        for p in reversed(self._told()):
            if p.finer_or_equal(unit):
                return p
        return self.dct

    def _told(self) -> list[Point]:
        """The dates later ones count from: in a history with no date, those of
        the story itself, not its flashbacks and look-backs ("since 1900 ... the
        previous autumn" counts from 1903), and any date if the story has none."""
        return self.story if self.dct is None and self.story else self.history

    def fiscal_period(self) -> Point | None:
        """The period a report is about: the latest quarter or half named that is over, or the year to date.

        "Profit rose to $5 million from $4 million a year ago" compares that
        period with the same one a year before; after "in the nine months"
        the comparison is with the year before. An earlier quarter named in
        passing ("after a flat second quarter") does not change the period
        a third-quarter report is about.
        """
        reported: list[Point] = []
        for p in reversed(self.periods):
            if self.dct is None:
                return p
            if p.precision == "year":
                break
            over = p.shift(p.precision, 1).start <= self.dct.start
            recent = (self.dct.start - p.start).days <= 366
            if over and recent:
                reported.append(p)
        else:
            p = None
        if reported:
            return max(reported, key=lambda q: q.start)
        return p

    def clock_day(self, start: int, end: int, hour: int | None = None) -> Point | None:
        """The day a bare clock time ("at 4pm") falls on.

        A day named in the same sentence or the one before ("On March 3 ...
        At 4pm the dam broke"); in news, further back than that, the
        document's day ("We will give a further update at 4pm"), unless the
        sentence names the day right after the time ("at 10:35 a.m. (0735
        GMT) Friday"), or a past night is being told by the clock: then each
        time goes on from the one before, within a few sentences, and past
        midnight onto the next day ("at 11.52pm ... A 999 call was made at
        12.07am").
        """
        day = self.day_reference()
        if self.dct is None or day is None:
            return day
        if day.year <= self.dct.year - 2 and guess_tense(self.text, start, end) not in ("present", "future"):
            return day  # a feature telling a story years back ("At 11:30 p.m. the guards opened the gate")
        after = _day_after_time().match(self.text, end, min(len(self.text), end + 40))
        if after:
            return self._weekday_near_dct(after.group("weekday"), start, end)
        if not self.clock_days:
            return self.dct
        at, last = self.clock_days[-1]
        apart = sentences_between(self.text, at, start)
        if apart > 1 and not (
            apart <= 4 and last.precision == "time" and last.truncate("day") != self.dct
            and guess_tense(self.text, start, end) == "past"
        ):
            return self.dct
        if last.hour is not None and hour is not None and last.hour >= 18 and hour < 6:
            return last.truncate("day").shift("day", 1)  # the night went on past midnight
        return last.truncate("day")

    def _weekday_near_dct(self, name: str, start: int, end: int) -> Point:
        """The named weekday nearest the document's date, ahead of it only in the future tense."""
        assert self.dct is not None
        wd = lookup(lexicon().weekdays, name) - 1
        future = guess_tense(self.text, start, end) == "future"
        return Point(nearest_weekday(self.dct.start, wd, forward=future), "day")

    def day_reference(self) -> Point | None:
        for p in reversed(self._told()):
            if RANK[p.precision] >= RANK["day"]:
                return p.truncate("day")
        return self.dct
