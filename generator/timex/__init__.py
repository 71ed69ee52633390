"""Datelines' temporal tagger: find TIMEX3 DATE and TIME expressions in English text.

The knowledge is data (data/lexicon.yaml: words; data/patterns.yaml:
patterns and how to normalise them; data/tense.yaml: tense cues); the engine
is small and split by concern: ``rules`` compiles the patterns, ``finder``
picks the spans, ``resolve`` anchors and normalises them (with ``tense`` and
``periods``), and ``modifiers`` widens spans to modifiers like "early".
"""

from __future__ import annotations

import datetime as _dt

from .finder import find
from .model import Timex
from .modifiers import extend_modifiers
from .resolve import resolve

__all__ = ["Timex", "tag"]


def tag(text: str, dct: _dt.date | None = None, *, month_first: bool = True) -> list[Timex]:
    """Timexes in text order.

    ``dct`` is the document creation time: relative expressions ("Tuesday",
    "last year") resolve against it. ``dct=None`` means narrative mode: they
    resolve against the dates found in the text, and stay unresolved (with
    X) if nothing anchors them. ``month_first`` reads 09/03/2025 as
    September 3 (US); set it False for 3 September.
    """
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    matches = find(text, month_first=month_first)
    return extend_modifiers(text, resolve(matches, text, dct))
