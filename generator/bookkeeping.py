"""The footer of an extracted content file: what lets re-extraction merge.

Re-extraction has to tell an entry a person touched from one nobody did,
and an entry a person deleted from one extraction never wrote. Both need a
memory of what extraction last wrote, and that memory lives in the file
itself, at the bottom, so it travels with the file through copies, renames
and git::

    removed:
    - in-his-opening-remarks-the-5590e0
    extracted:
      source: 0f3c9a1e22b4
      entries:
        russian-president-vladimir-putin-and-d431dd: 6b1de0a4f7c2

``removed`` lists the entries a person deleted: extraction never brings
them back. ``extracted`` holds a fingerprint of the text extraction last
wrote for the ``source:`` block and for each entry. Text that still has its
fingerprint is untouched and may be rewritten by a better extraction; text
that lost it was edited by hand and is never touched again.

The fingerprint is over the entry's lines exactly as they stand (less the
indentation of the list), so any change at all (a value, quoting, a comment
inside the entry, the order of its fields) makes the entry the person's.
Erring that way only means an entry is not refreshed; never that an edit
is lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import Problem
from generator.slug import is_slug
from generator.yamlfile import dump_scalar, items, kind, problem

FINGERPRINT_LENGTH = 12
BOOKKEEPING_FIELDS = ("source", "entries")

FOOTER_COMMENT = (
    "# Bookkeeping of `datelines extract`, so that extracting again never undoes your edits.\n"
    "# `removed`: entries you deleted; they stay deleted (take an id out to get its entry back).\n"
    "# `extracted`: a fingerprint of each entry as extraction wrote it. An entry you change no\n"
    "# longer matches its fingerprint and is never changed by extraction again.\n"
)


@dataclass(frozen=True)
class Bookkeeping:
    """What the footer of a content file says."""

    present: bool = False  # False: no `extracted:` block (a file from before merging, or a person's)
    removed: tuple[str, ...] = ()
    source: str | None = None  # fingerprint of the `source:` block
    entries: dict[str, str] = field(default_factory=dict)  # entry id -> fingerprint


def fingerprint(lines: Sequence[str]) -> str:
    """A short hash of some whole lines, blind to the indentation of the first one."""
    indent = len(lines[0]) - len(lines[0].lstrip(" ")) if lines else 0
    prefix = " " * indent
    body = "\n".join(line[indent:] if line.startswith(prefix) else line for line in lines)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def is_fingerprint(text: str) -> bool:
    return len(text) == FINGERPRINT_LENGTH and all(c in "0123456789abcdef" for c in text)


# -- reading -----------------------------------------------------------------

def read_bookkeeping(path: Path, removed: Node | None, extracted: Node | None) -> tuple[Bookkeeping, list[Problem]]:
    """The footer's content, and a located problem for anything malformed in it."""
    problems: list[Problem] = []
    removed_ids = _read_removed(path, removed, problems) if removed is not None else ()
    if extracted is None:
        return Bookkeeping(present=False, removed=removed_ids), problems
    source_fp: str | None = None
    entries: dict[str, str] = {}
    if not isinstance(extracted, MappingNode):
        if not (isinstance(extracted, ScalarNode) and extracted.value == ""):
            problems.append(problem(path, extracted, "`extracted` is the bookkeeping of `datelines extract`: "
                                                     f"expected `source:` and `entries:` under it, found {kind(extracted)}; "
                                                     "delete it to make every entry yours"))
        return Bookkeeping(present=True, removed=removed_ids), problems
    for key, key_node, value in items(extracted):
        if key == "source":
            source_fp = _read_fingerprint(path, value, "the `source:` block", problems)
        elif key == "entries":
            entries = _read_entry_fingerprints(path, value, problems)
        else:
            problems.append(problem(path, key_node, f"unknown field `{key}` in `extracted`; expected "
                                                    f"{' and '.join(BOOKKEEPING_FIELDS)}"))
    return Bookkeeping(present=True, removed=removed_ids, source=source_fp, entries=entries), problems


def _read_removed(path: Path, node: Node, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(node, ScalarNode) and node.value == "" and node.tag.endswith(":null"):
        return ()
    if not isinstance(node, SequenceNode):
        problems.append(problem(path, node, "`removed` must be a list of the ids of entries you deleted, "
                                            f"like [pact-signed-2024], found {kind(node)}"))
        return ()
    ids: list[str] = []
    for item in node.value:
        if not isinstance(item, ScalarNode) or not is_slug(str(item.value)):
            shown = repr(item.value) if isinstance(item, ScalarNode) else kind(item)
            problems.append(problem(path, item, f"`removed` lists entry ids (lower-case letters, digits and "
                                                f"hyphens); {shown} is not one"))
            continue
        ids.append(str(item.value))
    return tuple(ids)


def _read_fingerprint(path: Path, node: Node, what: str, problems: list[Problem]) -> str | None:
    if isinstance(node, ScalarNode) and is_fingerprint(str(node.value)):
        return str(node.value)
    shown = repr(node.value) if isinstance(node, ScalarNode) else kind(node)
    problems.append(problem(path, node, f"expected the {FINGERPRINT_LENGTH}-character fingerprint that "
                                        f"`datelines extract` wrote for {what}, found {shown}; "
                                        "delete the line to make it yours"))
    return None


def _read_entry_fingerprints(path: Path, node: Node, problems: list[Problem]) -> dict[str, str]:
    if isinstance(node, ScalarNode) and node.value in ("", "{}"):
        return {}
    if not isinstance(node, MappingNode):
        problems.append(problem(path, node, f"`extracted.entries` maps entry ids to fingerprints, found {kind(node)}"))
        return {}
    out: dict[str, str] = {}
    for key, key_node, value in items(node):
        fp = _read_fingerprint(path, value, f"entry {key!r}", problems)
        if fp is not None:
            out[key] = fp
    return out


# -- writing -----------------------------------------------------------------

def removed_lines(ids: Sequence[str], indent: str = "") -> list[str]:
    """Items of the `removed:` list, one id per line so that diffs stay small."""
    return [f"{indent}- {dump_scalar(i)}" for i in ids]


def footer_lines(removed: Sequence[str], source_fp: str | None, entries: dict[str, str]) -> list[str]:
    """The whole footer of a new file: comment, `removed:` and `extracted:`."""
    lines = ["", *FOOTER_COMMENT.rstrip("\n").split("\n")]
    lines.append("removed:" if removed else "removed: []")
    lines.extend(removed_lines(removed))
    lines.extend(extracted_lines(source_fp, entries))
    return lines


def extracted_lines(source_fp: str | None, entries: dict[str, str]) -> list[str]:
    """The `extracted:` block, rewritten whole on every extraction."""
    lines = ["extracted:"]
    if source_fp is not None:
        lines.append(f"  source: {dump_scalar(source_fp)}")
    if entries:
        lines.append("  entries:")
        lines.extend(f"    {dump_scalar(i)}: {dump_scalar(fp)}" for i, fp in entries.items())
    else:
        lines.append("  entries: {}")
    return lines
