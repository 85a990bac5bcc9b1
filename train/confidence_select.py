"""Model selection for the confidence model (train/train_confidence.py --compare): candidate
calibrators scored on the dev records by calibration error under several splits.

The dev records come from four sources whose labels differ in kind (a CASE 2021 snippet's
record is right only with the gold ACLED type, a PLOVER sentence's with the gold PLOVER type,
a real-news record as the gold accepts; the held-out snapshots are real-news records as the
coder made them before it had seen the articles), so a pooled ECE can hide a model that is too sure on
one source and too timid on another, the two errors cancelling in shared bins.  Each
candidate is scored by:

- `cv5`: 5-fold stratified cross-validated ECE, pooled (mean of 3 shuffles);
- `grouped`: the same with folds grouped by document (a real-news page's records stay together);
- `within`: the ECE of each source's out-of-fold records on their own, averaged by size
  (grouped folds) -- the figure that says whether each source is calibrated;
- `loso`: leave-one-source-out ECE (fit on the other sources, predict the one left out), pooled and per source;
- `monotone`: bench/calibration.py's test on the pooled 5-fold bins.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

SOURCES = ("case2021", "plover", "realnews", "heldout")  # heldout: train/heldout_snapshots.py
SNIPPET_INTERACTIONS = ("clf_own_score", "clf_margin", "clf_agrees", "no_acled", "plv_own_score", "hard_rule")


EXTRA_FEATURES = ("asserted", "reported", "figures", "aggregate", "refers_back", "long_sentence")


def extra_features(ev) -> dict[str, float]:
    """Features of the first model (before the rework), for the comparison only."""
    return {"asserted": float(ev.modality == "asserted"), "reported": float(ev.modality == "reported"),
            "figures": float(bool(ev.figures)), "aggregate": float(bool(ev.aggregate)),
            "refers_back": float(bool(ev.refers_back)),
            "long_sentence": min(len((ev.evidence.get("text") or "").split()), 80) / 80.0}


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


@dataclass
class Candidate:
    """Logistic regression (L2, inverse strength C) on `features`; with `gate`, fitted on the
    factual records only and non-factual records get the dev rate of right ones among them
    (0); `balance` weighs the sources equally; `isotonic` maps the scores through an isotonic
    fit on inner out-of-fold scores; `temperature` divides the logit by T >= 1 fitted likewise."""
    name: str
    features: tuple[str, ...]
    C: float = 1.0
    gate: bool = True
    balance: bool = False
    isotonic: bool = False
    temperature: bool = False
    fitted: dict = field(default_factory=dict, repr=False)

    def _lr(self, X, y, w):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.C, max_iter=5000).fit(X, y, sample_weight=w)

    def fit(self, F: np.ndarray, y: np.ndarray, src: np.ndarray, factual: np.ndarray) -> "Candidate":
        from sklearn.isotonic import IsotonicRegression
        from sklearn.model_selection import StratifiedKFold

        keep = factual if self.gate else np.ones(len(y), bool)
        X, yy, w = F[keep], y[keep], weights(src[keep], self.balance)
        self.fitted = {"lr": self._lr(X, yy, w), "T": 1.0, "iso": None,
                       "nonfactual": (float(y[~factual].sum()) + 0.5) / (float((~factual).sum()) + 1.0)}
        if self.isotonic or self.temperature:
            z = np.zeros(len(yy))
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=1).split(X, yy):
                z[te] = self._lr(X[tr], yy[tr], w[tr]).decision_function(X[te])
            if self.isotonic:
                self.fitted["iso"] = IsotonicRegression(y_min=0, y_max=1, out_of_bounds="clip").fit(_sigmoid(z), yy, sample_weight=w)
            else:
                self.fitted["T"] = float(min(np.arange(1.0, 4.01, 0.05), key=lambda t: log_loss(_sigmoid(z / t), yy, w)))
        return self

    def predict(self, F: np.ndarray, factual: np.ndarray) -> np.ndarray:
        p = _sigmoid(self.fitted["lr"].decision_function(F) / self.fitted["T"])
        if self.fitted["iso"] is not None:
            p = self.fitted["iso"].predict(p)
        return np.where(factual, p, self.fitted["nonfactual"]) if self.gate else p


def weights(src: np.ndarray, balance: bool) -> np.ndarray:
    w = np.ones(len(src))
    if balance:
        kinds = sorted(set(src))
        for k in kinds:
            w[src == k] = len(src) / (len(kinds) * (src == k).sum())
    return w


def log_loss(p, y, w=None) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(np.average(-(y * np.log(p) + (1 - y) * np.log(1 - p)), weights=w))


def _oof(cand, cols, y, src, factual, splits) -> np.ndarray:
    F = cols(cand.features)
    p = np.zeros(len(y))
    for tr, te in splits:
        p[te] = cand.fit(F[tr], y[tr], src[tr], factual[tr]).predict(F[te], factual[te])
    return p


def evaluate(cand: Candidate, table: list[dict], y, src, doc, factual, seeds=(0, 1, 2)) -> dict:
    """The candidate's dev figures (module docstring)."""
    from calibration import summary
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedGroupKFold, StratifiedKFold

    def cols(names):
        return np.array([[row[n] for n in names] for row in table])

    present = [k for k in SOURCES if (src == k).any()]

    def within(p):
        return sum((src == k).sum() * ece(p[src == k], y[src == k]) for k in present) / len(y)

    idx = np.arange(len(y))
    runs = []
    for s in seeds:
        p5 = _oof(cand, cols, y, src, factual, StratifiedKFold(5, shuffle=True, random_state=s).split(idx, y))
        pg = _oof(cand, cols, y, src, factual, StratifiedGroupKFold(5, shuffle=True, random_state=s).split(idx, y, doc))
        runs.append({"cv5": ece(p5, y), "grouped": ece(pg, y), "within": within(pg),
                     "monotone": summary(list(zip(p5.tolist(), y.tolist())), 10)["monotone"],
                     **{f"cv5_{k}": ece(p5[src == k], y[src == k]) for k in present}})
    pl = _oof(cand, cols, y, src, factual, LeaveOneGroupOut().split(idx, y, src))
    out = {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0] if k != "monotone"}
    out.update(monotone=all(r["monotone"] for r in runs), loso=round(ece(pl, y), 4),
               **{f"loso_{k}": round(ece(pl[src == k], y[src == k]), 4) for k in present})
    return out


