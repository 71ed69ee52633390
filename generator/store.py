"""Timeline entries in YAML: writing content files and loading them back.

A content file is one article's entries (or a person's own), for example::

    source:
      file: seeds/article.txt
      title: Putin and Kim meet in Beijing
      published: 2025-09-03
    entries:
    - id: russian-president-vladimir-putin-5d1c2a
      date: 2025-09-02
      title: Putin and Kim Jong Un met in Beijing
      text: Russian President Vladimir Putin and ...
      quote: Russian President Vladimir Putin and ...
      date_text: Tuesday

Files written by ``datelines extract`` also start with a line that points
editors at the JSON Schema (``generator/schema/entries.schema.json``) and
end with the bookkeeping that lets extraction merge (``removed:`` and
``extracted:``, see ``generator.bookkeeping``).

Loading validates as it goes and reports every problem with its
``path:line:column``; nothing is thrown away silently. ``load_timeline`` is
the one validation of content that ``check``, ``build`` and ``serve`` share.
"""

from __future__ import annotations

import datetime as _dt
import difflib
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from generator import yamlfile
from generator.bookkeeping import read_bookkeeping
from generator.dateparse import ACCEPTED_FORMS, parse_date
from generator.dates import DateError
from generator.errors import Problem
from generator.model import Entry, Location, Source, Timeline
from generator.slug import is_slug
from generator.yamlfile import YamlFileError, dump_scalar, items, kind, problem, scalar

FILE_FIELDS = ("source", "entries", "removed", "extracted")
SOURCE_FIELDS = ("file", "title", "published", "url", "name")
ENTRY_FIELDS = ("id", "date", "title", "text", "quote", "date_text", "tags", "links", "source")
LINK_FIELDS = ("title", "url")
# A content file is one article's entries or a person's own: a few KB. The
# cap keeps a stray data dump from stalling check, build and the preview.
MAX_FILE_BYTES = 2 * 1024 * 1024

# Where extract puts a copy of the schema, relative to content/, and the
# first line of every file it writes, so that editors running the YAML
# language server (VS Code's YAML extension...) validate and complete fields.
SCHEMA_NAME = "entries.schema.json"
SCHEMA_RELPATH = f".schema/{SCHEMA_NAME}"
MODELINE = f"# yaml-language-server: $schema={SCHEMA_RELPATH}"

HEADER = (
    "# Timeline entries made by `datelines extract` from {file}.\n"
    "# Edit freely: fix titles, dates and text, delete entries, add your own.\n"
)


# -- writing ---------------------------------------------------------------

def source_lines(source: Source) -> list[str]:
    """The `source:` block, one field per line."""
    lines = ["source:"]
    for name in SOURCE_FIELDS:
        value = getattr(source, name)
        if value is not None:
            lines.append(f"  {name}: {dump_scalar(value)}")
    return lines


def entry_lines(entry: Entry) -> list[str]:
    """One entry as list-item lines; every value fits on its line, so an entry is whole lines."""
    out = [f"- id: {dump_scalar(entry.id)}", f"  date: {_dump_date(entry)}",
           f"  title: {dump_scalar(entry.title)}"]
    if entry.text:
        out.append(f"  text: {dump_scalar(entry.text)}")
    if entry.tags:
        out.append(f"  tags: [{', '.join(dump_scalar(t) for t in entry.tags)}]")
    for name in ("quote", "date_text"):
        value = getattr(entry, name)
        if value:
            out.append(f"  {name}: {dump_scalar(value)}")
    return out


def _dump_date(entry: Entry) -> str:
    """The EDTF text, left unquoted when YAML reads it back as the same date."""
    text = entry.date.edtf()
    plain = dump_scalar(text)
    if plain == text:
        return text
    # YAML would quote it; check the unquoted form still loads as our date.
    node = yamlfile.compose(Path("<date>"), f"{text}\n")
    if isinstance(node, ScalarNode):
        try:
            if parse_date(scalar(node)) == entry.date:
                return text
        except DateError:
            pass
    return plain


# -- loading ---------------------------------------------------------------

