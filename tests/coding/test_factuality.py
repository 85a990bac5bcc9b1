"""coding/factuality.py: the learned check turns factual records of sentences that only use the
words of violence into non-events, leaves real acts alone (verbal acts and presupposed causes
included) and ships with its threshold; its binary encoder head is exported like the n-gram
model's.  Sentences written for tocsin."""
import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from tocsin.coding import factuality, linear
from tocsin.coding.encoder import shared

from .factual import coded_events, factual_events

LEAD = ("BAMAKO, Feb 4 (Sahel Wire) - Suspected jihadists killed eleven soldiers in an attack on an army post "
        "near Boni in central Mali on Monday, the army said.\n\n")


def _own(sentence: str) -> list:
    return [e for e in coded_events(LEAD + sentence, "2024-02-04") if sentence[:30] in e.evidence["text"]]


@pytest.mark.parametrize("sentence", [  # the rules leave both factual; the model does not
    "The monitor logs each ambush as a single incident however many trucks are hit, so convoy attacks look rarer "
    "in its tables than they are.",
    "The observatory counts a massacre as one incident, even where the killings spread across several villages.",
])
def test_sentences_that_only_use_the_words_of_violence_are_made_non_events(sentence):
    own = _own(sentence)
    assert own and not [e for e in own if e.modality in ("asserted", "reported", "historical")]
    assert any((e.modality_cue or "").startswith("unlikely to be an event") for e in own)


@pytest.mark.parametrize("sentence", [
    "Gunmen on motorbikes killed nine villagers and burned their granaries in Dinangourou on Wednesday, a local "
    "official said.",
    "Soldiers arrested 14 men at a market in Sevare on Thursday after a grenade was thrown at a patrol, the "
    "gendarmerie said.",
    "Hundreds of women marched through Kati on Saturday to demand the release of relatives detained by the army.",
])
def test_reported_acts_stay_factual(sentence):
    own = _own(sentence)
    assert [e for e in own if e.modality in ("asserted", "reported", "historical") and e.acled]
    assert not any("factuality" in (e.modality_cue or "") for e in own)


def test_a_cause_named_in_a_state_stays_an_event():  # the shelling is presupposed, whatever the fears
    sentence = ("Villages such as Boulkessi, which the army has yet to reach, stand nearly empty due to heavy "
                "shelling and residents' fear of reprisals.")
    assert any(e.acled for e in factual_events(LEAD + sentence, "2024-02-04") if sentence[:30] in e.evidence["text"])
    assert factuality.decisions([sentence])[0] < factuality.model().threshold  # the model alone would veto it


def test_verbal_acts_are_never_checked():
    sentence = "The junta on Tuesday threatened to expel the French ambassador if Paris kept criticising it."
    own = _own(sentence)
    assert not any("factuality" in (e.modality_cue or "") for e in own)


def test_other_languages_are_left_as_the_rules_coded_them():
    text = ("Des hommes armés ont tué neuf villageois et incendié des greniers à Dinangourou mercredi, selon un "
            "élu local.")
    evs = coded_events(text, "2024-02-04", lang="fr")
    assert evs and not any("factuality" in (e.modality_cue or "") for e in evs)


def test_the_shipped_model_has_a_threshold_head_and_gate():
    m = factuality.model()
    assert m is not None and m.threshold is not None and m.head is not None
    assert m.head.coef.shape == (384, 2) and m.head.gate > 0
    real, metaphor = factuality.decisions([
        "Rebels ambushed a supply convoy near Douentza on Friday, killing six drivers, officials said.",
        "The coach's side launched attack after attack in the second half but could not find an equaliser."])
    assert real > m.threshold > metaphor


def test_a_binary_model_with_a_head_exports_its_decisions(tmp_path):
    texts = ["Troops shelled the village on Monday.", "Gunmen killed four farmers near the river.",
             "Police fired tear gas at marchers in the capital.", "Analysts fear the fighting could spread.",
             "The minister warned that attacks might rise before the vote.", "Critics attacked the budget plan."]
    y = np.array([True, True, True, False, False, False])
    words = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression()).fit(texts, y)
    head = LogisticRegression().fit(shared().embed(texts), y)
    ours = linear.load(linear.export(words, tmp_path / "f.npz", head, 0.7, 1e9, threshold=-1.5))
    probes = texts + ["Fighters stormed a checkpoint at dawn.", ""]
    expected = words.decision_function(probes) + 0.7 * head.decision_function(shared().embed(probes))
    np.testing.assert_allclose(ours.decision_function(probes), expected, atol=1e-4)
    np.testing.assert_allclose(ours.decision_function(probes, head=False), words.decision_function(probes), atol=1e-5)
    assert ours.threshold == -1.5
