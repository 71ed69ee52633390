"""``search-index.json``: what the theme's script searches when the timeline spans many pages.

On a single-page timeline the script searches the page itself. A split
timeline shows only one year per page, so the script fetches this file
(from the same site: no third-party service) to find entries on the other
pages. It is kept small: the title, the date as shown, the first words of
the text, the tag slugs and the entry's URL.
"""

from __future__ import annotations

import json

from generator.markdown import plain_text
from generator.model import Timeline
from generator.pages import tag_slug
from generator.urls import Urls, entry_path

TEXT_LENGTH = 300


def search_index(timeline: Timeline, urls: Urls) -> bytes:
    items = [
        {
            "u": urls.url(entry_path(e.id)),
            "t": e.title,
            "d": e.date.display(),
            "x": plain_text(e.text, TEXT_LENGTH),
            "g": [tag_slug(t) for t in e.tags],
        }
        for e in timeline.entries
    ]
    return (json.dumps({"entries": items}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            + "\n").encode("utf-8")
