"""``datelines theme list`` and ``datelines theme eject NAME``.

Ejecting copies a theme into the project's ``themes/`` folder, where it
takes precedence over the built-in theme of the same name (or, with
``--as``, becomes a new theme to select in ``datelines.yaml``): the way to
change a theme beyond overriding single files in ``templates/`` and
``static/``.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import yaml

from generator.errors import DatelinesError
from generator.project import add_project_argument, open_project
from generator.slug import is_slug
from generator.themes import builtin_themes_dir, find_theme, list_themes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("theme", help="list the themes or copy one into the project",
                       description="List the available themes, or eject one: copy it into themes/ "
                                   "to change it.")
    actions = p.add_subparsers(dest="theme_command", metavar="ACTION")
    actions.required = True
    lister = actions.add_parser("list", help="the built-in themes and the project's own")
    add_project_argument(lister)
    lister.set_defaults(func=run)
    eject = actions.add_parser("eject", help="copy a theme into the project's themes/ folder",
                               description="Copy theme NAME into themes/ so you can change it. "
                                           "Set `theme:` in datelines.yaml to use the copy under "
                                           "another name (--as).")
    eject.add_argument("name", metavar="NAME", help="the theme to copy (see `datelines theme list`)")
    eject.add_argument("--as", dest="new_name", metavar="NEW", help="name of the copy (default: NAME)")
    eject.add_argument("--force", action="store_true", help="replace an existing themes/NEW folder")
    add_project_argument(eject)
    eject.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.theme_command == "list":
        return _list(args)
    return _eject(args)


def _list(args: argparse.Namespace) -> int:
    config = open_project(args, strict=False)
    builtin = builtin_themes_dir().resolve()
    for theme in list_themes(config.root):
        current = "*" if theme.path.name == config.theme else " "
        where = "built-in" if theme.path.resolve().parent == builtin else f"themes/{theme.path.name}"
        parent = f" (extends {theme.parent})" if theme.parent else ""
        print(f"{current} {theme.path.name:<12} {where:<18} {theme.description}{parent}")
    return 0


def _eject(args: argparse.Namespace) -> int:
    config = open_project(args, strict=False)
    source = find_theme(args.name, config.root)
    new_name = args.new_name or args.name
    if not is_slug(new_name):
        raise DatelinesError(f"theme name {new_name!r} must be lower-case letters, digits and hyphens")
    target = config.themes_dir / new_name
    if source.path.resolve() == target.resolve():
        raise DatelinesError(f"{target} is theme {args.name!r} itself; nothing to copy")
    if target.exists():
        if not args.force:
            raise DatelinesError(f"{target} already exists; use --force to replace it, or --as NEW for a copy "
                                 "under another name")
        shutil.rmtree(target)
    shutil.copytree(source.path, target, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    if new_name != source.path.name:
        _rename(target / "theme.yaml", new_name, args.name)
    print(f"Copied theme {args.name!r} to {_show(target, config.root)}/")
    if source.parent:
        print(f"It still extends {source.parent!r}: files it does not have come from there.")
    if config.theme != new_name:
        print(f"Set `theme: {new_name}` in datelines.yaml to use it.")
    return 0


def _rename(meta_path: Path, new_name: str, old_name: str) -> None:
    """Give the copy its own name in theme.yaml, keeping everything else."""
    meta = yaml.safe_load(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
    meta = meta if isinstance(meta, dict) else {}
    lines = [f"name: {new_name}"]
    description = meta.get("description") or f"A copy of the {old_name} theme."
    lines.append(f"description: {yaml.safe_dump(str(description), width=1000).strip().removesuffix('...').strip()}")
    if meta.get("parent"):
        lines.append(f"parent: {meta['parent']}")
    meta_path.write_text("\n".join(lines) + "\n", "utf-8")


def _show(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
