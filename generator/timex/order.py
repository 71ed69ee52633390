"""Which way round a text writes its numeric dates: 09/03/2025 as September 3 or 9 March.

A setting cannot know: one project gathers articles from London and from
New York. The text usually shows it. A date that can only be read one way
("25/03/2025", "03/25/2025"), or only one way on the weekday written beside
it ("Wed 07/08/2013"), settles the others in the same text. Failing that,
the country the text is about: Nigeria, India or Australia write 12/06/1993
day first even where their papers write "June 12, 1993" in words (the
countries are lexicon.yaml's `day_first_countries`). Failing that, the way
the text writes dates in words: "5 March 2024" day first, "March 5, 2024"
month first. Only when the text shows none of these does the caller's
default decide.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from .fields import two_digit_year
from .lexicon import alternation, lexicon, place_words

_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.]\d)")


@cache
def _written() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = lexicon().macros["month"]
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    day_first = re.compile(rf"(?<![\w,.:])(?:{day}) (?:of )?(?:{month})(?![\w])", re.IGNORECASE)
    month_first = re.compile(rf"(?<![\w])(?:{month}) (?:the )?(?:{day})(?![\w:.]\d|\d)", re.IGNORECASE)
    return day_first, month_first


@cache
def _weekday_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b({alternation(list(lexicon().weekdays))})\.?,?\s+$")


@cache
def _countries() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon().order_countries
    return place_words(words["day_first"]), place_words(words["month_first"])


def _weekday_vote(text: str, m: re.Match[str]) -> int:
    """+1 if the weekday before the date fits it read month first, -1 if day first, else 0."""
    before = _weekday_before().search(text, max(0, m.start() - 12), m.start())
    if not before:
        return 0
    weekday = lexicon().weekdays[before.group(1).lower()]
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    year = two_digit_year(year) if year < 100 else year  # "Wed 07/08/98" is 1998, as the date rules read it
    fits = []
    for month, day in ((a, b), (b, a)):
        try:
            fits.append(_dt.date(year, month, day).isoweekday() == weekday)
        except ValueError:
            fits.append(False)
    return 0 if fits[0] == fits[1] else (1 if fits[0] else -1)


def month_first(text: str, default: bool = True) -> bool:
    """Whether the text writes numeric dates month first, as it shows or else ``default``."""
    numeric = list(_NUMERIC.finditer(text))
    if not numeric:
        return default  # no numeric date to read either way
    votes = 0  # > 0: month first
    for m in numeric:
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            votes -= 1
        elif b > 12 >= a:
            votes += 1
        else:
            votes += _weekday_vote(text, m)
    if votes:
        return votes > 0
    day_countries, month_countries = _countries()
    votes = len(month_countries.findall(text)) - len(day_countries.findall(text))
    if votes:
        return votes > 0
    day_first, month_first_ = _written()
    votes = len(month_first_.findall(text)) - len(day_first.findall(text))
    return votes > 0 if votes else default
