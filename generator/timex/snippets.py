"""Reading our own annotated news snippets (JSON lines) as documents the scorer takes.

TimeBank and AQUAINT are 1989-2000 wire copy; the snippets are present-day
news, history prose and traps, annotated by us to TimeML's rules. Each line:
``{"id", "dct" (YYYY-MM-DD or null for narrative text), "text", "expect":
[{"text", "value"}]}``; an expected text occurs once in its snippet as
whole words ("1890" beside "the 1890s"), which is how its offsets are found.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

from .model import date_or_time
from .timeml import GoldTimex, TimeMLDocument


def read_snippets(path: Path | str) -> list[TimeMLDocument]:
    """One document per line; gold spans are DATE, TIME when the value has a time of day."""
    docs: list[TimeMLDocument] = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        gold = []
        for e in item["expect"]:
            hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(e['text'])}(?!\w)", text)]
            if len(hits) != 1:
                raise ValueError(f"{path}:{lineno}: {e['text']!r} must occur exactly once in its text, as words")
            start = hits[0]
            gold.append(GoldTimex(start, start + len(e["text"]), e["text"], date_or_time(e["value"]), e["value"]))
        dct = _dt.date.fromisoformat(item["dct"]) if item.get("dct") else None
        docs.append(TimeMLDocument(item["id"], dct, text, tuple(sorted(gold, key=lambda g: g.start))))
    return docs
