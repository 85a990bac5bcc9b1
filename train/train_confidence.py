#!/usr/bin/env python3
"""Fit the confidence model (src/tocsin/coding/confidence.py) on dev data only and write
src/tocsin/data/models/confidence.json.

    python train/train_confidence.py [--shared ../shared] [--dry-run]

Records and labels: train/confidence_data.py.  CASE 2021 dev snippets are coded with
out-of-fold CASE classifiers (the shipped one was trained on them: its margins there would
be too sure), PLOVER dev and the real-news dev split with the shipped models.  The model is a
logistic regression on the features confidence.FEATURES (L2); C and a temperature (the
logit's divisor, >= 1) are chosen by 5-fold CV log loss on dev; the dev expected calibration
errors are printed (5-fold, and leave-one-source-out as a measure of shift).  Re-run after changing
the coder or the classifiers.
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

OUT = ROOT / "src" / "tocsin" / "data" / "models" / "confidence.json"


def case_out_of_fold(shared: Path) -> list:
    """CASE dev records, each snippet coded with a classifier trained without its fold."""
    from sklearn.model_selection import StratifiedKFold

    import train_classifiers as tc
    from tocsin.coding import classify

    items = cd.items(shared, "case2021", "dev")
    X, y, AX, Ay, _ids, C = tc.datasets(shared)["case2021"]
    by_id = {r["id"]: r for r in items}
    ids = [r["id"] for r in items]
    out = []
    shipped = classify.load_classifier
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
        model = tc.make_model(C).fit([X[i] for i in tr] + AX, [y[i] for i in tr] + Ay)

        def fold_model(name, _m=model):
            return _m if name == "case2021" else shipped(name)

        with mock.patch.object(classify, "load_classifier", fold_model), \
                mock.patch("tocsin.coding.statistical.load_classifier", fold_model):
            out += cd.case_records([by_id[ids[i]] for i in te])
    return out


def dev_records(shared: Path) -> list:
    return (case_out_of_fold(shared) + cd.plover_records(cd.items(shared, "plover", "dev"))
            + cd.realnews_records("dev", shared))


def matrix(records: list) -> tuple[np.ndarray, np.ndarray]:
    from tocsin.coding import confidence

    preds = {}
    X = []
    for ev, _y, _src in records:
        key = ev.evidence.get("text") or ""
        if key not in preds:
            preds[key] = confidence._predictions([ev])[0]
        f = confidence.features(ev, preds[key])
        X.append([f[n] for n in confidence.FEATURES])
    return np.array(X), np.array([y for _, y, _ in records])


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if sel.any():
            total += sel.sum() / len(p) * abs(p[sel].mean() - y[sel].mean())
    return float(total)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _log_loss(p, y) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _temperature(z, y) -> float:
    """The divisor of the logit that best fits held-out records (>= 1: only ever less sure)."""
    grid = np.arange(1.0, 4.01, 0.05)
    return float(min(grid, key=lambda t: _log_loss(_sigmoid(z / t), y)))


def main() -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold, cross_val_predict

    from tocsin.coding import confidence

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args()
    # the coder must not read a previous fit while its records are collected
    with mock.patch.object(confidence, "calibration", lambda: None):
        records = dev_records(args.shared)
    X, y = matrix(records)
    groups = [src for _, _, src in records]
    # C and a temperature (>= 1) by 5-fold CV log loss on dev.  Leave-one-source-out was
    # tried and rejected: the sources' base rates differ so much that it chose a model
    # under-confident everywhere (dev ECE 0.135 vs 0.03); its ECE is still printed.
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    best = None
    for C in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0):
        z = cross_val_predict(LogisticRegression(C=C, max_iter=2000), X, y, cv=folds, method="decision_function")
        T = _temperature(z, y)
        loss = _log_loss(_sigmoid(z / T), y)
        if best is None or loss < best[1]:
            best = (C, loss, T, ece(_sigmoid(z / T), y))
    C, loss, T, cv_ece = best
    z = cross_val_predict(LogisticRegression(C=C, max_iter=2000), X, y, cv=LeaveOneGroupOut(),
                          groups=groups, method="decision_function")
    loso_ece = ece(_sigmoid(z / T), y)
    model = LogisticRegression(C=C, max_iter=2000).fit(X, y)
    fit = {"model": "logistic regression over coding features (train/train_confidence.py)",
           "features": list(confidence.FEATURES), "coef": [round(float(w), 4) for w in model.coef_[0]],
           "intercept": round(float(model.intercept_[0]), 4), "temperature": round(T, 3), "C": C,
           "trained_on": {"records": int(len(y)), "correct": int(y.sum()),
                          "by_source": {s: sum(1 for _, _, src in records if src == s)
                                        for s in ("case2021", "plover", "realnews")}},
           "dev_cv": {"log_loss": round(loss, 4), "ece": round(cv_ece, 4)},
           "dev_leave_one_source_out_ece": round(loso_ece, 4)}
    print(json.dumps(fit, indent=1))
    if not args.dry_run:
        OUT.write_text(json.dumps(fit, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
