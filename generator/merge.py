"""Re-extraction that merges into the content file a person has edited.

The rule, per article file:

- an entry whose lines still match the fingerprint extraction recorded is
  untouched: extraction may rewrite it in place, or drop it when the
  article no longer gives it;
- an entry that no longer matches (or has no fingerprint) is the person's:
  its bytes are never changed;
- an entry that extraction recorded and the person deleted is listed under
  ``removed:`` and never comes back (until the person takes its id out);
- a new extraction is appended after the last entry.

The file is edited as text, not re-dumped: PyYAML's node marks say which
lines each entry spans, and only the lines of untouched entries, the
bookkeeping footer and the insertion points change. Everything else (the
person's entries, comments, blank lines, quoting, order, line endings)
stays byte for byte. ruamel.yaml's round trip was the alternative; it
keeps comments but re-indents and re-wraps what it writes back, so a
person's layout would not survive byte for byte, and it would be a second
YAML parser beside the one that locates errors.

Before the result is returned it is read back and checked (it parses,
every entry the merge claims as extraction's matches its fingerprint);
a merge that fails that check raises and nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator import yamlfile
from generator.bookkeeping import (Bookkeeping, extracted_lines, fingerprint, footer_lines,
                                   read_bookkeeping, removed_lines)
from generator.errors import DatelinesError, Problem
from generator.model import Entry, Source
from generator.store import HEADER, MODELINE, entry_lines, source_lines
from generator.yamlfile import YamlFileError, items, kind, last_line, line_starts, problem

_BREAKS = "\r\n\x85\u2028\u2029"


class MergeError(DatelinesError):
    """The existing file cannot be merged into; it is left exactly as it was."""


@dataclass
class MergeResult:
    """The new text of a content file and what happened to each entry id."""

    text: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # untouched, rewritten with the new extraction
    unchanged: list[str] = field(default_factory=list)  # untouched, extraction gives the same
    dropped: list[str] = field(default_factory=list)  # untouched, the article no longer gives it
    kept: list[str] = field(default_factory=list)  # the person's version wins over a new extraction
    newly_removed: list[str] = field(default_factory=list)  # deleted by hand since the last extract
    still_removed: list[str] = field(default_factory=list)  # extraction gives it, `removed:` keeps it out
    source_updated: bool = False
    fresh: bool = False  # a new file (or --force), not a merge

    def summary(self) -> str:
        parts = [f"{len(ids)} {label}" for ids, label in (
            (self.added, "added"), (self.updated, "updated"), (self.dropped, "dropped (no longer in the article)"),
            (self.kept, "kept with your edits"), (self.newly_removed, "recorded as removed by you"),
            (self.still_removed, "still removed")) if ids]
        if self.source_updated:
            parts.append("source updated")
        return ", ".join(parts)


# -- a new file --------------------------------------------------------------

def fresh_file(source: Source, entries: Sequence[Entry]) -> MergeResult:
    """The whole file for a first extraction (or ``--force``): modeline, header, entries, footer."""
    entries = _unique(entries)
    lines = [MODELINE]
    if source.file:
        lines.extend(HEADER.format(file=source.file).rstrip("\n").split("\n"))
    src = source_lines(source)
    lines.extend(src)
    lines.append("entries:" if entries else "entries: []")
    fps: dict[str, str] = {}
    for entry in entries:
        item = entry_lines(entry)
        fps[entry.id] = fingerprint(item)
        lines.extend(item)
    lines.extend(footer_lines([], fingerprint(src), fps))
    return MergeResult(text="\n".join(lines) + "\n", added=[e.id for e in entries], fresh=True)


def _unique(entries: Sequence[Entry]) -> list[Entry]:
    """First entry of each id: two would be reported as duplicates on load."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.id not in seen:
            seen.add(entry.id)
            out.append(entry)
    return out


# -- reading the layout of an existing file -----------------------------------

@dataclass(frozen=True)
class Item:
    """One item of the `entries:` list, by whole lines of the file."""

    id: str | None  # None when the item has no readable id (then it is the person's, whatever it is)
    first: int  # 0-based line numbers, inclusive
    last: int
    indent: str  # the spaces before its `-`


