"""Score Datelines' temporal tagger against TimeBank and AQUAINT, beside dateparser.

Usage:
    python benchmarks/timex_eval.py                   # both corpora, both systems
    python benchmarks/timex_eval.py --set DIR_OR_JSONL   # only a further set: TimeML files or our snippets
    python benchmarks/timex_eval.py --errors 50       # also list our errors
    python benchmarks/timex_eval.py --corpus aquaint --no-dateparser --kinds 20

The metric is TempEval-3 Task A restricted to DATE and TIME (see
../shared/eval/README.md): relaxed and strict span F1, and value F1 (a relaxed
match whose TIMEX3 value is identical). The corpora are read from
$DATELINES_EVAL, by default ../shared/eval next to the repository, and are
never copied into the project.

A third set, `news`, is ours: present-day news, history prose and traps,
annotated by us to TimeML's rules (benchmarks/data/*.jsonl, see
benchmarks/README.md). The corpora's targets do not apply to it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.timex import tag  # noqa: E402
from generator.timex.scoring import Counts, align, scored  # noqa: E402
from generator.timex.snippets import read_snippets  # noqa: E402
from generator.timex.timeml import TimeMLDocument, read_corpus  # noqa: E402

CORPORA = ("timebank", "aquaint")
SNIPPETS = {"news": REPO / "benchmarks" / "data"}
TARGETS = {"relaxed": 0.93, "strict": 0.90, "value": 0.88, "docs_per_second": 50.0}


def eval_dir() -> Path:
    return Path(os.environ.get("DATELINES_EVAL", REPO / ".." / "shared" / "eval")).resolve()


@dataclass(frozen=True)
class Found:
    """A system's expression in the shape the scorer needs."""

    start: int
    end: int
    text: str
    type: str
    value: str


System = Callable[[TimeMLDocument], list[Found]]


def datelines_system(doc: TimeMLDocument) -> list[Found]:
    return [Found(t.start, t.end, t.text, t.type, t.value) for t in tag(doc.text, doc.dct)]


def make_dateparser_system() -> System:
    """dateparser's search_dates, each span's period cutting the value to year or month."""
    import datetime as dt

    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def run(doc: TimeMLDocument) -> list[Found]:
        settings = {"RELATIVE_BASE": dt.datetime.combine(doc.dct, dt.time())} if doc.dct else {}
        try:
            hits = search_dates(doc.text, languages=["en"], settings=settings) or []
        except Exception:  # dateparser raises on odd input; count it as finding nothing
            hits = []
        parser = DateDataParser(languages=["en"], settings=settings)
        out: list[Found] = []
        pos = 0
        for span, when in hits:
            start = doc.text.find(span, pos)
            if start < 0:
                start = doc.text.find(span)
                if start < 0:
                    continue
            end = start + len(span)
            pos = end
            period = None
            try:
                period = parser.get_date_data(span).period
            except Exception:
                pass
            if period == "year":
                value = f"{when.year:04d}"
            elif period == "month":
                value = f"{when.year:04d}-{when.month:02d}"
            else:
                value = when.date().isoformat()
            out.append(Found(start, end, span, "DATE", value))
        return out

    return run


@dataclass
class RunResult:
    counts: Counts
    seconds: float  # tagging the corpus, after the warm-up
    docs: int
    errors: list[tuple[str, TimeMLDocument, object, object]]
    warmup: float = 0.0  # first call: compiling patterns, loading dateparser's data


def run_system(system: System, docs: list[TimeMLDocument], collect_errors: bool) -> RunResult:
    total = Counts()
    errors: list[tuple[str, TimeMLDocument, object, object]] = []
    outputs = []
    t0 = time.perf_counter()
    system(docs[0])  # one-time setup is reported apart from throughput
    warmup = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        outputs.append(system(doc))
    seconds = time.perf_counter() - t0
    for doc, found in zip(docs, outputs, strict=True):
        gold = scored(doc.gold)
        ours = scored(found)
        al = align(gold, ours)
        total.add(al.counts)
        if not collect_errors:
            continue
        for gi, si in al.pairs:
            g, s = gold[gi], ours[si]
            if g.value != s.value:
                errors.append(("value", doc, g, s))
            elif (g.start, g.end) != (s.start, s.end):
                errors.append(("span", doc, g, s))
        for gi in al.missed:
            errors.append(("missed", doc, gold[gi], None))
        for si in al.spurious:
            errors.append(("spurious", doc, None, ours[si]))
    return RunResult(total, seconds, len(docs), errors, warmup)


_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def shape(text: str) -> str:
    """A coarse form of an expression, so errors of one kind group together."""
    s = _WEEKDAY.sub("\x00", text)
    s = _MONTH.sub("\x01", s)
    s = re.sub(r"\d", "9", s).lower()  # placeholders, so that the word "month" stays a word
    return " ".join(s.replace("\x00", "WEEKDAY").replace("\x01", "MONTH").split())


def context(doc: TimeMLDocument, start: int, end: int, width: int = 50) -> str:
    left = doc.text[max(0, start - width) : start]
    right = doc.text[end : end + width]
    return " ".join((left + "[" + doc.text[start:end] + "]" + right).split())


