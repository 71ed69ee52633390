"""The real CLI on the real seed article: extract, then build."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import SEED

SEED_EVENTS = {
    # date_text as written -> (date, what the sentence is about)
    "Tuesday": ("2025-09-02", "met in Beijing"),
    "June 2024": ("2024-06", "strategic pact"),
    "last year": ("2024", "deployed roughly 15,000 troops"),
    "14 years ago": ("2011", "since taking power"),
}


def test_extract_seed_gives_the_four_events_at_their_precision(project: Path, cli):
    proc = cli("extract", cwd=project)
    target = project / "content" / "000-54ac3c588acb31a6.yaml"
    assert f"{target.relative_to(project)}: 4 entries" in proc.stdout
    data = yaml.safe_load(target.read_text())
    assert data["source"]["file"] == f"seeds/{SEED.name}"
    assert str(data["source"]["published"]) == "2025-09-03"
    found = {e["date_text"]: (str(e["date"]), e["quote"]) for e in data["entries"]}
    assert set(found) == set(SEED_EVENTS)
    for date_text, (date, about) in SEED_EVENTS.items():
        assert found[date_text][0] == date
        assert about in found[date_text][1]
    # no entry from a false hit
    for e in data["entries"]:
        assert e["date_text"].lower() not in ("we", "now", "the 80th")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"])
        assert e["title"] and len(e["title"]) <= 100


def test_extract_keeps_hand_edits_unless_forced_for_named_articles(project: Path, cli):
    cli("extract", cwd=project)
    target = project / "content" / "000-54ac3c588acb31a6.yaml"
    edited = target.read_text().replace("date: 2011", "date: 2011-12-17")
    target.write_text(edited)
    proc = cli("extract", cwd=project)
    assert "1 kept with your edits" in proc.stdout
    assert target.read_text() == edited
    proc = cli("extract", "--force", cwd=project, check=False)  # --force must name what it resets
    assert proc.returncode == 1 and "name the articles" in proc.stderr
    assert target.read_text() == edited
    cli("extract", "--force", f"seeds/{SEED.name}", cwd=project)
    assert "date: 2011\n" in target.read_text()


def test_one_unreadable_article_does_not_stop_the_others(project: Path, cli):
    (project / "seeds" / "broken.md").write_bytes(b"---\ntitle: [oops\n---\nIn 2020.\n")
    (project / "seeds" / "fine.md").write_text("---\ntitle: Fine\ndate: 2020-05-01\n---\n\nThe plant opened in March 2019.\n")
    proc = cli("extract", cwd=project, check=False)
    assert proc.returncode == 1
    assert "broken.md:2:" in proc.stderr and "front matter is not valid YAML" in proc.stderr
    assert "[3/3]" in proc.stderr  # progress for many articles
    assert not (project / "content" / "broken.yaml").exists()
    fine = yaml.safe_load((project / "content" / "fine.yaml").read_text())
    assert [str(e["date"]) for e in fine["entries"]] == ["2019-03"]
    assert (project / "content" / "000-54ac3c588acb31a6.yaml").exists()


def test_build_after_extract(project: Path, cli):
    cli("extract", cwd=project)
    proc = cli("build", "--base-url", "/repo/", cwd=project)
    assert "Built 4 entries" in proc.stdout
    index = (project / "site" / "index.html").read_text()
    times = re.findall(r'<time class="date" datetime="([^"]+)">([^<]+)</time>', index)
    assert times == [("2011", "2011"), ("2024", "2024"), ("2024-06", "June 2024"),
                     ("2025-09-02", "2 September 2025")]
    assert [h for h in re.findall(r"<h2 [^>]*>([^<]+)</h2>", index)] == ["2011", "2024", "2025"]
    entry_links = re.findall(r'<h3 class="entry-title"><a href="(/repo/entries/[a-z0-9-]+/)">', index)
    assert len(entry_links) == 4
    for link in entry_links:
        assert (project / "site" / link.removeprefix("/repo/") / "index.html").is_file()


def test_python_m_generator_and_version(project: Path, cli):
    assert cli("--version", cwd=project).stdout.startswith("datelines ")
    proc = cli("extract", "seeds/missing.txt", cwd=project, check=False)
    assert proc.returncode == 1
    assert proc.stderr == "datelines: error: seeds/missing.txt: no such file or folder\n"


def test_new_project_extracts_and_builds(tmp_path: Path, cli):
    cli("new", "mysite", cwd=tmp_path)
    root = tmp_path / "mysite"
    for rel in ("datelines.yaml", ".gitignore", ".github/workflows/pages.yml", "seeds/apollo-11.md",
                "requirements.txt"):
        assert (root / rel).is_file(), rel
    workflow = yaml.safe_load((root / ".github/workflows/pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    assert any("datelines build --base-url" in s.get("run", "") for s in steps)
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact") for s in steps)
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")
    cli("extract", cwd=root)
    data = yaml.safe_load((root / "content" / "apollo-11.yaml").read_text())
    dates = {e["date_text"]: str(e["date"]) for e in data["entries"]}
    assert dates["July 16, 1969"] == "1969-07-16"
    assert dates["May 1961"] == "1961-05"
    cli("build", cwd=root)
    assert (root / "site" / "index.html").is_file()
    proc = cli("new", "mysite", cwd=tmp_path, check=False)
    assert proc.returncode == 1 and "already exists and is not empty" in proc.stderr
