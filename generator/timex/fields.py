"""Reading the pieces a pattern captured ("Sept", "3rd", "nineteen ninety-six") as numbers and codes.

A pattern names its groups after what they hold (``month``, ``day``,
``year``, ``num``, ``unit`` ...); this module is the one table from a group's
name to the function that reads it. A trailing digit in a group name
(``month2``) lets one pattern hold two of a kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .lexicon import lexicon, lookup

_DIGITS = re.compile(r"\d+")


def _cardinal(text: str) -> int | None:
    """'14', 'fourteen', 'a', 'twenty-one', 'three hundred and fifty'; None for vague counts like 'several'."""
    t = text.strip().replace(",", "")
    if t.isdigit():
        return int(t)
    head, hundred, rest = " ".join(t.lower().split()).partition(" hundred")
    if hundred:  # "three hundred and fifty", "a hundred"
        rest = rest.removeprefix(" and").strip()
        return lookup(lexicon().cardinals, head) * 100 + (lookup(lexicon().cardinals, rest) if rest else 0)
    return lookup(lexicon().cardinals, t)


def _ordinal(text: str) -> int:
    """'3rd', '3', 'third', 'twenty-first'."""
    m = _DIGITS.match(text.strip())
    if m:
        return int(m.group())
    return lookup(lexicon().ordinals, text)


def _year_words(text: str) -> int:
    """'nineteen ninety-six', 'two thousand', 'two thousand and one'."""
    key = re.sub(r"\s+", " ", text.lower().replace("-", " ")).strip()
    key = key.replace(" and ", " ")
    if key.startswith("two thousand"):
        rest = key[len("two thousand"):].strip()
        return 2000 + (lookup(lexicon().cardinals, rest) if rest else 0)
    head, _, rest = key.partition(" ")
    century = lookup(lexicon().cardinals, head)
    if rest.startswith("hundred"):
        rest = rest[len("hundred"):].strip()
        return century * 100 + (lookup(lexicon().cardinals, rest) if rest else 0)
    return century * 100 + lookup(lexicon().cardinals, rest)


def two_digit_year(two: int) -> int:
    """'98 is 1998 and '05 is 2005: the 1900s above 30, else the 2000s."""
    return 1900 + two if two > 30 else 2000 + two


def _year(text: str) -> int:
    """Four digits, "'98" (the 1900s above 30, else the 2000s), or words."""
    t = text.strip()
    if t[:1] in "'’":
        return two_digit_year(int(t[1:3]))
    if t.isdigit():
        return int(t)
    return _year_words(t)


def _decade(text: str) -> int:
    """'1990s' -> 1990, "'80s" -> 1980, 'nineties' -> 1990 (words name this century's 1900s)."""
    t = text.strip().lower()
    m = re.match(r"(\d{4})", t)
    if m:
        return int(m.group(1)) // 10 * 10
    m = re.match(r"['’]?(\d)0", t)
    if m:
        return 1900 + int(m.group(1)) * 10
    return 1900 + lookup(lexicon().decade_words, t)


def _century(text: str) -> int:
    """'19th' or 'nineteenth' -> 18, the first two digits of its years; '1700s' -> 17."""
    t = text.strip()
    if t[:2].isdigit() and t.lower().endswith("00s"):
        return int(t[:2])
    return _ordinal(text) - 1


def _quarter(text: str) -> int:
    t = text.strip().lower().lstrip("q")
    if t in ("last", "final"):
        return 4  # "the final quarter" of a year is its fourth
    return _ordinal(t)


def _hour(text: str) -> int:
    return int(text)


def _ampm(text: str) -> str:
    return "pm" if text.strip().lower().startswith("p") else "am"


def _month(text: str) -> int:
    t = text.strip()
    if t.isdigit():
        return int(t)
    return lookup(lexicon().months, t)


def _weekday(text: str) -> int:
    return lookup(lexicon().weekdays, text)


def _era(text: str) -> str:
    return lookup(lexicon().eras, re.sub(r"\s+", "", text))


READERS: dict[str, Callable[[str], Any]] = {
    "year": _year,
    "month": _month,
    "day": _ordinal,
    "weekday": _weekday,
    "num": _cardinal,
    "ord": _ordinal,
    "nth": lambda t: -1 if t.strip().lower() == "last" else _ordinal(t),
    "unit": lambda t: lookup(lexicon().units, t),
    "season": lambda t: lookup(lexicon().seasons, t),
    "part": lambda t: lookup(lexicon().day_parts, t),
    "clock": lambda t: lookup(lexicon().clock_words, t),
    "quarter": _quarter,
    "half": _ordinal,
    "decade": _decade,
    "century": _century,
    "hour": _hour,
    "minute": int,
    "second": int,
    "ampm": _ampm,
    "mod": lambda t: lookup(lexicon().modifiers, t),
    "holiday": lambda t: t,
    "era": _era,
    "yy": lambda t: two_digit_year(int(t)),  # a bare two-digit year ("9/3/98", "FY24")
}


def read_fields(groups: dict[str, str | None]) -> dict[str, Any]:
    """Normalise every captured group; the first of several same-kind groups wins."""
    out: dict[str, Any] = {}
    for name, text in groups.items():
        if text is None:
            continue
        kind = name.rstrip("0123456789")
        if kind in out:
            out[kind + "2"] = READERS[kind](text) if kind in READERS else text
            continue
        reader = READERS.get(kind)
        out[kind] = reader(text) if reader else text
    if "yy" in out:
        out.setdefault("year", out.pop("yy"))
    return out
