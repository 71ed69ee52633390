"""``datelines timex`` run for real: JSON lines whose offsets index the file exactly, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_54ac3c588acb31a6.txt"


def test_jsonl_with_dct_gives_the_seed_dates(cli, tmp_path):
    proc = cli("timex", SEED, "--dct", "2025-09-03", "--jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert all(set(r) == {"file", "start", "end", "text", "type", "value"} for r in rows)
    values = {r["text"]: r["value"] for r in rows}
    assert values["Tuesday"] == "2025-09-02"
    assert values["June 2024"] == "2024-06"
    assert values["last year"] == "2024"
    assert values["14 years ago"] == "2011"
    assert values["now"] == "PRESENT_REF"
    content = SEED.open(encoding="utf-8", newline="").read()
    for r in rows:
        assert r["file"] == str(SEED)
        assert content[r["start"] : r["end"]] == r["text"]


def test_offsets_index_the_raw_text_with_crlf_and_non_ascii(cli, tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Caf\u00e9 \u2014 opened\r\n\r\non 3 September 2025, closed yesterday.\r\n".encode())
    proc = cli("timex", path, "--dct", "2025-09-10", "--jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    content = path.open(encoding="utf-8", newline="").read()
    assert [(r["text"], r["value"]) for r in rows] == [("3 September 2025", "2025-09-03"), ("yesterday", "2025-09-09")]
    for r in rows:
        assert content[r["start"] : r["end"]] == r["text"]


def test_without_dct_relative_dates_anchor_on_the_text(cli, tmp_path):
    path = tmp_path / "history.txt"
    path.write_text("On March 3, 1939, the army crossed the river. Two days later it took the town.\n")
    rows = [json.loads(line) for line in cli("timex", path, "--jsonl", cwd=tmp_path).stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [
        ("March 3, 1939", "1939-03-03"),
        ("Two days later", "1939-03-05"),
    ]


def test_table_output_lists_each_expression(cli, tmp_path):
    out = cli("timex", SEED, "--dct", "2025-09-03", cwd=tmp_path).stdout.splitlines()
    assert out[0].split() == ["FILE", "START", "END", "TYPE", "VALUE", "TEXT"]
    assert any('"June 2024"' in line and "2024-06" in line for line in out)
    row = next(line for line in out if '"14 years ago"' in line)
    assert row.split()[3:5] == ["DATE", "2011"]


def test_day_first_option(cli, tmp_path):
    path = tmp_path / "uk.txt"
    path.write_text("Signed on 09/03/2025.\n", encoding="utf-8")
    rows = [json.loads(x) for x in cli("timex", path, "--jsonl", "--day-first", cwd=tmp_path).stdout.splitlines()]
    assert [r["value"] for r in rows] == ["2025-03-09"]


def test_missing_file_is_a_one_line_error(cli, tmp_path):
    proc = cli("timex", "nowhere.txt", cwd=tmp_path, check=False)
    assert proc.returncode == 1
    assert proc.stderr == "datelines: error: nowhere.txt: no such file\n"
    assert proc.stdout == ""


def test_bad_dct_is_a_one_line_error(cli, tmp_path):
    proc = cli("timex", SEED, "--dct", "2025-13-01", cwd=tmp_path, check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith("datelines: error: --dct: expected a date as YYYY-MM-DD")
    assert "Traceback" not in proc.stderr


def test_binary_file_is_a_one_line_error(cli, tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\xff\xfe\x00bad")
    proc = cli("timex", path, cwd=tmp_path, check=False)
    assert proc.returncode == 1
    assert "not UTF-8 text" in proc.stderr and proc.stderr.count("\n") == 1
