"""``datelines build``: pages, feeds and exports, atomic and deterministic."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from conftest import hand_written_project

HAND = """\
entries:
- id: pact-signed
  date: 2024-06
  title: Strategic pact <b>signed</b>
  text: "Russia and North Korea sign a *pact*. <script>alert(1)</script>"
  tags: [diplomacy]
  source:
    title: The pact story
    url: https://example.org/pact
    published: 2024-06-20
- id: took-power
  date: 2011
  title: Kim takes power
  links:
  - {title: Evil, url: "javascript:alert(1)"}
- id: caesar
  date: 44 BC
  title: Caesar dies
- id: talks
  date: 2025-09-02
  title: Talks in Beijing
"""


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.times: list[tuple[str | None, str]] = []
        self._in_time: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src"):
            if name in a:
                self.urls.append(a[name])
        if tag == "time" and "class" in a:
            self._in_time = a.get("datetime")

    def handle_data(self, data):
        if self._in_time is not None:
            self.times.append((self._in_time, data))
            self._in_time = None


@pytest.fixture
def hand_project(tmp_path: Path) -> Path:
    return hand_written_project(tmp_path / "hand", HAND)


def test_site_structure(hand_project: Path, cli):
    cli("build", cwd=hand_project)
    site = hand_project / "site"
    files = set(tree_digest(site))
    assert {"index.html", "404.html", "feed.xml", "sitemap.xml", "timeline.json", ".nojekyll",
            "static/style.css", "static/timeline.js", "entries/pact-signed/index.html",
            "entries/took-power/index.html", "entries/caesar/index.html", "entries/talks/index.html"} <= files
    index = (site / "index.html").read_text()
    parser = Links()
    parser.feed(index)
    # entries in date order, each date at its precision, machine-readable where HTML allows
    assert parser.times == [("2011", "2011"), ("2024-06", "June 2024"), ("2025-09-02", "2 September 2025")]
    assert index.index('id="caesar"') < index.index('id="took-power"') < index.index('id="pact-signed"') \
        < index.index('id="talks"')
    assert '<span class="date">44 BC</span>' in index
    assert index.count('<ol class="entries">') == 4  # one list per year
    assert '<h2 id="year-44-bc-h">44 BC</h2>' in index
    # every internal URL goes under the base path
    internal = [u for u in parser.urls if not u.startswith(("https://example.org", "#"))]
    assert internal and all(u.startswith("/repo/") for u in internal), internal
    # untrusted text is escaped, markdown has no raw HTML, script URLs are not links
    assert "Strategic pact &lt;b&gt;signed&lt;/b&gt;" in index
    assert "<em>pact</em>. &lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "javascript:" not in index
    assert '<a href="https://example.org/pact" rel="noopener">The pact story</a>' in index


def test_entry_page_has_permalink_and_neighbours(hand_project: Path, cli):
    cli("build", cwd=hand_project)
    page = (hand_project / "site/entries/pact-signed/index.html").read_text()
    assert '<link rel="canonical" href="https://example.github.io/repo/entries/pact-signed/">' in page
    assert 'href="/repo/entries/took-power/" rel="prev"' in page
    assert 'href="/repo/entries/talks/" rel="next"' in page


def test_feed_sitemap_and_timelinejs(hand_project: Path, cli):
    cli("build", cwd=hand_project)
    site = hand_project / "site"
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{atom}feed"
    assert feed.findtext(f"{atom}updated") == "2025-09-02T00:00:00Z"  # from the data, not the clock
    titles = [e.findtext(f"{atom}title") for e in feed.findall(f"{atom}entry")]
    assert titles[0] == "2 September 2025: Talks in Beijing"
    locs = [e.text for e in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs[0] == "https://example.github.io/repo/"
    assert "https://example.github.io/repo/entries/caesar/" in locs
    data = json.loads((site / "timeline.json").read_text())
    assert data["title"]["text"]["headline"] == "Test timeline"
    events = {e["unique_id"]: e for e in data["events"]}
    assert events["caesar"]["start_date"] == {"year": -43, "display_date": "44 BC"}
    assert events["pact-signed"]["start_date"] == {"year": 2024, "month": 6, "display_date": "June 2024"}
    assert events["talks"]["start_date"]["day"] == 2


def test_base_url_override_and_byte_identical_output(hand_project: Path, cli):
    cli("build", "--base-url", "/other", "-d", "out1", cwd=hand_project)
    cli("build", "--base-url", "/other/", "-d", "out2", cwd=hand_project)
    one, two = tree_digest(hand_project / "out1"), tree_digest(hand_project / "out2")
    assert one == two
    assert 'href="/other/entries/caesar/"' in (hand_project / "out1/index.html").read_text()


def test_failed_build_leaves_previous_site_untouched(hand_project: Path, cli):
    cli("build", cwd=hand_project)
    before = tree_digest(hand_project / "site")
    (hand_project / "content" / "broken.yaml").write_text("entries:\n- id: x\n  date: 2024-02-30\n  title: X\n")
    proc = cli("build", cwd=hand_project, check=False)
    assert proc.returncode == 1
    assert "broken.yaml:3:9: invalid date: February 2024 has 29 days, not 30" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert tree_digest(hand_project / "site") == before
    assert sorted(p.name for p in hand_project.iterdir()) == ["content", "datelines.yaml", "site"]


def test_broken_link_in_a_template_override_fails_the_build(hand_project: Path, cli):
    (hand_project / "templates").mkdir()
    (hand_project / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<a href="{{ url(\'nowhere/\') }}">x</a>{% endblock %}')
    proc = cli("build", cwd=hand_project, check=False)
    assert proc.returncode == 1
    assert "site/404.html" in proc.stderr and "broken link '/repo/nowhere/'" in proc.stderr
    assert not (hand_project / "site").exists()


def test_template_error_names_file_and_line(hand_project: Path, cli):
    (hand_project / "templates").mkdir()
    (hand_project / "templates" / "404.html").write_text('{% extends "base.html" %}\n{% block main %}\n{{ oops( }}\n'
                                                        '{% endblock %}')
    proc = cli("build", cwd=hand_project, check=False)
    assert proc.returncode == 1
    assert "error: templates/404.html:3: template syntax error" in proc.stderr


def test_refuses_to_replace_a_folder_that_is_not_a_build(hand_project: Path, cli):
    precious = hand_project / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    proc = cli("build", "-d", "precious", cwd=hand_project, check=False)
    assert proc.returncode == 1
    assert "does not look like a Datelines build" in proc.stderr
    assert (precious / "notes.txt").read_text() == "keep me"


def test_bad_setting_is_located(hand_project: Path, cli):
    (hand_project / "datelines.yaml").write_text("title: T\nthem: default\n")
    proc = cli("build", cwd=hand_project, check=False)
    assert proc.returncode == 1
    assert "datelines.yaml:2:1: unknown setting `them`; did you mean `theme`?" in proc.stderr
