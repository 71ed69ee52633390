"""The plain data that flows between the stages of the pipeline.

    seeds/*  --articles-->  Article  --extract-->  Entry...  --store-->  content/*.yaml
    content/*.yaml  --store-->  Timeline  --render-->  site/

Each stage takes and returns these dataclasses, so each can be tested alone.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from generator.dates import Date


@dataclass(frozen=True)
class Article:
    """A source article as its author wrote it."""

    path: Path
    slug: str  # names the content file: content/<slug>.yaml
    title: str
    published: _dt.date | None
    text: str  # the body, paragraphs separated by blank lines
    url: str | None = None
    source: str | None = None  # the publication, e.g. "AP"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where a file of entries came from: the header of content/<slug>.yaml."""

    file: str | None = None  # path of the article, relative to the project
    title: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    name: str | None = None  # the publication


@dataclass(frozen=True)
class Location:
    """Where a value sits in a YAML file, for error messages (1-based)."""

    path: Path
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Entry:
    """One dated event on the timeline."""

    id: str
    date: Date
    title: str
    text: str = ""  # markdown
    quote: str | None = None  # the sentence it was extracted from, as written
    date_text: str | None = None  # the date expression, as written
    tags: tuple[str, ...] = ()
    source: Source | None = None
    links: tuple[tuple[str, str], ...] = ()  # extra (title, url) sources
    location: Location | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[tuple[int, int, int, int], str]:
        return (self.date.sort_key(), self.id)


@dataclass(frozen=True)
class Timeline:
    """Every entry of a project, in chronological order."""

    entries: tuple[Entry, ...]

    @classmethod
    def of(cls, entries: list[Entry] | tuple[Entry, ...]) -> Timeline:
        return cls(tuple(sorted(entries, key=Entry.sort_key)))

    def years(self) -> list[tuple[str, list[Entry]]]:
        """Entries grouped under their year heading, in order."""
        groups: list[tuple[str, list[Entry]]] = []
        for entry in self.entries:
            label = entry.date.year_label()
            if not groups or groups[-1][0] != label:
                groups.append((label, []))
            groups[-1][1].append(entry)
        return groups
