"""Build a large generated timeline and time its first interaction in Chromium.

Usage:
    python benchmarks/site_bench.py                       # 5,000 entries, default theme
    python benchmarks/site_bench.py --entries 20000 --theme horizontal
    python benchmarks/site_bench.py --no-split            # everything on one page, for comparison
    python benchmarks/site_bench.py --keep /tmp/big       # keep the project and site to look at

It writes a project with N entries (dates of every precision between 1900
and 2025, markdown text, tags, sources) into a scratch folder, runs the real
``datelines build --base-url /repo/`` on it, serves the site under /repo/
with ``python -m http.server``, opens the first page in Debian's Chromium
(never a downloaded browser) and prints:

- the build time (wall clock of the CLI, and the entries and files built);
- the first page: size, DOMContentLoaded, and when the script has made the
  page interactive (the search box shown), from navigation start;
- the first search: from typing a word to the first result on screen
  (on a split timeline this includes fetching search-index.json);
- the same for a year page.

Figures are printed, never asserted: they depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

WORDS = ("summit treaty election harbour railway bridge strike council ministers parliament river flood "
         "drought harvest festival museum library university reform budget tariff border ceasefire "
         "delegation embassy pipeline satellite vaccine observatory cathedral archive census").split()
TAGS = ("politics", "economy", "science", "culture", "war", "diplomacy", "health", "transport",
        "energy", "sport", "law", "environment")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SEARCH_WORD = "zanzibar"  # appears in exactly one generated entry's text


def make_project(root: Path, entries: int, theme: str = "default", threshold: int | None = None,
                 seed: int = 5000) -> Path:
    """A project with ``entries`` generated entries in 50-entry content files; deterministic for a seed."""
    rng = random.Random(seed)
    (root / "content").mkdir(parents=True, exist_ok=True)
    settings = [f"title: Generated timeline of {entries} entries", "description: A benchmark of Datelines.",
                f"theme: {theme}"]
    if threshold is not None:
        settings.append(f"split_threshold: {threshold}")
    (root / "datelines.yaml").write_text("\n".join(settings) + "\n", "utf-8")
    needle = rng.randrange(entries)
    per_file = 50
    for start in range(0, entries, per_file):
        lines = ["source:", f"  title: Generated article {start // per_file + 1}",
                 f"  url: https://example.org/articles/{start // per_file + 1}",
                 "  published: 2025-01-01", "entries:"]
        for n in range(start, min(entries, start + per_file)):
            year = rng.randint(1900, 2025)
            kind = rng.random()
            if kind < 0.5:
                date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            elif kind < 0.75:
                date = f"{year}-{rng.randint(1, 12):02d}"
            elif kind < 0.9:
                date = str(year)
            elif kind < 0.95:
                date = f"{year}~"
            else:
                date = f"{year}/{min(2025, year + rng.randint(1, 4))}"
            words = [rng.choice(WORDS) for _ in range(rng.randint(20, 60))]
            if n == needle:
                words.insert(5, SEARCH_WORD)
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
            text = " ".join(words).capitalize() + ". The **" + rng.choice(WORDS) + "** was noted."
            tags = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
            lines += [f"- id: e{n:05d}-{rng.choice(WORDS)}", f"  date: '{date}'", f"  title: {title}",
                      f"  text: {text}"]
            if tags:
                lines.append(f"  tags: [{', '.join(tags)}]")
        (root / "content" / f"part-{start // per_file:04d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return root


def build(root: Path, site: Path) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--base-url", "/repo/",
                           "--site-dir", str(site)], cwd=root, capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"build failed:\n{proc.stdout}\n{proc.stderr}")
    return took, proc.stdout.strip()


FIRST_RESULT = """async (word) => {
  const t0 = performance.now();
  const input = document.getElementById('search');
  input.value = word;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  const found = () => document.querySelector('.search-results li a') ||
      document.querySelector('#timeline .entry:not([hidden])');
  while (!found()) { await new Promise(r => setTimeout(r, 2)); }
  return performance.now() - t0;
}"""


def measure_page(page, url: str, word: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Load ``url`` and time it: DOMContentLoaded, interactive, first search result (ms)."""
    page.goto(url, wait_until="commit")
    page.wait_for_selector(".tools:not([hidden])")
    interactive = page.evaluate("performance.now()")
    timing = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
        return {dcl: n.domContentLoadedEventEnd, size: n.transferSize || n.encodedBodySize}; }""")
    first_result = page.evaluate(FIRST_RESULT, word)
    return {"dom_content_loaded_ms": timing["dcl"], "interactive_ms": interactive,
            "first_search_ms": first_result, "html_bytes": timing["size"]}


def browse(site_parent: Path, year_page: str | None) -> dict[str, dict[str, float]]:
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(site_parent)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        origin = f"http://127.0.0.1:{port}/repo/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            figures = {}
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            figures["first page"] = measure_page(context.new_page(), origin, SEARCH_WORD)
            context.close()
            if year_page:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                figures["a year page"] = measure_page(context.new_page(), origin + year_page, "the")
                context.close()
            browser.close()
        return figures
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--theme", default="default")
    parser.add_argument("--no-split", action="store_true", help="split_threshold: 0 (one page)")
    parser.add_argument("--keep", type=Path, help="write the project here and keep it")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="datelines-bench-"))
    try:
        if work.exists():
            shutil.rmtree(work)
        project = make_project(work / "project", args.entries, args.theme, 0 if args.no_split else None)
        site = work / "www" / "repo"
        took, summary = build(project, site)
        files = sum(1 for p in site.rglob("*") if p.is_file())
        print(f"build: {args.entries} entries, theme {args.theme}: {took:.2f} s wall clock ({files} files)")
        print(f"       {summary}")
        years = sorted(p.parent.name for p in (site / "years").glob("*/index.html")) if (site / "years").is_dir() \
            else []
        index_size = (site / "index.html").stat().st_size
        print(f"first page: index.html {index_size / 1024:.0f} KiB, "
              f"{'overview of ' + str(len(years)) + ' year pages' if years else 'every entry on one page'}")
        figures = browse(work / "www", f"years/{years[len(years) // 2]}/" if years else None)
        for name, values in figures.items():
            print(f"{name}: DOMContentLoaded {values['dom_content_loaded_ms']:.0f} ms, "
                  f"interactive {values['interactive_ms']:.0f} ms, "
                  f"first search result {values['first_search_ms']:.0f} ms after typing")
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
