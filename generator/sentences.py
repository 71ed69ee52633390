"""Splitting an article's text into sentences, with their offsets.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quotes or
brackets) followed by space and a capital, digit or opening quote, unless
the word before the full stop is an abbreviation listed in
``data/abbreviations.txt`` ("Sept.", "U.S.", "p.m.") or a single initial.
Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@cache
def abbreviations() -> frozenset[str]:
    data = resources.files("generator").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip() for line in data.splitlines()
                     if line.strip() and not line.startswith("#"))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text``."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        start = para.start()
        for m in _BOUNDARY.finditer(text, para.start(), para.end()):
            if m.group().startswith(".") and _is_abbreviation(text, start, m.start()):
                continue
            _append(out, text, start, m.end())
            start = m.end()
        _append(out, text, start, para.end())
    return out


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[sentence_start:dot])
    if word is None:
        return False
    w = word.group(1).lower().rstrip(".")
    return len(w) == 1 or w in abbreviations()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))
