"""Joining a day and a clock time written side by side into one TIME expression.

Page furniture and notices write timestamps in more orders than a pattern
per order could keep up with: "Tue 5 Mar 2024 09.31 GMT", "05/03/2024
14:05", "5:42 AM EST, Tue March 5, 2024", "Yesterday at 5:30 PM". TimeML
makes such a pair one TIME ("3 p.m. Tuesday"), so rather than writing each
order as a rule, the day and the time are found on their own and joined
here when nothing but a comma, "at" or "on" stands between them on one line.
The day decides the date: a clock time written before its date was resolved
before the date was seen.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from .lexicon import alternation, lexicon
from .model import Timex

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI))?$")  # a day, or a part of one ("last night")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2})(:\d{2}(?::\d{2})?)$")
_AM_PM = re.compile(r"(?i)[ap]\.? ?m\b|noon|midnight")
# Between a day and its time: "5 Mar 2024 09.31", "March 5, 2024 at 9:31",
# "Jan 3, 2023 / 06:12 PM EST", "this morning at 9",
# "Yesterday at 5:30 PM"; between a time and its day: "5:42 AM EST, Tue
# March 5, 2024", "10 a.m. on 3 March". Never across a line break, where a
# heading and a live blog's first entry would be joined.
_DAY_THEN_TIME = re.compile(r"^(?:,?[ \t]+(?:at[ \t]+)?|[ \t]*,[ \t]*|[ \t]+[-–—/|][ \t]+)$")
_TIME_THEN_DAY = re.compile(r"^(?:,?[ \t]+(?:on[ \t]+)?|[ \t]*,[ \t]*)$")
# A time that names its own day ("7 p.m. Tuesday, Halloween", "6pm that
# day") is whole already: what follows it is another expression.
@cache
def _names_a_day() -> re.Pattern[str]:
    words = [*lexicon().weekdays, *lexicon().months, "today", "yesterday", "tomorrow", "tonight", "day", "night",
             "morning", "afternoon", "evening"]
    return re.compile(rf"(?i)\b(?:{alternation(words)})\b\.?|\d{{4}}-\d{{2}}-\d{{2}}")


def join_timestamps(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes with each day + clock time pair written together made one TIME."""
    out: list[Timex] = []
    for t in timexes:
        joined = _join(text, out[-1], t) if out else None
        if joined is not None:
            out[-1] = joined  # and it may join the next: "Wed 07/08/2013, 2.15pm"
        else:
            out.append(t)
    return _share_range_days(text, out)


_RANGE = re.compile(r"^[ \t]*(?:to|until|till|and|[-–—])[ \t]*$")
_DATED_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}")


def _share_range_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """'from 8am to 11pm on National Day', 'between 5 a.m. and noon on January
    26': the start of a range of times is on the day its end names."""
    out = list(timexes)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        end_day = _DATED_TIME.match(b.value)
        if (end_day and _TIME.match(a.value) and _names_a_day().search(b.text) and not _names_a_day().search(a.text)
                and _RANGE.match(text[a.end : b.start])):
            out[i - 1] = Timex(a.start, a.end, a.text, a.type, end_day.group(1) + a.value[10:], a.mod)
    return out


def _join(text: str, a: Timex, b: Timex) -> Timex | None:
    between = text[a.end : b.start]
    weekday = lexicon().weekdays.get(a.text.lower().rstrip("."))
    if weekday and b.text[:1].isdigit() and (d := _DAY.match(b.value)) and re.fullmatch(r",?[ \t]+", between):
        # "Wed 07/08/2013, 2.15pm" (a court list): the weekday names the date that follows
        if _dt.date.fromisoformat(d.group(1)).isoweekday() == weekday:
            return Timex(a.start, b.end, text[a.start : b.end], b.type, b.value, b.mod)
        return None
    if (d := _DAY.match(a.value)) and (m := _TIME.match(b.value)) and _DAY_THEN_TIME.match(between):
        clock_text = b.text
    elif (m := _TIME.match(a.value)) and (d := _DAY.match(b.value)) and _TIME_THEN_DAY.match(between):
        clock_text = a.text
    else:
        return None
    part = d.group(2)
    if _names_a_day().search(clock_text) or (part and not re.fullmatch(r"[ \t]+(?:at[ \t]+)?", between)):
        return None  # "7 p.m. Tuesday, Halloween"; "The next morning, at 10:02" (TimeML: two)
    hour = int(m.group(1))
    if part in ("AF", "EV", "NI") and 1 <= hour < 12 and not _AM_PM.search(clock_text) and (part != "NI" or hour >= 6):
        hour += 12  # "5 o'clock this afternoon"
    return Timex(a.start, b.end, text[a.start : b.end], "TIME", f"{d.group(1)}T{hour:02d}{m.group(2)}", a.mod or b.mod)