def load_file(path: Path, text: str | None = None) -> tuple[Source | None, list[Entry], list[Problem]]:
    """Entries of one content file and every problem found in it."""
    problems: list[Problem] = []
    if text is None:
        text, trouble = read_text(path)
        if text is None:
            return None, [], [trouble] if trouble else []
    try:
        root = yamlfile.compose(path, text)
    except YamlFileError as exc:
        return None, [], [exc.problem]
    if root is None:
        return None, [], [Problem(path, 1, 1, "the file is empty; expected `entries:` with a list of entries",
                                  "warning")]
    if not isinstance(root, MappingNode):
        return None, [], [problem(path, root, f"expected a mapping with `entries:`, found {kind(root)}")]
    source: Source | None = None
    entries: list[Entry] = []
    entries_node: Node | None = None
    footer: dict[str, Node] = {}
    seen: dict[str, ScalarNode] = {}
    for key, key_node, value in items(root):
        if key in seen and key in FILE_FIELDS:
            first = seen[key]
            problems.append(problem(path, key_node, f"`{key}` is given twice; the first is at line "
                                                    f"{first.start_mark.line + 1}: keep one"))
            continue
        seen[key] = key_node
        if key == "source":
            source = _load_source(path, value, problems)
        elif key == "entries":
            entries_node = value
        elif key in ("removed", "extracted"):
            footer[key] = value
        else:
            problems.append(_unknown(path, key_node, key, FILE_FIELDS, "at the top of a content file"))
    if entries_node is None:
        problems.append(Problem(path, 1, 1, "no `entries:` list in the file"))
    else:  # after the loop: the file's `source` applies to its entries wherever it is written
        entries = _load_entries(path, entries_node, source, problems)
    if footer:
        _, footer_problems = read_bookkeeping(path, footer.get("removed"), footer.get("extracted"))
        problems.extend(footer_problems)
    return source, entries, problems


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """A content file's text, or the located reason it cannot be read as text."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, Problem(path, 1, 1, f"the file is {size / (1024 * 1024):.1f} MB; a content file may be "
                                             f"at most {MAX_FILE_BYTES // (1024 * 1024)} MB: split it into "
                                             "several files in content/")
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(path, None, None, f"cannot read the file: {exc.strerror or exc}")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return None, Problem(path, line, column, f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} "
                                                 "here); save it as UTF-8")


def _unknown(path: Path, node: Node, key: str, known: tuple[str, ...], where: str) -> Problem:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else f"; expected one of: {', '.join(known)}"
    return problem(path, node, f"unknown field `{key}` {where}{hint}")


def _text(path: Path, node: Node, name: str, problems: list[Problem], *, required: bool = False) -> str | None:
    if not isinstance(node, ScalarNode):
        problems.append(problem(path, node, f"`{name}` must be text, found {kind(node)}"))
        return None
    value = scalar(node)
    if value is None:
        if required:
            problems.append(problem(path, node, f"`{name}` is empty; it needs a value"))
        return None
    if isinstance(value, (_dt.date, int, float, bool)):
        return node.value  # what the person typed, not YAML's reading of it
    return str(value)


def _load_source(path: Path, node: Node, problems: list[Problem]) -> Source | None:
    if not isinstance(node, MappingNode):
        problems.append(problem(path, node, f"`source` must be a mapping (file, title, published, url), "
                                            f"found {kind(node)}"))
        return None
    fields: dict[str, object] = {}
    for key, key_node, value in items(node):
        if key not in SOURCE_FIELDS:
            problems.append(_unknown(path, key_node, key, SOURCE_FIELDS, "in `source`"))
            continue
        if key in fields:
            problems.append(problem(path, key_node, f"`{key}` is given twice in `source`"))
            continue
        if key == "published":
            raw = scalar(value) if isinstance(value, ScalarNode) else None
            if isinstance(raw, _dt.date):
                fields[key] = raw
            elif raw is not None:
                try:
                    fields[key] = _dt.date.fromisoformat(str(raw))
                except ValueError:
                    problems.append(problem(path, value, f"`published` must be a day as YYYY-MM-DD, got {raw!r}"))
        else:
            fields[key] = _text(path, value, key, problems)
    return Source(**fields)  # type: ignore[arg-type]


def _load_entries(path: Path, node: Node, source: Source | None, problems: list[Problem]) -> list[Entry]:
    if isinstance(node, ScalarNode) and scalar(node) is None:
        return []
    if not yamlfile.is_sequence(node):
        problems.append(problem(path, node, f"`entries` must be a list (each item starting with `- id:`), "
                                            f"found {kind(node)}"))
        return []
    entries = []
    for item in node.value:  # type: ignore[union-attr]
        entry = _load_entry(path, item, source, problems)
        if entry is not None:
            entries.append(entry)
    return entries


def _load_entry(path: Path, node: Node, source: Source | None, problems: list[Problem]) -> Entry | None:
    if not isinstance(node, MappingNode):
        problems.append(problem(path, node, f"an entry must be a mapping with id, date and title, found {kind(node)}"))
        return None
    fields: dict[str, object] = {}
    ok = True
    misspelled: set[str] = set()  # "titel" already says the title is missing
    for key, key_node, value in items(node):
        if key not in ENTRY_FIELDS:
            problems.append(_unknown(path, key_node, key, ENTRY_FIELDS, "in an entry"))
            misspelled.update(difflib.get_close_matches(key, ENTRY_FIELDS, n=1))
            continue
        if key in fields:
            problems.append(problem(path, key_node, f"`{key}` is given twice in this entry"))
            ok = False
            continue
        if key == "date":
            fields["date"] = None  # until it reads as a date
            raw = scalar(value) if isinstance(value, ScalarNode) else None
            if raw is None:
                problems.append(problem(path, value, f"`date` is empty or not a single value (found {kind(value)}); "
                                                     f"write one date, e.g. {ACCEPTED_FORMS}"))
                continue
            try:
                fields["date"] = parse_date(raw)
            except DateError as exc:
                problems.append(problem(path, value, f"invalid date: {exc}"))
        elif key == "tags":
            fields["tags"] = _load_tags(path, value, problems)
        elif key == "links":
            fields["links"] = _load_links(path, value, problems)
        elif key == "source":
            fields["source"] = _load_source(path, value, problems)
        else:
            fields[key] = _text(path, value, key, problems, required=key in ("id", "title"))
            if key == "id" and fields[key] is not None and not is_slug(str(fields[key])):
                problems.append(problem(path, value, f"id {fields[key]!r} is not a safe slug: use lower-case "
                                                     "letters, digits and single hyphens, like `pact-signed-2024`"))
                ok = False
    for name in ("id", "date", "title"):
        if name not in fields:
            if name not in misspelled:
                problems.append(problem(path, node, f"the entry has no `{name}`"))
            ok = False
        elif fields[name] is None:
            ok = False
    if not ok:
        return None
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    fields.setdefault("source", source)
    if fields["source"] is None:
        fields["source"] = source
    return Entry(
        id=str(fields["id"]), date=fields["date"], title=str(fields["title"]),  # type: ignore[arg-type]
        text=str(fields.get("text") or ""), quote=fields.get("quote"),  # type: ignore[arg-type]
        date_text=fields.get("date_text"), tags=tuple(fields.get("tags") or ()),  # type: ignore[arg-type]
        source=fields["source"], links=tuple(fields.get("links") or ()),  # type: ignore[arg-type]
        location=Location(path, line, column),
    )


def _load_tags(path: Path, node: Node, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(node, ScalarNode):
        value = scalar(node)
        return tuple(t.strip() for t in str(value).split(",") if t.strip()) if value is not None else ()
    if not yamlfile.is_sequence(node):
        problems.append(problem(path, node, f"`tags` must be a list like [politics, asia], found {kind(node)}"))
        return ()
    tags = []
    for item in node.value:  # type: ignore[union-attr]
        if not isinstance(item, ScalarNode) or scalar(item) is None:
            problems.append(problem(path, item, "each tag must be a word or short phrase"))
            continue
        tags.append(str(item.value).strip())
    return tuple(tags)


def _load_links(path: Path, node: Node, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    if not yamlfile.is_sequence(node):
        problems.append(problem(path, node, f"`links` must be a list of {{title, url}}, found {kind(node)}"))
        return ()
    links = []
    for item in node.value:  # type: ignore[union-attr]
        if isinstance(item, ScalarNode):
            url = str(item.value)
            links.append((url, url))
            continue
        if not isinstance(item, MappingNode):
            problems.append(problem(path, item, "each link must be a URL or {title, url}"))
            continue
        data: dict[str, str] = {}
        for key, key_node, value in items(item):
            if key not in LINK_FIELDS:
                problems.append(_unknown(path, key_node, key, LINK_FIELDS, "in a link"))
                continue
            data[key] = _text(path, value, key, problems) or ""
        if not data.get("url"):
            problems.append(problem(path, item, "the link has no `url`"))
            continue
        links.append((data.get("title") or data["url"], data["url"]))
    return tuple(links)


def content_files(content_dir: Path) -> list[Path]:
    """The content files of a project, in a stable order."""
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")
                  and not any(part.startswith(".") for part in p.relative_to(content_dir).parts))


def load_timeline(content_dir: Path) -> tuple[Timeline, list[Problem]]:
    """Every entry under ``content_dir``, sorted, and every problem (ids must be unique)."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    first_seen: dict[str, Entry] = {}
    for path in content_files(content_dir):
        _, file_entries, file_problems = load_file(path)
        problems.extend(file_problems)
        for entry in file_entries:
            other = first_seen.get(entry.id)
            if other is not None:
                loc = entry.location
                problems.append(Problem(loc.path if loc else path, loc.line if loc else None,
                                        loc.column if loc else None,
                                        f"duplicate id {entry.id!r}: already used at {other.location}"))
                continue
            first_seen[entry.id] = entry
            entries.append(entry)
    return Timeline.of(entries), problems