@dataclass
class Layout:
    """Where the parts of an existing content file are, line by line."""

    path: Path
    text: str
    starts: list[int]
    newline: str
    keys: dict[str, tuple[ScalarNode, Node]]
    items: list[Item]
    item_indent: str  # where a new item's `-` goes: the column of the list's first `-`
    bookkeeping: Bookkeeping

    def lines(self, first: int, last: int) -> list[str]:
        """Lines first..last (inclusive) without their line breaks."""
        return [self.text[self.starts[i]:self._end(i)].rstrip(_BREAKS) for i in range(first, last + 1)]

    def _end(self, line: int) -> int:
        return self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines first..last, line break of the last included."""
        return self.starts[first], self._end(last)

    def after(self, line: int) -> tuple[int, str]:
        """Where to insert after a line, and the line break to put first if that line has none."""
        offset = self._end(line)
        if offset == 0 or self.text[offset - 1] in _BREAKS:
            return offset, ""
        return offset, self.newline

    def block(self, key: str) -> tuple[int, int] | None:
        """First and last line of a top-level key and its value."""
        if key not in self.keys:
            return None
        key_node, value = self.keys[key]
        return key_node.start_mark.line, max(key_node.start_mark.line, last_line(value))


def read_layout(path: Path, text: str) -> Layout:
    """The layout of an existing file, or MergeError saying why it cannot be merged into."""
    try:
        root = yamlfile.compose(path, text)
    except YamlFileError as exc:
        raise _cannot(exc.problem) from None
    if root is None:
        root_keys: dict[str, tuple[ScalarNode, Node]] = {}
    elif not isinstance(root, MappingNode):
        raise _cannot(problem(path, root, f"expected a mapping with `entries:`, found {kind(root)}"))
    else:
        root_keys = {}
        for key, key_node, value in items(root):
            if key in root_keys:
                raise _cannot(problem(path, key_node, f"`{key}` is given twice"))
            root_keys[key] = (key_node, value)
    starts = line_starts(text)
    first_break = yamlfile.LINE_BREAK.search(text)
    newline = first_break.group(0) if first_break else "\n"
    item_list: list[Item] = []
    item_indent = ""
    if "entries" in root_keys:
        entries = root_keys["entries"][1]
        if isinstance(entries, SequenceNode):
            item_list = [_item(text, starts, node) for node in entries.value]
            item_indent = " " * entries.start_mark.column if entries.value else ""
        elif not (isinstance(entries, ScalarNode) and entries.value == ""):
            raise _cannot(problem(path, entries, f"`entries` must be a list, found {kind(entries)}"))
    removed = root_keys.get("removed", (None, None))[1]
    extracted = root_keys.get("extracted", (None, None))[1]
    bookkeeping, problems = read_bookkeeping(path, removed, extracted)
    if problems:
        raise _cannot(problems[0], "fix the bookkeeping at the end of the file")
    return Layout(path, text, starts, newline, root_keys, item_list, item_indent, bookkeeping)


def _item(text: str, starts: list[int], node: Node) -> Item:
    first = node.start_mark.line
    line = text[starts[first]:]
    indent = line[:len(line) - len(line.lstrip(" "))]
    item_id = None
    if isinstance(node, MappingNode):
        for key, _, value in items(node):
            if key == "id" and isinstance(value, ScalarNode):
                item_id = str(value.value)
                break
    return Item(item_id, first, max(first, last_line(node)), indent)


def _cannot(found: Problem, hint: str = "fix it") -> MergeError:
    return MergeError(f"{found}\n  (extraction merges into this file and cannot while it is like this: {hint}, "
                      f"or discard your edits with `datelines extract --force <article>`)")


# -- the merge -----------------------------------------------------------------

@dataclass
class _Edits:
    """Text replacements on the old file, applied from the end so offsets stay valid."""

    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def replace(self, start: int, end: int, text: str) -> None:
        self.edits.append((start, end, text))

    def apply(self, text: str) -> str:
        ordered = sorted(self.edits, key=lambda e: (e[0], e[1]))
        for (s1, e1, _), (s2, _, _) in zip(ordered, ordered[1:]):
            if s2 < e1:
                raise AssertionError(f"overlapping edits at offsets {s1}-{e1} and {s2}")
        for start, end, new in reversed(ordered):
            text = text[:start] + new + text[end:]
        return text


def merge(path: Path, old: str, source: Source, entries: Sequence[Entry]) -> MergeResult:
    """Merge a new extraction into the existing text of ``path``; see the module's rule."""
    layout = read_layout(path, old)
    book = layout.bookkeeping
    nl = layout.newline
    new_entries = _unique(entries)
    fresh = {e.id: e for e in new_entries}
    result = MergeResult(text=old)
    edits = _Edits()
    fps: dict[str, str] = {}
    counts = Counter(item.id for item in layout.items)
    for item in layout.items:
        if item.id is None or counts[item.id] > 1:
            continue  # the person's, or ambiguous: never touched
        current = layout.lines(item.first, item.last)
        recorded = book.entries.get(item.id)
        new = fresh.get(item.id)
        if recorded is None:
            if not book.present and new is not None and current == _indented(entry_lines(new), item.indent):
                fps[item.id] = fingerprint(current)  # a file from before merging: adopt what is ours
                result.unchanged.append(item.id)
            elif new is not None:
                result.kept.append(item.id)
            continue
        if fingerprint(current) != recorded:  # edited by hand
            fps[item.id] = recorded  # still edited next time; back to untouched if the edit is undone
            if new is not None:
                result.kept.append(item.id)
            continue
        start, end = layout.span(item.first, item.last)
        if new is None:
            edits.replace(start, end, "")
            result.dropped.append(item.id)
            continue
        lines = _indented(entry_lines(new), item.indent)
        fps[item.id] = fingerprint(lines)
        if lines == current:
            result.unchanged.append(item.id)
        else:
            edits.replace(start, end, nl.join(lines) + nl)
            result.updated.append(item.id)

    present = set(counts)
    result.newly_removed = [i for i in book.entries if i not in present and i not in book.removed]
    removed = set(book.removed) | set(result.newly_removed)
    additions: list[str] = []
    indent = layout.item_indent
    for entry in new_entries:
        if entry.id in present:
            continue
        if entry.id in removed:
            if entry.id not in result.newly_removed:
                result.still_removed.append(entry.id)
            continue
        lines = _indented(entry_lines(entry), indent)
        fps[entry.id] = fingerprint(lines)
        additions.extend(lines)
        result.added.append(entry.id)
    if additions:
        _insert_entries(layout, edits, additions)

    source_fp = _merge_source(layout, edits, source, result)
    _merge_footer(layout, edits, result.newly_removed, source_fp, _ordered(fps, layout, new_entries))
    result.text = edits.apply(old)
    _verify(path, result.text, fps, set(result.added + result.updated + result.unchanged), source_fp)
    return result


