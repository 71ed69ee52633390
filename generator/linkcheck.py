"""A link checker that is part of the build, as in Zola.

Every ``href`` and ``src`` of every page that points inside the site must
name a file the build wrote, and every ``#fragment`` an ``id`` on its page;
a broken link fails the build instead of reaching readers.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from generator.errors import Problem

_LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
               ("source", "src"), ("area", "href"), ("iframe", "src")}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif (tag, name) in _LINK_ATTRS:
                self.links.append((value, self.getpos()[0]))


def check_links(files: dict[str, bytes], base_path: str) -> list[Problem]:
    """Broken internal links in the HTML of ``files`` (site-relative path -> bytes)."""
    parsed: dict[str, _Collector] = {}
    for path, data in files.items():
        if path.endswith(".html"):
            collector = _Collector()
            collector.feed(data.decode("utf-8"))
            collector.close()
            parsed[path] = collector
    problems: list[Problem] = []
    for page, collector in sorted(parsed.items()):
        for link, line in collector.links:
            target = _resolve(link, page, base_path)
            if target is None:
                continue
            path, fragment = target
            if path not in files:
                problems.append(Problem(f"site/{page}", line, None, f"broken link {link!r}: the build wrote no {path}"))
            elif fragment and path in parsed and fragment not in parsed[path].ids:
                problems.append(Problem(f"site/{page}", line, None,
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
