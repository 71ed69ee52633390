"""YAML read with positions, so every complaint can say ``path:line:column``.

Files are composed into PyYAML nodes (which carry their marks) and only
then turned into Python values, field by field, by the code that knows
what each field means. Aliases are refused: a timeline file has no use for
them and they are how "billion laughs" files blow up memory.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
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
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            reason = f"{exc.problem} ({exc.context})"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise YamlFileError(Problem(path, line, column, f"YAML syntax error: {reason}")) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(Problem(path, None, None, f"YAML error: {exc}")) from None
    finally:
        loader.dispose()


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


def is_mapping(node: Node | None) -> bool:
    return isinstance(node, MappingNode)


def is_sequence(node: Node | None) -> bool:
    return isinstance(node, SequenceNode)


def is_scalar(node: Node | None) -> bool:
    return isinstance(node, ScalarNode)


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
    """One YAML scalar on one line, quoted only when YAML needs it."""
    out = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1 << 30)
    out = out.removesuffix("\n...\n").removesuffix("\n")
    return out
