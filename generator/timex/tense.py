"""Guessing the tense of the clause around an expression, from the words near it.

We have no part-of-speech tagger (and want none: speed matters), but English
marks the future with a few auxiliaries and the past with '-ed' and a closed
list of irregular verbs, which is enough to decide whether "Friday" is the
last one or the next. The word lists live in data/tense.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import alternation, load_data

_SENTENCE_END = re.compile(r"[.!?;:]\s+(?=[A-Z\"“'‘`(])|\n\s*\n|``|''|[\"“”]")
# A period after these is an abbreviation, not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "mr ms mrs dr st jr sr inc corp co ltd no gen gov sen rep lt col maj capt sgt messrs "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs mt ft u.s u.n u.k".split()
)
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_TO_BEFORE = re.compile(r"(?<![\w'’])to\s+$", re.IGNORECASE)
# An article or possessive right before a word: "a planned strike", "the Dec. 21, 1988, bombing".
DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|the|its|their|his|her|our|your)\s+$", re.IGNORECASE)
_WINDOW = 160


@dataclass(frozen=True)
class _Cues:
    pattern: re.Pattern[str]
    kinds: dict[str, str]
    not_past: frozenset[str]
    past_after: frozenset[str]
    be_before: re.Pattern[str]
    had_before: re.Pattern[str]
    had_word: re.Pattern[str]
    past_perfect: re.Pattern[str]
    did_before: re.Pattern[str]
    deadline_before: re.Pattern[str]
    since_before: re.Pattern[str]
    moved_before: re.Pattern[str]


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("’", "'").split())


@cache
def _cues() -> _Cues:
    data = load_data("tense.yaml")
    kinds: dict[str, str] = {}
    for kind in ("future", "present", "past", "scheduled"):
        for w in data[kind]:
            kinds[_norm(w)] = kind
    words = alternation([w for w in kinds if not w.startswith("'")])
    # Contractions ("we're", "they'll", "she'd") follow their word: the
    # apostrophe comes right after a letter, either straight or curly.
    clitics = alternation([w[1:] for w in kinds if w.startswith("'")])
    pattern = re.compile(
        rf"(?:(?<![\w'’])(?P<word>{words})|(?<=\w)['’](?P<clitic>{clitics})|(?<![\w'’])(?P<ed>[A-Za-z]{{3,}}ed))(?!\w)",
        re.IGNORECASE,
    )
    be = alternation(data["be_forms"])
    had = alternation(data["past_perfect"])
    return _Cues(
        pattern=pattern,
        kinds=kinds,
        not_past=frozenset(_norm(w) for w in data["not_past"]),
        past_after=frozenset(_norm(w) for w in data["past_after"]),
        be_before=re.compile(rf"(?<![\w'’]){be}\s+(?:\w+ly\s+)?$", re.IGNORECASE),
        had_before=re.compile(rf"(?<![\w'’]){had}\s+(?:\w+ly\s+)?$", re.IGNORECASE),
        had_word=re.compile(rf"(?<![\w'’]){had}(?![\w'’])", re.IGNORECASE),
        # "had" and a past participle: -ed, -en and the endings of the common irregular ones
        past_perfect=re.compile(
            rf"(?<![\w'’]){had}\s+(?:(?:not|never|already|just|long|\w+ly)\s+)?"
            r"(?:been|[a-z]+(?:ed|en|wn|ne|ght|lt|pt|nt|ung|un|uck|ood|id|ade|ost|on|ot|eft|et|ut|ad))(?![\w'’])",
            re.IGNORECASE,
        ),
        did_before=re.compile(rf"(?<![\w'’]){alternation(data['did_forms'])}\s+(?:\w+ly\s+)?$", re.IGNORECASE),
        deadline_before=re.compile(
            rf"\w[^.!?]*\s(?:{alternation(data['deadline'])})\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
        ),
        moved_before=re.compile(
            rf"(?<![\w'’]){alternation(data['moved_deadline'])}(?![\w'’])[^.!?;]*\s"
            rf"{alternation(data['moved_to'])}\s+$",
            re.IGNORECASE,
        ),
        since_before=re.compile(
            rf"(?<![\w'’])(?:{alternation(data['since'])})\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
        ),
    )


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if text[m.start()] != ".":
        return True
    w = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
    if not w:
        return True
    word = w.group(1).lower().strip(".")
    return not (len(word) == 1 or word in _ABBREVIATIONS)


def sentences_between(text: str, a: int, b: int) -> int:
    """How many sentences end between two offsets: 0 when both lie in one sentence."""
    return sum(1 for m in _SENTENCE_END.finditer(text, a, b) if _is_boundary(text, m))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause-ish stretch around a span: up to sentence ends or quotation marks."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = lo
    # Search one character past the span's start: the lookahead for a capital
    # must see it when a sentence begins with the expression itself.
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):
        if m.end() <= start and _is_boundary(text, m):
            left = m.end()
    right = hi
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _is_boundary(text, m):
            right = m.start() + 1
            break
    return left, right


def _kind(cues: _Cues, text: str, m: re.Match[str]) -> str | None:
    if m.group("clitic"):
        kind = cues.kinds["'" + m.group("clitic").lower()]
    elif m.group("word"):
        if m.group("word") == "May":
            return None  # the month ("agreed in May to meet Tuesday"), not the modal
        kind = cues.kinds[_norm(m.group("word"))]
    else:
        word = _norm(m.group("ed"))
        if word in cues.not_past or word.startswith("un") or DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return None  # an adjective: "uninterrupted access", "a planned strike"
        kind = "past"
    before = text[max(0, m.start() - 20) : m.start()]
    if cues.had_before.search(before):
        return "past"
    if kind == "scheduled":
        if cues.did_before.search(before):
            return "past"
        if _TO_BEFORE.search(before):
            return None  # an infinitive ("flew to Geneva to meet him Monday"): the verb governing it decides
        return "future"
    if kind == "past" and cues.be_before.search(before):
        return None  # a passive participle: its auxiliary is the cue
    if kind == "past" and _TO_BEFORE.search(before):
        return None  # "to have a draft ready by March": an infinitive, not a perfect
    return kind


def guess_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'present', 'future', or None when the sentence gives no cue.

    The nearest cue before the expression wins; without one, the nearest
    after it.
    """
    cues = _cues()
    left, right = sentence_bounds(text, start, end)
    if cues.deadline_before.search(text, left, start) or cues.moved_before.search(text, left, start):
        clause = max(left, text.rfind(",", left, start) + 1, text.rfind(";", left, start) + 1)
        if not cues.had_word.search(text, clause, start):
            return "future"  # but "had never seen the tower until Tuesday" looks back
    if cues.since_before.search(text, left, start):
        return "past"
    before: str | None = None
    after: str | None = None
    for m in cues.pattern.finditer(text, left, start):
        kind = _kind(cues, text, m)
        if kind:
            before = kind
    if before:
        return before
    for m in cues.pattern.finditer(text, end, right):
        kind = _kind(cues, text, m)
        if kind == "future" and m.group("word") and _norm(m.group("word")) in cues.past_after:
            kind = "past"
        if kind:
            after = kind
            break
    return after


