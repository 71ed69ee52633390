"""Guessing the tense of the clause around an expression, from the words near it.

We have no part-of-speech tagger (and want none: speed matters), but English
marks the future with a few auxiliaries and the past with '-ed' and a closed
list of irregular verbs, which is enough to decide whether "Friday" is the
last one or the next. The word lists live in data/tense.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, load_data

_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"“'‘(])|\n\s*\n")
_WINDOW = 120


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str]]:
    data = load_data("tense.yaml")
    future = alternation(data["future"])
    past = alternation(data["past"])
    not_past = frozenset(w.lower() for w in data["not_past"])
    pattern = re.compile(
        rf"(?<![\w'’])(?:(?P<future>{future})|(?P<past>{past})|(?P<ed>[A-Za-z]{{3,}}ed))(?!\w)",
        re.IGNORECASE,
    )
    return pattern, not_past


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, hi)
    right = m.start() + 1 if m else hi
    return left, right


def guess_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', or None when the sentence gives no cue.

    The nearest cue wins; a cue before the expression counts a little more
    than one after it, since English puts the verb first ("was sold Friday",
    "will meet Tuesday").
    """
    pattern, not_past = _cues()
    left, right = _sentence_bounds(text, start, end)
    best: tuple[float, str] | None = None
    for m in pattern.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        if m.group("ed") and m.group("ed").lower() in not_past:
            continue
        kind = "future" if m.group("future") else "past"
        if m.end() <= start:
            distance = start - m.end()
        else:
            distance = (m.start() - end) * 1.5 + 10
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None
