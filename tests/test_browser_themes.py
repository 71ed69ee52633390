"""Both themes in a real Chromium, on sites built with --base-url /repo/ and served under /repo/.

Each test runs for the default and the horizontal theme: the seed timeline
in order with no console error, failed or third-party request; every entry
and link without JavaScript; search, tag filter and keyboard navigation;
axe-core accessibility checks; print; screenshots at 375 and 1280 px, light
and dark, saved to test-artifacts/screenshots/; and a generated timeline of
5,000 entries whose build and first interaction times are printed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO
from test_browser import watch_failures

sys.path.insert(0, str(REPO / "benchmarks"))
import site_bench  # noqa: E402

pytestmark = pytest.mark.browser

THEMES = ["default", "horizontal"]
ARTIFACTS = REPO / "test-artifacts"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"

# Entries written by hand beside the seed's: tags, markdown, and every kind of date.
EXTRA = """\
entries:
- id: caesar
  date: 44 BC
  title: Caesar is killed in Rome
  text: The dictator is stabbed in the *Theatre of Pompey*.
  tags: [history]
- id: cathedral
  date: c. 1200
  title: Work begins on the cathedral
  tags: [history]
- id: korean-war
  date: 1950/1953
  title: The Korean War
  text: The war ends in an armistice, not a peace treaty.
  tags: [war, diplomacy]
  links:
  - {title: Armistice text, url: "https://example.org/armistice"}
- id: pact
  date: 2024-06-19
  title: Russia and North Korea sign a strategic partnership pact
  text: The pact includes a **mutual defence** clause.
  tags: [diplomacy]
  source:
    title: Putin and Kim sign pact
    url: https://example.org/pact
    published: 2024-06-19
    name: AP
- id: uncertain-visit
  date: 2025?
  title: A possible visit by Xi to Pyongyang
  tags: [diplomacy]
"""


def setup_project(project: Path, cli, theme: str, extra: bool = True) -> Path:  # type: ignore[no-untyped-def]
    cli("extract", cwd=project)
    if extra:
        (project / "content" / "extra.yaml").write_text(EXTRA)
    with (project / "datelines.yaml").open("a") as fh:
        fh.write(f"theme: {theme}\n")
    return project


def serve(project: Path, cli, static_server) -> str:  # type: ignore[no-untyped-def]
    www, origin = static_server
    cli("build", "--base-url", "/repo/", "--site-dir", str(www / "repo"), cwd=project)
    return f"{origin}/repo/"


def watch_hosts(page, origin: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every request that leaves the site's own host (there must be none: the site works offline)."""
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url)
            if not r.url.startswith(origin) and not r.url.startswith("data:") else None)
    return foreign


