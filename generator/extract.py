"""From an article to timeline entries: one entry per dated sentence.

The tagger (``generator.timex``) finds the temporal expressions of the
whole article at once, so that "the following month" can lean on the date
before it; each DATE or TIME expression that names a point on a timeline
(not "now", not "XXXX-09") dates the sentence it stands in. A sentence with
two different dates gives two entries.

Entry ids must survive hand edits of the title and re-extraction with a
better tagger, so they come from what does not change: the sentence's
first words, and a hash of the article, the sentence and the expression.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from generator.articles import ArticleError
from generator.dateparse import parse_timex_value
from generator.headlines import make_title
from generator.model import Article, Entry, Source
from generator.sentences import split_sentences
from generator.slug import slugify
from generator.timex import Timex, tag

ID_WORDS = 5
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def source_of(article: Article, root: Path | None = None) -> Source:
    """The header of the article's content file."""
    path = article.path
    if root is not None:
        try:
            path = article.path.resolve().relative_to(root.resolve())
        except ValueError:
            pass
    return Source(file=path.as_posix(), title=article.title, published=article.published,
                  url=article.url, name=article.source)


def extract(article: Article, *, root: Path | None = None, month_first: bool = True) -> list[Entry]:
    """The dated entries of an article, in the order the text gives them."""
    try:
        timexes = tag(article.text, article.published, month_first=month_first)
    except Exception as exc:  # a tagger bug must not take the other articles down
        raise ArticleError(f"{article.path}: the date tagger failed: {exc!r}") from exc
    source = source_of(article, root)
    entries: list[Entry] = []
    seen: set[tuple[int, str]] = set()
    sentences = split_sentences(article.text)
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        date = parse_timex_value(timex.value, timex.mod)
        if date is None:
            continue
        sentence = next((s for s in sentences if s.start <= timex.start < s.end), None)
        if sentence is None:
            continue
        key = (sentence.start, date.edtf())
        if key in seen:
            continue
        seen.add(key)
        entries.append(Entry(
            id=entry_id(article.slug, sentence.text, timex),
            date=date,
            title=make_title(sentence.text, timex.text),
            text=escape_markdown(sentence.text),
            quote=sentence.text,
            date_text=timex.text,
            tags=article.tags,
            source=source,
        ))
    return entries


def entry_id(article_slug: str, sentence: str, timex: Timex) -> str:
    """Readable and stable: "russian-president-vladimir-putin-and-5d1c2a"."""
    digest = hashlib.sha1(f"{article_slug}\n{sentence}\n{timex.text}".encode()).hexdigest()[:6]
    words = slugify(sentence, max_words=ID_WORDS) or "entry"
    return f"{words}-{digest}"


def escape_markdown(text: str) -> str:
    """Article text shown as written: characters markdown would act on are escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
