"""The tagger's public result type.

Kept in its own module so that every other part of the package (and the
extract stage) can import it without pulling in the regex machinery.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, with its TIMEX3 normalisation.

    ``start``/``end`` index the text given to ``tag`` so that
    ``text == source[start:end]``; ``value`` carries only the precision the
    text gives ("June 2024" is ``2024-06``, never a day).
    """

    start: int
    end: int
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str
    mod: str | None = None


def date_or_time(value: str) -> str:
    """TIME when a value has a time of day ("2025-09-02T15:00", "2025-09-03TMO"), else DATE."""
    return "TIME" if "T" in value[4:] and not value.endswith("_REF") else "DATE"
