"""``datelines check``: every problem in the settings and content, one line each.

The same validation runs in ``build`` and ``serve``; ``check`` is for when
you want the whole list without building, in an editor's terminal or CI.
Problems go to stdout as ``path:line:column: message`` (the format editors
and CI annotators read), the tally to stderr. Exit status: 1 when there is
an error, 0 otherwise; warnings alone do not fail.
"""

from __future__ import annotations

import argparse
import sys

from generator.project import add_project_argument
from generator.errors import DatelinesError
from generator.validate import validate_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="validate datelines.yaml and content/ and list every problem",
                       description="Validate the settings and every content file, and print each problem "
                                   "as path:line:column: message. Exits 1 if any is an error.")
    add_project_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.project.is_dir():
        raise DatelinesError(f"{args.project}: no such project folder")
    result = validate_project(args.project)
    for found in result.problems:
        print(found)
    sys.stdout.flush()
    entries = len(result.timeline.entries)
    counted = f"{entries} entr{'y' if entries == 1 else 'ies'} in {result.files} file{'' if result.files == 1 else 's'}"
    if result.problems:
        n_err, n_warn = len(result.errors), len(result.warnings)
        print(f"datelines check: {n_err} error{'' if n_err == 1 else 's'}, "
              f"{n_warn} warning{'' if n_warn == 1 else 's'} ({counted} loaded)", file=sys.stderr)
    else:
        print(f"datelines check: no problems ({counted})", file=sys.stderr)
    return 1 if result.errors else 0
