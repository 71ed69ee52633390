"""``datelines timex``: list the temporal expressions the tagger finds in files.

A window onto the tagger for people checking why an entry got its date: one
JSON object per expression (``--jsonl``) for tools, a table otherwise.
Offsets index the file's text exactly as Python reads it (UTF-8, newlines
untranslated), so ``text == content[start:end]``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

from generator.errors import DatelinesError
from generator.timex import Timex, tag


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timex",
        help="list the dates and times found in text files",
        description="Find TIMEX3 DATE and TIME expressions in each FILE and print their TIMEX3 values. "
        "With --dct, relative expressions (Tuesday, last year) resolve against that date; "
        "without it, against the dates found in the text.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="UTF-8 text files to read")
    parser.add_argument("--dct", metavar="YYYY-MM-DD", help="the document creation (publication) date")
    parser.add_argument("--jsonl", action="store_true", help="one JSON object per expression")
    parser.add_argument(
        "--day-first",
        action="store_true",
        help="read numeric dates like 03/09/2025 as day/month/year when the text does not show which way "
        "round it writes dates ('25/03/2025', '5 March'); default: month first",
    )
    parser.set_defaults(func=run)


def _parse_dct(text: str | None) -> _dt.date | None:
    if text is None:
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise DatelinesError(f"--dct: expected a date as YYYY-MM-DD, got {text!r}") from None


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError:
        raise DatelinesError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DatelinesError(f"{path}: is a directory, expected a text file") from None
    except UnicodeDecodeError as exc:
        raise DatelinesError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise DatelinesError(f"{path}: cannot read ({exc.strerror})") from None


def _record(path: Path, t: Timex) -> dict[str, object]:
    return {"file": str(path), "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def _table(rows: list[dict[str, object]]) -> str:
    """A fixed-width table for people; the text is quoted so that blanks and newlines show."""
    header = ("FILE", "START", "END", "TYPE", "VALUE", "TEXT")
    cells = [header] + [
        (
            str(r["file"]),
            str(r["start"]),
            str(r["end"]),
            str(r["type"]),
            str(r["value"]),
            json.dumps(r["text"], ensure_ascii=False),
        )
        for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    right_aligned = {1, 2}
    lines = []
    for c in cells:
        parts = [
            v.rjust(w) if i in right_aligned else v.ljust(w) for i, (v, w) in enumerate(zip(c, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    dct = _parse_dct(args.dct)
    texts = [(path, _read(path)) for path in args.files]  # read all first: fail before printing anything
    rows: list[dict[str, object]] = []
    for path, text in texts:
        for t in tag(text, dct, month_first=not args.day_first):
            if args.jsonl:
                print(json.dumps(_record(path, t), ensure_ascii=False))
            else:
                rows.append(_record(path, t))
    if not args.jsonl:
        if rows:
            print(_table(rows))
        else:
            print("no temporal expressions found", file=sys.stderr)
    return 0
