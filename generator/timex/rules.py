"""Compiling data/patterns.yaml into regular expressions, once per process.

The patterns are written for people (plain spaces, ``{macro}``, ``<group>``);
this module turns that notation into Python regexes so that the finder only
ever runs compiled expressions.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .lexicon import lexicon, load_data

_TOKEN = re.compile(
    r"\{(?P<macro>[a-z_][a-z_0-9]*)\}"
    r"|(?<!\?P)<(?P<group>[a-z_]+[0-9]*)(?::(?P<inner>[^<>]+))?>"
)
_WINDOW = 80


@dataclass(frozen=True)
class Template:
    """A parsed ``value:`` line of a rule (see the header of patterns.yaml)."""

    kind: str  # "date" | "relative" | "ago" | "literal" | "none"
    args: tuple[str, ...] = ()
    anchor: str | None = None  # "dct" | "ref" for relative values
    unit: str | None = None  # a unit name or "{unit}"
    offset: str | None = None  # "0", "-1", "+{num}", "-{num}"
    keep: bool = False
    tense: bool = False  # let the clause's tense choose between the last and the next one


@dataclass(frozen=True)
class Rule:
    """One pattern with its normalisation and context conditions."""

    name: str
    order: int
    regex: re.Pattern[str]
    template: Template
    type: str | None = None
    mod: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    before: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    when: str | None = None
    needs: tuple[str, ...] = ()  # one of these (casefolded) must occur in a text for the rule to match
    reference: bool = True  # whether the value becomes the reference time for later anaphora
    fiscal: str | None = None  # "year": the expression makes the year to date the period reported on

    def context_ok(self, text: str, start: int, end: int) -> bool:
        """Check the optional before/after conditions around a match."""
        lo = max(0, start - _WINDOW)
        hi = min(len(text), end + _WINDOW)
        if self.before is not None and not self.before.search(text, lo, start):
            return False
        if self.not_before is not None and self.not_before.search(text, lo, start):
            return False
        if self.after is not None and not self.after.match(text, end, hi):
            return False
        if self.not_after is not None and self.not_after.match(text, end, hi):
            return False
        return True


def _spaces(piece: str) -> str:
    """Plain spaces in the notation mean 'any blanks'; ' ?' means 'optional blanks'."""
    out = []
    in_class = False
    i = 0
    while i < len(piece):
        c = piece[i]
        if c == "\\" and i + 1 < len(piece):
            out.append(piece[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(r"\s" if c == " " else c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == " ":
            nxt = piece[i + 1] if i + 1 < len(piece) else ""
            if nxt in "?*":
                out.append(r"\s*")
                i += 1
            else:
                out.append(r"\s+")
        else:
            out.append(c)
        i += 1
    return "".join(out)


class _Expander:
    """Expands the pattern notation; pattern macros may use other macros."""

    def __init__(self, pattern_macros: dict[str, str]):
        self.pattern_macros = pattern_macros
        self.word_macros = lexicon().macros
        self.cache: dict[str, str] = {}

    def macro(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        if name in self.pattern_macros:
            result = "(?:" + self.expand(self.pattern_macros[name]) + ")"
        elif name in self.word_macros:
            result = self.word_macros[name]
        else:
            raise KeyError(f"unknown macro {{{name}}}")
        self.cache[name] = result
        return result

    def expand(self, notation: str) -> str:
        out = []
        pos = 0
        for m in _TOKEN.finditer(notation):
            out.append(_spaces(notation[pos : m.start()]))
            if m.group("macro"):
                out.append(self.macro(m.group("macro")))
            else:
                group = m.group("group")
                inner = m.group("inner") or group.rstrip("0123456789")
                if re.fullmatch(r"[a-z_][a-z_0-9]*", inner):
                    body = self.macro(inner)
                else:
                    body = self.expand(inner)
                out.append(f"(?P<{group}>{body})")
            pos = m.end()
        out.append(_spaces(notation[pos:]))
        return "".join(out)


def _required(seq: Any) -> set[str] | None:
    """Literal strings one of which every match must contain, read off the parsed regex.

    Running ~150 patterns over a text costs more than asking, once per rule,
    whether the text contains "ago" or "quarter" at all; this finds such a
    necessary word for each rule so that the finder can skip the rest.
    """
    found: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append({"".join(run).casefold()})
            run.clear()

    for op, av in seq:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _sre.SUBPATTERN:
            sub = _required(av[-1])
        elif op is _sre.BRANCH:
            alternatives = [_required(b) for b in av[1]]
            sub = set().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        else:
            sub = None
        if sub:
            found.append(sub)
    flush()
    found = [f for f in found if f and all(f)]
    if not found:
        return None
    # Few alternatives, each long, make the cheapest and most selective test.
    return min(found, key=lambda f: (len(f) > 6, -min(len(x) for x in f), len(f)))


def required_words(regex: re.Pattern[str]) -> tuple[str, ...]:
    """The words of which a text must contain one for ``regex`` to match in it; () if none is known."""
    needed = _required(list(_sre_parse.parse(regex.pattern, regex.flags)))
    return tuple(sorted(needed)) if needed else ()


def parse_template(text: str) -> Template:
    """Read a ``value:`` line; see the header of patterns.yaml for the forms."""
    words = str(text).split()
    head = words[0]
    if head == "date":
        return Template("date", tuple(words[1:]))
    if head == "none":
        return Template("none")
    if head in ("dct", "ref", "ago", "fiscal"):
        if len(words) < 3:
            raise ValueError(f"relative value needs ANCHOR UNIT OFFSET: {text!r}")
        return Template(
            "ago" if head == "ago" else "relative",
            anchor="dct" if head == "ago" else head,
            unit=words[1],
            offset=words[2],
            keep="keep" in words[3:],
            tense="tense" in words[3:],
        )
    if re.fullmatch(r"[A-Z][A-Z0-9_]*|[0-9]{4}(?:-[0-9]{2}){0,2}", head) and len(words) == 1:
        return Template("literal", (head,))
    raise ValueError(f"cannot read value {text!r}")


def _compile_context(expander: _Expander, notation: str | None, anchored_end: bool) -> re.Pattern[str] | None:
    if notation is None:
        return None
    expanded = expander.expand(notation)
    if not anchored_end and expanded.startswith("^"):
        expanded = expanded[1:]  # .match() already anchors at the match's end
    return re.compile(expanded, re.IGNORECASE)


@cache
def rules() -> tuple[Rule, ...]:
    """All rules of patterns.yaml, compiled, in file order."""
    data = load_data("patterns.yaml")
    expander = _Expander(data.get("macros", {}))
    out = []
    names: set[str] = set()
    for order, spec in enumerate(data["rules"]):
        name = spec["name"]
        if name in names:
            raise ValueError(f"patterns.yaml: two rules are named {name!r}; a rule's name says which one fired")
        names.add(name)
        try:
            body = expander.expand(spec["pattern"])
            regex = re.compile(r"(?<!\w)(?:" + body + r")(?![\w])", re.IGNORECASE)
            template = parse_template(spec.get("value", "date"))
        except (re.error, KeyError, ValueError) as exc:
            raise ValueError(f"patterns.yaml rule {name!r}: {exc}") from exc
        out.append(
            Rule(
                name=name,
                order=order,
                regex=regex,
                needs=required_words(regex),
                template=template,
                type=spec.get("type"),
                mod=spec.get("mod"),
                fields=dict(spec.get("fields") or {}),
                before=_compile_context(expander, spec.get("before"), True),
                not_before=_compile_context(expander, spec.get("not_before"), True),
                after=_compile_context(expander, spec.get("after"), False),
                not_after=_compile_context(expander, spec.get("not_after"), False),
                when=spec.get("when"),
                reference=bool(spec.get("reference", True)),
                fiscal=spec.get("fiscal"),
            )
        )
    return tuple(out)