def candidates(chosen: tuple[str, ...]) -> list[Candidate]:
    """What was compared (docs/coding.md has the table); the last is the shipped model."""
    base = tuple(f for f in chosen if f != "snippet")  # the 21 features before the snippet marker
    first = ("asserted", "reported", "actor1", "actor2", "figures", "fatalities", "aggregate", "hard_rule",
             "by_classifier", "clf_agrees", "clf_margin", "clf_own_score", "clf_not_political",
             "place_in_sentence", "no_place", "date_in_text", "refers_back", "no_acled", "attribution", "long_sentence")
    old = tuple(f for f in first if f not in ("asserted", "reported"))
    coarse = ("actor1", "hard_rule", "by_classifier", "clf_agrees", "clf_own_score", "clf_margin",
              "clf_not_political", "no_acled")
    markers = ("date_in_text", "no_place", "attribution", "place_in_sentence")
    rich = base + ("figures", "aggregate", "refers_back", "long_sentence")
    return [
        Candidate("first model: 20 features, C=10, temperature, no gate", first, C=10, gate=False, temperature=True),
        Candidate("factual gate + 18 first features", old),
        Candidate("gate + 8 coarse features", coarse),
        Candidate("gate + 18 first features, C=0.1", old, C=0.1),
        Candidate("gate + all 25 (PLOVER-classifier and CASE-top added)", rich),
        Candidate("gate + all 25, sources balanced", rich, balance=True),
        Candidate("gate + all 25, balanced, isotonic on out-of-fold scores", rich, balance=True, isotonic=True),
        Candidate("gate + 21 without source markers (date, place, attribution)", tuple(f for f in base if f not in markers)),
        Candidate("gate + 21, sources balanced", base, balance=True),
        Candidate("gate + 21, C=0.3", base, C=0.3),
        Candidate("gate + 21, C=1 (shipped until the ninth round)", base),
        Candidate("gate + 21 + snippet", base + ("snippet",)),
        Candidate("gate + 21 + snippet and its interactions", base + ("snippet",) + tuple(f"snippet_x_{k}" for k in SNIPPET_INTERACTIONS)),
        Candidate("gate + 21 + snippet, sources balanced (shipped)", chosen, balance=True),
    ]
