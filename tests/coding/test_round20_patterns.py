"""Patterns found by the twentieth round's held-out articles (dev-401 to dev-424: Upper Nile,
Oromia, Anglophone Cameroon, Kidal, Tillaberi, Ituri, northern Shan, Balochistan, the Afghan
border, Papua, Negros, western Tigray, Catatumbo, Michoacan, Rio de Janeiro, Venezuela, Peru,
Tbilisi, Gaza, Duhok, the Syrian coast, Suwayda, Israel-Iran, Beirut): each rule tested both
ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, factual_events, tells_family

DAY = "2024-06-12"
LEAD = "MAIDUGURI, June 12 (Sahel Desk) - Insurgents attacked an army base near Monguno on Monday, killing four soldiers, officials said.\n\n"


def _told(sentence: str, lead: str = LEAD, day: str = DAY) -> list:
    return factual_after(lead, sentence, day)


NOT_EVENTS = [
    # a count in the perfect over decades
    "The north-east has been torn by an insurgency for more than a decade and a half, in which tens of thousands of "
    "people have been killed.",
    "The region has lived with banditry for more than two decades in which thousands of villagers have been killed.",
    # a count between two years long past
    "Between 2009 and 2015, insurgent raids left thousands of people dead across the three states.",
    # a count of people who fled since a year long past, in a relative clause
    "The camps already held hundreds of thousands of people who fled their villages since early 2015.",
    # an old "since" clause dates a period
    "Since the army sent reinforcements into the state in 2013, the region has recorded thousands of deaths.",
    # reports denied by their own verb
    "Reports on social media that insurgents had overrun the town of Dikwa were denied on Tuesday by the governor.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_events(sentence):
    assert [e for e in _told(sentence) if e.modality in FACTUAL] == []


TOLD = [
    # armed men seizing a person
    ("Gunmen seized a fish trader on the Maiduguri-Damboa road on Saturday evening, his family said.", "abduction"),
    # a phrase whose words a hyphenated modifier keeps apart
    ("A suicide bomber rammed an explosives-laden car into the gate of the barracks on Sunday.", "violence"),
    # riot-control means fired to drive a crowd away
    ("Police fired tear gas to drive hundreds of demonstrators away from the governor's office on Monday.", "protest"),
]


@pytest.mark.parametrize("sentence,family", TOLD)
def test_told(sentence, family):
    assert tells_family(LEAD, sentence, DAY, family)


def test_an_act_held_for_years_stays_a_past_event():
    (taken,) = [e for e in _told("Ten years ago, insurgents abducted 276 schoolgirls from Chibok and held many of "
                                 "them for years.") if e.rule_family == "abduction"]
    assert taken.modality == "historical"


def test_a_quarrel_the_killing_sharpened_is_no_crime_that_caused_it():
    (killing,) = [e for e in _told("A farmer and his two sons were shot dead in their hut near Bama on Sunday, a "
                                   "killing that has sharpened the quarrel between the army and local vigilantes.")
                  if e.rule_family in VIOLENT]
    assert killing.modality in FACTUAL
    assert _told("A trader was shot dead during a quarrel over a debt in the market on Sunday.") == []


def test_a_place_inside_a_groups_name_and_half_a_name_place_nothing():
    text = ("NIAMEY, Dec 12 (Sahel Desk) - Fighters of the Islamic State Sahel Province stormed an army post at "
            "Chatoumane, in the Tillaberi region, on Tuesday, the army said.")
    (post,) = [e for e in factual_events(text, "2024-12-12") if e.rule_family in VIOLENT]
    assert post.location["country"] == "NE"
    text = ("ADDIS ABABA, Nov 28 (Horn Desk) - Residents reported clashes between federal troops and rebels in "
            "several districts of East and West Wollega on Monday.")
    (clash,) = [e for e in factual_events(text, "2023-11-28") if e.rule_family in VIOLENT]
    assert clash.location["country"] == "ET"
