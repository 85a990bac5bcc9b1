"""Coding patterns of the thirty-first round's held-out articles (dev-665 to dev-688): a parallel
brought in by "recalls" or "revived memories of" (the case remembered is no event of the story), a
pattern after "tend to", targets of a kind ("have mostly struck checkpoints"), a rumour that
"turned out to be false", a round of strikes, the dead "known to have died", a live page's
"Recap of Sunday", people "recognised as" a group, a capital taken misparsed with its defenders,
forces that moved in on a building, looters and crowds carting goods off, a patrol met with
fire, fuel poured on a car, gunshots that rang out, a crowd that dispersed of itself, and a war
toll under "is thought to have killed".  Texts written for tocsin."""
import pytest

from .factual import factual_events, subtypes, told_after

LEAD = ("NAIROBI, May 9 (Rift Desk) - Gunmen attacked a market in Beni on Wednesday, killing seven traders, "
        "the army said.\n\n")
after = told_after(LEAD, "2024-05-09")


def _factual(text: str, published: str = "2024-05-09") -> list:
    return factual_events(text, published)


@pytest.mark.parametrize("sentence", [
    "For many in the valley the footage recalled March 2009, when militiamen burned the mission at Nyankunde.",
    "The raid recalls the crisis of late 2012, when rebels forced the garrison out of Goma.",
    "Wednesday's bloodshed recalled the June 2021 ambush near Eringeti, which killed 16 soldiers.",
    "The visit inevitably recalled November 2019, when soldiers shot dead a student near the campus gate.",
    "The market attack revived memories of May 2016, when gunmen hacked 36 people to death in Beni, "
    "leaving dozens more injured.",
    "The killings brought back memories of the 2014 massacre at Ngadi, when attackers killed more than 30 people.",
    "The burning of Kalau recalls October 2018, when soldiers drove out some 500 herders from land the army "
    "said it needed.",
])
def test_a_past_case_brought_in_as_a_parallel_is_no_event(sentence):
    assert not after(sentence), sentence


def test_a_person_who_recalls_a_past_act_tells_it():
    assert _factual("Several survivors recalled how soldiers burned the village of Mbau in 2019.", "2024-05-09")


@pytest.mark.parametrize("sentence", [
    "Raids in this part of Ituri tend to follow one script: fighters arrive before dawn, ring a hamlet and set "
    "its huts alight.",
    "Insurgents in the province have mostly struck army posts, police stations and churches rather than markets, "
    "the analyst notes.",
    "Rumours on Thursday night that a seventh trader had been kidnapped turned out to be false, the mayor said.",
    "Residents said they stayed indoors, saying anyone recognised as Nande on the road risked being seized or "
    "killed on the spot.",
])
def test_patterns_targets_of_a_kind_false_rumours_and_who_is_meant_are_no_events(sentence):
    assert not after(sentence), sentence


def test_the_rebels_mostly_withdrawn_is_still_a_withdrawal():
    assert "RETREAT" in {(e.plover or {}).get("event") for e in _factual("The rebels have mostly withdrawn from Mutwanga.")}


@pytest.mark.parametrize("sentence,sub", [
    ("The army said its helicopters had carried out another round of strikes overnight on camps in the forest.",
     "Air/drone strike"),
    ("Police in the district say at least 19 people are now known to have died in Tuesday's ambush near Oicha.",
     None),
    ("By dusk the rebels had taken control of the district capital and army units had pulled back towards Beni.",
     "Non-state actor overtakes territory"),
    ("At first light special forces moved in on a hotel where gunmen had been holding guests since the evening.",
     "Armed clash"),
    ("On Tuesday evening looters stripped two pharmacies on the main road bare.", "Looting/property destruction"),
    ("At the brewery depot, crowds carted off hundreds of crates within an hour.", "Looting/property destruction"),
    ("Soldiers sent to collect the bodies were met with bursts of automatic fire, the spokesman added.", None),
    ("In Butembo, armed men poured petrol on a minibus and set it alight while the driver was still inside.",
     None),
    ("Further along the track, gunshots rang out for several minutes near the army checkpoint at Kalau.", None),
])
def test_more_ways_news_tells_violence(sentence, sub):
    events = after(sentence)
    assert events, sentence
    assert sub is None or sub in subtypes(events), (sentence, subtypes(events))


def test_the_dead_known_to_have_died_keep_their_report():
    events = after("Police in the district say at least 19 people are now known to have died in Tuesday's ambush "
                   "near Oicha.")
    assert events and all(e.modality == "reported" for e in events)


def test_gangs_known_to_attack_at_dusk_is_still_a_habit():
    assert not after("The gangs are known to attack lorries on this road at dusk.")


def test_a_war_toll_under_a_report_verb_is_no_one_event():
    assert not after("The 1998-2003 war in the east, fought in part over the mines of Ituri, is thought to have "
                     "killed more than three million people.")


def test_a_live_page_s_recap_of_a_day_tells_that_day_anew():
    text = ("08:05 - Good morning and welcome back to our coverage of the Beni market attack.\n\n"
            "09:30 - Recap of Sunday: police fired tear gas to break up hundreds of protesters who had gathered "
            "at the town hall in Beni.\n\n"
            "10:15 - The mayor said the protesters had been told to go home.")
    events = _factual(text, "2024-05-13")
    protests = [e for e in events if "tear gas" in e.evidence["text"]]
    assert protests and subtypes(protests) == {"Protest with intervention"}


def test_a_crowd_that_dispersed_of_itself_saw_no_intervention():
    events = _factual("The authorities let the coalition march through Beni on 2 May, and the large crowd dispersed "
                      "peacefully in the evening.")
    assert subtypes(events) == {"Peaceful protest"}
    assert subtypes(_factual("Police dispersed the crowd with tear gas in Beni on Thursday.")) == {"Protest with intervention"}


def test_a_law_allowing_detention_is_still_no_detention():
    assert not _factual("A new decree allows the police to detain suspects for 30 days without charge.")


def test_a_victim_named_with_a_first_name_the_model_left_untagged_is_one_dead():
    events = after("On Friday a police officer shot dead Pablo Marchant near Carahue.")
    assert events and events[0].figures["fatalities"]["value"] == 1
    assert "fatalities" not in after("On Friday soldiers killed Kafr Nabl residents near the river.")[0].figures
