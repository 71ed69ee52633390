"""Reading source articles from seeds/ into ``Article`` records.

Two formats are read:

* the seed format: a first line ``date YYYY-MM-DD <lede sentence>`` (it may
  be indented), a blank line, then paragraphs;
* Markdown or text with YAML front matter between ``---`` lines (``title``,
  ``date`` or ``published``, ``url``, ``source``, ``tags``), the Hugo/Jekyll
  convention; without front matter the first heading or line is the title.

Anything unreadable raises ``ArticleError`` naming the file (and the line
where it can), so that the caller can report it and go on with the others.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import yaml

from generator.errors import DatelinesError, Problem
from generator.headlines import shorten
from generator.model import Article
from generator.slug import slugify

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
TITLE_MAX = 90

_SEED_FIRST_LINE = re.compile(r"^[ \t]*date[ \t]+(?P<date>\S+)[ \t]*(?P<lede>.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$\r?\n?",
                           re.S | re.M)
_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<title>.+?)[ \t]*#*[ \t]*$", re.M)


class ArticleError(DatelinesError):
    """An article that cannot be read; names the file and, if known, the line."""


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files under the given files or folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.append(path)
    return found


def read_article(path: Path) -> Article:
    """Read one article file, or raise ArticleError saying what is wrong and where."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ArticleError(problems=[Problem(path, line, column,
                           "the file is not UTF-8 text; save it as UTF-8")]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(problems=[Problem(path, 1, 1, "the article is empty")])
    if _FRONT_MATTER.match(text):
        return _read_front_matter(path, text)
    first = text.lstrip("\n").split("\n", 1)[0]
    if _SEED_FIRST_LINE.match(first):
        return _read_seed(path, text)
    return _read_plain(path, text, {})


def _read_seed(path: Path, text: str) -> Article:
    leading = len(text) - len(text.lstrip("\n"))
    first, _, rest = text.lstrip("\n").partition("\n")
    m = _SEED_FIRST_LINE.match(first)
    assert m is not None
    line_no = leading + 1
    try:
        published = _dt.date.fromisoformat(m.group("date"))
    except ValueError:
        column = m.start("date") + 1
        raise ArticleError(problems=[Problem(path, line_no, column,
                           f"expected the publication date as YYYY-MM-DD, got {m.group('date')!r}")]) from None
    lede = m.group("lede").strip()
    body = _normalise_body(rest)
    if lede and _squash(lede) not in _squash(body):
        body = f"{lede}\n\n{body}" if body else lede
    if not body:
        raise ArticleError(problems=[Problem(path, line_no, 1, "the article has a date line but no text")])
    return Article(path=path, slug=slugify(path.stem), title=headline(lede or body),
                   published=published, text=body)


def _read_front_matter(path: Path, text: str) -> Article:
    m = _FRONT_MATTER.match(text)
    assert m is not None
    try:
        meta = yaml.safe_load(m.group("yaml")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the opening ---
        column = mark.column + 1 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc)
        raise ArticleError(problems=[Problem(path, line, column, f"front matter is not valid YAML: {reason}")]) from None
    if not isinstance(meta, dict):
        raise ArticleError(problems=[Problem(path, 2, 1, "front matter must be a mapping of fields (title: ..., date: ...)")])
    lines = m.group("yaml").split("\n")
    key_lines = {line.split(":", 1)[0]: (i + 2, len(line.split(":", 1)[0]) + 3)
                 for i, line in enumerate(lines) if ":" in line and not line[:1].isspace()}
    return _read_plain(path, text[m.end():], meta, key_lines)


def _read_plain(path: Path, text: str, meta: dict[str, object],
                key_lines: dict[str, tuple[int, int]] | None = None) -> Article:
    body = _normalise_body(text)
    title = meta.get("title")
    if not title:
        h = _HEADING.search(body)
        if h and not body[: h.start()].strip():
            title = h.group("title")
            body = body[h.end():].strip("\n")
    published = _meta_date(path, meta, key_lines or {})
    if not body.strip():
        raise ArticleError(problems=[Problem(path, 1, 1, "the article has no text")])
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    slug = slugify(str(meta.get("slug") or path.stem)) or "article"
    return Article(
        path=path, slug=slug, title=headline(str(title or _first_sentence(body))),
        published=published, text=body,
        url=_opt_str(meta.get("url")), source=_opt_str(meta.get("source")),
        tags=tuple(str(t) for t in tags if str(t).strip()),
    )


def _meta_date(path: Path, meta: dict[str, object], key_lines: dict[str, tuple[int, int]]) -> _dt.date | None:
    key = "date" if "date" in meta else "published"
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        line, column = key_lines.get(key, (None, None))
        raise ArticleError(problems=[Problem(path, line, column,
                           f"front matter date {value!r} is not a date; write it as YYYY-MM-DD")]) from None


def _opt_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _normalise_body(text: str) -> str:
    """Paragraphs separated by one blank line, each line's indentation dropped."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    cleaned = [" ".join(line.strip() for line in p.strip().split("\n")) for p in paragraphs]
    return "\n\n".join(p for p in cleaned if p)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _first_sentence(text: str) -> str:
    m = re.search(r"[.!?](?=\s)", text)
    return text[: m.start() + 1] if m else text.split("\n", 1)[0]


def headline(text: str, limit: int = TITLE_MAX) -> str:
    """A one-line title no longer than ``limit``, cut at a word with an ellipsis."""
    return shorten(_squash(text).rstrip(" ."), limit)
