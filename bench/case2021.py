#!/usr/bin/env python3
"""CASE 2021 task 2 benchmark: each snippet -> one of the 30 labels, from the tocsin coder.

    python bench/case2021.py --split dev|test [--shared ../shared] [--margin M] [--acled25]

The coder runs the full pipeline on each snippet (spaCy parse, triggers, modality, actors)
and `tocsin.coding.label.snippet_label` combines its events with the shipped classifier
(margin 0, the default, means the classifier decides; on dev the rules overriding an unsure
classifier lowered weighted F1: 0.817 at 0, 0.813 at 0.1, 0.791 at 0.3).
On --split test the shipped model is used as is (trained on dev + authored data only).
On --split dev every snippet is labelled by a model trained without it (5-fold cross
validation over dev, authored data always in training), so dev figures are honest.
Scores with shared/tools/score_labels.py (weighted F1); its JSON summary is the last line.
--acled25 scores the 25 ACLED labels only (subtask 1 style).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labels_common import ROOT, coded_events, predictions, read_items, score


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--margin", type=float, default=0.0, help="rule/classifier margin (see above)")
    ap.add_argument("--acled25", action="store_true", help="score the 25 ACLED labels only")
    args = ap.parse_args()
    from tocsin.coding.label import snippet_label

    data = args.shared / "benchmarks" / "case2021" / "data.jsonl"
    labels_file = args.shared / "benchmarks" / "case2021" / "labels.json"
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    code_of = {v["sub_event_type"]: k for k, v in labels.items() if v}
    items = read_items(data, args.split)
    preds = predictions("case2021", items, args.split, args.shared)
    events = coded_events(items, "case2021")
    out = [{"id": r["id"], "label": snippet_label(p, events.get(r["id"], []), code_of, args.margin)}
           for r, p in zip(items, preds)]
    extra = ("--restrict", f"@{labels_file}") if args.acled25 else ()
    return score(args.shared, data, out, args.split, *extra)


if __name__ == "__main__":
    sys.exit(main())
