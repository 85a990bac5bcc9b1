from tocsin.coding.classify import Prediction, best_among, load_classifier, predict
from tocsin.coding.label import rule_label, snippet_label
from tocsin.records import CodedEvent


def test_classify_shipped_models_load_and_predict():
    case = load_classifier("case2021")
    preds = predict(case, ["Warplanes bombed a village in the north, killing four farmers, monitors said.",
                           "An earthquake of magnitude 6.1 struck the coastal province overnight."])
    assert [p.label for p in preds] == ["AIR_STRIKE", "NATURAL_DISASTER"]
    assert preds[0].margin > 0 and len(preds[0].scores) == 30
    plover = load_classifier("plover")
    assert predict(plover, ["The foreign minister held talks with his Iranian counterpart in Muscat."])[0].label == "CONSULT"


def test_classify_best_among_allowed():
    p = Prediction("ARMED_CLASH", 0.1, {"ARMED_CLASH": 1.0, "ATTACK": 0.5, "ARREST": -1.0})
    assert best_among(p, {"ATTACK", "ARREST"}) == "ATTACK"
    assert best_among(p, {"OTHER"}) is None


def _ev(rule_id, sub, modality="asserted"):
    return CodedEvent(id="e", article={}, acled={"event_type": "x", "sub_event_type": sub}, plover=None,
                      displacement=None, modality=modality, aggregate=False, attribution=None, actors=(),
                      figures={}, evidence={"text": "x", "start": 0, "end": 1}, confidence=0.5,
                      rule_id=rule_id, trigger="t")


def test_label_rule_wins_only_when_classifier_unsure():
    code_of = {"Air/drone strike": "AIR_STRIKE"}
    events = [_ev("inst.air", "Air/drone strike")]
    assert rule_label(events, code_of) == "AIR_STRIKE"
    assert rule_label([_ev("inst.air", "Air/drone strike", "hypothetical")], code_of) is None
    unsure = Prediction("ARMED_CLASH", 0.05, {})
    sure = Prediction("ARMED_CLASH", 2.0, {})
    assert snippet_label(unsure, events, code_of, margin=0.5) == "AIR_STRIKE"
    assert snippet_label(sure, events, code_of, margin=0.5) == "ARMED_CLASH"


def test_classify_predict_memo_classifies_each_text_once_with_identical_output():
    from tocsin.coding import classify

    texts = ["Militants ambushed an army convoy on the mountain road, killing six soldiers.",
             "Hundreds of nurses marched to parliament to demand their unpaid wages."]
    case = load_classifier("case2021")
    fresh = classify._predict(case, texts)  # no memo
    seen = []

    class Counting:  # the shipped model, counting the texts it is asked about
        classes_ = case.classes_

        def decision_function(self, batch):
            seen.extend(batch)
            return case.decision_function(batch)

    model = Counting()
    first = predict(model, texts)
    again = predict(model, [texts[1], texts[0], texts[1]])
    assert seen == texts  # the second call was answered from the memo
    assert first == fresh and again == [fresh[1], fresh[0], fresh[1]]
    assert predict(case, texts[:1]) == fresh[:1]  # one text alone: the same decision values as in a batch
    classify.MEMO_SIZE, size = 1, classify.MEMO_SIZE
    try:  # bounded: the oldest text is forgotten
        predict(model, ["A car bomb exploded outside the ministry."])
        assert len(classify._memo[model]) == 1
    finally:
        classify.MEMO_SIZE = size
