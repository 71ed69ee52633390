"""A link checker that is part of the build, as in Zola.

Every ``href`` and ``src`` of every page that points inside the site must
name a file the build wrote, and every ``#fragment`` an ``id`` on its page;
a broken link fails the build instead of reaching readers.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

from generator.errors import Problem

_LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
               ("source", "src"), ("area", "href"), ("iframe", "src")}

# A tokenizer of start tags, not a full HTML parser: it only needs ids and
# link attributes, and has to be fast (a 5,000-entry site has 5,000 pages).
# Comments and the bodies of <script> and <style> are blanked first, keeping
# their newlines, so that nothing inside them counts and line numbers hold.
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAW_TEXT = re.compile(r"(<(script|style)\b[^>]*>)(.*?)(</\2\s*>)", re.S | re.I)
_START_TAG = re.compile(r"""<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def _newlines(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


class _Collector:
    """The ids of a page and its links, with the offset where each link is."""

    def __init__(self, text: str) -> None:
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()
        text = _COMMENT.sub(_newlines, text)
        text = _RAW_TEXT.sub(lambda m: m.group(1) + "\n" * m.group(3).count("\n") + m.group(4), text)
        self.text = text  # same lines as the page, so offsets in it give the page's line numbers
        for tag in _START_TAG.finditer(text):
            name = tag.group(1).lower()
            for attr in _ATTR.finditer(tag.group(2)):
                value = attr.group(2) if attr.group(2) is not None else \
                    attr.group(3) if attr.group(3) is not None else attr.group(4)
                if value is None:
                    continue
                key = attr.group(1).lower()
                if key == "id":
                    self.ids.add(html.unescape(value))
                elif (name, key) in _LINK_ATTRS:
                    self.links.append((html.unescape(value), tag.start()))

    def line(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def check_links(files: dict[str, bytes], base_path: str) -> list[Problem]:
    """Broken internal links in the HTML of ``files`` (site-relative path -> bytes)."""
    parsed: dict[str, _Collector] = {}
    for path, data in files.items():
        if path.endswith(".html"):
            parsed[path] = _Collector(data.decode("utf-8"))
    problems: list[Problem] = []
    for page, collector in sorted(parsed.items()):
        for link, offset in collector.links:
            target = _resolve(link, page, base_path)
            if target is None:
                continue
            path, fragment = target
            if path not in files:
                problems.append(Problem(f"site/{page}", collector.line(offset), None,
                                        f"broken link {link!r}: the build wrote no {path}"))
            elif fragment and path in parsed and fragment not in parsed[path].ids:
                problems.append(Problem(f"site/{page}", collector.line(offset), None,
                                        f"broken link {link!r}: {path} has no element with id {fragment!r}"))
    return problems


def _resolve(link: str, page: str, base_path: str) -> tuple[str, str] | None:
    """The site file and fragment an internal link points at, or None for external links."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
        return None
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment  # "#x" on the same page
    if path.startswith("/"):
        if not path.startswith(base_path):
            return (f"<outside {base_path}>{path}", "")
        path = path[len(base_path):]
    else:
        folder = page.rsplit("/", 1)[0] + "/" if "/" in page else ""
        path = _normpath(folder + path)
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path, parts.fragment


def _normpath(path: str) -> str:
    out: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if out:
                out.pop()
        elif part not in (".",):
            out.append(part)
    return "/".join(out)
