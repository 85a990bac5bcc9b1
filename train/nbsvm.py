"""NB-SVM: one-vs-rest linear SVMs over features scaled by naive-Bayes log-count ratios
(Wang & Manning 2012, "Baselines and bigrams"), as a scikit-learn classifier whose weights
fold the scaling in, so coding/linear.py applies it like any LinearSVC.

For each class c, r_c[j] = log((p_j / |p|_1) / (q_j / |q|_1)), where p (q) counts the
training rows of class c (of the other classes) in which feature j occurs, plus `alpha`.
A binary LinearSVC is fitted on the rows scaled column-wise by s_c = sign(r_c) |r_c|^power;
its decision value w . (s_c * x) + b equals (w * s_c) . x + b, so `coef_[c]` is w * s_c and
the exported model needs nothing new: TF-IDF rows times coef_, plus intercept_.  power 1 is
the original scaling; 0.5 damps it (chosen on PLOVER dev, see train_classifiers.py).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.svm import LinearSVC


def log_count_ratios(X, y, classes, alpha: float = 1.0, sample_weight=None) -> np.ndarray:
    """classes x features: each class's naive-Bayes log-count ratio against the rest, over
    binarised features (a feature counts once per row)."""
    Xb = sp.csr_matrix(X, copy=True)
    Xb.data = (Xb.data > 0).astype(np.float64)
    w = np.ones(Xb.shape[0]) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    y = np.asarray(y)
    out = []
    for c in classes:
        pos = np.asarray(Xb.T @ (w * (y == c))).ravel() + alpha
        neg = np.asarray(Xb.T @ (w * (y != c))).ravel() + alpha
        out.append(np.log((pos / pos.sum()) / (neg / neg.sum())))
    return np.array(out)


class NBSVM(ClassifierMixin, BaseEstimator):
    """One-vs-rest NB-scaled LinearSVCs; `coef_`, `intercept_`, `classes_` and
    `decision_function` like a LinearSVC (a two-class model keeps one row, for the second
    class, as LinearSVC does)."""

    def __init__(self, C: float = 1.0, alpha: float = 1.0, power: float = 0.5, random_state: int = 0):
        self.C, self.alpha, self.power, self.random_state = C, alpha, power, random_state

    def fit(self, X, y, sample_weight=None):
        X = sp.csr_matrix(X)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        targets = self.classes_[1:] if len(self.classes_) == 2 else self.classes_
        ratios = log_count_ratios(X, y, targets, self.alpha, sample_weight)
        coefs, intercepts = [], []
        for c, r in zip(targets, ratios):
            scale = np.sign(r) * np.abs(r) ** self.power
            svm = LinearSVC(C=self.C, random_state=self.random_state)
            svm.fit(X @ sp.diags(scale), (y == c).astype(int), sample_weight=sample_weight)
            coefs.append(svm.coef_[0] * scale)
            intercepts.append(svm.intercept_[0])
        self.coef_, self.intercept_ = np.array(coefs), np.array(intercepts)
        return self

    def decision_function(self, X):
        values = np.asarray(X @ self.coef_.T) + self.intercept_
        return values[:, 0] if len(self.classes_) == 2 else values

    def predict(self, X):
        values = self.decision_function(X)
        if len(self.classes_) == 2:
            return self.classes_[(values > 0).astype(int)]
        return self.classes_[values.argmax(axis=1)]
