"""Which way round a text writes its numeric dates: 09/03/2025 as September 3 or 9 March.

A setting cannot know: one project gathers articles from London and from
New York. The text usually shows it. A date that can only be read one way
("25/03/2025", "03/25/2025") settles the others in the same text, and so does
the way it writes dates in words: a text that writes "5 March 2024" writes
05/03/2024 day first, one that writes "March 5, 2024" month first. Only when
the text shows neither does the caller's default decide.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon

_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.]\d)")


@cache
def _written() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = lexicon().macros["month"]
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    day_first = re.compile(rf"(?<![\w,.:])(?:{day}) (?:of )?(?:{month})(?![\w])", re.IGNORECASE)
    month_first = re.compile(rf"(?<![\w])(?:{month}) (?:the )?(?:{day})(?![\w:.]\d|\d)", re.IGNORECASE)
    return day_first, month_first


def month_first(text: str, default: bool = True) -> bool:
    """Whether the text writes numeric dates month first, as it shows or else ``default``."""
    votes = 0  # > 0: month first
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            votes -= 1
        elif b > 12 >= a:
            votes += 1
    if votes:
        return votes > 0
    day_first, month_first_ = _written()
    votes = len(month_first_.findall(text)) - len(day_first.findall(text))
    return votes > 0 if votes else default
