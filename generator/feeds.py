"""The Atom feed and the sitemap: XML built with the standard library.

Both need absolute URLs; with a path-only base_url they fall back to
root-relative ones (valid for Atom with xml:base, tolerated in sitemaps),
and ``build`` warns about it.
"""

from __future__ import annotations

import datetime as _dt
from xml.etree import ElementTree as ET

from generator.config import Config
from generator.markdown import render_markdown
from generator.model import Entry, Timeline
from generator.urls import Urls, entry_path

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FEED_SIZE = 50


def _entry_day(entry: Entry) -> _dt.date | None:
    if entry.source is not None and entry.source.published is not None:
        return entry.source.published
    year, month, day = entry.date.last_day()
    if 1 <= year <= 9999:
        return _dt.date(year, month, day)
    return None


def _stamp(day: _dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(config: Config, timeline: Timeline) -> bytes:
    """The latest entries, newest first. ``updated`` comes from the data, never the clock."""
    urls = Urls(config.base_url)
    ET.register_namespace("", ATOM)
    latest = list(reversed(timeline.entries))[:FEED_SIZE]
    days = [d for d in (_entry_day(e) for e in timeline.entries) if d is not None]
    updated = max(days) if days else _dt.date(1970, 1, 1)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = config.title
    if config.description:
        ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = config.description
    ET.SubElement(feed, f"{{{ATOM}}}id").text = urls.absolute("")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=urls.absolute(""))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=urls.absolute("feed.xml"))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(updated)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = config.author or config.title
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "Datelines"
    for entry in latest:
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = urls.absolute(entry_path(entry.id))
        ET.SubElement(item, f"{{{ATOM}}}title").text = f"{entry.date.display()}: {entry.title}"
        ET.SubElement(item, f"{{{ATOM}}}id").text = link
        ET.SubElement(item, f"{{{ATOM}}}link", href=link)
        ET.SubElement(item, f"{{{ATOM}}}updated").text = _stamp(_entry_day(entry) or updated)
        content = ET.SubElement(item, f"{{{ATOM}}}content", type="html")
        content.text = str(render_markdown(entry.text or entry.title))
        for tag in entry.tags:
            ET.SubElement(item, f"{{{ATOM}}}category", term=tag)
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def sitemap(config: Config, paths: list[str]) -> bytes:
    urls = Urls(config.base_url)
    ET.register_namespace("", SITEMAP)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for path in paths:
        url = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(url, f"{{{SITEMAP}}}loc").text = urls.absolute(path)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
