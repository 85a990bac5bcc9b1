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
