"""``datelines check`` on a corpus of malformed files: one precise line per problem.

Each file in tests/data/malformed/ says what it must produce, in lines like
``# expect: 4:9: invalid date: ...`` at its top. Files too big to commit (a
5 MB file, deep nesting, an alias bomb) are generated here. The CLI runs
once over all of them, as a subprocess with bounded memory and CPU time.
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "data" / "malformed"
EXPECT = re.compile(rb"^# expect: (\d+:\d+: .*)$", re.M)
MEMORY_LIMIT = 1 << 30  # bytes of address space: far above what check needs, far below a blow-up
CPU_SECONDS = 60


def generated_files() -> dict[str, tuple[bytes, list[str]]]:
    """Malformed files too large to commit: their bytes and expected problems."""
    entry = "- id: entry-{i}\n  date: 2024\n  title: " + "x" * 200 + "\n"
    big = "entries:\n" + "".join(entry.format(i=i) for i in range(5 * 1024 * 1024 // 240))
    bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        bomb.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    bomb.append("entries: *i")
    return {
        "big.yaml": (big.encode(), ["1:1: the file is 5.0 MB; a content file may be at most 2 MB: "
                                    "split it into several files in content/"]),
        "deep-flow.yaml": (("entries: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
                           ["1:60: YAML syntax error: the YAML is nested more than 50 levels deep"]),
        "deep-block.yaml": (("entries:\n" + "".join("  " * i + "- a:\n" for i in range(200))).encode(),
                            ["26:51: YAML syntax error: the YAML is nested more than 50 levels deep"]),
        "alias-bomb.yaml": (("\n".join(bomb) + "\n").encode(),
                            ["2:8: YAML syntax error: aliases (*a) are not allowed in Datelines files"]),
    }


def expectations() -> dict[str, list[str]]:
    out = {p.name: [m.decode() for m in EXPECT.findall(p.read_bytes())] for p in sorted(CORPUS.glob("*.yaml"))}
    out.update({name: expected for name, (_, expected) in generated_files().items()})
    return out


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def check_limited(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "check"], cwd=root, capture_output=True,
                          text=True, timeout=CPU_SECONDS * 3, preexec_fn=_limits)


@pytest.fixture(scope="module")
def corpus_check(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS, root / "content")
    for name, (data, _) in generated_files().items():
        (root / "content" / name).write_bytes(data)
    return check_limited(root)


def test_check_fails_with_one_line_per_problem_and_no_traceback(corpus_check):
    assert corpus_check.returncode == 1, corpus_check.stderr
    assert "Traceback" not in corpus_check.stderr
    lines = corpus_check.stdout.splitlines()
    assert all(re.match(r"content/[\w.-]+\.yaml:\d+:\d+: \S", line) for line in lines), lines
    assert len(lines) == sum(len(e) for e in expectations().values())
    assert re.search(r"datelines check: \d+ errors, 1 warning", corpus_check.stderr)


@pytest.mark.parametrize("name", sorted(expectations()))
def test_each_malformed_file_gives_its_expected_messages(corpus_check, name: str):
    found = [line.removeprefix(f"content/{name}:") for line in corpus_check.stdout.splitlines()
             if line.startswith(f"content/{name}:")]
    expected = expectations()[name]
    assert len(found) == len(expected), found
    for line, prefix in zip(found, expected):
        assert line.startswith(prefix), (line, prefix)


def test_a_clean_project_passes(project: Path, cli):
    cli("extract", cwd=project)
    proc = cli("check", cwd=project)
    assert proc.stdout == ""
    assert proc.stderr == "datelines check: no problems (4 entries in 1 file)\n"


def test_warnings_alone_do_not_fail(project: Path, cli):
    (project / "content" / "later.yaml").write_text("# I will write these later\n")
    proc = cli("check", cwd=project)
    assert proc.stdout == "content/later.yaml:1:1: warning: the file is empty; expected `entries:` with a list of entries\n"


def test_settings_are_checked_too(project: Path, cli):
    (project / "datelines.yaml").write_text("title: My timeline\ntheme: default\nbase_ulr: /repo/\n")
    (project / "content" / "mine.yaml").write_text("entries:\n- id: x\n  date: 2024-02-30\n  title: X\n")
    proc = cli("check", cwd=project, check=False)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "content/mine.yaml:3:9: invalid date: February 2024 has 29 days, not 30",
        "datelines.yaml:3:1: unknown setting `base_ulr`; did you mean `base_url`?",
    ]


def test_build_and_serve_report_the_same_lines_and_build_keeps_the_old_site(project: Path, cli):
    from generator.serve import Preview

    cli("extract", cwd=project)
    cli("build", cwd=project)
    index = (project / "site" / "index.html").read_bytes()
    shutil.copy(CORPUS / "impossible-date.yaml", project / "content" / "impossible-date.yaml")
    shutil.copy(CORPUS / "unsafe-id.yaml", project / "content" / "unsafe-id.yaml")
    checked = cli("check", cwd=project, check=False)
    assert checked.returncode == 1 and len(checked.stdout.splitlines()) == 3
    built = cli("build", cwd=project, check=False)
    assert built.returncode == 1
    for line in checked.stdout.splitlines():
        assert line in built.stderr
    assert (project / "site" / "index.html").read_bytes() == index  # refused to write site/
    preview = Preview(root=project, log=lambda message: None)
    assert preview.rebuild() is False
    for line in checked.stdout.splitlines():
        assert line.replace("content/", f"{project}/content/") in (preview.error or "")


DATES_PEOPLE_WRITE = {
    # as typed in YAML -> canonical EDTF text
    "2025-09-02": "2025-09-02", "2024-06": "2024-06", "2024": "2024", "June 2, 2025": "2025-06-02",
    "2 June 2025": "2025-06-02", "Sept 2025": "2025-09", "44 BC": "-0043", "44 BCE": "-0043",
    "c. 1200": "1200~", "ca 1200": "1200~", "1200~": "1200~", "2024?": "2024?", "2019/2021": "2019/2021",
    "from 2019 to 2021": "2019/2021", "2019-2021": "2019/2021", "199X": "199X", "the 1990s": "199X",
    "early 2024": "early 2024",
}


def test_dates_people_write_load_at_their_precision(project: Path, cli):
    """Point 2 of the issue, through a real file: pyyaml's dates and ints, EDTF and English."""
    from generator.store import load_file

    lines = ["entries:"]
    for i, written in enumerate(DATES_PEOPLE_WRITE):
        lines += [f"- id: date-{i}", f"  date: {written}", f"  title: Written as {written}"]
    path = project / "content" / "dates.yaml"
    path.write_text("\n".join(lines) + "\n")
    raw = yaml.safe_load(path.read_text())["entries"]
    assert {type(e["date"]).__name__ for e in raw} >= {"date", "int", "str"}  # pyyaml hands over all three
    proc = cli("check", cwd=project)
    assert proc.stdout == ""
    _, entries, problems = load_file(path)
    assert problems == []
    assert [e.date.edtf() for e in entries] == list(DATES_PEOPLE_WRITE.values())
