"""Property: over any sequence of hand edits and re-extractions, no user change is lost.

A state machine plays both sides on one content file: extraction (whose
findings change from run to run, as a tagger improves or an article is
updated) and a person (who edits titles and dates, comments inside an
entry, deletes entries, adds entries and comments of their own, anywhere
in the list). After every extraction the file must:

- hold every piece the person wrote, byte for byte and in the same order;
- never again hold an entry the person deleted;
- hold each untouched entry exactly as the latest extraction gives it,
  and no untouched entry the latest extraction no longer gives;
- load without problems.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from generator.dateparse import parse_date
from generator.merge import fresh_file, merge
from generator.model import Entry, Source
from generator.store import entry_lines, load_file

POOL = [f"event-{i}" for i in range(6)]  # the ids extraction can find
SOURCE = Source(file="seeds/article.txt", title="An article", published=dt.date(2025, 9, 3))
DATES = ["2025-09-02", "2024-06", "2024", "44 BC", "c. 1200", "2019/2021", "the 1990s", "early 2024"]
HAND_DATES = ["June 2, 2025", "2 June 2025", "Sept 2025", "44 BCE", "1200~", "2024?", "from 2019 to 2021",
              "199X", "2019-12-17"]
# Titles with the characters YAML cares about, so quoting is exercised both ways.
TITLES = st.text(alphabet="abcXYZ 019:#'\"-,&*!?é", min_size=1, max_size=24).filter(lambda t: t.strip() == t != "")

found = st.fixed_dictionaries({i: st.none() | st.tuples(st.sampled_from(DATES), TITLES) for i in POOL})
ENTRY_RE = r"^(?:  )*- id: {id}\n(?:(?:  )+(?!- ).*\n)*"


def make_entries(findings: dict[str, tuple[str, str] | None]) -> list[Entry]:
    return [Entry(id=i, date=parse_date(d), title=t, text=f"About {t}", quote=f"It was {t}.", date_text=d)
            for i, value in findings.items() if value is not None for d, t in [value]]


def typed(title: str) -> str:
    """A title as a person types it: plain where that is safe, else in double quotes."""
    return title if re.fullmatch(r"[a-zA-Z][\w ]*", title) else json.dumps(title, ensure_ascii=False)


def block(text: str, entry_id: str) -> str | None:
    m = re.search(ENTRY_RE.format(id=re.escape(entry_id)), text, re.M)
    return m.group(0) if m else None


def footer_start(text: str) -> int:
    return text.index("\n# Bookkeeping of `datelines extract`") + 1


class HandEditsAndReExtraction(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.path = Path("content/article.yaml")
        self.text = ""
        self.latest: list[Entry] = []
        self.edited: dict[str, str] = {}  # id -> the entry's lines as the person left them
        self.written: dict[str, str] = {}  # id -> the entry's lines as extraction last wrote them
        self.deleted: set[str] = set()
        self.own: list[str] = []  # pieces the person added: entries with a comment, lone comments
        self.counter = 0

    @initialize(findings=found)
    def first_extraction(self, findings):  # type: ignore[no-untyped-def]
        self.latest = make_entries(findings)
        self.text = fresh_file(SOURCE, self.latest).text
        self.remember_written()

    def remember_written(self) -> None:
        for entry_id in POOL:
            lines = block(self.text, entry_id)
            if lines is not None and entry_id not in self.edited:
                self.written[entry_id] = lines

    # -- extraction ------------------------------------------------------

    @rule(findings=found)
    def extract_again(self, findings):  # type: ignore[no-untyped-def]
        pieces_before = self.pieces_in_order()
        self.latest = make_entries(findings)
        result = merge(self.path, self.text, SOURCE, self.latest)
        self.text = result.text
        assert self.pieces_in_order() == pieces_before, "the person's pieces moved or changed"
        self.check_merged()
        self.remember_written()

    def check_merged(self) -> None:
        for entry_id, lines in self.edited.items():
            assert self.text.count(lines) == 1, f"the hand edit of {entry_id} is lost"
        for piece in self.own:
            assert self.text.count(piece) == 1, f"the person's {piece!r} is lost"
        data = yaml.safe_load(self.text)
        present = [e["id"] for e in data["entries"] or []]
        assert len(present) == len(set(present)), f"an id appears twice: {present}"
        for entry_id in self.deleted:
            assert entry_id not in present, f"deleted entry {entry_id} came back"
            assert entry_id in (data["removed"] or []), f"{entry_id} is not recorded as removed"
        latest = {e.id: e for e in self.latest}
        for entry_id in POOL:
            if entry_id in self.edited or entry_id in self.deleted:
                continue
            if entry_id in latest:  # untouched: exactly what extraction gives now
                assert block(self.text, entry_id) == "\n".join(entry_lines(latest[entry_id])) + "\n"
            else:
                assert entry_id not in present, f"untouched {entry_id} stayed after the article dropped it"

    # -- a person --------------------------------------------------------

    def extracted_ids(self) -> list[str]:
        return [i for i in POOL if i not in self.edited and i not in self.deleted and block(self.text, i)]

    def any_entry_ids(self) -> list[str]:
        return [i for i in POOL if i not in self.deleted and block(self.text, i)]

    @precondition(lambda self: self.any_entry_ids())
    @rule(data=st.data(), title=TITLES)
    def edit_title(self, data, title):  # type: ignore[no-untyped-def]
        entry_id = data.draw(st.sampled_from(self.any_entry_ids()))
        old = block(self.text, entry_id)
        new = re.sub(r"(?m)^  title: .*$", lambda _: f"  title: {typed(title)}", old, count=1)
        self.replace_entry(entry_id, old, new)

    @precondition(lambda self: self.any_entry_ids())
    @rule(data=st.data(), date=st.sampled_from(HAND_DATES))
    def edit_date(self, data, date):  # type: ignore[no-untyped-def]
        entry_id = data.draw(st.sampled_from(self.any_entry_ids()))
        old = block(self.text, entry_id)
        new = re.sub(r"(?m)^  date: .*$", lambda _: f"  date: {date}", old, count=1)
        self.replace_entry(entry_id, old, new)

    @precondition(lambda self: self.any_entry_ids())
    @rule(data=st.data())
    def comment_inside_an_entry(self, data):  # type: ignore[no-untyped-def]
        entry_id = data.draw(st.sampled_from(self.any_entry_ids()))
        old = block(self.text, entry_id)
        self.counter += 1
        lines = old.splitlines(keepends=True)
        lines.insert(1, f"  # checked against the archive ({self.counter})\n")
        self.replace_entry(entry_id, old, "".join(lines))

    def replace_entry(self, entry_id: str, old: str, new: str) -> None:
        self.text = self.text.replace(old, new, 1)
        if new == self.written.get(entry_id):  # edited back to what extraction wrote: untouched again
            self.edited.pop(entry_id, None)
        elif new != old:
            self.edited[entry_id] = new

    @precondition(lambda self: self.any_entry_ids())
    @rule(data=st.data())
    def delete_an_entry(self, data):  # type: ignore[no-untyped-def]
        entry_id = data.draw(st.sampled_from(self.any_entry_ids()))
        self.text = self.text.replace(block(self.text, entry_id), "", 1)
        self.edited.pop(entry_id, None)
        self.deleted.add(entry_id)

    @rule(data=st.data(), title=TITLES, date=st.sampled_from(DATES + HAND_DATES))
    def add_own_entry(self, data, title, date):  # type: ignore[no-untyped-def]
        self.counter += 1
        piece = (f"# my own entry {self.counter}\n- id: mine-{self.counter}\n  date: {date}\n"
                 f"  title: {typed(title)}\n")
        self.insert(data, piece)

    @rule(data=st.data())
    def add_comment(self, data):  # type: ignore[no-untyped-def]
        self.counter += 1
        self.insert(data, f"# a note of mine, number {self.counter}\n")

    def insert(self, data, piece: str) -> None:  # type: ignore[no-untyped-def]
        """Before any entry of the list, or after the last one."""
        starts = [m.start() for m in re.finditer(r"(?m)^(?:# .*\n)*- id: ", self.text)]
        starts = sorted({*starts, footer_start(self.text)})
        at = data.draw(st.sampled_from(starts))
        if "entries: []" in self.text[:at]:
            self.text = self.text.replace("entries: []", "entries:", 1)
            at -= 3
        self.text = self.text[:at] + piece + self.text[at:]
        self.own.append(piece)

    def pieces_in_order(self) -> list[str]:
        pieces = [*self.edited.values(), *self.own]
        return sorted(pieces, key=self.text.find)

    @invariant()
    def the_file_always_loads(self) -> None:
        if not self.text:
            return
        _, entries, problems = load_file(self.path, self.text)
        assert [p for p in problems if p.severity == "error"] == [], problems


HandEditsAndReExtraction.TestCase.settings = settings(
    max_examples=150, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_no_user_change_is_ever_lost = HandEditsAndReExtraction.TestCase
