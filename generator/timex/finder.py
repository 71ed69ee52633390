"""Finding temporal expressions: run every rule, keep the best non-overlapping matches.

Finding spans is separate from deciding what they mean, so that a span rule can
be tested (and blamed) on its own. Where matches overlap, the longest wins:
"Sept. 3, 2025" must beat "Sept. 3" and "2025"; negative rules take part in
the same contest so that they can veto a span ("the 80th anniversary").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .fields import read_fields
from .lexicon import lexicon
from .rules import Rule, rules

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”'‘’`(\[—–-]|\n\s*\n)\s*$")


_YEAR_IN = re.compile(r"\b[12][0-9]{3}\b")
# A text that is plainly history, where "in 476" is a year: it names an era,
# a century by number, a dynasty, or a year before 1500 ("in 1066").
_HISTORY = re.compile(
    r"(?-i:\b(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\b)|\b(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth) centur(?:y|ies)\b|\bdynast(?:y|ies)\b|\b(?:in|since|by|until|of) 1[0-4][0-9]{2}\b",
    re.IGNORECASE,
)


@cache
def _title_before() -> re.Pattern[str]:
    """'Seven Days in May', 'The Ninth of November': a number or time noun capitalised
    in mid-sentence before "in" or "of" is a title (the words: lexicon.yaml)."""
    words = lexicon().macros["title_word"]
    return re.compile(rf"(?<![.!?]\s)(?<!^)\b(?:{words}) (?:in|of|of the) $")


@dataclass(frozen=True)
class Match:
    """A span claimed by one rule, with the fields it captured, already read."""

    start: int
    end: int
    rule: Rule
    fields: dict[str, Any]


_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“‘']$")
_QUOTE_CLOSE = re.compile(r"[,.!?]?[\"”’'](?![A-Za-z])")
_TITLE_SMALL = frozenset("a an and as at by for from in of on or the to with 's s".split())


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """'U2's "Sunday Bloody Sunday"', '"Saturday Night Live"', '"1917"': a date
    inside a short quotation in title case is a title's. Quoted speech ("We
    meet Friday," he said) has words in lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - 60)
    opening = None
    for i in range(start - 1, lo - 1, -1):
        if text[i] in "\"“”‘’'" and _QUOTE_OPEN.search(text, lo, i + 1):
            opening = i
            break
        if text[i] in "\"”":
            return False  # a quotation closed before the date
    if opening is None:
        return False
    close = None
    for i in range(end, min(line_end, end + 60)):
        if text[i] in "\"”’'" and _QUOTE_CLOSE.match(text, i if text[i - 1] not in ",.!?" else i - 1):
            close = i
            break
    if close is None:
        return False
    quoted = text[opening + 1 : close].rstrip(",.!?")
    if quoted.strip() == text[start:end] and not quoted.isdigit():
        return False  # a date quoted whole: 'dated "March 5, 2024"' (but "1917" is a film)
    words = re.findall(r"[A-Za-z0-9']+", quoted)
    if not words or len(words) > 8:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def looks_like_title(text: str, start: int, end: int) -> bool:
    """A common time word capitalised in mid-sentence names a show or a film, not a date.

    English capitalises "today" or "week" only at the start of a sentence or
    in a title ("This Week", "High Noon", "VOA Today"); months and weekdays
    are capitalised everywhere and prove nothing.
    """
    span = text[start:end]
    if _in_quoted_title(text, start, end):
        return True
    if span.isupper():
        return False  # a headline in capitals
    if _YEAR_IN.search(span):
        return False  # a headline in title case: "Reports Third Quarter 2024 Results", "Fiscal Year 2025"
    proper = lexicon().proper_words
    for i, w in enumerate(_WORD.finditer(span)):
        word = w.group()
        if not word[0].isupper() or word.lower() in proper or (len(word) > 1 and word.isupper()):
            continue
        if i == 0 and _SENTENCE_START.search(text, max(0, start - 20), start):
            continue
        return True
    return _title_before().search(text, max(0, start - 24), start) is not None


def find(text: str, *, month_first: bool = True, narrative: bool = False) -> list[Match]:
    """Matches in text order; overlaps are resolved and negative rules dropped.

    ``narrative``: the text has no document date, so rules marked ``when:
    narrative`` apply.
    """
    candidates: list[Match] = []
    folded = text.casefold()
    for rule in rules():
        if rule.needs and not any(word in folded for word in rule.needs):
            continue  # the text lacks a word every match of this rule contains
        if rule.when == "month_first" and not month_first:
            continue
        if rule.when == "day_first" and month_first:
            continue
        if rule.when == "narrative" and not narrative:
            continue
        if rule.when == "history" and not _HISTORY.search(text):
            continue
        for m in rule.regex.finditer(text):
            start, end = m.span()
            if start == end or not rule.context_ok(text, start, end):
                continue
            if rule.template.kind != "none" and looks_like_title(text, start, end):
                continue
            try:
                values = read_fields(m.groupdict())
            except (KeyError, ValueError):
                continue  # a word the tables do not know: not ours to guess
            candidates.append(Match(start, end, rule, values))
    candidates.sort(key=lambda c: (-(c.end - c.start), c.rule.order, c.start))
    taken: list[Match] = []
    occupied: list[tuple[int, int]] = []
    for c in candidates:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        occupied.append((c.start, c.end))
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return [c for c in taken if c.rule.template.kind != "none"]
