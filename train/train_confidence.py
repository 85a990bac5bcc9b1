#!/usr/bin/env python3
"""Fit the confidence model (src/tocsin/coding/confidence.py) on dev data only and write
src/tocsin/data/models/confidence.json.  Refit after any change to the coder or the
classifiers (about a minute):

    python train/train_confidence.py [--shared ../shared] [--dry-run] [--compare]

Records and labels: train/confidence_data.py (CASE 2021 and PLOVER dev snippets, the
real-news dev pages).  Every record's classifier features come from models that never saw
its text: CASE 2021 snippets are coded and read by out-of-fold CASE classifiers, PLOVER
sentences by out-of-fold PLOVER classifiers (the shipped ones were trained on them, so their
margins there would be too sure); real-news pages use the shipped models.  The model
(train/confidence_select.py, `Candidate`): non-factual records get the dev share of right
ones among them (none are); factual ones a logistic regression (L2, C=1) on
confidence.FEATURES, the sources weighted equally.  It was chosen among the candidates that
--compare prints (dev only: 5-fold, document-grouped, per-source and leave-one-source-out
ECE) by the lowest within-source ECE; the figures of the written model are printed and
stored in the JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

import confidence_data as cd  # noqa: E402
import confidence_select as cs  # noqa: E402

OUT = ROOT / "src" / "tocsin" / "data" / "models" / "confidence.json"
HELDOUT = ROOT / "train" / "snapshots" / "heldout_confidence.jsonl"
C = 1.0
BALANCE = True  # the sources weigh the same (a user's input may be any mix of snippets and articles)


def out_of_fold(shared: Path, bench: str, make_records) -> list:
    """The bench's dev records, each item coded and read with the bench's classifier trained
    without its fold: (record, right, source, predictions)."""
    from sklearn.model_selection import StratifiedKFold

    import train_classifiers as tc
    from tocsin.coding import classify, confidence

    items = cd.items(shared, bench, "dev")
    X, y, AX, Ay, _ids, C_clf = tc.datasets(shared)[bench]
    by_id = {r["id"]: r for r in items}
    ids = [r["id"] for r in items]
    shipped = classify.load_classifier
    n_splits = max(2, min(5, int(np.unique(y, return_counts=True)[1].min())))
    out = []
    for tr, te in StratifiedKFold(n_splits, shuffle=True, random_state=0).split(X, y):
        model = tc.make_model(C_clf, *tc.SETTINGS[bench]).fit([X[i] for i in tr] + AX, [y[i] for i in tr] + Ay)

        def fold_model(name, _m=model):
            return _m if name == bench else shipped(name)

        with mock.patch.object(classify, "load_classifier", fold_model), \
                mock.patch("tocsin.coding.statistical.load_classifier", fold_model):
            recs = make_records([by_id[ids[i]] for i in te])
            preds = confidence._predictions([ev for ev, _, _ in recs])
        out += [(ev, right, src, p) for (ev, right, src), p in zip(recs, preds)]
    return out


def dev_records(shared: Path) -> list:
    from tocsin.coding import confidence

    # the coder must not read a previous fit while its records are collected
    with mock.patch.object(confidence, "calibration", lambda: None):
        news = cd.realnews_records("dev", shared)
        return (out_of_fold(shared, "case2021", cd.case_records) + out_of_fold(shared, "plover", cd.plover_records)
                + [(ev, right, src, p) for (ev, right, src), p in zip(news, confidence._predictions([r[0] for r in news]))])


def heldout_records() -> list[dict]:
    """The real-news rounds as the coder saw them before their rules were written
    (train/heldout_snapshots.py): features stored, labels from today's gold."""
    return cd.read_jsonl(HELDOUT) if HELDOUT.is_file() else []


def table(records: list, heldout: list[dict] = ()) -> tuple[list[dict], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, labels, sources, documents and factual flags of the records (and of the
    held-out snapshots, source "heldout")."""
    from tocsin.coding import confidence

    rows = [{**confidence.features(ev, preds), **cs.extra_features(ev)} for ev, _, _, preds in records]
    zeros = dict.fromkeys((*confidence.FEATURES, *cs.EXTRA_FEATURES), 0.0)  # (the snapshots leave zeros out)
    rows += [{**zeros, **h["features"], **h["extra"]} for h in heldout]
    for row in rows:  # (candidates only: the snippet's own slope on the classifiers' scores)
        row.update({f"snippet_x_{k}": row["snippet"] * row[k] for k in cs.SNIPPET_INTERACTIONS})
    y = np.array([right for _, right, _, _ in records] + [h["right"] for h in heldout])
    src = np.array([s for _, _, s, _ in records] + ["heldout"] * len(heldout))
    doc = np.array([f"{s}:{(ev.article or {}).get('id') or ev.id}" for ev, _, s, _ in records]
                   + [f"heldout:{h['round']}:{h['article']}" for h in heldout])
    factual = np.array([ev.modality in confidence.FACTUAL for ev, _, _, _ in records]
                       + [h["modality"] in confidence.FACTUAL for h in heldout])
    return rows, y, src, doc, factual


def main() -> int:
    from tocsin.coding import confidence

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    ap.add_argument("--no-heldout", action="store_true", help="leave out the held-out snapshots (the fit until round 32)")
    ap.add_argument("--compare", action="store_true", help="print the candidates' dev figures (Markdown), write nothing")
    args = ap.parse_args()
    rows, y, src, doc, factual = table(dev_records(args.shared), [] if args.no_heldout else heldout_records())
    if args.compare:
        keys = ["cv5", "grouped", "within", *(f"cv5_{k}" for k in cs.SOURCES), "loso", *(f"loso_{k}" for k in cs.SOURCES)]
        print("| candidate | " + " | ".join(keys) + " | monotone |\n|---|" + "---|" * (len(keys) + 1))
        for cand in cs.candidates(confidence.FEATURES):
            r = cs.evaluate(cand, rows, y, src, doc, factual)
            print(f"| {cand.name} | " + " | ".join(f"{r[k]:.3f}" for k in keys) + f" | {'yes' if r['monotone'] else 'no'} |",
                  flush=True)
        return 0
    cand = cs.Candidate("shipped", tuple(confidence.FEATURES), C=C, balance=BALANCE)
    figures = cs.evaluate(cand, rows, y, src, doc, factual)
    X = np.array([[r[n] for n in confidence.FEATURES] for r in rows])
    cand.fit(X, y, src, factual)
    lr = cand.fitted["lr"]
    fit = {"model": "non-factual: dev rate; factual: logistic regression (train/train_confidence.py)",
           "features": list(confidence.FEATURES), "coef": [round(float(w), 4) for w in lr.coef_[0]],
           "intercept": round(float(lr.intercept_[0]), 4), "temperature": 1.0, "C": C, "sources_balanced": BALANCE,
           "nonfactual": round(cand.fitted["nonfactual"], 4),
           "trained_on": {"records": int(len(y)), "correct": int(y.sum()), "factual": int(factual.sum()),
                          "by_source": {s: int((src == s).sum()) for s in cs.SOURCES}},
           "dev": figures}
    print(json.dumps(fit, indent=1))
    if not args.dry_run:
        OUT.write_text(json.dumps(fit, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