def print_errors(result: RunResult, limit: int) -> None:
    print(f"\n  errors (first {limit} of {len(result.errors)}):")
    for kind, doc, g, s in result.errors[:limit]:
        gs = f"{g.text!r}={g.value}" if g else "-"
        ss = f"{s.text!r}={s.value}" if s else "-"
        anchor = g or s
        where = context(doc, anchor.start, anchor.end)
        print(f"  {kind:8} {doc.name:24} dct={doc.dct} gold {gs:40} ours {ss:40} | {where}")


def dump(result: RunResult, path: Path) -> None:
    """One line per error, sorted, so that `diff` between two runs shows what a change did."""
    lines = []
    for kind, doc, g, s in result.errors:
        anchor = g or s
        gs = f"{g.text}={g.value}" if g else "-"
        ss = f"{s.text}={s.value}" if s else "-"
        lines.append(f"{doc.name}\t{anchor.start}\t{kind}\t{gs}\t{ss}\t{context(doc, anchor.start, anchor.end, 40)}")
    path.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")


def error_kinds(result: RunResult) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for kind, _doc, g, s in result.errors:
        anchor = g or s
        kinds[f"{kind:8} {shape(anchor.text)}"] += 1
    return kinds


def fmt_row(name: str, r: RunResult) -> str:
    c = r.counts
    dps = r.docs / r.seconds if r.seconds else float("inf")
    return (
        f"  {name:12} relaxed {c.relaxed_f1:.3f}  strict {c.strict_f1:.3f}  value {c.value_f1:.3f}"
        f"   (gold {c.gold}, found {c.system}, relaxed {c.relaxed}, strict {c.strict}, value {c.value})"
        f"   {r.seconds:6.2f} s, {dps:7.1f} docs/s (+{r.warmup:.2f} s warm-up)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus", action="append", choices=[*CORPORA, *SNIPPETS], help="corpus to score (default: all three)"
    )
    ap.add_argument(
        "--set", action="append", type=Path, default=[], metavar="PATH", dest="extra",
        help="also score this TimeML folder (*.tml, e.g. the TempEval-3 platinum test set) or snippets file (*.jsonl)",
    )
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline (it is slow)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list our first N errors per corpus")
    ap.add_argument("--kinds", type=int, default=0, metavar="N", help="list our N commonest error kinds per corpus")
    ap.add_argument("--only", choices=["missed", "spurious", "value", "span"], help="list only this kind of error")
    ap.add_argument("--dump", type=Path, metavar="TSV", help="write every error to TSV.<corpus>.tsv, to diff two runs")
    args = ap.parse_args(argv)

    base = eval_dir()
    corpora: list[str | Path] = list(args.corpus or ([] if args.extra else [*CORPORA, *SNIPPETS]))
    for path in args.extra:
        if not path.exists():
            print(f"timex_eval: {path}: no such file or folder", file=sys.stderr)
            return 2
        corpora.append(path)
    if any(c in CORPORA for c in corpora) and not base.is_dir():
        print(f"timex_eval: corpora not found at {base} (set DATELINES_EVAL)", file=sys.stderr)
        return 2
    want_errors = bool(args.errors or args.kinds or args.dump)
    ok = True
    for name in corpora:
        if isinstance(name, Path):
            docs = read_snippets(name) if name.suffix == ".jsonl" else read_corpus(name)
            name = name.stem if name.suffix == ".jsonl" else name.name
        elif name in SNIPPETS:
            docs = [d for f in sorted(SNIPPETS[name].glob("*.jsonl")) for d in read_snippets(f)]
        else:
            docs = read_corpus(base / name)
        print(f"{name}: {len(docs)} documents, {sum(len(scored(d.gold)) for d in docs)} DATE/TIME expressions")
        ours = run_system(datelines_system, docs, want_errors)
        print(fmt_row("datelines", ours))
        if not args.no_dateparser:
            print(fmt_row("dateparser", run_system(make_dateparser_system(), docs, False)))
        c = ours.counts
        dps = ours.docs / ours.seconds if ours.seconds else float("inf")
        met = (
            c.relaxed_f1 >= TARGETS["relaxed"]
            and c.strict_f1 >= TARGETS["strict"]
            and c.value_f1 >= TARGETS["value"]
            and dps >= TARGETS["docs_per_second"]
        )
        if name in CORPORA:
            ok = ok and met
            verdict = "met" if met else "NOT met"
            print(f"  targets (relaxed >= 0.93, strict >= 0.90, value >= 0.88, >= 50 docs/s): {verdict}")
        elif name in SNIPPETS:
            print("  (our own annotation: no target; the figures show what the corpora do not cover)")
        else:
            print("  (a further set: no target)")
        if args.dump:
            dump(ours, args.dump.with_suffix(f".{name}.tsv"))
        if args.only:
            ours.errors = [e for e in ours.errors if e[0] == args.only]
        if args.kinds:
            print(f"\n  commonest error kinds ({len(ours.errors)} errors):")
            for kind, n in error_kinds(ours).most_common(args.kinds):
                print(f"  {n:4}  {kind}")
        if args.errors:
            print_errors(ours, args.errors)
        print()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
