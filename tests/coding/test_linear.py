"""coding/linear.py gives the decision values of the scikit-learn pipeline it was exported from."""
import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from tocsin.coding import linear
from tocsin.coding.classify import load_classifier, predict
from tocsin.coding.textmask import masked_lower

TRAIN = [
    ("Government jets bombed two villages south of Idlib on Monday, a monitor said.", "air"),
    ("Warplanes struck a market in the town, killing nine people.", "air"),
    ("A drone strike hit a car on the road to the airport.", "air"),
    ("Artillery shelled the outskirts of the city overnight.", "shell"),
    ("Rebels fired mortar rounds at a checkpoint near the border.", "shell"),
    ("Rockets landed on a residential district of the capital.", "shell"),
    ("Hundreds of students marched through the centre to demand reforms.", "protest"),
    ("Protesters gathered outside parliament and chanted slogans.", "protest"),
    ("Teachers held a sit-in in front of the ministry on Sunday.", "protest"),
]
PROBES = [
    "Syrian and Russian jets bombed Maarat al-Numan and Kafr Nabl, killing 12 civilians.",
    "Demonstrators in   Baghdad's  Tahrir Square\tburned tyres.",
    "",
    "zzz qqq",  # nothing known to the model
    "A a I 7 x",  # one-letter words and a number
    "Les manifestants ont défilé à Bamako; 3 000 personnes selon la police.",
    "قصفت الطائرات الحربية بلدة في ريف إدلب الجنوبي",
    "Shelling, shelling and more SHELLING hit the town again and again.",
]


def fitted(word_masked=False, char_masked=False, labels=None, word=True, char=True, C=0.5):
    parts = []
    if word:
        parts.append(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                     **({"preprocessor": masked_lower} if word_masked else {})))
    if char:
        parts.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2,
                                     **({"preprocessor": masked_lower} if char_masked else {})))
    texts = [t for t, _ in TRAIN]
    y = labels or [lab for _, lab in TRAIN]
    return make_pipeline(make_union(*parts), LinearSVC(C=C, random_state=0)).fit(texts, y)


@pytest.mark.parametrize("masks", [(False, False), (False, True), (True, True)])
def test_same_decision_values_as_scikit_learn(tmp_path, masks):
    model = fitted(*masks)
    ours = linear.load(linear.export(model, tmp_path / "m.npz"))
    assert list(ours.classes_) == list(model.classes_)
    expected = model.decision_function(PROBES)
    got = ours.decision_function(PROBES)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert ours.predict(PROBES) == list(model.predict(PROBES))


def test_one_vectorizer_and_a_binary_model(tmp_path):
    violent = ["violent" if lab != "protest" else "peaceful" for _, lab in TRAIN]
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LinearSVC(random_state=0))
    model.fit([t for t, _ in TRAIN], violent)
    ours = linear.load(linear.export(model, tmp_path / "b.npz"))
    np.testing.assert_allclose(ours.decision_function(PROBES), model.decision_function(PROBES), atol=1e-5)
    assert ours.predict(PROBES) == list(model.predict(PROBES))


def test_settings_it_cannot_reproduce_are_refused(tmp_path):
    model = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(2, 3)), LinearSVC(random_state=0))
    model.fit([t for t, _ in TRAIN], [lab for _, lab in TRAIN])
    with pytest.raises(linear.UnsupportedModel):
        linear.export(model, tmp_path / "c.npz")
    plain = make_pipeline(TfidfVectorizer(sublinear_tf=False), LinearSVC(random_state=0))
    plain.fit([t for t, _ in TRAIN], [lab for _, lab in TRAIN])
    with pytest.raises(linear.UnsupportedModel):
        linear.export(plain, tmp_path / "d.npz")


def test_char_grams_of_short_words_follow_scikit_learn():
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))
    ours = linear.Vectorizer("char_wb", (3, 5), False, {}, np.zeros(0))
    for text in ("a", "an", "war", "  Two  words ", "x y\nzz"):
        assert ours.grams(text) == vec.build_analyzer()(text)
    words = TfidfVectorizer(ngram_range=(1, 2))
    ours = linear.Vectorizer("word", (1, 2), False, {}, np.zeros(0))
    for text in ("a", "Troops shelled the town", "I x"):
        assert ours.grams(text) == words.build_analyzer()(text)


def test_shipped_models_are_read_without_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from tocsin.coding.classify import load_classifier, predict;"
            "p = predict(load_classifier('case2021'), ['Warplanes bombed a market, killing nine people.']);"
            "print(p[0].label, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1] == "False"
    assert out[0] == predict(load_classifier("case2021"), ["Warplanes bombed a market, killing nine people."])[0].label


def _head(model, weight, gate):
    from tocsin.coding.encoder import shared

    head = LinearSVC(C=0.3, random_state=0).fit(shared().embed([t for t, _ in TRAIN]), [lab for _, lab in TRAIN])
    return head, linear.EmbeddingHead(head.coef_.T, head.intercept_, weight, gate)


@pytest.mark.parametrize("gate", [0.0, 0.3, 1e9])
def test_embedding_head_is_added_below_its_gate(tmp_path, gate):
    from tocsin.coding.encoder import shared

    model = fitted(False, True)
    head, _ = _head(model, 0.25, gate)
    ours = linear.load(linear.export(model, tmp_path / "h.npz", head, 0.25, gate))
    ngrams = model.decision_function(PROBES)
    np.testing.assert_allclose(ours.decision_function(PROBES, head=False), ngrams, atol=1e-5)
    top = np.sort(ngrams, axis=1)
    unsure = (top[:, -1] - top[:, -2]) < gate
    expected = ngrams + unsure[:, None] * 0.25 * head.decision_function(shared().embed(PROBES))
    np.testing.assert_allclose(ours.decision_function(PROBES), expected, atol=1e-4)
    if gate == 0.0:
        np.testing.assert_allclose(ours.decision_function(PROBES), ngrams, atol=1e-5)
    if gate == 1e9:  # the head moves every row
        assert not np.allclose(ours.decision_function(PROBES), ngrams, atol=1e-3)


def test_the_training_wrapper_scores_what_ships(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "train"))
    from fused import FusedModel

    fused = FusedModel(fitted(False, True), 0.3, 0.25, 0.3).fit([t for t, _ in TRAIN], [lab for _, lab in TRAIN])
    ours = linear.load(linear.export(fused.ngrams, tmp_path / "f.npz", fused.head_, 0.25, 0.3))
    np.testing.assert_allclose(ours.decision_function(PROBES), fused.decision_function(PROBES), atol=1e-4)


def test_a_head_with_other_classes_is_refused(tmp_path):
    model = fitted()
    head = LinearSVC(random_state=0).fit(np.eye(3), ["air", "shell", "riot"])
    with pytest.raises(linear.UnsupportedModel):
        linear.export(model, tmp_path / "x.npz", head, 0.25, 0.3)


@pytest.mark.parametrize("name", ["case2021", "plover"])
def test_the_shipped_models_carry_an_embedding_head(name):
    model = load_classifier(name)
    assert model.head is not None and model.head.coef.shape == (384, len(model.classes_))
    assert 0 < model.head.weight <= 1 and model.head.gate > 0
