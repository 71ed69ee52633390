"""Themes and the pages they render: the real CLI on real files, no browser.

Covers the theme system (theme.yaml, parents, project overrides, `datelines
theme list|eject`, template errors located), the pages every theme gets
(tag pages, per-year pages above the split threshold, Open Graph and JSON-LD
on entry pages, search-index.json), and that switching themes changes the
look and nothing else.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import hand_written_project
from test_build import HAND, tree_digest

TAGGED = HAND + """\
- id: cathedral
  date: c. 1200
  title: Cathedral begun
  tags: [Architecture]
- id: war-years
  date: 2019/2021
  title: Years of war
  text: Fighting in the *north*.
  tags: [war, diplomacy]
- id: maybe
  date: 2024?
  title: It may have happened
"""


class Page(HTMLParser):
    """Links, ids, meta tags and JSON-LD of one page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: list[str] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list[object] = []
        self.entry_ids: list[str] = []
        self._in_jsonld = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "li" and "entry" in (a.get("class") or "").split():
            self.entry_ids.append(a["id"])
        for name in ("href", "src"):
            if name in a:
                self.links.append(a[name])
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content") or ""
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_jsonld = True

    def handle_data(self, data):
        if self._in_jsonld and data.strip():
            self.jsonld.append(json.loads(data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False


def read(site: Path, rel: str) -> Page:
    return Page((site / rel).read_text("utf-8"))


@pytest.fixture
def tagged(tmp_path: Path) -> Path:
    return hand_written_project(tmp_path / "tagged", TAGGED)


def set_setting(root: Path, line: str) -> None:
    with (root / "datelines.yaml").open("a") as fh:
        fh.write(line + "\n")


# -- pages every theme gets ------------------------------------------------


def test_tag_pages_list_their_entries_and_entries_link_to_them(tagged: Path, cli):
    cli("build", cwd=tagged)
    site = tagged / "site"
    tags = read(site, "tags/index.html")
    assert [u for u in tags.links if re.fullmatch(r"/repo/tags/[^/]+/", u)] == [
        "/repo/tags/architecture/", "/repo/tags/diplomacy/", "/repo/tags/war/"]
    diplomacy = read(site, "tags/diplomacy/index.html")
    assert diplomacy.entry_ids == ["war-years", "pact-signed"]  # in date order
    assert "<h1>Tagged “diplomacy”" in (site / "tags/diplomacy/index.html").read_text()
    index = read(site, "index.html")
    assert "/repo/tags/war/" in index.links and "/repo/tags/" in index.links
    # the tag filter offers the page's tags, with the slugs the entries carry
    html = (site / "index.html").read_text()
    assert re.findall(r'data-tag="([^"]+)"', html) == ["architecture", "diplomacy", "war"]
    assert 'id="war-years" data-tags="war diplomacy"' in html


def test_dates_at_their_precision_and_uncertain_ones_marked(tagged: Path, cli):
    cli("build", cwd=tagged)
    html = (tagged / "site" / "index.html").read_text()
    assert '<span class="date">44 BC</span>' in html
    assert '<time class="date date-approximate" datetime="1200" title="approximate date">c. 1200</time>' in html
    assert '<time class="date" datetime="2019">2019 – 2021</time>' in html
    assert ('<time class="date date-uncertain" datetime="2024" title="uncertain date">2024?</time>'
            '<span class="visually-hidden"> (uncertain date)</span>') in html


def test_entry_page_has_open_graph_and_json_ld(tagged: Path, cli):
    (tagged / "content" / "evil.yaml").write_text(
        "entries:\n- id: evil\n  date: 2020-05-01\n  title: \"</script><script>alert(1)</script>\"\n"
        "  text: Some *text* & more\n")
    cli("build", cwd=tagged)
    site = tagged / "site"
    page = read(site, "entries/pact-signed/index.html")
    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] == "Strategic pact <b>signed</b>"
    assert page.meta["og:url"] == "https://example.github.io/repo/entries/pact-signed/"
    assert page.meta["og:description"].startswith("June 2024: Russia and North Korea sign a pact.")
    [data] = page.jsonld
    assert data["@type"] == "Event" and data["startDate"] == "2024-06"
    assert data["name"] == "Strategic pact <b>signed</b>"
    assert data["url"] == "https://example.github.io/repo/entries/pact-signed/"
    assert data["subjectOf"] == {"@type": "NewsArticle", "headline": "The pact story",
                                 "url": "https://example.org/pact", "datePublished": "2024-06-20"}
    war = read(site, "entries/war-years/index.html").jsonld[0]
    assert (war["startDate"], war["endDate"]) == ("2019", "2021")
    assert read(site, "entries/caesar/index.html").jsonld[0]["startDate"] == "-0043"
    # a title that tries to close the script element stays inside the JSON
    raw = (site / "entries/evil/index.html").read_text()
    script = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(script)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert" not in raw


def test_search_index_has_every_entry_with_plain_text(tagged: Path, cli):
    cli("build", cwd=tagged)
    data = json.loads((tagged / "site" / "search-index.json").read_text())["entries"]
    assert [e["u"] for e in data][:2] == ["/repo/entries/caesar/", "/repo/entries/cathedral/"]
    pact = next(e for e in data if e["u"].endswith("/pact-signed/"))
    assert pact == {"u": "/repo/entries/pact-signed/", "t": "Strategic pact <b>signed</b>", "d": "June 2024",
                    "x": "Russia and North Korea sign a pact. <script>alert(1)</script>",
                    "g": ["diplomacy"]}


def many_entries(years: range, per_year: int) -> str:
    lines = ["entries:"]
    for year in years:
        for n in range(per_year):
            lines += [f"- id: e{year}-{n}", f"  date: {year}-{n % 12 + 1:02d}", f"  title: Event {n} of {year}"]
            if n % 2 == 0:
                lines.append("  tags: [even]")
    return "\n".join(lines) + "\n"


def test_large_timeline_splits_into_year_pages_with_an_overview(tmp_path: Path, cli):
    root = tmp_path / "big"
    (root / "content").mkdir(parents=True)
    (root / "content" / "many.yaml").write_text(many_entries(range(2001, 2006), 5))
    (root / "datelines.yaml").write_text("title: Big\nsplit_threshold: 4\n")
    cli("build", "--base-url", "/repo/", cwd=root)
    site = root / "site"
    overview = read(site, "index.html")
    assert overview.entry_ids == []  # no entries on the overview, only the periods
    assert [u for u in overview.links if "/years/" in u][:5] == [f"/repo/years/{y}/" for y in range(2001, 2006)]
    listed: list[str] = []
    for year in range(2001, 2006):
        first = read(site, f"years/{year}/index.html")
        second = read(site, f"years/{year}/2/index.html")
        assert len(first.entry_ids) == 4 and len(second.entry_ids) == 1  # never more than the threshold
        assert f"/repo/years/{year}/2/" in first.links
        listed += first.entry_ids + second.entry_ids
    assert listed == [f"e{y}-{n}" for y in range(2001, 2006) for n in range(5)]  # each once, in order
    # entry pages lead back to the page that lists them
    back = read(site, "entries/e2003-4/index.html")
    assert "/repo/years/2003/2/#e2003-4" in back.links
    # tag pages are paged too: 15 entries tagged "even", 4 a page
    assert [p.name for p in sorted((site / "tags/even").iterdir())] == ["2", "3", "4", "index.html"]
    assert len(read(site, "tags/even/4/index.html").entry_ids) == 3
    sitemap = (site / "sitemap.xml").read_text()
    assert "/repo/years/2001/</loc>" in sitemap and "/repo/tags/even/2/</loc>" in sitemap


def test_split_by_decade(tmp_path: Path, cli):
    root = tmp_path / "decades"
    (root / "content").mkdir(parents=True)
    (root / "content" / "many.yaml").write_text(many_entries(range(1995, 2012, 4), 2)
                                                + "- id: caesar\n  date: 44 BC\n  title: Caesar\n")
    (root / "datelines.yaml").write_text("title: Decades\nsplit_threshold: 5\nsplit_by: decade\n")
    cli("build", cwd=root)
    pages = sorted(p.parent.name for p in (root / "site/years").glob("*/index.html"))
    assert pages == ["1990s", "2000s", "2010s", "40s-bc"]
    assert read(root / "site", "years/2000s/index.html").entry_ids == [
        "e2003-0", "e2003-1", "e2007-0", "e2007-1"]


@pytest.mark.parametrize("line, message", [
    ("split_threshold: many", "datelines.yaml:2:18: `split_threshold` must be a whole number of 0 or more"),
    ("split_threshold: -5", "datelines.yaml:2:18: `split_threshold` must be a whole number of 0 or more"),
    ("split_by: week", "datelines.yaml:2:11: `split_by` must be one of year, decade, got 'week'"),
    ("split_treshold: 10", "datelines.yaml:2:1: unknown setting `split_treshold`; did you mean `split_threshold`?"),
])
def test_split_settings_are_validated(tagged: Path, cli, line: str, message: str):
    (tagged / "datelines.yaml").write_text("title: T\n" + line + "\n")
    proc = cli("build", cwd=tagged, check=False)
    assert proc.returncode == 1
    assert message in proc.stderr


def test_split_threshold_zero_never_splits(tmp_path: Path, cli):
    root = tmp_path / "one"
    (root / "content").mkdir(parents=True)
    (root / "content" / "many.yaml").write_text(many_entries(range(2001, 2003), 3))
    (root / "datelines.yaml").write_text("split_threshold: 0\n")
    cli("build", cwd=root)
    assert len(read(root / "site", "index.html").entry_ids) == 6
    assert not (root / "site" / "years").exists()


# -- switching themes ------------------------------------------------------


def internal_links(site: Path) -> dict[str, list[str]]:
    """Every page's links inside the site, static files left out (their names differ by theme)."""
    out = {}
    for path in sorted(site.rglob("*.html")):
        links = [u for u in read(site, path.relative_to(site).as_posix()).links
                 if u.startswith("/repo/") and "/static/" not in u]
        out[path.relative_to(site).as_posix()] = links
    return out


@pytest.mark.parametrize("threshold", [None, 3])
def test_switching_theme_changes_the_look_and_nothing_else(tagged: Path, cli, threshold: int | None):
    if threshold is not None:
        set_setting(tagged, f"split_threshold: {threshold}")
    cli("build", "-d", "default-site", cwd=tagged)
    set_setting(tagged, "theme: horizontal")
    cli("build", "-d", "horizontal-site", cwd=tagged)
    one, two = tagged / "default-site", tagged / "horizontal-site"
    files_one = {p for p in tree_digest(one) if not p.startswith("static/")}
    files_two = {p for p in tree_digest(two) if not p.startswith("static/")}
    assert files_one == files_two  # the same pages at the same URLs
    assert internal_links(one) == internal_links(two)  # the same links on every page
    for rel in ("feed.xml", "sitemap.xml", "timeline.json", "search-index.json"):
        assert (one / rel).read_bytes() == (two / rel).read_bytes()
    for rel in files_one:
        if rel.endswith(".html"):
            assert read(one, rel).entry_ids == read(two, rel).entry_ids, rel
    index_two = (two / "index.html").read_text()
    assert "horizontal.css" in index_two and "horizontal.js" in index_two
    assert "horizontal" not in (one / "index.html").read_text()
    assert set(tree_digest(two)) - set(tree_digest(one)) == {"static/horizontal.css", "static/horizontal.js"}


def test_builds_are_byte_identical_in_both_themes(tagged: Path, cli):
    for theme in ("default", "horizontal"):
        (tagged / "datelines.yaml").write_text(f"title: T\ntheme: {theme}\nsplit_threshold: 3\n")
        cli("build", "-d", f"{theme}-1", cwd=tagged)
        cli("build", "-d", f"{theme}-2", cwd=tagged)
        assert tree_digest(tagged / f"{theme}-1") == tree_digest(tagged / f"{theme}-2")


# -- the theme system ------------------------------------------------------


def test_theme_list_shows_built_in_and_project_themes(tagged: Path, cli):
    (tagged / "themes" / "mine").mkdir(parents=True)
    (tagged / "themes" / "mine" / "theme.yaml").write_text("name: mine\ndescription: My own.\nparent: horizontal\n")
    set_setting(tagged, "theme: mine")
    out = cli("theme", "list", cwd=tagged).stdout.splitlines()
    assert re.match(r"^  default +built-in +A vertical timeline", out[0])
    assert re.match(r"^  horizontal +built-in +A horizontal, zoomable timeline.*\(extends default\)$", out[1])
    assert re.match(r"^\* mine +themes/mine +My own\. \(extends horizontal\)$", out[2])


def test_a_project_theme_inherits_templates_and_static_files_from_its_parents(tagged: Path, cli):
    theme = tagged / "themes" / "mine"
    (theme / "templates" / "partials").mkdir(parents=True)
    (theme / "static").mkdir()
    (theme / "theme.yaml").write_text("name: mine\nparent: horizontal\n")
    (theme / "templates" / "partials" / "head-extra.html").write_text(
        '<link rel="stylesheet" href="{{ static_url(\'horizontal.css\') }}">\n'
        '<link rel="stylesheet" href="{{ static_url(\'mine.css\') }}">\n')
    (theme / "static" / "mine.css").write_text("body { color: rebeccapurple; }\n")
    set_setting(tagged, "theme: mine")
    cli("build", cwd=tagged)
    site = tagged / "site"
    html = (site / "index.html").read_text()
    assert "static/mine.css?v=" in html and "static/horizontal.css?v=" in html  # own, and the parent's
    assert "static/horizontal.js?v=" in html  # a partial inherited from horizontal
    assert 'class="htl"' in html
    assert 'class="entry-title"' in html  # templates inherited from default, two levels up
    assert {"static/style.css", "static/horizontal.js", "static/mine.css"} <= set(tree_digest(site))


def test_project_templates_and_static_override_the_theme(tagged: Path, cli):
    (tagged / "templates" / "partials").mkdir(parents=True)
    (tagged / "templates" / "partials" / "entry.html").write_text(
        '<article class="mine"><h3 class="entry-title">{{ entry.title }}</h3>{{ entry.date|time_tag }}</article>\n')
    (tagged / "static").mkdir()
    (tagged / "static" / "style.css").write_text("/* mine */\n")
    set_setting(tagged, "theme: horizontal")
    cli("build", cwd=tagged)
    site = tagged / "site"
    html = (site / "index.html").read_text()
    assert html.count('<article class="mine">') == 7  # the project's partial, inside horizontal's layout
    assert 'class="htl"' in html
    assert (site / "static" / "style.css").read_text() == "/* mine */\n"


def test_eject_copies_a_theme_that_then_wins(tagged: Path, cli):
    proc = cli("theme", "eject", "horizontal", "--as", "wide", cwd=tagged)
    assert "Copied theme 'horizontal' to themes/wide/" in proc.stdout
    assert "It still extends 'default'" in proc.stdout
    assert "Set `theme: wide` in datelines.yaml" in proc.stdout
    wide = tagged / "themes" / "wide"
    assert (wide / "static" / "horizontal.js").is_file()
    assert (wide / "theme.yaml").read_text().startswith("name: wide\n")
    assert "parent: default" in (wide / "theme.yaml").read_text()
    css = wide / "static" / "horizontal.css"
    css.write_text(css.read_text() + "\n/* ejected and changed */\n")
    set_setting(tagged, "theme: wide")
    cli("build", cwd=tagged)
    assert "/* ejected and changed */" in (tagged / "site" / "static" / "horizontal.css").read_text()
    again = cli("theme", "eject", "horizontal", "--as", "wide", cwd=tagged, check=False)
    assert again.returncode == 1 and "themes/wide already exists; use --force" in again.stderr
    cli("theme", "eject", "horizontal", "--as", "wide", "--force", cwd=tagged)
    assert "ejected and changed" not in css.read_text()


def test_eject_default_under_its_own_name_shadows_the_built_in(tagged: Path, cli):
    cli("theme", "eject", "default", cwd=tagged)
    base = tagged / "themes" / "default" / "templates" / "base.html"
    base.write_text(base.read_text().replace("Made with Datelines", "Made by hand"))
    cli("build", cwd=tagged)
    assert "Made by hand" in (tagged / "site" / "index.html").read_text()
    proc = cli("theme", "eject", "nosuch", cwd=tagged, check=False)
    assert proc.returncode == 1 and "theme 'nosuch' not found" in proc.stderr and "default, horizontal" in proc.stderr


def test_template_runtime_error_names_file_and_line(tagged: Path, cli):
    (tagged / "templates" / "partials").mkdir(parents=True)
    (tagged / "templates" / "partials" / "tags.html").write_text("{# a comment #}\n\n{{ entry.nosuchfield.x }}\n")
    proc = cli("build", cwd=tagged, check=False)
    assert proc.returncode == 1
    assert re.search(r"templates/partials/tags\.html:3: template error: .*nosuchfield", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr


def test_theme_yaml_errors_are_located(tagged: Path, cli):
    theme = tagged / "themes" / "broken"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: broken\nparent: [oops\n")
    set_setting(tagged, "theme: broken")
    proc = cli("build", cwd=tagged, check=False)
    assert proc.returncode == 1
    assert "themes/broken/theme.yaml:3:1: theme.yaml is not valid YAML" in proc.stderr


def test_a_parent_loop_is_an_error(tagged: Path, cli):
    for name, parent in (("a", "b"), ("b", "a")):
        (tagged / "themes" / name / "templates").mkdir(parents=True)
        (tagged / "themes" / name / "theme.yaml").write_text(f"name: {name}\nparent: {parent}\n")
    set_setting(tagged, "theme: a")
    proc = cli("build", cwd=tagged, check=False)
    assert proc.returncode == 1 and "the parent chain loops" in proc.stderr
