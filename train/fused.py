"""The n-gram pipeline plus an embedding head (late fusion), as the shipped model applies it.

`FusedModel.fit` fits the n-gram pipeline (train_classifiers.make_model's) and a LinearSVC over
the sentence encoder's vectors (tocsin/coding/encoder.py) on the same rows; its
`decision_function` is coding/linear.py's: the n-grams' decision values, plus `weight` times
the head's for the rows whose n-gram margin is below `gate`.  Cross validation therefore
scores what ships.  Vectors are remembered by text for the whole run (every fold re-reads the
same authored sentences).
"""
from __future__ import annotations

import numpy as np
from sklearn.svm import LinearSVC

from tocsin.coding.encoder import SentenceEncoder
from tocsin.coding.linear import EmbeddingHead

_encoder: SentenceEncoder | None = None
_vectors: dict[str, np.ndarray] = {}


def vectors(texts: list[str]) -> np.ndarray:
    global _encoder
    todo = [t for t in dict.fromkeys(texts) if t not in _vectors]
    if todo:
        _encoder = _encoder or SentenceEncoder(threads=2)
        for text, vec in zip(todo, _encoder.embed(todo)):
            _vectors[text] = vec
    return np.stack([_vectors[t] for t in texts])


class FusedModel:
    def __init__(self, ngrams, C: float, weight: float, gate: float):
        self.ngrams, self.C, self.weight, self.gate = ngrams, C, weight, gate

    def fit(self, X, y):
        self.ngrams.fit(X, y)
        self.head_ = LinearSVC(C=self.C, random_state=0).fit(vectors(list(X)), list(y))
        self.classes_ = self.ngrams.classes_
        assert list(self.head_.classes_) == list(self.classes_)
        return self

    def decision_function(self, X):
        X = list(X)
        head = EmbeddingHead(self.head_.coef_.T, self.head_.intercept_, self.weight, self.gate)
        return head.add_to(np.atleast_2d(self.ngrams.decision_function(X)), X,
                           lambda texts: self.weight * self.head_.decision_function(vectors(texts)))
