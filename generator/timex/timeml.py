"""Reading TimeML documents (TempEval-3 ``.tml`` files) into plain text and gold spans.

The evaluation corpora are TimeML XML; the metric needs the text exactly as a
tagger sees it (every tag removed, entities unescaped) and each gold TIMEX3's
character offsets into that text, so we walk the ``<TEXT>`` element ourselves
instead of trusting any pre-computed offsets.
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 element of a TimeML document, located in the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document reduced to what a tagger evaluation needs."""

    name: str
    dct: _dt.date | None  # None: narrative text, anchored on its own dates (our snippets only)
    text: str
    gold: tuple[GoldTimex, ...] = field(default_factory=tuple)


def parse_dct(value: str) -> _dt.date:
    """DCT values may carry a time (``1998-02-06T22:19:00``); the date is what anchors."""
    return _dt.date.fromisoformat(value[:10])


def read_timeml(path: Path | str) -> TimeMLDocument:
    """Read one ``.tml`` file; offsets are computed over the tag-free text of ``<TEXT>``."""
    path = Path(path)
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> element")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    found: list[tuple[int, int, ET.Element]] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                found.append((start, pos, child))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el)
    text = "".join(parts)
    gold = [
        GoldTimex(start, end, text[start:end], el.get("type", ""), el.get("value", ""), el.get("mod"))
        for start, end, el in found
    ]
    return TimeMLDocument(name=path.stem, dct=parse_dct(dct_el.get("value", "")), text=text, gold=tuple(gold))


def read_corpus(folder: Path | str) -> list[TimeMLDocument]:
    """All ``.tml`` documents of a folder, in name order so runs are reproducible."""
    return [read_timeml(p) for p in sorted(Path(folder).glob("*.tml"))]