def visible_entry_ids(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all(".entry", "els => els.filter(e => !e.hidden && e.offsetParent !== null)"
                                               ".map(e => e.id)")


@pytest.fixture(params=THEMES)
def theme(request) -> str:  # type: ignore[no-untyped-def]
    return request.param


@pytest.fixture
def demo_site(project: Path, cli, static_server, theme: str) -> str:  # type: ignore[no-untyped-def]
    """The seed timeline plus EXTRA, in the theme under test, served under /repo/."""
    setup_project(project, cli, theme)
    return serve(project, cli, static_server)


def test_seed_timeline_renders_in_order_without_errors(page, project, cli, static_server, theme):
    setup_project(project, cli, theme, extra=False)
    url = serve(project, cli, static_server)
    failures = watch_failures(page)
    foreign = watch_hosts(page, url.rsplit("/repo/", 1)[0])
    page.goto(url)
    page.wait_for_load_state("networkidle")
    stamps = page.eval_on_selector_all(".entry .entry-date time[datetime]", "els => els.map(e => e.getAttribute('datetime'))")
    assert stamps == ["2011", "2024", "2024-06", "2025-09-02"]
    labels = page.eval_on_selector_all(".entry .entry-date", "els => els.map(e => e.textContent.trim())")
    assert labels == ["2011", "2024", "June 2024", "2 September 2025"]
    assert page.is_visible("#search")
    if theme == "horizontal":
        # the strip of cards runs left to right, and the axis has a marker per entry
        lefts = page.eval_on_selector_all(".entry", "els => els.map(e => e.getBoundingClientRect().left)")
        assert lefts == sorted(lefts) and lefts[0] < lefts[-1]
        assert page.eval_on_selector_all(".htl-marker", "els => els.length") == 4
        assert page.is_visible(".htl-axis")
    else:
        tops = page.eval_on_selector_all(".entry", "els => els.map(e => e.getBoundingClientRect().top)")
        assert tops == sorted(tops) and tops[0] < tops[-1]
        assert page.query_selector(".htl") is None
    assert failures == [] and foreign == []


def test_without_javascript_every_entry_and_link_is_there(browser, demo_site, theme):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    failures = watch_failures(page)
    total = len(json.loads(page.request.get(demo_site + "search-index.json").text())["entries"])
    assert total == 9
    page.goto(demo_site)
    assert len(visible_entry_ids(page)) == total
    assert not page.is_visible("#search") and not page.is_visible(".tag-filter")
    if theme == "horizontal":
        assert not page.is_visible(".htl-axis") and not page.is_visible(".htl-controls")
    checked: set[str] = set()
    for start in ("", "entries/pact/", "tags/diplomacy/", "tags/"):
        page.goto(demo_site + start)
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            bare = href.split("#", 1)[0]
            if bare.startswith(demo_site) and bare not in checked:
                checked.add(bare)
                assert page.request.get(bare).status == 200, href
            if "#" in href and href.startswith(demo_site):  # a fragment names an element on its page
                page_url, fragment = href.split("#", 1)
                body = page.request.get(page_url).text()
                assert f'id="{fragment}"' in body, href
    assert len(checked) >= 15
    assert failures == []
    context.close()


def test_search_tag_filter_and_keyboard_navigation(page, demo_site, theme):
    failures = watch_failures(page)
    page.goto(demo_site)
    everything = visible_entry_ids(page)
    assert len(everything) == 9
    # search by a word of an entry's text (not its title)
    page.fill("#search", "artillery")
    assert len(visible_entry_ids(page)) == 1
    [found] = visible_entry_ids(page)
    assert "artillery" in page.text_content(f"#{found} .entry-text")
    assert page.text_content(".search-status") == "1 of 9 entries"
    assert "q=artillery" in page.url  # the search can be shared as a link
    page.fill("#search", "")
    assert visible_entry_ids(page) == everything
    # the tag filter hides every entry without the tag, and a second click shows them again
    page.click('.tag-filter button[data-tag="diplomacy"]')
    shown = visible_entry_ids(page)
    assert shown == ["korean-war", "pact", "uncertain-visit"]
    assert page.get_attribute('.tag-filter button[data-tag="diplomacy"]', "aria-pressed") == "true"
    # keyboard: j and k move focus between the entries the filter left
    page.focus("body")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "korean-war"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "pact"
    page.keyboard.press("ArrowRight" if theme == "horizontal" else "ArrowDown")
    assert page.evaluate("document.activeElement.id") == "uncertain-visit"
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "pact"
    # Enter opens the focused entry
    page.keyboard.press("Enter")
    page.wait_for_url("**/entries/pact/")
    page.go_back()
    page.click('.tag-filter button[data-tag="diplomacy"]')
    assert visible_entry_ids(page) == everything
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"
    assert failures == []


def test_horizontal_axis_zooms_and_follows_the_cards(page, project, cli, static_server):
    setup_project(project, cli, "horizontal")
    url = serve(project, cli, static_server)
    failures = watch_failures(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url)
    assert page.eval_on_selector_all(".htl-marker", "els => els.length") == 9
    ticks = page.eval_on_selector_all(".htl-tick", "els => els.map(e => e.textContent)")
    assert {"1 BC", "1000", "2000"} <= set(ticks)  # the whole span from 44 BC to 2025 at first
    assert page.is_disabled('[data-zoom="out"]')
    for _ in range(6):
        page.click('[data-zoom="in"]')
    zoomed = page.eval_on_selector_all(".htl-tick", "els => els.map(e => e.textContent)")
    years = [1 - int(t.removesuffix(" BC")) if t.endswith(" BC") else int(t) for t in zoomed if t]
    assert years == sorted(years) and 1 <= years[1] - years[0] <= 5  # ticks 5 years apart or closer
    assert not page.is_disabled('[data-zoom="out"]')
    # a marker takes you to its card; "Later" to the next one
    june = page.eval_on_selector(".entry:has(time[datetime='2024-06'])", "e => e.id")
    page.click(".htl-marker[title^='June 2024']", force=True)
    assert page.evaluate("document.activeElement.id") == june
    assert page.text_content(".htl-range").startswith("June 2024")
    page.click('[data-step="1"]')
    assert page.evaluate("document.activeElement.id") == "pact"
    card = page.eval_on_selector("#pact", "e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }")
    assert 0 <= card[0] and card[1] <= 1280  # scrolled into view
    page.click('[data-zoom="fit"]')
    assert page.is_disabled('[data-zoom="out"]')
    assert failures == []


PAGES = {"index": "", "entry": "entries/pact/", "tag": "tags/diplomacy/"}


def test_axe_finds_no_serious_or_critical_violation(browser, demo_site, theme):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in {REPO} (make test does)")
    report = []
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        failures = watch_failures(page)
        for name, path in PAGES.items():
            page.goto(demo_site + path)
            page.wait_for_load_state("networkidle")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("""async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return {violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})),
                        passes: r.passes.length};
            }""")
            bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
            minor = [f"{v['id']} ({v['impact']})" for v in result["violations"] if v not in bad]
            report.append(f"axe {theme} {scheme} {name}: {result['passes']} rules pass, "
                          f"{len(bad)} serious/critical, other: {', '.join(minor) or 'none'}")
            assert bad == [], f"{theme} {scheme} {name}: {json.dumps(bad, indent=1)}"
        assert failures == []
        context.close()
    print("\n" + "\n".join(report))


def test_screenshots_light_and_dark_at_375_and_1280(browser, demo_site, theme):
    """Saved for people to look at; the checks are what a screenshot would show wrong."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    backgrounds = {}
    for width, scheme in [(360, "light"), (375, "light"), (375, "dark"), (1280, "light"), (1280, "dark")]:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        failures = watch_failures(page)
        for name, path in PAGES.items():
            page.goto(demo_site + path)
            page.wait_for_load_state("networkidle")
            # nothing sticks out sideways: the page itself never scrolls horizontally
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{theme} {name} at {width}px overflows by {overflow}px"
            if width != 360:  # 360 px, the narrowest phone we support, is checked, not kept
                page.screenshot(path=str(folder / f"{theme}-{name}-{width}-{scheme}.png"), full_page=True)
        backgrounds[(width, scheme)] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert failures == []
        context.close()
    assert backgrounds[(375, "light")] != backgrounds[(375, "dark")]  # prefers-color-scheme is honoured


def test_print_shows_the_whole_timeline_without_navigation(page, demo_site, theme):
    page.goto(demo_site)
    page.fill("#search", "artillery")  # a filter on screen must not cut the printout short
    assert len(visible_entry_ids(page)) == 1
    page.emulate_media(media="print")
    assert page.eval_on_selector_all(".entry", "els => els.filter(e => e.offsetParent !== null).length") == 9
    for chrome in (".year-nav", ".tools", ".site-nav", ".site-footer"):
        assert page.eval_on_selector(chrome, "e => getComputedStyle(e).display") == "none", chrome
    if theme == "horizontal":
        assert page.eval_on_selector(".htl .entries", "e => getComputedStyle(e).display") == "block"
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi, to look at without a PDF viewer
    page.screenshot(path=str(ARTIFACTS / "print" / f"{theme}-timeline.png"), full_page=True)
    page.pdf(path=str(ARTIFACTS / "print" / f"{theme}-timeline.pdf"), format="A4")
    assert (ARTIFACTS / "print" / f"{theme}-timeline.pdf").stat().st_size > 1000


def test_split_timeline_search_finds_entries_on_other_pages(page, tmp_path, cli, static_server, theme):
    root = site_bench.make_project(tmp_path / "split", 300, theme, threshold=100)
    url = serve(root, cli, static_server)
    failures = watch_failures(page)
    page.goto(url)
    assert page.query_selector_all(".entry") == []  # the overview lists years, not entries
    years = page.eval_on_selector_all(".periods .period-title a", "els => els.map(e => e.href)")
    assert len(years) > 50
    page.fill("#search", site_bench.SEARCH_WORD)
    page.wait_for_selector(".search-results li a")
    results = page.eval_on_selector_all(".search-results li a", "els => els.map(e => e.href)")
    assert len(results) == 1
    page.click(".search-results li a")
    assert site_bench.SEARCH_WORD in page.text_content(".entry-page .entry-text").lower()
    # on a year page, matches on this page are filtered in place and the others listed
    page.goto(years[0])
    on_page = len(visible_entry_ids(page))
    page.fill("#search", "the")
    page.wait_for_selector(".search-results li a")
    status = page.text_content(".search-status")
    assert status.startswith(f"{on_page} of {on_page} entries on this page; ") and "on other pages" in status
    assert failures == []


def test_5000_entries_build_and_the_first_page_is_interactive(browser, tmp_path, static_server, theme):
    root = site_bench.make_project(tmp_path / "big", 5000, theme)
    www, origin = static_server
    took, summary = site_bench.build(root, www / "repo")
    assert "Built 5000 entries" in summary
    html_pages = list((www / "repo").rglob("*.html"))
    biggest = max(p.stat().st_size for p in html_pages)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failures = watch_failures(page)
    started = time.perf_counter()
    figures = site_bench.measure_page(page, f"{origin}/repo/", site_bench.SEARCH_WORD)
    wall = time.perf_counter() - started
    results = page.eval_on_selector_all(".search-results li a", "els => els.map(e => e.textContent)")
    assert len(results) == 1  # the one entry with the word, found from the first page
    assert failures == []
    context.close()
    print(f"\n5,000 entries, {theme} theme: build {took:.2f} s ({len(html_pages)} pages, largest "
          f"{biggest / 1024:.0f} KiB); first page DOMContentLoaded {figures['dom_content_loaded_ms']:.0f} ms, "
          f"interactive {figures['interactive_ms']:.0f} ms, first search result "
          f"{figures['first_search_ms']:.0f} ms after typing ({wall:.2f} s in all)")
