"""Calibrated confidence (coding/confidence.py, data/models/confidence.json) and the fused
event's noisy-OR (fuse/assemble.py).  Sentences written for tocsin."""

import pytest

from tocsin import pipeline
from tocsin.coding import confidence
from tocsin.fuse.assemble import combined_confidence
from tocsin.records import Article



def coded(text, published="2020-02-27"):
    art = Article(id="t", source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return events


def test_confidence_model_is_data_that_names_its_features():
    cal = confidence.calibration()
    assert cal is not None and cal["features"] == list(confidence.FEATURES)
    assert len(cal["coef"]) == len(cal["features"]) and cal["temperature"] >= 1.0
    assert cal["trained_on"]["records"] >= 500  # dev only (train/train_confidence.py)
    assert 0.0 <= cal["nonfactual"] < 0.05
    assert cal["dev"]["cv5"] <= 0.04 and cal["dev"]["monotone"]  # the figures it was chosen by


def test_a_record_that_is_not_factual_gets_the_nonfactual_rate():
    cal = confidence.calibration()
    events = coded("The militia threatened that it would shell the airport in Tripoli next week.")
    hedged = [e for e in events if e.modality not in confidence.FACTUAL]
    assert hedged and all(e.confidence == round(cal["nonfactual"], 3) for e in hedged)


def test_a_plain_report_is_surer_than_a_hedged_one():
    sure = [e for e in coded("Russian jets struck the market in Ariha on Tuesday, killing nine civilians, "
                             "rescuers said.") if e.acled]
    unsure = [e for e in coded("Russian jets could strike the market in Ariha if the talks fail.") if e.acled]
    assert sure and unsure
    assert all(0.0 <= e.confidence <= 1.0 for e in sure + unsure)
    assert min(e.confidence for e in sure) > 0.7 > 0.3 > max(e.confidence for e in unsure)


def test_features_are_bounded():
    for ev in coded("Gunmen shot dead two police officers at a checkpoint near Kandahar on Monday, officials said."):
        f = confidence.features(ev, confidence._predictions([ev])[0])
        assert set(f) == set(confidence.FEATURES) and all(0.0 <= v <= 1.0 for v in f.values())
        assert f["clf_top"] > 0 and f["plv_own_score"] > 0  # both classifiers read the sentence
    assert set(confidence.features(ev)) == set(confidence.FEATURES)  # without classifiers: zeros


def test_confidence_reads_the_sentences_the_coder_already_classified(monkeypatch):
    """Each sentence is classified once per model and reading (n-grams alone, n-grams with the
    sentence-encoder head): statistical.py's predictions are reused."""
    from tocsin.coding import classify

    text = "Hundreds of students marched on the ministry in Nairobi on Friday to protest against fee rises."
    coded(text)  # warm the models
    calls = []
    real = classify._predict
    monkeypatch.setattr(classify, "_predict",
                        lambda m, texts, head=True: calls.extend((id(m), t, head) for t in texts) or real(m, texts, head))
    classify._memo.clear()
    first = coded(text)
    assert first and len(calls) == len(set(calls))  # no sentence twice to one model
    assert {t for _, t, _ in calls} == {e.evidence["text"] for e in first}
    classify._memo.clear()
    monkeypatch.setattr(classify, "MEMO_SIZE", 0)  # no memo: the same confidences
    assert [e.confidence for e in coded(text)] == [e.confidence for e in first]


class _M:
    def __init__(self, c):
        self.confidence = c


def test_fused_confidence_is_a_noisy_or_over_sources():
    assert combined_confidence({"a": [_M(0.6), _M(0.2)], "b": [_M(0.5)]}) == pytest.approx(0.8)
    assert combined_confidence({"a": [_M(0.6)]}) == pytest.approx(0.6)
    assert combined_confidence({"a": [_M(None)]}) is None


def test_other_languages_are_read_without_the_english_encoder(monkeypatch):
    from tocsin.coding import classify, encoder

    def refuse(self, texts):
        raise AssertionError(f"encoder asked for {texts!r}")

    classify._memo.clear()
    monkeypatch.setattr(encoder.SentenceEncoder, "embed", refuse)
    art = Article(id="fr", source="t", url=None, title=None, lang="fr", published="2023-05-14", published_inferred=False,
                  text="Des hommes armés ont tué sept civils dimanche dans une embuscade près de Djibo, a indiqué l'armée.")
    ((_, events),) = list(pipeline.code_articles([art]))
    assert events and all(0.0 <= e.confidence <= 1.0 for e in events)
    monkeypatch.undo()
    heads = []
    real = classify.predict
    monkeypatch.setattr(classify, "predict", lambda m, texts, head=True: heads.extend((t[:6], head) for t in texts) or real(m, texts, head))
    english = coded("Gunmen killed seven civilians in an ambush near Djibo on Sunday, the army said.")
    confidence._predictions(english + events)
    assert True in {h for t, h in heads if t == "Gunmen"}  # (the n-grams' own reading comes first)
    assert {h for t, h in heads if t == "Des ho"} == {False}
