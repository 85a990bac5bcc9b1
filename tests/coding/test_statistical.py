from tocsin.coding.classify import Prediction
from tocsin.coding.lexicon import coding_lexicon
from tocsin.coding.statistical import PLOVER_MARGIN, plover_retype
from tocsin.records import CodedEvent


def _ev(plover, family, rule_id="tr.x"):
    return CodedEvent(id="e", article={}, acled=None, plover={"event": plover, "mode": None, "context": [], "by": "rules"},
                      displacement=None, modality="asserted", aggregate=False, attribution=None, actors=(),
                      figures={}, evidence={"text": "x", "start": 0, "end": 1}, confidence=0.5,
                      rule_id=rule_id, trigger="t", rule_family=family)


def test_statistical_plover_classifier_retypes_verbal_acts_with_margin():
    ev = plover_retype(_ev("SUPPORT", "support"), Prediction("AGREE", PLOVER_MARGIN + 0.1, {}), coding_lexicon())
    assert ev.plover["event"] == "AGREE" and ev.plover["by"] == "classifier" and ev.plover["rule_event"] == "SUPPORT"


def test_statistical_plover_guards_keep_the_rules_type():
    lex = coding_lexicon()
    assert plover_retype(_ev("SUPPORT", "support"), Prediction("AGREE", PLOVER_MARGIN / 2, {}), lex).plover["by"] == "rules"
    assert plover_retype(_ev("REJECT", "reject"), Prediction("ASSAULT", 2.0, {}), lex).plover["event"] == "REJECT"
    assert plover_retype(_ev("ASSAULT", "battle"), Prediction("PROTEST", 2.0, {}), lex).plover["event"] == "ASSAULT"
    # "600 soldiers arrived in the town": a deployment keeps its type
    assert plover_retype(_ev("MOBILIZE", "mobilize"), Prediction("AID", 2.0, {}), lex).plover["event"] == "MOBILIZE"


def test_statistical_plover_declared_threat_is_hard_evidence():
    # the design sample's E10: "declaring that Turkey will now take extraordinary measures"
    ev = _ev("THREATEN", "threaten", "tr.threaten.declared")
    assert plover_retype(ev, Prediction("AGREE", 2.0, {}), coding_lexicon()).plover["event"] == "THREATEN"
