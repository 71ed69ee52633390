"""``datelines build``: the site from content/ into site/."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator.build import build
from generator.project import add_project_argument, open_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="render content/ into a static site in site/",
                       description="Validate content/*.yaml and render it through the theme into site/. "
                                   "On any error the previous site/ is left untouched.")
    p.add_argument("--base-url", metavar="URL",
                   help="where the site will live, e.g. /repo/ or https://user.github.io/repo/ "
                        "(overrides base_url in datelines.yaml)")
    p.add_argument("-d", "--site-dir", type=Path, metavar="DIR", help="output folder (default: site/)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    add_project_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = open_project(args).with_base_url(args.base_url)
    started = time.perf_counter()
    result = build(config, args.site_dir)
    for warning in result.warnings:
        print(f"datelines: {warning}", file=sys.stderr)
    if not args.quiet:
        took = time.perf_counter() - started
        print(f"Built {result.entries} entries into {result.site_dir}/ ({result.files} files, "
              f"base URL {config.base_url}) in {took:.2f} s")
    return 0
