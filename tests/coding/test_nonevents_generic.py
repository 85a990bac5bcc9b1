"""Generic statements, past habits, statistics, superseded reports, illustrations and labels
(coding/nonevents_generic.py), the present perfect since a year (nonevents_habits.py), a
copula's irrealis adjective (modality.py) and sentences that tell an event again
(context.py `toll_only`, `detail_lemmas`).  Every sentence was written for tocsin in the style
of risk explainers, refugees' testimony, statistics stories, aggregator pages and wire copy;
each guard has controls of the same shape that are events and must stay coded."""
import pytest

from .factual import coded_events, factual_events

LEAD = ("MAIDUGURI, Nigeria, June 12 (Sahel Wire) - Jihadist fighters attacked an army base at "
        "Marte in Borno state on Sunday, killing 11 soldiers, military sources said.\n\n")


def _extra(sentence: str, published: str = "2023-06-12", lead: str = LEAD) -> list:
    """The factual events coded from `sentence` when it follows a genuine lead."""
    return [e for e in factual_events(lead + sentence, published) if sentence[:30] in e.evidence["text"]]


@pytest.mark.parametrize("sentence", [
    "They raid villages, burn granaries and abduct farmers for ransom.",
    "Across the north, the insurgents face attacks of their own from rival factions.",
    "They used to burn the market stalls and take whatever the traders had left.",
    "The number of soldiers killed this year has already passed the full-year figures of 2021 and 2022.",
    "An earlier version of this story said that a second bomber had blown himself up near the gate.",
    "Two attacks this month show how quickly the situation in the state can change.",
    "Boko Haram has used the forest to launch raids on the villages around it since 2014.",
    "A fresh offensive on the island appears imminent, diplomats said.",
    "Reports that the town had fallen to the insurgents were premature, the army insisted.",
    "Traders are now fighting over the few trucks whose drivers still take the road to Damboa.",
])
def test_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "They raided the village of Gajiram on Tuesday and burned 40 houses, residents said.",
    "The insurgents attacked a convoy near Damboa on Monday, killing four soldiers.",
    "The number of civilians killed since Saturday has risen to 37, the state emergency agency said.",
    "Boko Haram fighters have killed at least 30 people in the area since 2021.",
    "The army has been fighting the insurgents in the forest since late 2019, killing hundreds.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_a_round_up_label_codes_nothing_but_its_item_does():
    text = LEAD + "Elsewhere in the state this week:\n\nCONVOY AMBUSH:\n\nGunmen ambushed a fuel convoy near Dikwa on Tuesday, killing two drivers, police said."
    labels = [e for e in factual_events(text, "2023-06-12") if e.evidence["text"].strip() == "CONVOY AMBUSH:"]
    assert labels == []
    assert any("Dikwa" in e.evidence["text"] for e in factual_events(text, "2023-06-12"))


@pytest.mark.parametrize("sentence", [
    "More than 30 people were wounded.",
    "Several other soldiers were killed, the sources said.",
    "The attack destroyed dozens of vehicles and set the armoury on fire.",
    "The raid hit the base's main gate first, the sources said.",
])
def test_an_event_told_again_adds_to_the_first(sentence):
    assert _extra(sentence) == []
    first = [e for e in factual_events(LEAD + sentence, "2023-06-12") if "Marte" in e.evidence["text"]]
    assert len(first) == 1


def test_a_toll_told_again_goes_to_the_event_before():
    events = factual_events(LEAD + "More than 30 others were wounded.", "2023-06-12")
    assert len(events) == 1 and events[0].figures.get("injured", {}).get("value") == 30


@pytest.mark.parametrize("sentence", [
    "Three more soldiers were killed in a roadside blast near Bama on Monday.",
    "Gunmen killed five farmers in the village of Kirawa on Monday night.",
    "Five people were killed when suicide bombers attacked a mosque in Konduga.",
])
def test_a_new_event_after_a_known_one_stays(sentence):
    assert _extra(sentence), sentence


def test_generic_present_needs_the_body_and_no_figure():
    # a headline-like first line keeps its event; a present with a figure is news told in the present
    assert factual_events("Insurgents attack army bases across Borno\n\nThe army gave no details.", "2023-06-12")
    events = coded_events(LEAD + "They raid villages, burn granaries and abduct farmers for ransom.", "2023-06-12")
    raid = [e for e in events if "granaries" in e.evidence["text"]]
    assert raid and all(e.modality == "hypothetical" for e in raid)


@pytest.mark.parametrize("sentence", [
    "The attack came as the state governor was visiting the camp at Bakassi.",
    "The raid took place while army chiefs met in Abuja to review the campaign.",
])
def test_the_time_clause_of_an_event_told_again_is_no_record(sentence):
    assert _extra(sentence) == []


def test_a_violent_time_clause_is_an_event_of_its_own():
    sentence = "The attack came a day after gunmen killed nine worshippers at a mosque in the village of Mandu on Saturday."
    assert _extra(sentence)
