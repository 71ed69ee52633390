"""Markdown for entry text: CommonMark with raw HTML switched off.

Entry text comes from articles and from people editing YAML; neither may
inject markup, so HTML in the text is shown as text, and links are limited
to safe schemes by markdown-it's own validator.
"""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markupsafe import Markup


@cache
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def render_markdown(text: str) -> Markup:
    return Markup(_md().render(text or ""))


def render_inline(text: str) -> Markup:
    """Markdown without the paragraph around it, for titles."""
    return Markup(_md().renderInline(text or ""))
