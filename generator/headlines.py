"""Short entry titles made from the sentence an event was found in.

A newsroom sentence is long; a timeline title is a line. The rules are
data (``data/headlines.yaml``): drop trailing attribution ("reported AP"),
a short introductory phrase, and a reporting frame ("X estimates that"),
then, if still too long, cut at the first clause break after the date
expression, and at a word with an ellipsis as the last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

TITLE_LIMIT = 100


@dataclass(frozen=True)
class _Rules:
    trailing: tuple[re.Pattern[str], ...]
    leading: tuple[re.Pattern[str], ...]
    frames: tuple[re.Pattern[str], ...]
    clause_breaks: tuple[str, ...]
    event_phrase: re.Pattern[str]


@cache
def _rules() -> _Rules:
    raw = yaml.safe_load(resources.files("generator").joinpath("data/headlines.yaml").read_text("utf-8"))
    compile_all = lambda key: tuple(re.compile(p, re.I) for p in raw.get(key) or ())  # noqa: E731
    openers = "|".join(re.escape(w) for w in raw.get("event_openers") or ())
    return _Rules(compile_all("trailing"), compile_all("leading"), compile_all("frames"),
                  tuple(raw.get("clause_breaks") or ()),
                  re.compile(rf"\b(?:{openers})\s+((?:the|a|an)\s.*)$", re.I))


def make_title(sentence: str, date_text: str | None = None, limit: int = TITLE_LIMIT) -> str:
    """A title for the event in ``sentence`` dated by ``date_text``."""
    rules = _rules()
    text = " ".join(sentence.split()).rstrip(" .!?")
    text = text.strip("\"'“”‘’")
    for group in (rules.trailing, rules.leading, rules.frames):
        for pattern in group:
            shorter = pattern.sub("", text, count=1)
            if date_text is None or date_text in shorter:
                text = shorter
    text = text.strip(" ,;:")
    if len(text) > limit and date_text and date_text in text:
        text = _shorten_around(text, date_text, limit, rules)
    text = shorten(text, limit)
    return text[:1].upper() + text[1:]


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters: cut at a word, an ellipsis marking the cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:.—–-") + "…"


def _shorten_around(text: str, date_text: str, limit: int, rules: _Rules) -> str:
    """The shortest reading of a long sentence that still says what happened when."""
    end = text.index(date_text) + len(date_text)
    cuts = [c for c in (text.find(b, end) for b in rules.clause_breaks) if c != -1]
    if cuts and min(cuts) <= limit:
        return text[: min(cuts)]  # "X met in Beijing on Tuesday for talks", up to the next clause
    if end <= limit and len(text[:end].split()) >= 4:
        return text[:end]  # "X met in Beijing on Tuesday"
    m = rules.event_phrase.search(text[:end])
    if m and len(m.group(1)) <= limit and " " in m.group(1)[4:]:
        return m.group(1)  # "... since the signing of a pact in June 2024" -> "the signing of ..."
    return text
