"""The TempEval-3 Task A metric, restricted to DATE and TIME expressions.

Kept next to the tagger (rather than only in the benchmark) so that tests can
pin the metric itself: a wrong scorer would make every figure meaningless.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

SCORED_TYPES = frozenset({"DATE", "TIME"})


class Span(Protocol):
    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts:
    """Match counts summed over documents; F1 is computed at the end (micro average)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value += other.value

    @staticmethod
    def _f1(matches: int, system: int, gold: int) -> float:
        p = matches / system if system else 0.0
        r = matches / gold if gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def value_f1(self) -> float:
        return self._f1(self.value, self.system, self.gold)


@dataclass
class Alignment:
    """Which system span matched which gold span, so errors can be listed."""

    counts: Counts
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, system index)
    missed: list[int] = field(default_factory=list)  # gold indices with no match
    spurious: list[int] = field(default_factory=list)  # system indices with no match


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def scored(spans: Iterable[Span]) -> list[Span]:
    """Only DATE and TIME count in this metric."""
    return [s for s in spans if s.type in SCORED_TYPES]


def align(gold: Sequence[Span], system: Sequence[Span]) -> Alignment:
    """Match each gold and system span at most once, exact matches first, then overlaps."""
    gold = list(gold)
    system = list(system)
    counts = Counts(gold=len(gold), system=len(system))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used_s and s.start == g.start and s.end == g.end:
                used_g.add(gi)
                used_s.add(si)
                pairs.append((gi, si))
                break
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(system):
            if si not in used_s and _overlap(g, s):
                used_g.add(gi)
                used_s.add(si)
                pairs.append((gi, si))
                break
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        counts.relaxed += 1
        if g.start == s.start and g.end == s.end:
            counts.strict += 1
        if g.value == s.value:
            counts.value += 1
    pairs.sort()
    return Alignment(
        counts=counts,
        pairs=pairs,
        missed=[i for i in range(len(gold)) if i not in used_g],
        spurious=[i for i in range(len(system)) if i not in used_s],
    )
