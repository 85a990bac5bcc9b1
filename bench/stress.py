#!/usr/bin/env python3
"""Stress sentences: event words in statements that report no event, and controls that do.

    python bench/stress.py [--set NAME ...] [--show] [--every N]

Each set in bench/stress/ holds blocks of one conflict: a factual lead with a dateline and
items, each a sentence (or, in the `pairs-*` sets, two or three sentences whose neighbour makes
the target no event) written for tocsin (bench/stress/README.md) with its kind and whether it
is an event.  Every item is coded as a two-paragraph article (the lead, then the sentence) with
`tocsin.pipeline.code_articles`; a non-event is a false positive when its sentence gives a
factual record (asserted, reported or historical), a control is found when it gives one.
Prints the false positives by kind, the missed controls with --show, and a JSON summary line
(the false-positive rate and the control recall, per set, for the single sentences in all and
for the pairs apart), held to
bench/floors.json `stress` by tests/e2e/test_stress.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "stress"
SETS = tuple(sorted(p.stem for p in DATA.glob("*.jsonl")))
FACTUAL = ("asserted", "reported", "historical")


def load(name: str) -> list[tuple[str, dict, str]]:
    """(lead, item, item id) for every item of the set."""
    out = []
    for bi, line in enumerate((DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()):
        if line.strip():
            block = json.loads(line)
            out += [(block["lead"], item, f"{name}-{bi}-{ii}") for ii, item in enumerate(block["items"])]
    return out


def run(names: tuple[str, ...] = SETS, show: bool = False, every: int = 1) -> dict:
    """The sets' figures; with `every`=n only every n-th item of each set (the first, the n+1-th,
    ...), a fixed sample (tests/e2e/test_stress.py, for CI time)."""
    sys.path.insert(0, str(ROOT / "src"))
    from tocsin.pipeline import code_articles
    from tocsin.records import Article

    items = [(name, *row) for name in names for row in load(name)[::every]]
    arts = [Article(id=iid, source="stress", url=None, title=None, text=f"{lead}\n\n{item['text']}",
                    published="2024-03-05", published_inferred=False, lang="en") for _, lead, item, iid in items]
    summary: dict = {}
    kinds, kinds_fp = Counter(), Counter()
    for (name, lead, item, iid), (_, events) in zip(items, code_articles(arts)):
        own = [e for e in events if e.modality in FACTUAL and e.evidence["start"] >= len(lead) + 2]
        s = summary.setdefault(name, {"non_events": 0, "false_positives": 0, "controls": 0, "found": 0})
        if item["event"]:
            s["controls"] += 1
            s["found"] += bool(own)
            if show and not own:
                print(f"MISS {iid} | {item['text']}")
        else:
            s["non_events"] += 1
            kinds[item["kind"]] += 1
            if own:
                s["false_positives"] += 1
                kinds_fp[item["kind"]] += 1
                if show:
                    print(f"FP   {iid} {item['kind']} | {item['text']}")
                    for e in own:
                        print(f"         {e.modality} {(e.plover or {}).get('event')} {e.trigger} {e.rule_id}")
    keys = ("non_events", "false_positives", "controls", "found")
    total = {k: sum(s[k] for n, s in summary.items() if not n.startswith("pairs-")) for k in keys}
    pairs = {k: sum(s[k] for n, s in summary.items() if n.startswith("pairs-")) for k in keys}
    for s in [*summary.values(), total, pairs]:
        s["false_positive_rate"] = round(s["false_positives"] / max(s["non_events"], 1), 3)
        s["control_recall"] = round(s["found"] / max(s["controls"], 1), 3)
    print("false positives by kind: " + ", ".join(f"{k} {kinds_fp[k]}/{kinds[k]}" for k in sorted(kinds, key=lambda k: (-kinds_fp[k], k))
                                                  if kinds_fp[k]) or "none")
    for name, s in summary.items():
        print(f"{name:9} non-events {s['non_events']:4}  false positives {s['false_positives']:3} ({s['false_positive_rate']:.1%})"
              f"  controls {s['controls']:3}  found {s['found']:3} ({s['control_recall']:.1%})")
    result = {"sets": summary, **total, "pairs": pairs}  # single sentences; the two-sentence items apart
    print(json.dumps(result))
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=SETS, help="a set to run (default: all)")
    ap.add_argument("--show", action="store_true", help="print each false positive and missed control")
    ap.add_argument("--every", type=int, default=1, help="only every n-th item of each set (the test's sample)")
    args = ap.parse_args()
    run(tuple(args.set or SETS), args.show, max(1, args.every))
    return 0


if __name__ == "__main__":
    sys.exit(main())
