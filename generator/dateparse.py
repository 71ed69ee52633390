"""Reading the dates people write in YAML into the ``Date`` model.

People write ``2025-09-02`` and ``2024`` (which YAML hands over as a
``datetime.date`` and an ``int``), EDTF (``2024-06``, ``1200~``, ``2024?``,
``-0043``, ``199X``, ``2019/2021``) and plain English ("June 2, 2025",
"2 June 2025", "Sept 2025", "44 BC", "c. 1200", "from 2019 to 2021", "the
1990s", "early 2024"). The grammar below keeps the precision the writer
chose; dateparser is the fallback for English forms the grammar does not
cover, with its reported period deciding the precision.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from generator.dates import Date, DateError, Precision

ACCEPTED_FORMS = (
    "2025-09-02, 2024-06, 2024, June 2, 2025, 2 June 2025, Sept 2025, "
    "44 BC, c. 1200, 1200~, 2024?, 2019/2021, from 2019 to 2021, 199X, "
    "the 1990s, the 19th century, spring 2020, Q3 2024, early 2024"
)

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
), start=1):
    for _n in _names:
        MONTHS[_n] = _i

_PART_WORDS = {
    "early": "early", "beginning of": "early", "start of": "early",
    "mid": "mid", "middle of": "mid", "mid-": "mid",
    "late": "late", "end of": "late",
    "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
    "winter": "winter",
    "q1": "q1", "q2": "q2", "q3": "q3", "q4": "q4",
    "first quarter of": "q1", "second quarter of": "q2",
    "third quarter of": "q3", "fourth quarter of": "q4",
    "h1": "h1", "h2": "h2", "first half of": "h1", "second half of": "h2",
}

_MONTH_RE = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_RE = r"(?P<year>\d{1,4})"
_ERA_RE = r"(?:\s*(?P<era>b\.?\s?c\.?(?:\s?e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?))?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"

_EDTF_POINT = re.compile(
    r"^(?P<year>-?\d{4}|Y-?\d{5,}|-?\d{3}X|-?\d{2}XX|\d XXX)"
    r"(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<q>[~?%])?$"
)
_WORD_FORMS = [
    # 2 June 2025, 2nd of June 2025, 15 March 44 BC
    re.compile(rf"^{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE},?\s+{_YEAR_RE}{_ERA_RE}$"),
    # June 2, 2025
    re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}{_ERA_RE}$"),
    # June 2025, Sept. 2025
    re.compile(rf"^{_MONTH_RE},?\s+{_YEAR_RE}{_ERA_RE}$"),
    # 44 BC, AD 79, 1200
    re.compile(rf"^(?P<pre>a\.?\s?d\.?\s+)?{_YEAR_RE}{_ERA_RE}$"),
]
_DECADE = re.compile(r"^(?:the\s+)?(?P<year>\d{1,3}0)'?s$")
_CENTURY = re.compile(
    r"^(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century" + _ERA_RE + "$"
)
_APPROX = re.compile(r"^(?:c\.|ca\.|circa|about|around|approximately|ca|c)\s*(?P<rest>.+)$")
_PART = re.compile(
    r"^(?P<part>" + "|".join(re.escape(w) for w in sorted(_PART_WORDS, key=len, reverse=True))
    + r")\s*(?P<rest>.+)$"
)
_PART_SUFFIX = re.compile(r"^(?P<rest>-?\d{1,4})-(?P<part>q[1-4]|h[12])$")
# "2019-2021": a hyphen between two four-digit years can only be a range
# (EDTF's 2019-12 is a month, and there is no month 20).
_YEAR_HYPHEN_RANGE = re.compile(r"^(?P<a>\d{4})\s*-\s*(?P<b>\d{4})$")
_RANGE_WORDS = re.compile(
    r"^(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|and|through|till)\s+(?P<b>.+)$"
    r"|^(?P<c>.+?)\s+(?:to|until|through|till)\s+(?P<d>.+)$"
    r"|^(?P<e>.+?)\s*[–—]\s*(?P<f>.+)$"
)


def parse_date(value: object) -> Date:
    """Read a YAML value into a Date, or raise DateError saying what is accepted."""
    if isinstance(value, _dt.datetime):
        return Date.from_date(value.date())
    if isinstance(value, _dt.date):
        return Date.from_date(value)
    if isinstance(value, bool):
        raise DateError(f"expected a date, got {value!r}; accepted forms: {ACCEPTED_FORMS}")
    if isinstance(value, int):
        return Date(value)
    if not isinstance(value, str):
        kind = type(value).__name__
        raise DateError(f"expected a date, got a {kind}; accepted forms: {ACCEPTED_FORMS}")
    text = " ".join(value.strip().split())
    if not text:
        raise DateError(f"the date is empty; accepted forms: {ACCEPTED_FORMS}")
    date = _parse_text(text)
    if date is None:
        raise DateError(f"cannot read {value!r} as a date; accepted forms: {ACCEPTED_FORMS}")
    return date


def _parse_text(text: str) -> Date | None:
    if "/" in text and not re.search(r"\d/\d{1,2}/\d", text):
        left, _, right = text.partition("/")
        return _make_range(left.strip(), right.strip())
    point = _parse_point(text)
    if point is not None:
        return point
    m = _YEAR_HYPHEN_RANGE.match(text)
    if m:
        return _make_range(m.group("a"), m.group("b"))
    m = _RANGE_WORDS.match(text.lower())
    if m:
        a, b = [g for g in m.groups() if g is not None]
        return _make_range(a, b)
    return None


def _make_range(left: str, right: str) -> Date | None:
    open_start = left in ("..", "")
    open_end = right in ("..", "")
    if open_start and open_end:
        return None
    start = None if open_start else _parse_point(left)
    end = None if open_end else _parse_point(right)
    if (start is None and not open_start) or (end is None and not open_end):
        return None
    if end is not None and end.is_range:
        return None
    if start is None:
        assert end is not None
        # "../2021": keep the known end as the date so it sorts where it belongs.
        return replace(end, open_start=True)
    if start.is_range:
        return None
    if end is not None and _mentions_bc(right) and not _mentions_era(left):
        # "44 to 30 BC": the era written once covers both ends.
        start = replace(start, year=1 - start.year) if start.year > 0 else start
    return replace(start, end=end, open_end=open_end)


def _mentions_era(text: str) -> bool:
    return bool(re.search(r"\b(b\.?\s?c|a\.?\s?d|c\.?\s?e)\b", text.lower()))


def _mentions_bc(text: str) -> bool:
    return bool(re.search(r"\bb\.?\s?c", text.lower()))


def _parse_point(text: str) -> Date | None:
    """One date, no range: EDTF, English words, then dateparser."""
    m = _EDTF_POINT.match(text)
    if m:
        return _from_edtf(m)
    low = text.lower().strip()
    m = _APPROX.match(low)
    if m and (m.group("rest")[:1].isdigit() or _PART.match(m.group("rest"))):
        inner = _parse_point(m.group("rest"))
        return replace(inner, approximate=True) if inner else None
    if low.endswith("?") and len(low) > 1:
        inner = _parse_point(low[:-1].strip())
        return replace(inner, uncertain=True) if inner else None
    m = _PART_SUFFIX.match(low)
    if m:
        return Date(int(m.group("rest")), precision=Precision.PART, part=m.group("part"))
    m = _PART.match(low)
    if m:
        inner = _parse_point(m.group("rest").strip())
        if inner is None or inner.precision != Precision.YEAR:
            return None
        return replace(inner, precision=Precision.PART, part=_PART_WORDS[m.group("part")])
    m = _DECADE.match(low)
    if m:
        return Date(int(m.group("year")), precision=Precision.DECADE)
    m = _CENTURY.match(low)
    if m:
        n = int(m.group("n"))
        if n < 1:
            return None
        if m.group("era") and m.group("era").startswith("b"):
            return Date(1 - n * 100, precision=Precision.CENTURY)
        return Date((n - 1) * 100, precision=Precision.CENTURY)
    for pattern in _WORD_FORMS:
        m = pattern.match(low)
        if m:
            return _from_words(m)
    return _from_dateparser(text)


def _from_edtf(m: re.Match[str]) -> Date:
    raw = m.group("year")
    q = m.group("q")
    flags = {"approximate": q in ("~", "%"), "uncertain": q in ("?", "%")}
    if "X" in raw:
        if m.group("month"):
            raise DateError(f"{m.group(0)!r}: an unspecified year cannot have a month")
        digits = raw.rstrip("X")
        unknown = len(raw) - len(digits)
        precision = {1: Precision.DECADE, 2: Precision.CENTURY, 3: Precision.MILLENNIUM}[unknown]
        year = int(digits.replace(" ", "")) * 10 ** unknown
        return Date(year, precision=precision, **flags)
    year = int(raw.lstrip("Y"))
    month = int(m.group("month")) if m.group("month") else None
    day = int(m.group("day")) if m.group("day") else None
    if month is not None and month > 12:
        if 21 <= month <= 24 and day is None:  # EDTF seasons
            part = ("spring", "summer", "autumn", "winter")[month - 21]
            return Date(year, precision=Precision.PART, part=part, **flags)
        if 33 <= month <= 36 and day is None:  # EDTF level 2 quarters
            return Date(year, precision=Precision.PART, part=f"q{month - 32}", **flags)
        raise DateError(f"{m.group(0)!r}: month {month} is not between 1 and 12")
    date = Date.ymd(year, month, day)
    return replace(date, **flags) if q else date


def _from_words(m: re.Match[str]) -> Date:
    groups = m.groupdict()
    year = int(groups["year"])
    era = (groups.get("era") or "").replace(".", "").replace(" ", "")
    if era.startswith("b"):
        if year == 0:
            raise DateError("there is no year 0 BC; 1 BC is followed by AD 1")
        year = 1 - year
    elif year == 0 and (era or groups.get("pre")):
        raise DateError("there is no year AD 0; 1 BC is followed by AD 1")
    month = MONTHS[groups["mon"]] if groups.get("mon") else None
    day = int(groups["day"]) if groups.get("day") else None
    return Date.ymd(year, month, day)


_DATEPARSER_PRECISION = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}


def _from_dateparser(text: str) -> Date | None:
    """The fallback for English the grammar does not know ("Tuesday, June 3rd 2025")."""
    if not re.search(r"\d{3,4}", text):
        return None  # without a year, dateparser would invent one from today
    from dateparser.date import DateDataParser  # slow import, rarely needed

    parser = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                         "RETURN_TIME_AS_PERIOD": False})
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj
    precision = _DATEPARSER_PRECISION.get(data.period or "day", Precision.DAY)
    if precision == Precision.DAY:
        return Date(d.year, d.month, d.day, Precision.DAY)
    if precision == Precision.MONTH:
        return Date(d.year, d.month, None, Precision.MONTH)
    return Date(d.year)


_TIMEX_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_TIMEX_MODS = {"START": "early", "MID": "mid", "END": "late"}
_TIMEX_VALUE = re.compile(
    r"^(?P<bc>BC)?(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|H(?P<half>[12])|W(?P<week>\d{2})(?P<weekend>-WE)?))?"
    r"(?:T.*)?$"
)
_TIMEX_COARSE = re.compile(r"^(?P<digits>\d{1,3})$")


def parse_timex_value(value: str, mod: str | None = None) -> Date | None:
    """A TIMEX3 ``value`` (as the tagger writes it) as a Date, or None.

    None means the value is no point on a timeline: a reference such as
    ``PRESENT_REF``, a duration, or a value with unknown digits (``XXXX-09``).
    A time of day keeps its day: a timeline entry is at most day-precise.
    A week becomes the range of its seven days, a weekend its Saturday and Sunday.
    """
    m = _TIMEX_VALUE.match(value)
    if m is None:
        c = _TIMEX_COARSE.match(value)
        if c is None:
            return None
        digits = c.group("digits")
        unknown = 4 - len(digits)
        precision = {1: Precision.DECADE, 2: Precision.CENTURY, 3: Precision.MILLENNIUM}[unknown]
        date = Date(int(digits) * 10 ** unknown, precision=precision)
    else:
        year = int(m.group("year"))
        if m.group("bc"):
            year = 1 - year
        try:
            if m.group("week"):
                monday = _dt.date.fromisocalendar(year, int(m.group("week")), 1)
                first = monday + _dt.timedelta(days=5) if m.group("weekend") else monday
                sunday = monday + _dt.timedelta(days=6)
                return replace(Date.from_date(first), end=Date.from_date(sunday))
            if m.group("season"):
                date = Date(year, precision=Precision.PART, part=_TIMEX_SEASONS[m.group("season")])
            elif m.group("quarter"):
                date = Date(year, precision=Precision.PART, part=f"q{m.group('quarter')}")
            elif m.group("half"):
                date = Date(year, precision=Precision.PART, part=f"h{m.group('half')}")
            else:
                month = int(m.group("month")) if m.group("month") else None
                day = int(m.group("day")) if m.group("day") else None
                date = Date.ymd(year, month, day)
        except (DateError, ValueError):
            return None
    if mod in _TIMEX_MODS and date.precision == Precision.YEAR:
        return replace(date, precision=Precision.PART, part=_TIMEX_MODS[mod])
    if mod == "APPROX":
        return replace(date, approximate=True)
    return date