def after_since(text: str, start: int) -> bool:
    """Whether "since" governs the expression: "the first time since 1614" looks back, it does not move a story."""
    return _cues().since_before.search(text, max(0, start - 40), start) is not None


def in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether the expression's sentence is told in the past perfect, a look back from the story's time.

    "She had been launched at Belfast the previous year": the year is a
    flashback, and the next "in early May" is still in the story's year.
    """
    left, right = sentence_bounds(text, start, end)
    left = max(left, text.rfind(";", left, start) + 1)  # the clause: "In 1945 X happened; by April it had ..."
    for opener in _CLAUSE_OPENER.finditer(text, max(left, start - 80), start):
        left = max(left, opener.end())  # "had been quiet for centuries when it began to erupt on 20 May 1883"
    semicolon = text.find(";", end, right)
    return _cues().past_perfect.search(text, left, semicolon if semicolon >= 0 else right) is not None


# Where a new clause begins before the expression ("... had taken the fort, and
# on 3 May the government appealed"): the clause starts after the last one.
_CLAUSE_OPENER = re.compile(r"\bwhen\b|, (?:and|but|while)\b", re.IGNORECASE)


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+[a-z]")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|by|for|of|from|with|when|as|after|before|until|since|is|was|were|are|"
    r"will|would|had|has|have|the|a|an|that|which|who|it|he|she|they)\b)[a-z]+\b(?!['’])"
)


def attributive(text: str, start: int, end: int) -> bool:
    """A date that names an event ("the June 2 election", "Yesterday's
    referendum") rather than saying when the clause happens: a clock time
    nearby is not on that day ("four months after winning the June 2
    election ... The ceremony began at 11 a.m.")."""
    if _POSSESSIVE_NOUN.match(text, end):
        return True
    return bool(DETERMINER_BEFORE.search(text, max(0, start - 8), start)) and bool(_NOUN_AFTER.match(text, end))
