"""Seasons south of the equator: "this summer" in a Sydney paper in January.

A southern summer runs from December to February, its winter from June to
August. TIMEX3 writes both hemispheres' seasons alike (2023-SU), named by
the year the season starts in. A text is read as southern when it names
southern places (lexicon.yaml `hemisphere`) twice or more, and more often
than northern ones.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon, place_words

# The northern season that has the same months as each southern one.
SOUTH = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    places = lexicon().hemisphere
    return place_words(places["south"]), place_words(places["north"])


def in_the_south(text: str) -> bool:
    """Whether the text is about a place south of the equator: it names southern
    places at least twice, and more often than northern ones (a Belgian
    cyclist whose next season "starts in Australia" is still in Belgium)."""
    south, north = _words()
    n_south = len(south.findall(text))
    return n_south >= 2 and n_south > len(north.findall(text))
