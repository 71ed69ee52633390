"""``datelines new DIR``: scaffold a timeline project."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a new timeline project",
                       description="Create DIR with datelines.yaml, content/, seeds/ holding a sample article, "
                                   ".gitignore and a GitHub Pages workflow.")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from generator.scaffold import new_project

    written = new_project(args.dir)
    for path in written:
        print(f"created {path}")
    print(f"\nNext:\n  cd {args.dir}\n  datelines extract   # seeds/ -> content/\n  datelines serve     # preview at "
          "http://127.0.0.1:8000/")
    return 0
