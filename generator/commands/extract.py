"""``datelines extract``: articles in seeds/ become content/<slug>.yaml.

Until re-extraction learns to merge, an existing content file is a
person's work and is left alone unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.articles import find_articles, read_article
from generator.config import Config
from generator.errors import DatelinesError
from generator.fsutil import write_atomic
from generator.project import add_project_argument, open_project
from generator.store import dump_entries


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="find dated events in articles and write them to content/",
                       description="Read articles (default: everything in seeds/) and write their dated "
                                   "events as timeline entries to content/<article>.yaml.")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--force", action="store_true",
                   help="overwrite existing content files, discarding hand edits")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    add_project_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = open_project(args)
    paths = args.paths or [config.seeds_dir]
    for path in paths:
        if not path.exists():
            raise DatelinesError(f"{path}: no such file or folder")
    report = extract_paths(paths, config, force=args.force, quiet=args.quiet)
    return 1 if report.failed else 0


def extract_paths(paths: list[Path], config: Config, *, force: bool = False, quiet: bool = False) -> ExtractReport:
    """Extract every article under ``paths``; one failure never stops the others."""
    articles = find_articles(paths)
    if not articles:
        raise DatelinesError(f"no articles (.txt, .md) found in {', '.join(map(str, paths))}")
    report = ExtractReport(quiet=quiet)
    claimed: dict[str, Path] = {}
    for index, path in enumerate(articles, 1):
        report.progress(index, len(articles), path)
        extract_one(path, config, force=force, claimed=claimed, report=report)
    report.summary()
    return report


class ExtractReport:
    """Progress and outcome lines; problems always go to stderr."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failed = 0
        self.written = 0
        self.kept = 0

    def progress(self, index: int, total: int, path: Path) -> None:
        if not self.quiet and total > 1:
            print(f"[{index}/{total}] {path}", file=sys.stderr, flush=True)

    def say(self, message: str) -> None:
        if not self.quiet:
            print(message, flush=True)

    def fail(self, message: str) -> None:
        self.failed += 1
        print(f"datelines: error: {message}", file=sys.stderr, flush=True)

    def summary(self) -> None:
        if not self.quiet:
            print(f"{self.written} written, {self.kept} left as they were, {self.failed} failed", flush=True)


def extract_one(path: Path, config: Config, *, force: bool, claimed: dict[str, Path], report: ExtractReport) -> Path | None:
    """Extract one article; report instead of raising so the others go on."""
    try:
        article = read_article(path)
    except DatelinesError as exc:
        report.fail(str(exc))
        return None
    if article.slug in claimed:
        report.fail(f"{path}: its content file content/{article.slug}.yaml is already made from "
                    f"{claimed[article.slug]}; rename one of the two articles")
        return None
    claimed[article.slug] = path
    target = config.content_dir / f"{article.slug}.yaml"
    if target.exists() and not force:
        report.kept += 1
        report.say(f"{target}: exists, left as is (it may hold hand edits; --force overwrites it)")
        return target
    from generator.extract import extract, source_of  # the tagger loads its tables on import

    try:
        entries = extract(article, root=config.root, month_first=config.month_first)
    except DatelinesError as exc:
        report.fail(str(exc))
        return None
    write_atomic(target, dump_entries(source_of(article, config.root), entries))
    report.written += 1
    report.say(f"{target}: {len(entries)} entries from {path}")
    return target
