"""The word tables of data/lexicon.yaml, as lookups and as regex fragments.

The tagger's knowledge of English time words lives in data, so that people can
read and extend it; this module is the only place that knows the file's shape.
It turns each table into (a) a regex alternation, used by the patterns as
``{macro}``, and (b) a function that maps a matched word back to its value.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml


def load_data(name: str) -> Any:
    """Read one YAML file shipped in generator/timex/data/.

    A key written twice in one mapping is refused: YAML keeps the last one
    silently, and in patterns.yaml that drops a rule's value or condition
    without a word (a rule pasted into the middle of another did exactly
    that).
    """
    text = resources.files("generator.timex").joinpath("data", name).read_text(encoding="utf-8")
    loader = _UniqueKeyLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that names the file, line and column of a key written twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                mark = key_node.start_mark
                raise ValueError(f"{self.name}:{mark.line + 1}:{mark.column + 1}: key {key!r} is written twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _atoms(word: str) -> list[str]:
    """A word as regex atoms: spaces match any blanks, hyphens may be a space or nothing."""
    out = []
    for c in word:
        if c.isspace():
            if out and out[-1] == r"\s+":
                continue
            out.append(r"\s+")
        elif c == "-":
            out.append(r"[-\s]?")
        elif c in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(c))
    return out


def _trie_regex(node: dict[str, dict], terminal_key: str = "") -> str:
    """Emit a prefix-factored regex: Python's engine tries a trie far faster than a flat list."""
    branches = []
    terminal = False
    for atom, child in sorted(node.items()):
        if atom == terminal_key:
            terminal = True
            continue
        branches.append(atom + _trie_regex(child, terminal_key))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not terminal else "(?:" + "|".join(branches) + ")"
    if terminal:
        if len(branches) == 1:
            body = "(?:" + branches[0] + ")"
        return body + "?"  # greedy: the longer word is tried first
    return body


def alternation(words: list[str]) -> str:
    """One regex for a list of words and phrases; the longest match wins."""
    root: dict[str, dict] = {}
    for w in set(words):
        node = root
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return "(?:" + _trie_regex(root) + ")"


def _cased(word: str) -> list[str]:
    """The spellings of a proper noun we accept when case matters: Title and UPPER."""
    return [word[:1].upper() + word[1:], word.upper()]


def _case_sensitive(words: list[str]) -> str:
    return "(?-i:" + alternation(words)[3:]