def _indented(lines: list[str], indent: str) -> list[str]:
    return [indent + line for line in lines] if indent else lines


def _ordered(fps: dict[str, str], layout: Layout, new_entries: list[Entry]) -> dict[str, str]:
    """Fingerprints in file order, then new entries: the footer reads like the file."""
    order = [i.id for i in layout.items if i.id in fps] + [e.id for e in new_entries if e.id in fps]
    out: dict[str, str] = {}
    for i in order:
        if i is not None and i not in out:
            out[i] = fps[i]
    return out


def _insert_entries(layout: Layout, edits: _Edits, lines: list[str]) -> None:
    """Put new entries after the last entry, or start the list if it is empty."""
    nl = layout.newline
    block = nl.join(lines) + nl
    if layout.items:
        _key, value = layout.keys["entries"]
        if value.flow_style:  # [{...}, {...}]: a person's choice, but nothing can be appended to it as lines
            raise _cannot(problem(layout.path, value, "the entries are written as one flow list `[...]`"),
                          "write them as a block list, each entry starting with `- id:`")
        offset, prefix = layout.after(layout.items[-1].last)
        edits.replace(offset, offset, prefix + block)
        return
    if "entries" in layout.keys:
        key_node, value = layout.keys["entries"]
        if isinstance(value, SequenceNode):  # `entries: []`: drop the brackets, keep any comment
            edits.replace(key_node.end_mark.index, value.end_mark.index, ":")
        offset, prefix = layout.after(max(key_node.start_mark.line, value.end_mark.line))
        edits.replace(offset, offset, prefix + block)
        return
    # No `entries:` at all: start one before the bookkeeping, or at the end.
    footer = [layout.keys[k][0].start_mark.line for k in ("removed", "extracted") if k in layout.keys]
    if footer:
        offset = layout.starts[min(footer)]
        edits.replace(offset, offset, "entries:" + nl + block)
    else:
        offset, prefix = layout.after(len(layout.starts) - 1)
        edits.replace(offset, offset, prefix + "entries:" + nl + block)


