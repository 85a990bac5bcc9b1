#!/usr/bin/env python3
"""Is `confidence` calibrated?  Reliability diagram and expected calibration error (ECE).

    python bench/calibration.py [--split test|dev] [--shared ../shared] [--bins 10]

Records and labels as train/confidence_data.py makes them: CASE 2021 and PLOVER snippets
(first record of each) and the real-news pages (records at a gold event or non-event anchor),
all of one split.  The model was fitted on dev only (refit: `python train/train_confidence.py`,
which also prints the cross-validated dev figures); test is for reporting, once.  On dev the
records are those the model was fitted on, read by out-of-fold classifiers as in the fit (the
shipped classifiers were trained on the CASE and PLOVER dev items), so the dev figure is an
in-sample one.  Prints one line per confidence bin (records, mean confidence, share correct),
then the last line, one JSON object: n, ece, max_gap, whether the share correct rises with
the bins (monotone within noise: no bin with 30+ records below an earlier one by more than
two standard errors), and the same per source.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

import confidence_data as cd  # noqa: E402


def reliability(pairs: list[tuple[float, int]], bins: int) -> list[dict]:
    out = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        sel = [(p, y) for p, y in pairs if lo <= p < hi or (k == bins - 1 and p == 1.0)]
        if sel:
            out.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(sel),
                        "confidence": round(sum(p for p, _ in sel) / len(sel), 3),
                        "correct": round(sum(y for _, y in sel) / len(sel), 3)})
    return out


def summary(pairs: list[tuple[float, int]], bins: int) -> dict:
    rows = reliability(pairs, bins)
    n = len(pairs)
    ece = sum(r["n"] / n * abs(r["confidence"] - r["correct"]) for r in rows) if n else None
    big = [r for r in rows if r["n"] >= 30]
    monotone = all(
        b["correct"] + 2 * math.sqrt(max(a["correct"] * (1 - a["correct"]), 0.01) / a["n"]) >= a["correct"]
        for i, a in enumerate(big) for b in big[i + 1:])
    return {"n": n, "ece": round(ece, 4) if ece is not None else None,
            "max_gap": max((abs(r["confidence"] - r["correct"]) for r in big), default=None),
            "monotone": monotone, "bins": rows}


def dev_records(shared: Path) -> list:
    """The fit's dev records, each with the confidence the shipped model gives it."""
    from dataclasses import replace

    import train_confidence as tc
    from tocsin.coding import confidence

    cal = confidence.calibration()
    return [(replace(ev, confidence=round(confidence.probability(ev, confidence.features(ev, preds), cal), 3)), y, src)
            for ev, y, src, preds in tc.dev_records(shared)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), default="test")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--bins", type=int, default=10)
    args = ap.parse_args()
    if args.split == "dev":
        records = dev_records(args.shared)
    else:
        records = (cd.case_records(cd.items(args.shared, "case2021", args.split))
                   + cd.plover_records(cd.items(args.shared, "plover", args.split))
                   + cd.realnews_records(args.split, args.shared))
    pairs = [(float(ev.confidence), y) for ev, y, _ in records]
    whole = summary(pairs, args.bins)
    for r in whole["bins"]:
        print(f"{r['bin']}  n={r['n']:4d}  confidence={r['confidence']:.3f}  correct={r['correct']:.3f}")
    by_source = {}
    for src in ("case2021", "plover", "realnews"):
        part = [(float(ev.confidence), y) for ev, y, s in records if s == src]
        s = summary(part, args.bins)
        by_source[src] = {"n": s["n"], "ece": s["ece"]}
    print(json.dumps({"split": args.split, "n": whole["n"], "ece": whole["ece"], "max_gap": whole["max_gap"],
                      "monotone": whole["monotone"], "by_source": by_source}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
