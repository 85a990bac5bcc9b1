#!/usr/bin/env python3
"""CASE 2021 task 2 benchmark: each snippet -> one of the 30 labels, from the tocsin coder.

    python bench/case2021.py --split dev|test [--shared ../shared] [--margin M]

The coder runs the full pipeline on each snippet (spaCy parse, triggers, modality, actors)
and `tocsin.coding.label.snippet_label` combines its events with the shipped classifier.
On --split test the shipped model is used as is (trained on dev + authored data only).
On --split dev every snippet is labelled by a model trained without it (5-fold cross
validation over dev, authored data always in training), so dev figures are honest.
Scores with shared/tools/score_labels.py (weighted F1) and prints its JSON summary last.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--margin", type=float, default=None, help="override the rule/classifier margin")
    args = ap.parse_args()

    from tocsin import pipeline
    from tocsin.coding import label as labelling
    from tocsin.coding.classify import load_classifier, predict
    from tocsin.records import Article

    data = args.shared / "benchmarks" / "case2021" / "data.jsonl"
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    items = [r for r in rows if r["split"] == args.split]
    labels = json.loads((args.shared / "benchmarks/case2021/labels.json").read_text(encoding="utf-8"))
    code_of = {v["sub_event_type"]: k for k, v in labels.items() if v}

    texts = [r["text"] for r in items]
    if args.split == "dev":
        import train_classifiers as tc
        X, y, AX, Ay, ids, C = tc.datasets(args.shared)["case2021"]
        cv = tc.cross_val(X, y, AX, Ay, C, ids)
        preds = [cv[r["id"]] for r in items]
    else:
        preds = predict(load_classifier("case2021"), texts)

    arts = [Article(id=r["id"], source="case2021", url=None, title=None, text=r["text"].strip() or ".",
                    published=None, published_inferred=False, lang="en") for r in items]
    events_of = {}
    for item in pipeline.code_articles(arts):
        if isinstance(item, tuple):
            events_of[item[0].id] = item[1]
    margin = args.margin if args.margin is not None else 0.0
    out = [{"id": r["id"], "label": labelling.snippet_label(p, events_of.get(r["id"], []), code_of, margin)}
           for r, p in zip(items, preds)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(o) for o in out) + "\n")
    res = subprocess.run([sys.executable, str(args.shared / "tools/score_labels.py"), str(data), fh.name,
                          "--split", args.split], capture_output=True, text=True)
    print(res.stdout.rstrip())
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
