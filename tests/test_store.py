"""Content files: the layout written, and every problem located on load."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.dateparse import parse_date
from generator.model import Entry, Source
from generator.merge import fresh_file
from generator.store import load_file, load_timeline


def _entry(id: str, date: str, **kw) -> Entry:
    return Entry(id=id, date=parse_date(date), title=kw.pop("title", id.title()), **kw)


def test_dump_and_load_round_trip(tmp_path: Path):
    source = Source(file="seeds/a.txt", title="A: story", published=dt.date(2025, 9, 3), url="https://x.org/a")
    entries = [
        _entry("talks", "2025-09-02", text="They met *again*.", quote="They met again on Tuesday.",
               date_text="Tuesday", tags=("diplomacy",)),
        _entry("pact", "2024-06"),
        _entry("caesar", "44 BC", title="Caesar: killed"),
        _entry("decade", "199X"),
        _entry("yes-no", "2011", title="yes"),
    ]
    text = fresh_file(source, entries).text
    path = tmp_path / "a.yaml"
    path.write_text(text)
    loaded_source, loaded, problems = load_file(path)
    assert problems == []
    assert loaded_source == source
    assert [(e.id, e.date, e.title, e.text, e.quote, e.date_text, e.tags) for e in loaded] == \
        [(e.id, e.date, e.title, e.text, e.quote, e.date_text, e.tags) for e in entries]
    # dates are written plainly where YAML reads them back as the same date
    assert "  date: 2025-09-02\n" in text
    assert "  date: 2024-06\n" in text
    assert "  date: '-0043'\n" in text  # unquoted, YAML would read the integer -43
    assert "  title: 'yes'\n" in text  # unquoted, YAML would read true
    assert yaml.safe_load(text)["entries"][0]["id"] == "talks"


def test_dates_as_people_type_them(tmp_path: Path):
    path = tmp_path / "hand.yaml"
    path.write_text("entries:\n"
                    "- {id: a, date: 2025-09-02, title: A}\n"
                    "- {id: b, date: 2024, title: B}\n"
                    "- {id: c, date: 'June 2, 2025', title: C}\n"
                    "- {id: d, date: from 2019 to 2021, title: D}\n")
    _, entries, problems = load_file(path)
    assert problems == []
    assert [e.date.edtf() for e in entries] == ["2025-09-02", "2024", "2025-06-02", "2019/2021"]


@pytest.mark.parametrize("content, expected", [
    ("entries:\n- id: a\n  date: 2024-02-30\n  title: A\n",
     "bad.yaml:3:9: invalid date: February 2024 has 29 days, not 30"),
    ("entries:\n- id: a\n  date: 2024\n  titel: A\n",
     "bad.yaml:4:3: unknown field `titel` in an entry; did you mean `title`?"),
    ("entries:\n- id: a\n  date: 2024\n",
     "bad.yaml:2:3: the entry has no `title`"),
    ("entries:\n- id: Not A Slug\n  date: 2024\n  title: A\n",
     "bad.yaml:2:7: id 'Not A Slug' is not a safe slug"),
    ("entries:\n- id: a\n  date: [2024]\n  title: A\n",
     "bad.yaml:3:9: `date` is empty or not a single value"),
    ("entries:\n  - id: a\n   date: 2024\n",
     "bad.yaml:3:4: YAML syntax error"),
    ("entries: 5\n", "bad.yaml:1:10: `entries` must be a list"),
    ("base: &x [1]\nentries: *x\n", "bad.yaml:2:10: YAML syntax error: aliases (*x) are not allowed"),
    ("- 1\n", "bad.yaml:1:1: expected a mapping with `entries:`, found a list"),
])
def test_problems_are_located(tmp_path: Path, content: str, expected: str):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    _, _, problems = load_file(path)
    messages = [str(p).replace(str(tmp_path) + "/", "") for p in problems]
    assert any(m.startswith(expected) for m in messages), messages
    assert len(messages) == 1, messages  # one problem, one message


def test_duplicate_ids_across_files(tmp_path: Path):
    (tmp_path / "a.yaml").write_text("entries:\n- {id: same, date: 2024, title: A}\n")
    (tmp_path / "b.yaml").write_text("entries:\n\n- {id: same, date: 2025, title: B}\n")
    timeline, problems = load_timeline(tmp_path)
    assert [e.title for e in timeline.entries] == ["A"]
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{tmp_path}/b.yaml:3:3: duplicate id 'same': already used at "
                                       f"{tmp_path}/a.yaml:2:3")


def test_timeline_is_sorted_across_files_and_grouped_by_year(tmp_path: Path):
    (tmp_path / "a.yaml").write_text("entries:\n- {id: late, date: 2024-06-02, title: L}\n"
                                     "- {id: year, date: 2024, title: Y}\n")
    (tmp_path / "b.yaml").write_text("entries:\n- {id: month, date: 2024-06, title: M}\n"
                                     "- {id: old, date: 44 BC, title: O}\n")
    timeline, problems = load_timeline(tmp_path)
    assert problems == []
    assert [e.id for e in timeline.entries] == ["old", "year", "month", "late"]
    assert [(label, [e.id for e in group]) for label, group in timeline.years()] == [
        ("44 BC", ["old"]), ("2024", ["year", "month", "late"])]
