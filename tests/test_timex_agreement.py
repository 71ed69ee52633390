"""benchmarks/timex_agreement.py: which corpus errors the corpora's own gold contradicts.

The script's verdict decides where tagger work goes (and what the closing
notes claim about the targets), so its split is pinned on small TimeML
corpora written here, through its real command line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "timex_agreement.py"


def tml(text: str, dct: str = "1998-08-20") -> str:
    return (
        f'<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT><TEXT>{text}</TEXT></TimeML>'
    )


def timex(words: str, value: str) -> str:
    return f'<TIMEX3 tid="t1" type="DATE" value="{value}">{words}</TIMEX3>'


def run(tmp_path: Path, *args: str) -> str:
    env = {**os.environ, "DATELINES_EVAL": str(tmp_path)}
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def test_errors_split_into_those_the_gold_contradicts_and_ours(tmp_path):
    tb = tmp_path / "timebank"
    aq = tmp_path / "aquaint"
    tb.mkdir()
    aq.mkdir()
    # "last week" as 1998-WXX here and as an ISO week in b: our ISO week is contradicted, not ours
    (tb / "a.tml").write_text(tml(
        f"Officials said {timex('last week', '1998-WXX')} that the talks failed. "
        f"Prices are {timex('now', 'PRESENT_REF')} higher."
    ))
    # untagged "now" is tagged in a (contradicted); untagged "1987" is a year left alone (ours)
    (tb / "b.tml").write_text(tml(
        f"The envoy left {timex('last week', '1998-W33')}. Prices are now lower after recent rains. "
        "The plant opened in 1987."
    ))
    # a weekday on the wrong week is the same form of value: ours; "recent" is untagged in b: contradicted
    (aq / "c.tml").write_text(tml(
        f"The bomb went off on {timex('Friday', '1998-08-07')} after {timex('recent', 'PAST_REF')} threats."
    ))
    out = run(tmp_path, "--own", "10")
    assert "timebank: 3 errors; 2 contradicted by the corpora's own gold, 1 ours alone" in out
    assert "aquaint: 2 errors; 1 contradicted by the corpora's own gold, 1 ours alone" in out
    # timebank: gold 3, found 5, value 2 -> 0.500; with the spurious 1987 mended, found 4 -> 0.571
    assert "now                          relaxed 0.750  strict 0.750  value 0.500" in out
    assert "every error of ours mended   relaxed 0.857  strict 0.857  value 0.571" in out
    assert "'1987'=1987" in out and "'Friday'=1998-08-14" in out  # the errors of ours are listed
    assert "'now'=PRESENT_REF" not in out.split("errors of ours alone")[1].split("aquaint:")[0]
    # judged by its own gold only, aquaint has no untagged "recent" to contradict the miss
    within = run(tmp_path, "--within", "--corpus", "aquaint")
    assert "aquaint: 2 errors; 0 contradicted by the corpora's own gold, 2 ours alone" in within
