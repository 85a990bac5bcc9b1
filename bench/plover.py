#!/usr/bin/env python3
"""PLOVER gold-standard records: event-type accuracy of the tocsin coder.

    python bench/plover.py --split dev|test [--shared ../shared] [--margin M]

Each gold sentence goes through the full pipeline; its label is the PLOVER event of the
coder's first event (any modality: the gold codes CAMEO example sentences, some of them
hypothetical), unless the classifier is surer than `margin`, and the classifier's label
when the rules found nothing.  On --split dev the classifier labelling an item never saw it
(5-fold cross validation, authored data always in training).  Scored on `event_current`
with shared/tools/score_labels.py; its JSON summary is the last line.
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
    ap.add_argument("--margin", type=float, default=0.5)
    args = ap.parse_args()

    from tocsin import pipeline
    from tocsin.coding.classify import load_classifier, predict
    from tocsin.records import Article

    data = args.shared / "benchmarks" / "plover" / "data.jsonl"
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    items = [r for r in rows if r["split"] == args.split]
    if args.split == "dev":
        import train_classifiers as tc
        X, y, AX, Ay, ids, C = tc.datasets(args.shared)["plover"]
        cv = tc.cross_val(X, y, AX, Ay, C, ids)
        preds = [cv[r["id"]] for r in items]
    else:
        preds = predict(load_classifier("plover"), [r["text"] for r in items])
    arts = [Article(id=r["id"], source="plover", url=None, title=None, text=r["text"], published=None,
                    published_inferred=False, lang="en") for r in items]
    rule = {}
    for item in pipeline.code_articles(arts):
        if isinstance(item, tuple):
            evs = [e for e in item[1] if e.plover]
            rule[item[0].id] = evs[0].plover["event"] if evs else None
    out = []
    for r, p in zip(items, preds):
        label = rule.get(r["id"]) if rule.get(r["id"]) and p.margin < args.margin else p.label
        out.append({"id": r["id"], "label": label})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(o) for o in out) + "\n")
    res = subprocess.run([sys.executable, str(args.shared / "tools/score_labels.py"), str(data), fh.name,
                          "--split", args.split, "--field", "event_current"], capture_output=True, text=True)
    print(res.stdout.rstrip())
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
