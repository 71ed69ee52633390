"""``datelines extract``: articles in seeds/ become content/<slug>.yaml.

A content file that exists is a person's work: extraction merges into it
(``generator.merge``) and never overwrites it, unless ``--force`` names the
articles whose hand edits are to be discarded. ``--dry-run`` shows the
merge as a diff and writes nothing. Every file is written whole and
atomically, and one article's failure never stops the others.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from importlib import resources
from pathlib import Path

from generator.articles import find_articles, read_article
from generator.config import Config
from generator.errors import DatelinesError
from generator.fsutil import write_atomic
from generator.merge import MergeResult, fresh_file, merge
from generator.project import add_project_argument, open_project
from generator.store import SCHEMA_NAME, SCHEMA_RELPATH, read_text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="find dated events in articles and merge them into content/",
                       description="Read articles (default: everything in seeds/) and write their dated "
                                   "events as timeline entries to content/<article>.yaml. An existing file "
                                   "is merged into: your edits, deletions, entries and comments are kept.")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("-n", "--dry-run", action="store_true",
                   help="print what would change (a diff per file) and write nothing")
    p.add_argument("--force", action="store_true",
                   help="discard your edits to the named articles' content files and extract them from "
                        "scratch (needs PATH: the articles to reset)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    add_project_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = open_project(args)
    if args.force and not args.paths:
        raise DatelinesError("--force discards your edits: name the articles to extract from scratch, "
                             "e.g. `datelines extract --force seeds/article.txt` (or `seeds/` for all of them)")
    paths = args.paths or [config.seeds_dir]
    for path in paths:
        if not path.exists():
            raise DatelinesError(f"{path}: no such file or folder")
    report = extract_paths(paths, config, force=args.force, quiet=args.quiet, dry_run=args.dry_run)
    return 1 if report.failed else 0


def extract_paths(paths: list[Path], config: Config, *, force: bool = False, quiet: bool = False,
                  dry_run: bool = False) -> ExtractReport:
    """Extract every article under ``paths``; one failure never stops the others."""
    articles = find_articles(paths)
    if not articles:
        raise DatelinesError(f"no articles (.txt, .md) found in {', '.join(map(str, paths))}")
    report = ExtractReport(quiet=quiet, dry_run=dry_run)
    claimed: dict[str, Path] = {}
    for index, path in enumerate(articles, 1):
        report.progress(index, len(articles), path)
        extract_one(path, config, force=force, dry_run=dry_run, claimed=claimed, report=report)
    if not dry_run and config.content_dir.is_dir():
        install_schema(config.content_dir)
    report.summary()
    return report


class ExtractReport:
    """Progress and outcome lines; problems always go to stderr."""

    def __init__(self, quiet: bool = False, dry_run: bool = False) -> None:
        self.quiet = quiet
        self.dry_run = dry_run
        self.failed = 0
        self.written = 0
        self.unchanged = 0

    def progress(self, index: int, total: int, path: Path) -> None:
        if not self.quiet and total > 1:
            print(f"[{index}/{total}] {path}", file=sys.stderr, flush=True)

    def say(self, message: str) -> None:
        if not self.quiet:
            print(message, flush=True)

    def fail(self, message: str) -> None:
        self.failed += 1
        print(f"datelines: error: {message}", file=sys.stderr, flush=True)

    def outcome(self, target: Path, article: Path, result: MergeResult, old: str | None, forced: bool) -> None:
        changed = old != result.text
        if changed:
            self.written += 1
        else:
            self.unchanged += 1
        would = "would be " if self.dry_run else ""
        if result.fresh:
            how = f"{len(result.added)} entries from {article}"
            if old is not None and forced:
                how += f" ({would}extracted from scratch: your edits {'would be ' if self.dry_run else ''}discarded)"
            self.say(f"{target}: {how}")
        elif changed:
            self.say(f"{target}: {would}merged from {article}: {result.summary()}")
        else:
            details = result.summary()
            self.say(f"{target}: up to date with {article}" + (f" ({details})" if details else ""))
        if self.dry_run and not self.quiet:
            self._details(result)
            if changed:
                self._diff(target, old, result.text)

    def _details(self, result: MergeResult) -> None:
        for sign, label, ids in (("+", "added", result.added), ("~", "updated", result.updated),
                                 ("-", "dropped, no longer in the article", result.dropped),
                                 ("=", "kept as you edited it", result.kept),
                                 ("x", "deleted by you, recorded under `removed:`", result.newly_removed),
                                 ("x", "stays removed", result.still_removed)):
            for entry_id in ids:
                print(f"  {sign} {entry_id}: {label}")

    def _diff(self, target: Path, old: str | None, new: str) -> None:
        before = (old or "").splitlines(keepends=True)
        after = new.splitlines(keepends=True)
        diff = difflib.unified_diff(before, after, fromfile="/dev/null" if old is None else f"a/{target}",
                                    tofile=f"b/{target}")
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        sys.stdout.flush()

    def summary(self) -> None:
        if not self.quiet:
            if self.dry_run:
                print(f"dry run: {self.written} would be written, {self.unchanged} unchanged, "
                      f"{self.failed} failed; nothing was written", flush=True)
            else:
                print(f"{self.written} written, {self.unchanged} unchanged, {self.failed} failed", flush=True)


def extract_one(path: Path, config: Config, *, force: bool, claimed: dict[str, Path], report: ExtractReport,
                dry_run: bool = False) -> Path | None:
    """Extract one article; report instead of raising so the others go on."""
    try:
        return _extract_one(path, config, force=force, claimed=claimed, report=report, dry_run=dry_run)
    except DatelinesError as exc:
        report.fail(str(exc))
    except Exception as exc:  # a bug: say so, and still let the other articles be extracted
        report.fail(f"{path}: unexpected failure, nothing written for this article "
                    f"(a bug in Datelines, please report it): {exc!r}")
    return None


def _extract_one(path: Path, config: Config, *, force: bool, claimed: dict[str, Path], report: ExtractReport,
                 dry_run: bool) -> Path | None:
    article = read_article(path)
    if article.slug in claimed:
        raise DatelinesError(f"{path}: its content file content/{article.slug}.yaml is already made from "
                             f"{claimed[article.slug]}; rename one of the two articles")
    claimed[article.slug] = path
    target = config.content_dir / f"{article.slug}.yaml"
    from generator.extract import extract, source_of  # the tagger loads its tables on import

    entries = extract(article, root=config.root, month_first=config.month_first)
    source = source_of(article, config.root)
    old: str | None = None
    if target.exists():
        old, trouble = read_text(target)
        if old is None and not force:
            raise DatelinesError(f"{trouble}\n  (extraction merges into this file and cannot read it; fix it, "
                                 f"or discard it with `datelines extract --force {path}`)")
    if old is not None and not force:
        result = merge(target, old, source, entries)
    else:
        result = fresh_file(source, entries)
    if not dry_run and old != result.text:
        write_atomic(target, result.text)
    report.outcome(target, path, result, old, forced=force)
    return target


def install_schema(content_dir: Path) -> None:
    """Put the entries' JSON Schema where the files' modeline points (content/.schema/)."""
    schema = resources.files("generator").joinpath("schema", SCHEMA_NAME).read_bytes()
    target = content_dir / SCHEMA_RELPATH
    if not target.is_file() or target.read_bytes() != schema:
        write_atomic(target, schema)
