"""``build()``: content/*.yaml through the theme into site/, atomically.

It reads like the pipeline: load and validate the settings and entries,
render every page in memory, check the links, then write everything to a
temporary folder that replaces site/ in one rename. A failure anywhere
leaves the previous site/ as it was. Nothing depends on the clock or on
directory order, so the same input gives byte-identical output.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config
from generator.errors import DatelinesError, Problem
from generator.exports import timelinejs
from generator.feeds import atom_feed, sitemap
from generator.linkcheck import check_links
from generator.model import Timeline
from generator.pages import plan_site
from generator.render import make_environment, render_template
from generator.searchindex import search_index
from generator.store import load_timeline
from generator.themes import static_dirs
from generator.urls import Urls, entry_path


@dataclass
class BuildResult:
    site_dir: Path
    entries: int
    files: int
    warnings: list[Problem] = field(default_factory=list)


def build(config: Config, site_dir: Path | None = None) -> BuildResult:
    """Validate, render and write the site; raise DatelinesError with every problem."""
    site_dir = site_dir or config.site_dir
    timeline, problems = load_timeline(config.content_dir)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DatelinesError(problems=errors)
    warnings = [p for p in problems if p.severity != "error"]
    files = render_site(config, timeline)
    broken = check_links(files, Urls(config.base_url).base_path)
    if broken:
        raise DatelinesError(problems=broken)
    write_site(files, site_dir)
    return BuildResult(site_dir=site_dir, entries=len(timeline.entries), files=len(files), warnings=warnings)


def render_site(config: Config, timeline: Timeline) -> dict[str, bytes]:
    """Every file of the site, by its path relative to the site root.

    The pages are the same for every theme (the plan decides them), so
    switching themes changes the look and never a URL.
    """
    files = collect_static(config)
    urls = Urls(config.base_url)
    plan = plan_site(timeline, config.split_threshold, config.split_by)
    env = make_environment(config)
    env.globals.update(
        static_url=static_url_helper(files, urls),
        site=plan,
        listed_on=lambda entry: plan.listed_on[entry.id],
    )

    def page(path: str, template: str, **context: object) -> None:
        files[path + "index.html" if path.endswith("/") or not path else path] = \
            render_template(env, template, page_path=path, **context).encode("utf-8")

    if plan.index is not None:
        page("", "index.html", timeline=timeline, listing=plan.index, years=plan.index.years())
    else:
        page("", "overview.html", timeline=timeline, periods=plan.periods)
    for i, period in enumerate(plan.periods):
        for listing in period.pages:
            page(listing.path, "period.html", period=period, listing=listing, years=listing.years(),
                 previous_period=plan.periods[i - 1] if i > 0 else None,
                 next_period=plan.periods[i + 1] if i + 1 < len(plan.periods) else None)
    if plan.tags:
        page("tags/", "tags.html", tags=plan.tags)
        for tag in plan.tags:
            for listing in tag.pages:
                page(listing.path, "tag.html", tag=tag, listing=listing, years=listing.years())
    entries = timeline.entries
    for i, entry in enumerate(entries):
        page(entry_path(entry.id), "entry.html", entry=entry,
             previous=entries[i - 1] if i > 0 else None,
             next=entries[i + 1] if i + 1 < len(entries) else None)
    page("404.html", "404.html")
    files["feed.xml"] = atom_feed(config, timeline)
    files["timeline.json"] = timelinejs(config, timeline)
    files["search-index.json"] = search_index(timeline, urls)
    listing_paths = [""] + [listing.path for listing in plan.listings() if listing.path]
    if plan.tags:
        listing_paths.insert(1 + sum(len(p.pages) for p in plan.periods), "tags/")
    files["sitemap.xml"] = sitemap(config, listing_paths + [entry_path(e.id) for e in entries])
    files[".nojekyll"] = b""
    return files


def static_url_helper(files: dict[str, bytes], urls: Urls):  # type: ignore[no-untyped-def]
    """``static_url("style.css")``: the URL with a content hash, so browsers never keep a stale copy."""
    fingerprints = {path: hashlib.sha256(data).hexdigest()[:10] for path, data in files.items()}

    def static_url(name: str) -> str:
        path = "static/" + name
        if path not in fingerprints:
            raise DatelinesError(f"static file {name!r} is not in the theme's or the project's static/ folder")
        return f"{urls.url(path)}?v={fingerprints[path]}"

    return static_url


def collect_static(config: Config) -> dict[str, bytes]:
    """Static files of the theme chain and the project, the project's winning."""
    files: dict[str, bytes] = {}
    for folder in reversed(static_dirs(config.theme, config.root)):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files["static/" + path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def write_site(files: dict[str, bytes], site_dir: Path) -> None:
    """Write to a temporary folder beside site_dir, then swap it in."""
    _refuse_foreign(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))
    try:
        for rel, data in sorted(files.items()):
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for folder in [tmp, *sorted(p for p in tmp.rglob("*") if p.is_dir())]:
            os.chmod(folder, 0o755)
        for path in tmp.rglob("*"):
            if path.is_file():
                os.chmod(path, 0o644)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(site_dir, old)
    os.rename(tmp, site_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _refuse_foreign(site_dir: Path) -> None:
    """Never replace a folder that is not an earlier build (a mistyped --site-dir)."""
    if not site_dir.exists():
        return
    if not site_dir.is_dir():
        raise DatelinesError(f"{site_dir} exists and is not a folder; refusing to replace it")
    if any(site_dir.iterdir()) and not (site_dir / ".nojekyll").exists():
        raise DatelinesError(f"{site_dir} is not empty and does not look like a Datelines build "
                             "(no .nojekyll); refusing to replace it")
