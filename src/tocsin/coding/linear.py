"""The shipped text classifiers, read and applied without scikit-learn.

train/train_classifiers.py fits scikit-learn pipelines (TF-IDF word and character n-grams
joined, then a LinearSVC).  Loading such a pipeline with joblib costs the coder a
scikit-learn / SciPy import and an unpickle (about 1.5 s of a short `tocsin extract`, and
some 150 MB of memory per worker), although applying it is a sum of weights.  So the
training script saves what the pipeline has learnt as plain arrays (`export`): each
vectorizer's vocabulary, IDF weights and settings, the classes, the weight matrix and the
intercepts, in one uncompressed .npz.  `LinearTextModel` reads them and computes the same
decision values: the same n-grams (scikit-learn's "word" analyzer: tokens of two or more
word characters, 1-2-grams; its "char_wb" analyzer: 3-5-grams inside space-padded words),
sublinear term frequency times IDF, each vectorizer's row L2-normalised, then the weights.
tests/coding/test_linear.py checks the decision values against scikit-learn's own on
sentences and models built in the test.

A model may also carry an embedding head (`EmbeddingHead`): a second linear classifier over
the sentence encoder's vectors (coding/encoder.py), whose decision values, times a weight
chosen on dev, are added to the n-grams' (late fusion; train/train_classifiers.py).  The
encoder costs far more than the n-grams, so the head is consulted only for texts whose
n-gram margin (best minus runner-up) is below its gate: where it can change the label.  On
dev (cross-validated) a gate of 0.3 gave the labels of the full sum with under a third of
the texts embedded.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .textmask import masked_lower

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
WHITE_RUN = re.compile(r"\s\s+")
SEP = "\x00"  # joins the vocabulary's terms in the file (no term holds it)
ANALYZERS = ("word", "char_wb")


class UnsupportedModel(ValueError):
    pass


@dataclass(frozen=True)
class Vectorizer:
    """One TF-IDF vectorizer of the union: its analyzer, n-gram range, whether it reads the
    masked text, its vocabulary (term -> column within the union) and IDF by column."""
    analyzer: str
    ngram_range: tuple[int, int]
    masked: bool
    vocabulary: dict[str, int]
    idf: np.ndarray  # by column of the union

    def grams(self, text: str) -> list[str]:
        text = masked_lower(text) if self.masked else text.lower()
        lo, hi = self.ngram_range
        if self.analyzer == "word":
            tokens = TOKEN.findall(text)
            out = list(tokens) if lo == 1 else []
            for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
                out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            return out
        out = []
        for word in WHITE_RUN.sub(" ", text).split():
            padded = f" {word} "
            for n in range(lo, hi + 1):
                if n >= len(padded):  # a short word gives its whole padded form once
                    out.append(padded)
                    break
                out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
        return out

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's columns and their L2-normalised TF-IDF weights."""
        vocab = self.vocabulary
        counts = Counter(c for c in map(vocab.get, self.grams(text)) if c is not None)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[cols]
        norm = math.sqrt(float(weights @ weights))
        return cols, (weights / norm if norm else weights)


@dataclass(frozen=True)
class EmbeddingHead:
    """A linear classifier over sentence vectors (dimensions x classes) and its weight in the sum."""
    coef: np.ndarray
    intercept: np.ndarray
    weight: float
    gate: float  # consulted only below this n-gram margin

    def scores(self, texts: list[str]) -> np.ndarray:
        from .encoder import shared

        return self.weight * (shared().embed(texts) @ self.coef + self.intercept)

    def add_to(self, values: np.ndarray, texts: list[str], scores=None) -> np.ndarray:
        """`values` (texts x classes, the n-grams' decision values) with the head's (`scores`,
        by default `self.scores`) added to the rows whose margin is below the gate."""
        if values.shape[1] < 2 or not len(texts):
            return values
        top = np.sort(values, axis=1)
        unsure = np.flatnonzero(top[:, -1] - top[:, -2] < self.gate)
        if len(unsure):
            values = values.copy()
            values[unsure] += (scores or self.scores)([texts[i] for i in unsure])
        return values


class LinearTextModel:
    """A linear classifier over the union of TF-IDF vectorizers: `decision_function` and
    `classes_` like the scikit-learn pipeline it was exported from (plus the embedding head's
    weighted decision values when it has one)."""

    def __init__(self, vectorizers: list[Vectorizer], classes: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, head: EmbeddingHead | None = None):
        self.vectorizers, self.classes_ = vectorizers, classes
        self.coef, self.intercept = coef, intercept  # coef: features x classes
        self.head = head
        self.threshold: float | None = None  # a binary model's decision cut, when it ships one

    def decision_function(self, texts: list[str], head: bool = True) -> np.ndarray:
        out = self._scores(texts, head)
        return out if len(self.classes_) > 2 else out[:, 1] - out[:, 0]

    def _scores(self, texts: list[str], head: bool = True) -> np.ndarray:
        """texts x classes (a binary model's first column is 0); the embedding head's values
        added unless `head` is False (the n-grams alone)."""
        out = np.tile(self.intercept, (len(texts), 1))
        for i, text in enumerate(texts):
            for vec in self.vectorizers:
                cols, weights = vec.row(text)
                if len(cols):
                    out[i] += weights @ self.coef[cols]
        return self.head.add_to(out, texts) if head and self.head is not None else out

    def predict(self, texts: list[str]) -> list[str]:
        values = self._scores(texts)
        return [str(self.classes_[j]) for j in values.argmax(axis=1)]


