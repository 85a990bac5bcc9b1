"""Patterns found by the twenty-fourth round's held-out articles (dev-497 to dev-520: the Boucle
du Mouhoun, Timbuktu, Tahoua, Alibori, Borno, Savanes; Hiraan, Western Equatoria, White Nile,
Tigray, Mandera and Lamu, Cabo Delgado; northern Shan, Tirah, Panjshir, Dhaka, Basilan, Puncak;
Venezuela, Guerrero, northern Kosovo, Sinjar, Marib and Taiz, Rafah): each rule tested both ways
on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, factual_events

DAY = "2025-04-16"
LEAD = "NIAMEY, April 16 (Sahel Desk) - Gunmen attacked an army post near Tillia on Monday, officials said.\n\n"


def _facts(sentence: str, lead: str = LEAD) -> list:
    return factual_after(lead, sentence, DAY)


@pytest.mark.parametrize("sentence", [
    # another time or place brought in as a parallel
    "Some analysts compare the week's losses to 2020 in Mozambique, when insurgents overran the port of "
    "Mocimboa da Praia and held it for a year.",
    "Diplomats reach for a foreign parallel instead: Sri Lanka in 2022, where economic protests ended with a "
    "president fleeing the country.",
    # a habit's clause of time, in the past
    "In earlier rounds of fighting, displaced families usually went home within weeks once a local truce was "
    "agreed.",
    # an old act a film retells
    "The forest was once the base of a kidnapping gang whose 2001 abduction of tourists from a beach resort was "
    "dramatised in a film.",
    # a claim called false
    "Voice notes shared on WhatsApp claiming that militiamen had burned down a school in the district are false, "
    "the civil protection office said.",
    # a rumour a capitalised plural names
    "Tillia district - Reports on social media that two herders had been abducted near the wells were dismissed "
    "by the prefect.",
])
def test_not_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence,subs", [
    ("The day after, a crowd stormed the district jail in Tahoua and set parts of the compound alight.",
     {"Mob violence", "Violent demonstration"}),
    ("Protesters in the port city toppled a statue of the late president on Tuesday and dragged it along the "
     "seafront.", {"Violent demonstration", "Looting/property destruction", "Mob violence"}),
    ("A minibus travelling to Tillia ran over an explosive device on Tuesday morning near the village of Inates.",
     {"Remote explosive/landmine/IED"}),
    ("On Tuesday, an aid agency's vehicle was stopped at gunpoint on the road to Tillia.",
     {"Abduction/forced disappearance"}),
    ("About 20 other men were taken away in army trucks, and their families have had no news of them since.",
     {"Abduction/forced disappearance", "Arrests"}),
    ("The attackers went from house to house and took away at least 15 young men, residents said.",
     {"Abduction/forced disappearance"}),
    ("Men on motorcycles fired at residents outside a housing block in Tahoua on Tuesday evening, wounding a "
     "student and a street vendor.", {"Attack"}),
    ("On Tuesday, several dozen relatives of soldiers gathered in front of the military camp in Tahoua to demand "
     "that the bodies be returned.", {"Peaceful protest"}),
    # the classifier may not make a seizure of people a territory taken
    ("On Tuesday, gunmen seized four cattle traders at the market in Tillia.", {"Abduction/forced disappearance"}),
])
def test_events(sentence, subs):
    got = {e.acled["sub_event_type"] for e in _facts(sentence) if e.acled}
    assert got & subs, got


def test_the_bodies_taken_away_are_no_abduction():
    assert not [e for e in _facts("Volunteers took away the bodies on Tuesday afternoon.")
                if e.acled and e.acled["sub_event_type"].startswith("Abduction")]


def test_the_day_after_counts_from_the_event_before():
    text = ("ERBIL, March 26 - Iraqi troops clashed with YBS fighters in Sinune on Monday, killing three. The day "
            "after the clash, troops detained 11 men in the town's market.")
    arrests = [e for e in factual_events(text, "2025-03-26") if e.acled and e.acled["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0].date["start"] == "2025-03-25"


def test_a_day_and_time_stamp_on_its_own_line_dates_its_entry():
    text = ("Live: fighting in the highlands\n\nThursday 29 May, 19:05\nTroops said they had taken over a rebel camp "
            "in the hills above Ilaga this afternoon after a firefight.\n\nTuesday 27 May, 21:30\nGunmen opened fire "
            "on construction workers building a bridge in Gome district this afternoon, police said.")
    dates = {e.evidence["text"][:12]: e.date["start"] for e in factual_events(text, "2025-06-04") if e.rule_family in VIOLENT}
    assert dates.get("Gunmen opene") == "2025-05-27", dates
