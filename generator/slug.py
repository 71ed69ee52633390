"""Slugs: the safe names used for content files, entry ids and URLs."""

from __future__ import annotations

import re
import unicodedata

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str, max_words: int | None = None) -> str:
    """ASCII, lower case, words joined by hyphens: "Kim Jong Un's visit" -> "kim-jong-un-s-visit"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)


def is_slug(text: str) -> bool:
    return bool(SLUG_RE.match(text))