def _key(text: str) -> str:
    """Lookup key for a matched word: lower case, single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).rstrip(".")


@dataclass
class Lexicon:
    """Lookups from words to values, and the regex macros built from them."""

    macros: dict[str, str] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    day_parts: dict[str, str] = field(default_factory=dict)
    clock_words: dict[str, str] = field(default_factory=dict)
    cardinals: dict[str, int | None] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    decade_words: dict[str, int] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    fixed_holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    # name -> [((month, day) or another holiday's name, words of the country)], the default first
    national_days: dict[str, list[tuple[tuple[int, int] | str, re.Pattern[str]]]] = field(default_factory=dict)
    weekday_holidays: dict[str, tuple[int, ...]] = field(default_factory=dict)  # month, weekday, n[, days after]
    easter_holidays: dict[str, int] = field(default_factory=dict)  # days from Easter Sunday
    lunar_holidays: dict[str, tuple[_dt.date, ...]] = field(default_factory=dict)  # name -> its days, by year
    order_countries: dict[str, list[str]] = field(default_factory=dict)  # day_first / month_first -> words
    hemisphere: dict[str, list[str]] = field(default_factory=dict)  # south / north -> places
    sport_seasons: dict[str, tuple[int, int]] = field(default_factory=dict)  # league -> first, last month
    eras: dict[str, str] = field(default_factory=dict)
    proper_words: frozenset[str] = frozenset()  # words English capitalises anywhere: months, weekdays, holidays


def place_words(words: list[str]) -> re.Pattern[str]:
    """Names of countries and places, as written and in a dateline's capitals
    ("HARARE —"); case matters otherwise ("US", not "us")."""
    forms = {w for word in words for w in (word, word.upper() if len(word) > 3 else word)}
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(forms, key=len, reverse=True)))})(?!\w)")


def _build() -> Lexicon:
    data = load_data("lexicon.yaml")
    lex = Lexicon()
    m = lex.macros

    ambiguous = set(data["ambiguous_months"])
    full_plain: list[str] = []
    full_cased: list[str] = []
    abbrevs: list[str] = []
    for number, names in data["months"].items():
        full, *short = names
        lex.months[full] = int(number)
        (full_cased if full in ambiguous else full_plain).append(full)
        for s in short:
            lex.months[s] = int(number)
            abbrevs.append(s)
    cased_full = [c for w in full_cased for c in _cased(w)]
    m["month_full"] = "(?:" + alternation(full_plain) + "|" + _case_sensitive(cased_full) + ")"
    cased_abbr = [c for w in abbrevs for c in _cased(w)]
    m["month_abbr"] = _case_sensitive(cased_abbr) + r"(?:\.|(?=\s*\d))"
    m["month_abbr_bare"] = _case_sensitive([a for a in cased_abbr if a[0].isupper()]) + r"\b\.?"  # "20 Sep"
    m["month"] = f"(?:{m['month_full']}|{m['month_abbr']})"
    # A month name that can stand alone without a date context.
    m["month_safe"] = alternation(full_plain)
    m["month_ambiguous"] = _case_sensitive(cased_full)

    for number, names in data["weekdays"].items():
        for n in names:
            lex.weekdays[n] = int(number)
    m["weekday"] = alternation([n for names in data["weekdays"].values() for n in names])
    abbr = []
    for number, names in data["weekday_abbreviations"].items():
        for n in names:
            lex.weekdays[n] = int(number)
            abbr.extend(_cased(n))
    m["weekday_abbr"] = _case_sensitive(abbr) + r"(?:\.|(?=,?\s*\d|,?\s+" + m["month"] + "))"

    def table(name: str, target: dict[str, Any], macro: str) -> None:
        words = []
        for value, names in data[name].items():
            for n in names:
                target[n] = value
                words.append(n)
        m[macro] = alternation(words)

    table("seasons", lex.seasons, "season")
    table("day_parts", lex.day_parts, "day_part")
    table("clock_words", lex.clock_words, "clock_word")
    table("units", lex.units, "unit")
    table("modifiers", lex.modifiers, "mod")
    table("eras", lex.eras, "era")
    for code in ("START", "MID", "END", "APPROX"):
        m["mod_" + code.lower()] = alternation(data["modifiers"][code])
    for unit, names in data["units"].items():
        m["unit_" + unit] = alternation(names)
    for decade, names in data["decade_words"].items():
        for n in names:
            lex.decade_words[n] = int(decade)
    m["decade_word"] = alternation(list(lex.decade_words))

    # Cardinals 1..99 as words.
    units_ = data["cardinal_units"]
    teens = data["cardinal_teens"]
    tens = data["cardinal_tens"]
    for w, v in {**units_, **teens, **tens}.items():
        lex.cardinals[w] = v
    for tw, tv in tens.items():
        for uw, uv in units_.items():
            lex.cardinals[f"{tw}-{uw}"] = tv + uv
            lex.cardinals[f"{tw} {uw}"] = tv + uv
    for w in data["cardinal_one"]:
        lex.cardinals[w] = 1
    for w in data["cardinal_vague"]:
        lex.cardinals[w] = None
    m["cardinal_units_word"] = alternation(list(units_))
    m["cardinal_teens_word"] = alternation(list(teens))
    m["cardinal_tens_word"] = alternation(list(tens))
    special = set(data["cardinal_one"]) | set(data["cardinal_vague"])
    m["cardinal_word"] = alternation([w for w in lex.cardinals if w not in special])
    m["cardinal_one"] = alternation(data["cardinal_one"])
    m["cardinal_vague"] = alternation(data["cardinal_vague"])

    ounits = data["ordinal_units"]
    oteens = data["ordinal_teens"]
    otens = data["ordinal_tens"]
    for w, v in {**ounits, **oteens, **otens}.items():
        lex.ordinals[w] = v
    for tw, tv in tens.items():
        for uw, uv in ounits.items():
            lex.ordinals[f"{tw}-{uw}"] = tv + uv
            lex.ordinals[f"{tw} {uw}"] = tv + uv
    m["ordinal_word"] = alternation(list(lex.ordinals))
    m["ordinal_word_day"] = alternation([w for w, v in lex.ordinals.items() if 1 <= v <= 31])

    for mmdd, names in data["fixed_holidays"].items():
        month, day = (int(x) for x in mmdd.split("-"))
        for n in names:
            lex.fixed_holidays[n] = (month, day)
    for name, dates in data["national_days"].items():
        lex.national_days[name] = []
        for when, words in dates.items():
            # "MM-DD", or the name of another holiday ("mothering sunday")
            day: tuple[int, int] | str = tuple(int(x) for x in when.split("-")) if when[0].isdigit() else when  # type: ignore[assignment]
            lex.national_days[name].append((day, place_words(words)))
        first = lex.national_days[name][0][0]
        if isinstance(first, tuple):
            lex.fixed_holidays[name] = first  # matched like any fixed holiday
    for name, spec in data["weekday_holidays"].items():
        lex.weekday_holidays[name] = tuple(spec)
    lex.easter_holidays = {name: int(days) for name, days in data["easter_holidays"].items()}
    lex.order_countries = {k: list(data["numeric_date_order"][k]) for k in ("day_first", "month_first")}
    lex.hemisphere = {k: list(data["hemisphere"][k]) for k in ("south", "north")}
    lex.sport_seasons = {name: (int(first), int(last)) for name, (first, last) in data["sport_seasons"].items()}
    for spec in load_data("lunar_holidays.yaml").values():
        for name in spec["names"]:
            lex.lunar_holidays[name] = tuple(spec["days"])
    proper = set()
    tables = (lex.months, lex.weekdays, lex.fixed_holidays, lex.weekday_holidays, lex.easter_holidays,
              lex.lunar_holidays, lex.eras,
              lex.decade_words)  # "the Sixties" is written with a capital too
    for table in tables:
        for name in table:
            proper.update(re.findall(r"[a-z]+", name))
    proper.update(w.lower() for w in data.get("proper_words", []))
    lex.proper_words = frozenset(proper)
    m["fixed_holiday"] = alternation(list(lex.fixed_holidays))
    # Holidays that move from year to year, by weekday rule, with Easter or with the moon.
    moving = [*lex.weekday_holidays, *lex.easter_holidays, *lex.lunar_holidays]
    m["weekday_holiday"] = alternation(moving)
    m["any_holiday"] = alternation([*lex.fixed_holidays, *moving])
    # Words that begin a title when capitalised before "in"/"of" (finder.looks_like_title).
    plural_units = [u for u in lex.units if u.endswith("s")]
    single_words = [w for w in [*lex.cardinals, *lex.ordinals] if w.isalpha()]
    m["title_word"] = alternation([w.capitalize() for w in [*single_words, *plural_units, *data["title_nouns"]]])
    return lex


@cache
def lexicon() -> Lexicon:
    """The lexicon is read once per process: tagging must not touch the disk."""
    return _build()


def lookup(table: dict[str, Any], text: str) -> Any:
    """Find a matched word in a table, forgiving case, spacing, hyphens and a trailing period."""
    raw = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    if raw in table:
        return table[raw]
    key = _key(text)
    if key in table:
        return table[key]
    alt = key.replace("-", " ")
    if alt in table:
        return table[alt]
    alt = key.replace(" ", "-")
    if alt in table:
        return table[alt]
    alt = re.sub(r"[\s-]+", "", key)
    for k, v in table.items():
        if re.sub(r"[\s-]+", "", k) == alt:
            return v
    raise KeyError(text)
