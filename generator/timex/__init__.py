"""Datelines' temporal tagger: find TIMEX3 DATE and TIME expressions in English text.

The knowledge is data (data/lexicon.yaml: words; data/patterns.yaml:
patterns and how to normalise them; data/tense.yaml: tense cues); the engine
is small and split by concern:

- ``lexicon`` and ``rules`` turn the data into compiled regexes, once;
- ``finder`` runs them and keeps the best non-overlapping spans, and
  ``fields`` reads what each span captured ("Sept" -> 9);
- ``resolve`` walks the spans in order: ``named`` places dates named by
  their parts ("Tuesday", "April"), ``relative`` steps from an anchor
  ("14 years ago"), ``anchoring`` keeps the document's date and the dates
  seen so far, ``tense`` says which way a clause points, ``periods`` and
  ``clock`` do the calendar arithmetic and print TIMEX3 values;
- ``order`` tells from the text whether 09/03/2025 is September or March;
- ``joining`` makes a day and the clock time written beside it one TIME
  ("Tue 5 Mar 2024 09.31 GMT");
- ``modifiers`` widens a span to "early", "about" ... in front of it.

``timeml`` and ``scoring`` read the evaluation corpora and score a run.
"""

from __future__ import annotations

import datetime as _dt

from . import order
from .finder import find
from .joining import join_timestamps
from .model import Timex
from .modifiers import extend_modifiers
from .resolve import resolve

__all__ = ["Timex", "tag"]


def tag(text: str, dct: _dt.date | None = None, *, month_first: bool = True) -> list[Timex]:
    """Timexes in text order.

    ``dct`` is the document creation time: relative expressions ("Tuesday",
    "last year") resolve against it. ``dct=None`` means narrative mode: they
    resolve against the dates found in the text, and stay unresolved (with
    X) if nothing anchors them. Numeric dates are read the way the text
    itself writes dates (``order``); ``month_first`` says how to read
    09/03/2025 when it shows neither: September 3 (US), or False for 3
    September.
    """
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    matches = find(text, month_first=order.month_first(text, month_first), narrative=dct is None)
    return extend_modifiers(text, join_timestamps(text, resolve(matches, text, dct)))
