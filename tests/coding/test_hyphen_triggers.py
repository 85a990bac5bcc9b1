"""Trigger phrases written with a hyphen ("sit-in", "counter-offensive") match the tokens spaCy
cuts them into, and a noun phrase cut that way is judged by its syntactic head ("staged a
sit-in": in, the object of a support verb).  Sentences written for tocsin."""
from tocsin.coding.lexicon import _words

from .factual import coded_events, factual_events


def test_hyphenated_lexicon_phrases_are_cut_like_the_tokenizer():
    assert _words("sit-in") == ("sit", "-", "in")
    assert _words("gang rape") == ("gang", "rape")
    assert _words("prise d'otages", "fr")[:1] == ("prise",)  # other languages keep their own rule


def test_a_sit_in_is_a_protest():
    text = "Hundreds of nurses staged a sit-in outside the health ministry in Peshawar on Tuesday over unpaid salaries."
    evs = factual_events(text, "2024-05-08")
    assert [e for e in evs if e.acled and e.acled["event_type"] == "Protests"], evs
    assert any(e.trigger == "sit-in" for e in evs)


def test_a_counter_offensive_is_a_battle():
    text = "Government troops launched a counter-offensive near Kidal on Sunday, the army said."
    evs = factual_events(text, "2024-05-08")
    assert any(e.trigger == "counter-offensive" and e.acled and e.acled["event_type"] == "Battles" for e in evs), evs


def test_a_sit_in_called_off_is_no_event():
    text = "The teachers' union called off a planned sit-in in Lahore after talks with the provincial government."
    assert not [e for e in coded_events(text, "2024-05-08")
                if e.modality in ("asserted", "reported") and e.trigger == "sit-in"]
