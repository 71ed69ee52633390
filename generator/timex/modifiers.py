"""Widening a found expression to the modifier in front of it ("early 2024", "about 10 years ago").

TimeML puts such modifiers inside the expression and records them as ``mod``;
doing it once here keeps every date pattern from needing its own copy of
"early|mid|late|about ...".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import lexicon, lookup
from .model import Timex

_WINDOW = 40
# "get around Wednesday's ruling": before a possessive date the word belongs to the noun phrase.
_POSSESSIVE = re.compile(r"['’]s\b")


@cache
def _prefix() -> re.Pattern[str]:
    mods = lexicon().macros["mod"]
    return re.compile(rf"(?<!\w)(?P<mod>{mods})(?:\s+|-)$", re.IGNORECASE)


def extend_modifiers(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each DATE/TIME preceded by a modifier phrase gets it in its span and ``mod``."""
    out: list[Timex] = []
    prev_end = 0
    for t in timexes:
        if t.type in ("DATE", "TIME") and not t.value.endswith("_REF") and not _POSSESSIVE.match(text, t.end):
            m = _prefix().search(text, max(prev_end, t.start - _WINDOW), t.start)
            if m:
                mod = t.mod or lookup(lexicon().modifiers, m.group("mod"))
                t = replace(t, start=m.start(), text=text[m.start() : t.end], mod=mod)
        out.append(t)
        prev_end = t.end
    return out
