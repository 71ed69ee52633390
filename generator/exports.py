"""Exports of the timeline data for other tools.

``timeline.json`` is in the TimelineJS3 JSON format, so the same entries can
be embedded with TimelineJS (https://timeline.knightlab.com/docs/json-format.html).
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from generator.config import Config
from generator.markdown import render_markdown
from generator.model import Entry, Timeline
from generator.urls import Urls, entry_path


def timelinejs(config: Config, timeline: Timeline) -> bytes:
    urls = Urls(config.base_url)
    data = {
        "title": {"text": {"headline": config.title, "text": config.description}},
        "events": [_event(entry, urls) for entry in timeline.entries],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _event(entry: Entry, urls: Urls) -> dict[str, object]:
    text = str(render_markdown(entry.text))
    source = entry.source
    if source is not None and (source.url or source.title):
        label = escape(source.title or source.url)
        if source.url:
            label = Markup(f'<a href="{escape(source.url)}">{label}</a>')
        text += f'<p class="source">Source: {label}</p>'
    event: dict[str, object] = {
        "unique_id": entry.id,
        "start_date": entry.date.start.timelinejs(),
        "text": {"headline": entry.title, "text": text},
        "display_date": entry.date.display(),
        "url": urls.absolute(entry_path(entry.id)),
    }
    if entry.date.end is not None:
        event["end_date"] = entry.date.end.timelinejs()
    if entry.tags:
        event["group"] = entry.tags[0]
    return event
