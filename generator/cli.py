"""The ``datelines`` command line: a thin dispatcher over ``generator.commands``.

Every command lives in its own module so that the CLI stays a table of
contents; errors a user can fix are raised as ``DatelinesError`` and printed
without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from generator import __version__
from generator.errors import DatelinesError

COMMANDS = ("new", "extract", "check", "build", "serve", "timex", "theme")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="datelines",
        description="Turn news articles into a static timeline site.",
    )
    parser.add_argument("--version", action="version", version=f"datelines {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(f"generator.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DatelinesError as exc:
        print(f"datelines: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
