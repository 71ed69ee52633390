"""Themes: where templates and static files come from, in override order.

A theme is a folder with ``theme.yaml`` (name, description, optional
``parent``), ``templates/`` and ``static/``. The search order, first match
wins, as in Hugo and MkDocs:

    <project>/templates, <project>/static      (the project's own overrides)
    <project>/themes/<name>/...                (a theme in the project)
    <built-in themes>/<name>/...               (shipped with Datelines)
    ... then the same for the parent theme, and its parent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import DatelinesError

MAX_PARENTS = 10


def builtin_themes_dir() -> Path:
    """The themes shipped with Datelines.

    An installed wheel carries them as ``generator/builtin_themes``; a
    source checkout (and an editable install) reads the repository's
    top-level ``themes/`` folder directly.
    """
    here = Path(__file__).resolve().parent
    installed = here / "builtin_themes"
    return installed if installed.is_dir() else here.parent / "themes"


@dataclass(frozen=True)
class ThemeInfo:
    name: str
    path: Path
    description: str = ""
    parent: str | None = None


def find_theme(name: str, project_root: Path) -> ThemeInfo:
    for base in (project_root / "themes", builtin_themes_dir()):
        folder = base / name
        if (folder / "theme.yaml").is_file() or (folder / "templates").is_dir():
            return _read_theme(name, folder)
    known = ", ".join(t.name for t in list_themes(project_root)) or "none"
    raise DatelinesError(f"theme {name!r} not found in {project_root / 'themes'} or the built-in themes "
                         f"(available: {known})")


def _read_theme(name: str, folder: Path) -> ThemeInfo:
    meta_path = folder / "theme.yaml"
    meta: dict[str, object] = {}
    if meta_path.is_file():
        try:
            meta = yaml.safe_load(meta_path.read_text("utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{meta_path}:{mark.line + 1}:{mark.column + 1}" if mark else str(meta_path)
            raise DatelinesError(f"{where}: theme.yaml is not valid YAML") from None
        if not isinstance(meta, dict):
            raise DatelinesError(f"{meta_path}: expected name, description and parent fields")
    parent = meta.get("parent")
    return ThemeInfo(name=str(meta.get("name") or name), path=folder,
                     description=str(meta.get("description") or ""),
                     parent=str(parent) if parent else None)


def theme_chain(name: str, project_root: Path) -> list[ThemeInfo]:
    """The theme and its ancestors, nearest first."""
    chain: list[ThemeInfo] = []
    current: str | None = name
    while current is not None:
        if any(t.path.name == current for t in chain) or len(chain) > MAX_PARENTS:
            raise DatelinesError(f"theme {name!r}: the parent chain loops or is too long "
                                 f"({' -> '.join(t.name for t in chain)} -> {current})")
        info = find_theme(current, project_root)
        chain.append(info)
        current = info.parent
    return chain


def template_dirs(name: str, project_root: Path) -> list[Path]:
    dirs = [project_root / "templates"]
    dirs += [t.path / "templates" for t in theme_chain(name, project_root)]
    return [d for d in dirs if d.is_dir()]


def static_dirs(name: str, project_root: Path) -> list[Path]:
    """Static folders, highest priority first."""
    dirs = [project_root / "static"]
    dirs += [t.path / "static" for t in theme_chain(name, project_root)]
    return [d for d in dirs if d.is_dir()]


def list_themes(project_root: Path) -> list[ThemeInfo]:
    found: dict[str, ThemeInfo] = {}
    for base in (builtin_themes_dir(), project_root / "themes"):
        if base.is_dir():
            for folder in sorted(base.iterdir()):
                if (folder / "theme.yaml").is_file():
                    found[folder.name] = _read_theme(folder.name, folder)
    return [found[k] for k in sorted(found)]
