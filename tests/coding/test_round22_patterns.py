"""Patterns found by the twenty-second round's held-out articles (dev-449 to dev-472: Kayes,
Djibo, Tillaberi, Benue, Zamfara, Adre; Goma, Bukavu, Amhara, Middle Shabelle, Nairobi, Nampula;
Sumy and Kharkiv, Kursk, south Lebanon, Jenin, Duhok, Karabakh; Sagaing, Gopalganj, Bannu, the
Afghan border, Cauca, Culiacan): each rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, factual_events

DAY = "2025-06-04"


def _violent(text: str, day: str = DAY) -> list:
    return [e for e in factual_events(text, day) if e.rule_family in VIOLENT]


@pytest.mark.parametrize("text,dead", [
    # an age is no day
    ("A glide bomb struck a farm on the edge of the village overnight, officials said. A 58-year-old man was "
     "killed and his son was taken to hospital with burns.", 1),
    # the source's name is no place of the event
    ("Police opened fire on youths blocking the ring road with burning tyres on Tuesday. Three of them were "
     "killed, according to Plataforma Cidadania, a rights group.", 3),
    # dying, with no trigger of its own
    ("Gunmen opened fire on a wedding party in the suburb on Tuesday evening, the prosecutor said. Four people, "
     "among them a 12-year-old girl, died at the scene.", 4),
])
def test_a_toll_told_in_the_next_sentence_is_the_events(text, dead):
    (event,) = _violent(text)
    assert event.figures["fatalities"]["value"] == dead


def test_dying_of_something_else_elsewhere_is_no_toll():
    text = ("Gunmen opened fire on a bus in the town on Tuesday. Three people died of cholera in the camp last "
            "year.")
    (event,) = _violent(text)
    assert "fatalities" not in event.figures


LEAD = "PESHAWAR, June 4 (Frontier Desk) - Militants attacked a police post in Bannu on Tuesday, officials said.\n\n"


@pytest.mark.parametrize("sentence", [
    # a message that claims the act, denied
    "A message circulating on WhatsApp claiming that militants had stormed the main bazaar was denied by "
    "district police.",
    # a clip branded fake by the group itself
    "A video clip in which the group supposedly claimed an ambush on an army convoy was branded fake by its "
    "spokesman.",
    # an "armed strike" is an armed group's lockdown, not an attack
    "The front announced an armed strike across the northern districts from Friday.",
])
def test_not_events(sentence):
    assert [e for e in factual_after(LEAD, sentence, DAY) if e.rule_family in VIOLENT and e.modality in FACTUAL] == []


def test_a_claim_that_is_not_denied_is_still_told():
    assert [e for e in factual_after(LEAD, "Militants stormed the main bazaar on Tuesday evening, police said.", DAY)
            if e.rule_family in VIOLENT]