def _merge_source(layout: Layout, edits: _Edits, source: Source, result: MergeResult) -> str | None:
    """The `source:` block follows the entries' rule; returns its fingerprint to record."""
    where = layout.block("source")
    if where is None:
        return None  # deleted by the person, or never there: not brought back
    current = layout.lines(*where)
    new = source_lines(source)
    book = layout.bookkeeping
    if book.source is None:
        return fingerprint(current) if not book.present and current == new else None
    if fingerprint(current) != book.source:
        return book.source  # edited by hand
    if current != new:
        start, end = layout.span(*where)
        edits.replace(start, end, layout.newline.join(new) + layout.newline)
        result.source_updated = True
    return fingerprint(new)


def _merge_footer(layout: Layout, edits: _Edits, newly_removed: list[str], source_fp: str | None,
                  fps: dict[str, str]) -> None:
    """Append to `removed:` (a person's list: only ever added to) and rewrite `extracted:` whole."""
    nl = layout.newline
    if "extracted" not in layout.keys and "removed" not in layout.keys:
        offset, prefix = layout.after(len(layout.starts) - 1)
        edits.replace(offset, offset, prefix + nl.join(footer_lines(newly_removed, source_fp, fps)) + nl)
        return
    if "removed" in layout.keys:
        if newly_removed:
            _append_removed(layout, edits, newly_removed)
    else:
        where = layout.block("extracted")
        assert where is not None
        lines = ["removed:", *removed_lines(newly_removed)] if newly_removed else ["removed: []"]
        edits.replace(layout.starts[where[0]], layout.starts[where[0]], nl.join(lines) + nl)
    where = layout.block("extracted")
    if where is None:
        offset, prefix = layout.after(len(layout.starts) - 1)
        edits.replace(offset, offset, prefix + nl.join(extracted_lines(source_fp, fps)) + nl)
    else:
        start, end = layout.span(*where)
        new = nl.join(extracted_lines(source_fp, fps)) + nl
        if layout.text[start:end] != new:
            edits.replace(start, end, new)


def _append_removed(layout: Layout, edits: _Edits, ids: list[str]) -> None:
    key_node, value = layout.keys["removed"]
    nl = layout.newline
    if isinstance(value, SequenceNode) and value.value and not value.flow_style:
        first_item = value.value[0].start_mark
        line = layout.text[layout.starts[first_item.line]:]
        indent = line[:len(line) - len(line.lstrip(" "))]
        offset, prefix = layout.after(last_line(value))
        edits.replace(offset, offset, prefix + nl.join(removed_lines(ids, indent)) + nl)
    elif isinstance(value, SequenceNode) and value.value:  # [a, b]: add inside the brackets
        end = value.end_mark.index - 1
        edits.replace(end, end, "".join(f", {i}" for i in ids))
    else:  # `removed: []` or `removed:`
        if isinstance(value, SequenceNode):
            edits.replace(key_node.end_mark.index, value.end_mark.index, ":")
        offset, prefix = layout.after(max(key_node.start_mark.line, value.end_mark.line))
        edits.replace(offset, offset, prefix + nl.join(removed_lines(ids)) + nl)


def _verify(path: Path, text: str, fps: dict[str, str], ours: set[str], source_fp: str | None) -> None:
    """Read the merged text back: it must parse and agree with the fingerprints it records."""
    try:
        layout = read_layout(path, text)
    except MergeError as exc:
        raise MergeError(f"{path}: merging produced a file that does not read back ({exc}); "
                         "the file was left as it was. This is a bug in Datelines, please report it.") from None
    book = layout.bookkeeping
    found = {i.id: fingerprint(layout.lines(i.first, i.last)) for i in layout.items if i.id in ours}
    if book.entries != fps or book.source != source_fp or any(found.get(i) != fps[i] for i in ours):
        raise MergeError(f"{path}: merging produced inconsistent bookkeeping; the file was left as it was. "
                         "This is a bug in Datelines, please report it.")
