"""Machine-readable descriptions of an entry page: JSON-LD and ISO 8601 dates.

Search engines and link previews read these instead of the visible text.
The JSON-LD says what the page is about, a schema.org ``Event`` at its
date, and where it comes from, the source article as a ``NewsArticle``
that is ``subjectOf`` the event. It sits inside ``<script>``, so every
``<``, ``>`` and ``&`` is written as a JSON escape: text from articles can
never close the script element.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from generator.config import Config
from generator.dates import Date, Precision
from generator.markdown import plain_text
from generator.model import Entry
from generator.urls import Urls, entry_path, safe_href

DESCRIPTION_LENGTH = 200


def iso_year(year: int) -> str:
    """ISO 8601 years, astronomical like ours: 2025, 0000 (1 BC), -0043 (44 BC)."""
    if year < 0:
        return f"-{-year:04d}"
    return f"{year:04d}" if year <= 9999 else f"+{year}"


def iso_date(date: Date) -> str:
    """The start of a date at its own precision: "2025-09-02", "2024-06", "2024", "-0043"."""
    p = date.start
    if p.precision == Precision.DAY:
        return f"{iso_year(p.year)}-{p.month:02d}-{p.day:02d}"
    if p.precision == Precision.MONTH:
        return f"{iso_year(p.year)}-{p.month:02d}"
    return iso_year(p.year)


def iso_end(date: Date) -> str | None:
    """Where a date ends, if it spans more than its start says (a range, a decade, a century)."""
    if date.end is not None:
        return iso_date(date.end)
    if date.start.precision < Precision.YEAR and not date.open_end:
        return iso_year(date.last_day()[0])
    return None


def entry_jsonld(entry: Entry, config: Config) -> dict[str, object]:
    urls = Urls(config.base_url)
    page = urls.absolute(entry_path(entry.id))
    event: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": page + "#event",
        "name": entry.title,
        "url": page,
        "mainEntityOfPage": page,
        "startDate": iso_date(entry.date),
    }
    end = iso_end(entry.date)
    if end is not None:
        event["endDate"] = end
    description = plain_text(entry.text, DESCRIPTION_LENGTH) if entry.text else ""
    if description:
        event["description"] = description
    if entry.tags:
        event["keywords"] = ", ".join(entry.tags)
    works: list[dict[str, object]] = []
    source = entry.source
    if source is not None and (source.title or source.url):
        article: dict[str, object] = {"@type": "NewsArticle"}
        if source.title:
            article["headline"] = source.title
        href = safe_href(source.url)
        if href:
            article["url"] = href
        if source.published is not None:
            article["datePublished"] = source.published.isoformat()
        if source.name:
            article["publisher"] = {"@type": "Organization", "name": source.name}
        if entry.quote:
            article["citation"] = entry.quote
        works.append(article)
    for title, link in entry.links:
        href = safe_href(link)
        works.append({"@type": "CreativeWork", "name": title, **({"url": href} if href else {})})
    if works:
        event["subjectOf"] = works[0] if len(works) == 1 else works
    return event


def script_json(data: object) -> Markup:
    """JSON safe to put between ``<script>`` tags, byte-identical for the same data."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