def _settings(vec) -> tuple[str, tuple[int, int], bool]:
    """The exported vectorizer's analyzer, n-gram range and masking; UnsupportedModel when it
    uses a setting LinearTextModel does not reproduce."""
    pre = getattr(vec, "preprocessor", None)
    plain = dict(lowercase=True, strip_accents=None, stop_words=None, token_pattern=r"(?u)\b\w\w+\b",
                 tokenizer=None, binary=False, norm="l2", use_idf=True, sublinear_tf=True, input="content")
    bad = [k for k, v in plain.items() if getattr(vec, k, v) != v]
    if vec.analyzer not in ANALYZERS or bad or pre not in (None, masked_lower):
        raise UnsupportedModel(f"vectorizer settings not supported: analyzer={vec.analyzer!r} {bad} {pre!r}")
    return vec.analyzer, tuple(vec.ngram_range), pre is masked_lower


def _two_columns(coef: np.ndarray, intercept) -> tuple[np.ndarray, np.ndarray]:
    """A binary classifier keeps one row (decision = row . x + b): stored as two classes, a zero
    first column and the decision in the second, so decision = second - first."""
    return np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, float(np.ravel(intercept)[0])])


def export(pipeline, path: Path, head=None, head_weight: float = 0.0, head_gate: float = 0.0,
           threshold: float | None = None) -> Path:
    """Save a fitted make_pipeline(make_union(TfidfVectorizer...), linear classifier) as .npz,
    with `head` (a linear classifier fitted on sentence vectors, same classes), its weight and
    its gate, and a binary model's decision `threshold` (the user's cut, read back as
    `LinearTextModel.threshold`)."""
    union, clf = pipeline.steps[0][1], pipeline.steps[-1][1]
    parts = getattr(union, "transformer_list", None) or [("only", union)]
    arrays: dict[str, np.ndarray] = {"classes": np.asarray(clf.classes_).astype(str),
                                     "intercept": np.asarray(clf.intercept_, dtype=np.float64)}
    coef = np.asarray(clf.coef_, dtype=np.float64)
    if len(clf.classes_) == 2:
        coef, arrays["intercept"] = _two_columns(coef, clf.intercept_)
    arrays["coef"] = np.ascontiguousarray(coef.T.astype(np.float32))
    for k, (_, vec) in enumerate(parts):
        analyzer, (lo, hi), masked = _settings(vec)
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        arrays[f"v{k}_settings"] = np.array([ANALYZERS.index(analyzer), lo, hi, int(masked)], dtype=np.int64)
        arrays[f"v{k}_terms"] = np.frombuffer(SEP.join(terms).encode("utf-8"), dtype=np.uint8)
        arrays[f"v{k}_idf"] = np.asarray(vec.idf_, dtype=np.float64)
    if head is not None:
        if list(head.classes_) != list(clf.classes_):
            raise UnsupportedModel("the embedding head must have the model's classes")
        h_coef, h_intercept = np.asarray(head.coef_, dtype=np.float64), np.asarray(head.intercept_, dtype=np.float64)
        if len(clf.classes_) == 2:
            h_coef, h_intercept = _two_columns(h_coef, h_intercept)
        arrays["emb_coef"] = np.ascontiguousarray(h_coef.astype(np.float32).T)
        arrays["emb_intercept"] = h_intercept
        arrays["emb_weight"] = np.array([head_weight, head_gate], dtype=np.float64)
    if threshold is not None:
        arrays["threshold"] = np.array([threshold], dtype=np.float64)
    path = Path(path)
    with path.open("wb") as fh:
        np.savez(fh, **arrays)
    return path


def load(path: Path) -> LinearTextModel:
    with np.load(Path(path), allow_pickle=False) as data:
        parts, k = [], 0
        while f"v{k}_settings" in data.files:
            kind, lo, hi, masked = (int(x) for x in data[f"v{k}_settings"])
            terms = data[f"v{k}_terms"].tobytes().decode("utf-8").split(SEP)
            parts.append((ANALYZERS[kind], (lo, hi), bool(masked), terms, data[f"v{k}_idf"]))
            k += 1
        idf = np.concatenate([p[4] for p in parts])  # by column of the union
        vectorizers, offset = [], 0
        for analyzer, ngrams, masked, terms, _ in parts:
            vocab = dict(zip(terms, range(offset, offset + len(terms))))
            vectorizers.append(Vectorizer(analyzer, ngrams, masked, vocab, idf))
            offset += len(terms)
        head = (EmbeddingHead(data["emb_coef"], data["emb_intercept"], *map(float, data["emb_weight"]))
                if "emb_coef" in data.files else None)
        model = LinearTextModel(vectorizers, data["classes"], data["coef"], data["intercept"], head)
        model.threshold = float(data["threshold"][0]) if "threshold" in data.files else None
        return model
