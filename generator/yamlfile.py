"""YAML read with positions, so every complaint can say ``path:line:column``.

Files are composed into PyYAML nodes (which carry their marks) and only
then turned into Python values, field by field, by the code that knows
what each field means. Aliases are refused: a timeline file has no use for
them and they are how "billion laughs" files blow up memory.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.error import Mark
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from generator.errors import Problem

MAX_DEPTH = 50


class _NoAliasComposer(Composer):
    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not allowed in Datelines files; "
                "write the value out", event.start_mark)
        depth = getattr(self, "_depth", 0)
        if depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"the YAML is nested more than {MAX_DEPTH} levels deep",
                self.peek_event().start_mark)
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth


class _Loader(Reader, Scanner, Parser, _NoAliasComposer, SafeConstructor, Resolver):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _NoAliasComposer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)


class YamlFileError(Exception):
    """A file that is not YAML at all; carries the located problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def compose(path: Path, text: str) -> Node | None:
    """The node tree of ``text``, or YamlFileError at the line and column of the fault."""
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # where the quote opens, not the end of the file
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            if exc.problem.startswith("but "):  # PyYAML's "expected X" / "but found Y"
                reason = f"{exc.context}, {exc.problem}"
            else:
                reason = f"{exc.problem} ({exc.context})"
        reason += _hint(reason)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise YamlFileError(Problem(path, line, column, f"YAML syntax error: {reason}")) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(Problem(path, None, None, f"YAML error: {exc}")) from None
    finally:
        loader.dispose()


# PyYAML's messages name parser states; what a person can do about them.
_HINTS = (
    ("'\\t' that cannot start any token", "YAML indents with spaces, never tabs"),
    ("expected <block end>", "the indentation does not line up with the lines above: "
                             "the fields of one entry start in the same column"),
    ("mapping values are not allowed here", "check the indentation, and put text that contains `: ` in quotes"),
    ("could not find expected ':'", "each field is `name: value`; put text that contains `: ` or `#` in quotes"),
    ("while scanning a quoted scalar", "the quote that opens here is never closed"),
    ("expected a single document", "a `---` line starts a second document; a content file holds one"),
)


def _hint(reason: str) -> str:
    for needle, hint in _HINTS:
        if needle in reason:
            return f"; {hint}"
    return ""


def where(path: Path, node: Node) -> tuple[Path, int, int]:
    return (path, node.start_mark.line + 1, node.start_mark.column + 1)


def problem(path: Path, node: Node, message: str, severity: str = "error") -> Problem:
    return Problem(*where(path, node), message, severity)


def items(node: MappingNode) -> Iterator[tuple[str, ScalarNode, Node]]:
    """(key, key node, value node) of a mapping; keys are read as text."""
    for key_node, value_node in node.value:
        yield str(key_node.value), key_node, value_node


_constructor = SafeConstructor()


def scalar(node: ScalarNode) -> object:
    """The Python value of a scalar, as safe_load would give it (str, int, date...).

    Where YAML's own reading fails (``2024-02-30`` looks like a timestamp but
    is no day), the text as typed is returned, for the caller to explain.
    """
    try:
        return _constructor.construct_object(node, deep=False)
    except ValueError:
        return str(node.value)


def is_sequence(node: Node | None) -> bool:
    return isinstance(node, SequenceNode)



def kind(node: Node) -> str:
    """How a node reads to a person: "a list", "a mapping", "text"."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    value = scalar(node)  # type: ignore[arg-type]
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, _dt.date):
        return "a date"
    return "text"


def dump_scalar(value: object) -> str:
    """One YAML scalar on one line, quoted only when YAML needs it.

    Always one line, so that an entry is a run of whole lines that merging
    can fingerprint and replace; text with line breaks is double-quoted
    with ``\\n`` escapes.
    """
    out = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1 << 30)
    out = out.removesuffix("\n...\n").removesuffix("\n")
    if "\n" in out:
        out = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=1 << 30).removesuffix("\n")
    return out


# -- text positions ----------------------------------------------------------
# Merging edits content files as text, line by line, so that everything a
# person wrote (comments, quoting, order) stays byte for byte. These helpers
# map PyYAML's marks onto lines of the original text.

# The characters PyYAML counts as line breaks (its Reader), so that our line
# numbers agree with its marks; str.splitlines would also split on \v and \f.
LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (0-based line numbers)."""
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def content_end(node: Node) -> Mark:
    """Where the node's own text ends.

    PyYAML ends a block collection at the next token, past any comment
    lines that follow it; those comments belong to whatever comes next, so
    the end is taken from the last value inside instead.
    """
    while isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    return node.end_mark


def last_line(node: Node) -> int:
    """The 0-based number of the last line that holds some of the node's text."""
    end = content_end(node)
    if end.column == 0 and end.line > node.start_mark.line:
        return end.line - 1  # a block scalar ends at the start of the next line
    return end.line
