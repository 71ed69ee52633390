"""Validating a whole project: the settings and every content file.

``datelines check`` reports what this finds; ``build`` (and so ``serve``)
run the same two loaders, ``config.load_config`` and
``store.load_timeline``, so a problem reads the same wherever it shows up:
in the terminal, in CI, or in the browser during a preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import Config, load_config
from generator.errors import Problem
from generator.model import Timeline
from generator.store import content_files, load_timeline


@dataclass(frozen=True)
class Validation:
    """Everything found in a project, problems in file and line order."""

    config: Config
    timeline: Timeline
    problems: tuple[Problem, ...]
    files: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


def validate_project(root: Path) -> Validation:
    """Load and check settings and content; never raises for a problem in them."""
    config, problems = load_config(root)
    timeline, content_problems = load_timeline(config.content_dir)
    ordered = sorted([*problems, *content_problems], key=_position)
    return Validation(config, timeline, tuple(ordered), len(content_files(config.content_dir)))


def _position(p: Problem) -> tuple[str, int, int]:
    return (str(p.path), p.line or 0, p.column or 0)
