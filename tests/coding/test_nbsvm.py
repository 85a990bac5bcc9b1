"""train/nbsvm.py's NB-SVM folds its naive-Bayes scaling into the weights, so coding/linear.py
applies the exported model with the same decision values, and the scaling does what it says."""
import importlib
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union

from tocsin.coding import linear
from tocsin.coding.textmask import masked_lower

ROOT = Path(__file__).resolve().parents[2]

TRAIN = [
    ("The two governments signed a trade accord in the capital on Tuesday.", "AGREE"),
    ("Negotiators agreed to extend the ceasefire by three months.", "AGREE"),
    ("Both sides reached a deal on the disputed river crossing.", "AGREE"),
    ("The foreign minister condemned the border raid as a grave provocation.", "ACCUSE"),
    ("Officials accused the neighbouring army of shelling farms.", "ACCUSE"),
    ("The ministry denounced the arrests of its diplomats.", "ACCUSE"),
    ("The president warned that troops would be sent if the blockade went on.", "THREATEN"),
    ("Rebel leaders threatened to seize the oil fields within a week.", "THREATEN"),
    ("The government said it would cut off gas supplies unless talks resumed.", "THREATEN"),
]
PROBES = [
    "Kenya and Uganda signed an accord on cattle raids along their frontier.",
    "The opposition accused the police of beating students in Nairobi.",
    "The general threatened to close the port to foreign ships.",
    "",
    "zzz qqq",
]


def nbsvm():
    sys.path.insert(0, str(ROOT / "train"))
    try:
        return importlib.import_module("nbsvm")
    finally:
        sys.path.pop(0)


def fitted(labels=None, **kw):
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, preprocessor=masked_lower),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, preprocessor=masked_lower),
    )
    texts = [t for t, _ in TRAIN]
    return make_pipeline(features, nbsvm().NBSVM(**kw)).fit(texts, labels or [lab for _, lab in TRAIN])


@pytest.mark.parametrize("power", [0.5, 1.0])
def test_nbsvm_exported_model_gives_the_same_decision_values(tmp_path, power):
    model = fitted(C=1.0, alpha=0.5, power=power)
    ours = linear.load(linear.export(model, tmp_path / "nb.npz"))
    assert list(ours.classes_) == list(model.classes_)
    np.testing.assert_allclose(ours.decision_function(PROBES), model.decision_function(PROBES), atol=1e-5)
    assert ours.predict(PROBES[:3]) == list(model.predict(PROBES[:3])) == ["AGREE", "ACCUSE", "THREATEN"]


def test_nbsvm_binary_model_keeps_one_row(tmp_path):
    labels = ["AGREE" if lab == "AGREE" else "OTHER" for _, lab in TRAIN]
    model = fitted(labels=labels, C=1.0, alpha=0.5)
    assert model[-1].coef_.shape[0] == 1
    ours = linear.load(linear.export(model, tmp_path / "nb2.npz"))
    np.testing.assert_allclose(ours.decision_function(PROBES), model.decision_function(PROBES), atol=1e-5)
    assert ours.predict(PROBES[:2]) == ["AGREE", "OTHER"]


def test_nbsvm_log_count_ratios_favour_the_class_words():
    from scipy.sparse import csr_matrix

    # feature 0 occurs in every row of class a, feature 1 in every row of class b
    X = csr_matrix(np.array([[1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0]], dtype=float))
    y = np.array(["a", "a", "b", "b"])
    r = nbsvm().log_count_ratios(X, y, ["a", "b"], alpha=0.5)
    assert r[0, 0] > 0 > r[0, 1] and r[1, 1] > 0 > r[1, 0]
    assert r[0, 2] == pytest.approx(0.0) and r[1, 2] == pytest.approx(0.0)  # in both classes alike
    np.testing.assert_allclose(r[0], -r[1])


def test_nbsvm_folded_weights_equal_the_svm_on_scaled_features():
    import scipy.sparse as sp
    from sklearn.svm import LinearSVC

    model = fitted(C=1.0, alpha=0.5, power=0.5)
    union, clf = model[0], model[-1]
    X = union.transform([t for t, _ in TRAIN])
    y = np.array([lab for _, lab in TRAIN])
    P = union.transform(PROBES)
    r = nbsvm().log_count_ratios(X, y, clf.classes_, alpha=0.5)
    for k, c in enumerate(clf.classes_):
        scale = sp.diags(np.sign(r[k]) * np.sqrt(np.abs(r[k])))
        svm = LinearSVC(C=1.0, random_state=0).fit(X @ scale, (y == c).astype(int))
        np.testing.assert_allclose(clf.decision_function(P)[:, k], svm.decision_function(P @ scale), atol=1e-8)
