"""Re-extraction merges into hand-edited content files: the real CLI on the seed article."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SEED

CONTENT = "000-54ac3c588acb31a6.yaml"
FOOTER = "\n# Bookkeeping of `datelines extract`"
MET = "russian-president-vladimir-putin-and-d431dd"  # 2025-09-02, "Tuesday"
TROOPS = "south-korean-intelligence-estimates-that-653d3f"  # 2024, "last year"
PACT = "in-his-opening-remarks-the-5590e0"  # 2024-06
POWER = "it-is-the-first-time-2396ae"  # 2011, "14 years ago"

OWN_ENTRY = (
    "# Added by hand: the parade itself, which the article only mentions.\n"
    "- id: victory-parade-in-beijing\n"
    "  date: 3 September 2025   # the day of the parade\n"
    "  title: 'China holds a military parade: Putin, Kim and Xi watch'\n"
    "  tags: [parade, china]\n"
)


def entry_block(text: str, entry_id: str) -> str:
    """The lines of one entry as the file has them (our layout: `- id:` then indented fields)."""
    m = re.search(rf"^- id: {re.escape(entry_id)}\n(?:  .*\n)*", text, re.M)
    assert m, f"no entry {entry_id} in\n{text}"
    return m.group(0)


def body(text: str) -> str:
    """Everything above the bookkeeping footer."""
    return text[:text.index(FOOTER)]


def footer(text: str) -> dict:
    data = yaml.safe_load(text)
    return {"removed": data.get("removed") or [], "extracted": data.get("extracted")}


def ids(text: str) -> list[str]:
    return [e["id"] for e in yaml.safe_load(text)["entries"] or []]


def hand_edit(text: str) -> str:
    """What a person does: fix a title and a date, delete an entry, add one of their own with a comment."""
    power = entry_block(text, POWER)
    edited_power = (power.replace("  date: 2011\n", "  date: 2011-12-17\n")
                    .replace(re.search(r"  title: .*\n", power).group(0), "  title: Kim Jong Un takes power\n"))
    text = text.replace(power, edited_power)
    text = text.replace(entry_block(text, TROOPS), "")
    cut = text.index(FOOTER) + 1  # after the last entry, before the bookkeeping
    return text[:cut] + OWN_ENTRY + text[cut:]


def test_scripted_scenario_keeps_every_hand_edit(project: Path, cli):
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    first = path.read_text()
    assert ids(first) == [MET, TROOPS, PACT, POWER]
    edited = hand_edit(first)
    path.write_text(edited)

    proc = cli("extract", cwd=project)
    after = path.read_text()
    assert "1 kept with your edits, 1 recorded as removed by you" in proc.stdout
    # Above the bookkeeping, not one byte changed: the edited entry, the comment, the own entry, the order.
    assert body(after) == body(edited)
    assert "  date: 2011-12-17\n  title: Kim Jong Un takes power\n" in after
    assert OWN_ENTRY in after
    # The deleted entry did not come back, and the file says why.
    assert ids(after) == [MET, PACT, POWER, "victory-parade-in-beijing"]
    book = footer(after)
    assert book["removed"] == [TROOPS]
    assert TROOPS not in book["extracted"]["entries"]

    # Again: nothing left to do, byte for byte the same file.
    proc = cli("extract", cwd=project)
    assert path.read_text() == after
    assert "0 written, 1 unchanged" in proc.stdout

    proc = cli("check", cwd=project)
    assert proc.stdout == ""
    cli("build", cwd=project)
    index = (project / "site" / "index.html").read_text()
    assert "Kim Jong Un takes power" in index
    assert "China holds a military parade" in index
    assert "15,000 troops" not in index
    assert (project / "site" / "entries" / "victory-parade-in-beijing" / "index.html").is_file()


def test_untouched_entries_follow_the_article_edited_ones_do_not(project: Path, cli):
    """The article is corrected (published a week later): "Tuesday" moves, the hand-edited entry stays."""
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    edited = hand_edit(path.read_text())
    path.write_text(edited)
    cli("extract", cwd=project)
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text().replace("date 2025-09-03", "date 2025-09-10", 1))

    dry = cli("extract", "--dry-run", cwd=project)
    assert path.read_text() != edited and "2025-09-09" not in path.read_text()  # a dry run writes nothing
    assert f"~ {MET}: updated" in dry.stdout
    assert "-  date: 2025-09-02\n+  date: 2025-09-09\n" in dry.stdout
    assert "-  published: 2025-09-03\n+  published: 2025-09-10\n" in dry.stdout

    before = path.read_text()
    proc = cli("extract", cwd=project)
    after = path.read_text()
    assert "1 updated" in proc.stdout and "source updated" in proc.stdout
    assert "  date: 2025-09-09\n" in entry_block(after, MET)
    assert "  published: 2025-09-10\n" in after
    # the hand-edited entry and the person's own entry, byte for byte
    assert entry_block(after, POWER) == entry_block(before, POWER)
    assert OWN_ENTRY in after
    assert ids(after) == [MET, PACT, POWER, "victory-parade-in-beijing"]


def test_an_edited_source_block_is_kept(project: Path, cli):
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    text = path.read_text()
    edited = re.sub(r"  title: Before sitting down.*\n", "  title: Putin and Kim meet in Beijing\n", text)
    path.write_text(edited)
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text().replace("date 2025-09-03", "date 2025-09-10", 1))
    cli("extract", cwd=project)
    after = path.read_text()
    assert "  title: Putin and Kim meet in Beijing\n  published: 2025-09-03\n" in after


def test_a_sentence_gone_from_the_article(project: Path, cli):
    """Untouched entries of a sentence that is gone are dropped; a hand-edited one stays."""
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    text = path.read_text()
    pact = entry_block(text, PACT)
    path.write_text(text.replace(pact, pact.replace("  date: 2024-06\n", "  date: June 19, 2024\n")))
    seed = project / "seeds" / SEED.name
    article = seed.read_text()
    for sentence in ("South Korean intelligence estimates", "In his opening remarks"):
        start = article.index(sentence)
        article = article[:start] + article[article.index(".", start) + 1:]
    seed.write_text(article)
    proc = cli("extract", cwd=project)
    after = path.read_text()
    assert "1 dropped (no longer in the article)" in proc.stdout
    assert ids(after) == [MET, PACT, POWER]
    assert "  date: June 19, 2024\n" in entry_block(after, PACT)
    assert footer(after)["removed"] == []


def test_taking_an_id_out_of_removed_brings_the_entry_back(project: Path, cli):
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    path.write_text(path.read_text().replace(entry_block(path.read_text(), TROOPS), ""))
    cli("extract", cwd=project)
    text = path.read_text()
    assert footer(text)["removed"] == [TROOPS]
    path.write_text(text.replace(f"removed:\n- {TROOPS}\n", "removed: []  # nothing, I changed my mind\n"))
    proc = cli("extract", cwd=project)
    after = path.read_text()
    assert "1 added" in proc.stdout
    assert ids(after) == [MET, PACT, POWER, TROOPS]
    assert "removed: []  # nothing, I changed my mind\n" in after
    cli("check", cwd=project)


def test_a_file_from_before_merging_is_adopted(project: Path, cli):
    """A file with no bookkeeping (written by an older Datelines, or by hand) gains it, nothing else changes."""
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    text = path.read_text()
    legacy = body(text).split("\n", 1)[1] + "\n"  # no modeline, no footer
    legacy = legacy.replace(entry_block(legacy, POWER), entry_block(legacy, POWER).replace("2011", "2011-12"))
    path.write_text(legacy)
    proc = cli("extract", cwd=project)
    after = path.read_text()
    assert after.startswith(legacy)
    assert "1 kept with your edits" in proc.stdout
    book = footer(after)["extracted"]
    assert set(book["entries"]) == {MET, TROOPS, PACT}  # ours; the edited 2011 entry is the person's
    # From now on it merges like any other file: the adopted entries are known to be untouched.
    path.write_text(after.replace(entry_block(after, MET), ""))
    cli("extract", cwd=project)
    assert footer(path.read_text())["removed"] == [MET]


def test_indented_list_and_windows_line_endings(project: Path, cli):
    """A person's editor re-indented the list and saved CRLF: new entries follow the file's style."""
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    legacy = body(path.read_text())  # no bookkeeping: as an older Datelines wrote it
    legacy = legacy.replace(entry_block(legacy, PACT), "")
    head, items = legacy.split("entries:\n", 1)
    indented = "".join("  " + line for line in items.splitlines(keepends=True))
    text = (head + "entries:\n" + indented).replace("\n", "\r\n")
    path.write_bytes(text.encode())
    cli("extract", cwd=project)
    after = path.read_bytes().decode()
    assert after.startswith(text)
    assert "\n" not in after.replace("\r\n", "")
    assert f"\r\n  - id: {PACT}\r\n    date: 2024-06\r\n" in after
    assert ids(after.replace("\r\n", "\n")) == [MET, TROOPS, POWER, PACT]
    cli("check", cwd=project)


def test_force_needs_the_articles_and_starts_from_scratch(project: Path, cli, tmp_path: Path):
    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    fresh = path.read_text()
    path.write_text(hand_edit(fresh))
    cli("extract", cwd=project)
    proc = cli("extract", "--force", cwd=project, check=False)
    assert proc.returncode == 1 and "--force discards your edits: name the articles" in proc.stderr
    dry = cli("extract", "--force", "--dry-run", f"seeds/{SEED.name}", cwd=project)
    assert "would be discarded" in dry.stdout and f"+- id: {TROOPS}\n" in dry.stdout
    assert path.read_text() != fresh
    proc = cli("extract", "--force", f"seeds/{SEED.name}", cwd=project)
    assert "your edits discarded" in proc.stdout
    assert path.read_text() == fresh


def test_new_files_point_editors_at_the_schema(project: Path, cli):
    jsonschema = pytest.importorskip("jsonschema")
    cli("extract", cwd=project)
    text = (project / "content" / CONTENT).read_text()
    assert text.splitlines()[0] == "# yaml-language-server: $schema=.schema/entries.schema.json"
    copy = project / "content" / ".schema" / "entries.schema.json"
    shipped = REPO / "generator" / "schema" / "entries.schema.json"
    assert copy.read_bytes() == shipped.read_bytes()
    schema = json.loads(shipped.read_text())
    # Editors read YAML 1.2, where 2025-09-02 is text: let dates through as strings.
    as_editor_sees = json.loads(json.dumps(yaml.safe_load(text), default=str))
    jsonschema.validate(as_editor_sees, schema)
    bad = dict(as_editor_sees, entries=[dict(as_editor_sees["entries"][0], titel="typo")])
    with pytest.raises(jsonschema.ValidationError, match="titel"):
        jsonschema.validate(bad, schema)
    cli("check", cwd=project)  # the schema copy is not mistaken for content


def test_schema_names_the_fields_the_loader_knows():
    from generator.bookkeeping import BOOKKEEPING_FIELDS
    from generator.store import ENTRY_FIELDS, FILE_FIELDS, LINK_FIELDS, SOURCE_FIELDS

    schema = json.loads((REPO / "generator" / "schema" / "entries.schema.json").read_text())
    entry = schema["definitions"]["entry"]
    assert list(schema["properties"]) == list(FILE_FIELDS)
    assert list(entry["properties"]) == list(ENTRY_FIELDS)
    assert list(schema["properties"]["source"]["properties"]) == list(SOURCE_FIELDS)
    assert list(entry["properties"]["source"]["properties"]) == list(SOURCE_FIELDS)
    link = entry["properties"]["links"]["items"]["oneOf"][1]
    assert list(link["properties"]) == list(LINK_FIELDS)
    assert list(schema["properties"]["extracted"]["properties"]) == list(BOOKKEEPING_FIELDS)


def test_an_unmergeable_file_is_left_alone_and_the_others_are_written(project: Path, cli):
    (project / "seeds" / "other.md").write_text("---\ntitle: Other\ndate: 2020-05-01\n---\n\n"
                                                "The plant opened in March 2019.\n")
    cli("extract", cwd=project)
    broken = project / "content" / CONTENT
    bad = broken.read_text().replace("  date: 2024-06\n", "  date: 2024-06\n   oops: [\n", 1)
    broken.write_text(bad)
    (project / "content" / "other.yaml").unlink()
    proc = cli("extract", cwd=project, check=False)
    assert proc.returncode == 1
    assert re.search(rf"content/{re.escape(CONTENT)}:\d+:\d+: YAML syntax error", proc.stderr)
    assert "datelines extract --force" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert broken.read_text() == bad
    assert ids((project / "content" / "other.yaml").read_text())  # the other article was written


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch):
    from generator import fsutil

    target = tmp_path / "content" / "a.yaml"
    fsutil.write_atomic(target, "entries: []\n")

    def crash(fd: int) -> None:
        raise KeyboardInterrupt  # the person pressed Ctrl+C in the middle of the write

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        fsutil.write_atomic(target, "entries:\n- id: half\n")
    assert target.read_text() == "entries: []\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.yaml"]  # no temporary file left


def test_a_crash_in_one_article_leaves_the_others_written(project: Path, monkeypatch, capsys):
    from generator import merge as merge_module
    from generator.commands import extract as extract_command
    from generator.config import load_config

    for name in ("a", "b", "c"):
        (project / "seeds" / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: 2020-05-01\n---\n\n"
                                                      f"The plant {name} opened in March 2019.\n")
    config, _ = load_config(project)
    extract_command.extract_paths([config.seeds_dir], config, quiet=True)
    before = {p.name: p.read_text() for p in config.content_dir.glob("*.yaml")}
    seed = project / "seeds" / "b.md"
    for name in ("a", "b", "c"):  # every article changes, so every file would be rewritten
        p = project / "seeds" / f"{name}.md"
        p.write_text(p.read_text().replace("March 2019", "April 2019"))
    real_merge = merge_module.merge

    def merge_that_crashes_on_b(path, old, source, entries):  # type: ignore[no-untyped-def]
        if path.name == "b.yaml":
            raise RuntimeError("simulated bug")
        return real_merge(path, old, source, entries)

    monkeypatch.setattr(extract_command, "merge", merge_that_crashes_on_b)
    report = extract_command.extract_paths([config.seeds_dir], config, quiet=True)
    assert report.failed == 1
    err = capsys.readouterr().err
    assert f"{seed}: unexpected failure, nothing written for this article" in err
    assert "RuntimeError('simulated bug')" in err
    assert (config.content_dir / "b.yaml").read_text() == before["b.yaml"]
    for name in ("a.yaml", "c.yaml"):
        assert "2019-04" in (config.content_dir / name).read_text()


def test_serve_merges_a_changed_seed(project: Path, cli):
    """The preview re-extracts a changed article through the same merge."""
    from generator.serve import Preview

    cli("extract", cwd=project)
    path = project / "content" / CONTENT
    edited = hand_edit(path.read_text())
    path.write_text(edited)
    preview = Preview(root=project, log=lambda message: None)
    preview.remember_seeds()
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text() + "\n")
    os.utime(seed, (1, 1))
    preview.extract_changed_seeds()
    assert body(path.read_text()) == body(edited)
    assert TROOPS in footer(path.read_text())["removed"]
