"""Finding the project a command works on, and its settings."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.config import Config, load_config
from generator.errors import DatelinesError


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-C", "--project", metavar="DIR", type=Path, default=Path("."),
                        help="the project folder (default: the current folder)")


def open_project(args: argparse.Namespace, *, strict: bool = True) -> Config:
    """The project's Config; with ``strict``, settings problems stop the command."""
    root: Path = args.project
    if not root.is_dir():
        raise DatelinesError(f"{root}: no such project folder")
    return load_project(root, strict=strict)


def load_project(root: Path, base_url: str | None = None, *, strict: bool = True) -> Config:
    """Settings of the project at ``root``, ``base_url`` overriding the file's when given."""
    config, problems = load_config(root)
    errors = [p for p in problems if p.severity == "error"]
    if strict and errors:
        raise DatelinesError(problems=errors)
    return config.with_base_url(base_url)
