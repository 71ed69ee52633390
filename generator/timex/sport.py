"""Which sports season "this season", "last season" and "next season" mean.

TIMEX3 names a season by the year it starts in ("the 2023-24 season" is
2023), and seasons do not follow the calendar: in March 2024 an NBA writer's
"last season" is 2022-23, a baseball writer's is 2023. The text's league
decides (lexicon.yaml `sport_seasons`: the months a season runs); a text that
names none keeps the calendar year.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache, lru_cache

from .lexicon import lexicon

_SPLIT = re.compile(r"\b(?:19|20)[0-9]{2}[-–/][0-9]{2}(?: [a-z]+)? season\b|\bseason (?:19|20)[0-9]{2}[-–/][0-9]{2}\b")


@cache
def _leagues() -> re.Pattern[str]:
    names = sorted((n for n in lexicon().sport_seasons if n != "split_season"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})(?!\w)")


@lru_cache(maxsize=64)
def season_months(text: str) -> tuple[int, int] | None:
    """The first and last month of the text's sports season: its most named league's, or
    a split season's when the text writes one ("the 2024-25 season"); None for neither."""
    named: dict[str, int] = {}
    for m in _leagues().finditer(text):
        named[m.group(0)] = named.get(m.group(0), 0) + 1
    table = lexicon().sport_seasons
    if named:
        return table[max(named, key=lambda k: named[k])]  # ties: the first named (dicts keep order)
    if _SPLIT.search(text):
        return table["split_season"]
    return None


def season_year(day: _dt.date, months: tuple[int, int], step: int) -> int:
    """The start year of the season `step` seasons from the one around `day`.

    In season, "this season" is the one running. Between seasons it is the one
    to come, as is "next season"; "last season" is the one just ended.
    """
    first, last = months
    month = day.month
    if first <= last:  # within one calendar year: baseball, March to October
        in_season = first <= month <= last
        current = day.year if month <= last else day.year + 1
    else:  # across the new year: football, August to May
        in_season = month >= first or month <= last
        current = day.year if month >= first else day.year - 1 if month <= last else day.year
    if not in_season and step > 0:
        step -= 1  # between seasons "next season" is the coming one, as "this season" is
    return current + step
