#!/usr/bin/env python3
"""Design sample benchmark: `tocsin extract` on ../shared/samples/idlib-eleventh-hour.txt,
scored by ../shared/tools/score_events.py.  Prints the scorer's report; last line its JSON.

    python bench/sample.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    sample = args.shared / "samples" / "idlib-eleventh-hour.txt"
    gold = args.shared / "samples" / "idlib-eleventh-hour.gold.json"
    with tempfile.TemporaryDirectory() as tmp:
        events, arts = Path(tmp) / "events.jsonl", Path(tmp) / "articles.jsonl"
        run = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(sample), "-o", str(events),
                              "--articles-out", str(arts)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return run.returncode
        res = subprocess.run([sys.executable, str(args.shared / "tools" / "score_events.py"), str(gold),
                              str(events), "--articles", str(arts)], capture_output=True, text=True)
    print(res.stdout.rstrip())
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
