"""Markdown for entry text: CommonMark with raw HTML switched off.

Entry text comes from articles and from people editing YAML; neither may
inject markup, so HTML in the text is shown as text, and links are limited
to safe schemes by markdown-it's own validator.
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.headlines import shorten


@cache
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


@lru_cache(maxsize=16384)
def render_markdown(text: str) -> Markup:
    """Cached: a build renders each entry's text on several pages, the feed and the exports."""
    return Markup(_md().render(text or ""))


def render_inline(text: str) -> Markup:
    """Markdown without the paragraph around it, for titles."""
    return Markup(_md().renderInline(text or ""))


_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|br|hr)\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain_text(text: str, limit: int | None = None) -> str:
    """The words of a markdown text without markup, for descriptions and the search index.

    The rendered HTML has no raw HTML from the input (it is escaped), so
    removing tags and unescaping entities gives back exactly the words.
    """
    words = _SPACE.sub(" ", html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", str(render_markdown(text)))))).strip()
    return words if limit is None else shorten(words, limit)
