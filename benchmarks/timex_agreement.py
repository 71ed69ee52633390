"""Which of the tagger's corpus errors the corpora themselves contradict.

Usage:
    python benchmarks/timex_agreement.py              # TimeBank and AQUAINT
    python benchmarks/timex_agreement.py --corpus aquaint --classes 30
    python benchmarks/timex_agreement.py --own 40     # list the errors that are ours alone

Why this exists: after many rounds of fixes, most of what `timex_eval.py`
still counts as wrong is written one way in one document and the other way
in the next ("Earlier Friday" against "Earlier [Friday]", "1949" against
"1949-XX", "last week" as an ISO week, as `1989-WXX`, as a month or as `P1W`).
No rule that reads English can agree with both, so chasing those errors
means fitting documents. This script splits each error into one of two
kinds, so that effort goes where it pays:

- contradicted: somewhere else in TimeBank or AQUAINT the gold annotates the
  same shape of expression the way we did (same span, or a value of the same
  form), or leaves the same words untagged where we missed them;
- ours: no gold elsewhere does what we did; the error is ours to fix.

It then prints the scores the tagger would reach if every error of the second
kind were fixed and none of the first, which is the most a consistent reading
of English can expect from these corpora as they are annotated.

"Same shape" is `timex_eval.shape` (weekday and month names and digits
abstracted); "same form" replaces digits by 9, so that `1998-08-14` and
`1998-08-07` are one form (a wrong weekday counts as ours) while `1949` and
`1949-XX`, or `1998-W33` and `1998-WXX`, are two.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import CORPORA, TARGETS, datelines_system, eval_dir, run_system, shape  # noqa: E402

from generator.timex.lexicon import lexicon  # noqa: E402
from generator.timex.scoring import SCORED_TYPES, Counts  # noqa: E402
from generator.timex.timeml import TimeMLDocument, read_corpus  # noqa: E402


def _named_words() -> re.Pattern[str]:
    """A year, a month or a weekday by name, from the tagger's own lexicon ("may" and "mar"
    are left out: they are words too, as are "sat", "sun" and the other short weekdays)."""
    lex = lexicon()
    names = [m for m in lex.months if m not in ("may", "mar")] + [w for w in lex.weekdays if w.endswith("day")]
    return re.compile(r"\d|\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b", re.I)


_NAMED = _named_words()


def value_form(value: str) -> str:
    """A value with its digits abstracted: the convention it follows, not the date."""
    return re.sub(r"\d", "9", value)


@dataclass(frozen=True)
class GoldUse:
    doc: str
    start: int
    form: str


class Conventions:
    """How both corpora annotate each shape of expression, and which words they leave untagged."""

    def __init__(self, docs: list[TimeMLDocument]) -> None:
        self.by_shape: dict[str, list[GoldUse]] = defaultdict(list)
        self.docs = docs
        self._untagged: dict[str, int] = {}
        for doc in docs:
            for g in doc.gold:
                if g.type in SCORED_TYPES:
                    self.by_shape[shape(g.text)].append(GoldUse(doc.name, g.start, value_form(g.value)))

    def forms(self, text: str, doc: str, start: int) -> Counter[str]:
        """The value forms gold gives this shape elsewhere (the instance itself excluded)."""
        return Counter(u.form for u in self.by_shape.get(shape(text), ()) if (u.doc, u.start) != (doc, start))

    def untagged_elsewhere(self, text: str) -> int:
        """How often these exact words stand in the corpora outside any TIMEX3 of any type."""
        key = text.lower()
        if key not in self._untagged:
            pattern = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
            n = 0
            for doc in self.docs:
                covered = [(g.start, g.end) for g in doc.gold]
                for m in pattern.finditer(doc.text.lower()):
                    if not any(s < m.end() and m.start() < e for s, e in covered):
                        n += 1
            self._untagged[key] = n
        return self._untagged[key]


@dataclass
class Judged:
    kind: str  # missed, spurious, value, span
    doc: TimeMLDocument
    gold: object
    ours: object
    contradicted: bool
    why: str


def judge(kind: str, doc: TimeMLDocument, g, s, conv: Conventions) -> Judged:
    if kind == "missed":
        n = conv.untagged_elsewhere(g.text)
        return Judged(kind, doc, g, s, n > 0, f"'{g.text}' untagged {n} times in the corpora")
    if kind == "spurious":
        if _NAMED.search(s.text):
            # An untagged "1987" or "August 11" may be a model year or a dateline: gold
            # tagging other dates says nothing of this one, so it stays ours.
            return Judged(kind, doc, g, s, False, "a named date or year the gold left untagged here")
        forms = conv.forms(s.text, doc.name, s.start)
        n = forms[value_form(s.value)]
        return Judged(kind, doc, g, s, n > 0, f"gold tags these words with our value form {n} times elsewhere")
    if kind == "span":
        n = len(conv.by_shape.get(shape(s.text), ()))
        return Judged(kind, doc, g, s, n > 0, f"gold spans of our shape: {n}")
    ours_form = value_form(s.value)
    if ours_form == value_form(g.value):
        return Judged(kind, doc, g, s, False, "same form, another date: a resolution error")
    n = conv.forms(g.text, doc.name, g.start)[ours_form] + conv.forms(s.text, doc.name, s.start)[ours_form]
    return Judged(kind, doc, g, s, n > 0, f"gold gives our value form {n} times elsewhere")


def ceiling(counts: Counts, judged: list[Judged]) -> Counts:
    """The counts if every error of ours alone were mended and every contradicted one left."""
    c = Counts(counts.gold, counts.system, counts.strict, counts.relaxed, counts.value)
    for j in judged:
        if j.contradicted:
            continue
        if j.kind == "missed":
            c.system += 1
            c.relaxed += 1
            c.strict += 1
            c.value += 1
        elif j.kind == "spurious":
            c.system -= 1
        elif j.kind == "span":
            c.strict += 1
        else:  # value: mending it mends its span too
            c.value += 1
            if (j.gold.start, j.gold.end) != (j.ours.start, j.ours.end):
                c.strict += 1
    return c


def f1s(c: Counts) -> str:
    return f"relaxed {c.relaxed_f1:.3f}  strict {c.strict_f1:.3f}  value {c.value_f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", choices=CORPORA, help="corpus to judge (default: both)")
    ap.add_argument("--classes", type=int, default=12, metavar="N", help="list the N largest contradicted classes")
    ap.add_argument("--own", type=int, default=0, metavar="N", help="list N errors that are ours alone")
    ap.add_argument(
        "--within", action="store_true",
        help="judge each corpus by its own gold only (the most a tagger fitted to that corpus's habits could reach)",
    )
    args = ap.parse_args(argv)
    base = eval_dir()
    if not base.is_dir():
        print(f"timex_agreement: corpora not found at {base} (set DATELINES_EVAL)", file=sys.stderr)
        return 2
    docs = {name: read_corpus(base / name) for name in CORPORA}
    both = Conventions([d for name in CORPORA for d in docs[name]])
    for name in args.corpus or CORPORA:
        conv = Conventions(docs[name]) if args.within else both
        result = run_system(datelines_system, docs[name], True)
        judged = [judge(kind, doc, g, s, conv) for kind, doc, g, s in result.errors]
        theirs = [j for j in judged if j.contradicted]
        own = [j for j in judged if not j.contradicted]
        print(f"{name}: {len(judged)} errors; {len(theirs)} contradicted by the corpora's own gold, {len(own)} ours alone")
        print(f"  now                          {f1s(result.counts)}")
        print(f"  every error of ours mended   {f1s(ceiling(result.counts, judged))}")
        print(
            f"  targets                      relaxed {TARGETS['relaxed']:.3f}  strict {TARGETS['strict']:.3f}"
            f"  value {TARGETS['value']:.3f}"
        )
        by_kind = Counter((j.kind, j.contradicted) for j in judged)
        print("  by kind (contradicted / ours): " + ", ".join(
            f"{k} {by_kind[(k, True)]}/{by_kind[(k, False)]}" for k in ("value", "span", "missed", "spurious")
        ))
        classes: Counter[tuple[str, str]] = Counter()
        for j in theirs:
            # a span error is filed under our span's shape: that is the one gold writes elsewhere
            anchor = j.ours if j.kind == "span" else (j.gold or j.ours)
            classes[(j.kind, shape(anchor.text))] += 1
        if args.classes:
            print("\n  largest contradicted classes (errors, kind, shape: how the gold writes that shape)")
            for (kind, shp), n in classes.most_common(args.classes):
                forms = Counter(u.form for u in conv.by_shape.get(shp, ()))
                written = ", ".join(f"{f} x{k}" for f, k in forms.most_common(4)) or "never tagged"
                print(f"  {n:4}  {kind:8} {shp!r:32} {written}")
        if args.own:
            print(f"\n  errors of ours alone (first {args.own} of {len(own)}):")
            for j in own[: args.own]:
                gs = f"{j.gold.text!r}={j.gold.value}" if j.gold else "-"
                ss = f"{j.ours.text!r}={j.ours.value}" if j.ours else "-"
                print(f"  {j.kind:8} {j.doc.name:24} gold {gs:36} ours {ss:36} {j.why}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
