"""Coding patterns of the twenty-eighth round's held-out articles (dev-593 to dev-616): more shapes
of a comparison with another case, riot-control means thrown or answered with, a show of force
that is no protest, a relative clause's subject, forces that arrived to reinforce, counts of
things, the dead named one by one, a back-reference beside a new act, and territories' forces.
Texts written for tocsin."""
import pytest

from tocsin.coding.actor_dict import load_actors

from .factual import FACTUAL, coded_events, told_after

LEAD = ("LAGOS, May 4 (Delta Desk) - Soldiers raided the riverside community of Ekpan on Saturday, "
        "burning at least 40 houses, residents said.\n\n")
after = told_after(LEAD, "2024-05-04")


@pytest.mark.parametrize("sentence", [
    "For many in the delta, the images from Ekpan recall Zaki Biam, which soldiers sacked in 2001 after the "
    "killing of 19 troops.",
    "Some analysts see a parallel in the 2016 clashes at Agatu, which drove thousands of farmers from their homes.",
    "To many residents, the raid resembles the sweep through Zaki Biam in 2001, which the army blamed on militias "
    "and which left scores of people dead.",
    "One chief likened the raid to the 2019 assault on Ogbara, although the victims then were fishermen abducted "
    "at sea.",
    "Similar reprisal raids were seen in Benue in 2001, when soldiers burned villages over the killing of troops.",
])
def test_a_case_brought_in_for_comparison_is_no_event(sentence):
    assert after(sentence) == [], sentence


def test_a_memory_told_by_a_person_is_still_an_event():
    events = after("Residents recall that soldiers burned 30 houses in the same community in March 2019.")
    assert events and {e.rule_family for e in events} & {"property", "violence"}


@pytest.mark.parametrize("sentence, family", [
    ("Soldiers fired live ammunition at a group of young men outside the market on Sunday, witnesses said.",
     "violence"),
    ("Youths fired fireworks at a police line on the expressway on Sunday night.", "violence"),
    ("Riot units threw stun grenades into a crowd gathered outside the council offices on Sunday.", "protest"),
    ("Officers responded with tear gas when students blocked the gate on Sunday.", "protest"),
])
def test_fire_and_riot_control_means_aimed_at_people(sentence, family):
    assert family in {e.rule_family for e in after(sentence)}, sentence


def test_a_flag_march_is_a_deployment_not_a_protest():
    families = {e.rule_family for e in after("Army columns held flag marches through Ekpan and Warri town on "
                                            "Sunday, a defence spokesman said.")}
    assert "mobilize" in families and "protest" not in families


def test_a_charge_named_by_a_relative_pronoun_wrecks():
    events = after("A group calling itself the Red Cell claimed a pipe bomb that wrecked the front of a bank "
                   "branch on Sunday.")
    assert "explosion" in {e.rule_family for e in events}


def test_forces_that_landed_to_reinforce_did_reinforce():
    events = after("The first 200 marines landed in Warri this morning to reinforce the army.")
    assert any(e.rule_family == "mobilize" and e.modality in FACTUAL for e in events)


def test_taking_shelter_in_camps_is_displacement():
    events = after("About 1,200 people from Ekpan have taken shelter in two schools in Effurun.")
    assert any(e.displacement or e.rule_family == "displacement" for e in events)


def _fatalities(text: str, published: str = "2024-05-04") -> list:
    return [(e.figures.get("fatalities") or {}).get("value") for e in coded_events(text, published)
            if e.modality in FACTUAL]


def test_a_count_of_trucks_or_hours_is_no_toll():
    assert _fatalities("Gunmen riding in several pickup trucks killed at least 9 people in the town of "
                       "Sapele on Saturday.") == [9]
    events = coded_events("A 30-year-old trader who was detained on Friday died on Sunday after being held for "
                          "many hours in a police cell.", "2024-05-04")
    assert all((e.figures.get("arrested") or {}).get("qualifier") != "vague" for e in events)


def test_shot_dead_however_parsed():
    text = ("FIELD REPORT\n- In Effurun, gunmen on a motorcycle shot dead two men near the main junction on "
            "Saturday evening, police said.")
    assert 2 in _fatalities(text)


@pytest.mark.parametrize("text, dead", [
    ("A 19-year-old conscript has died after being shot in the chest during an exchange of fire with "
     "smugglers near Ekpan.", 1),
    ("A farmer and his son were pulled from their house and beaten to death by a mob in Ekpan on Friday.", 2),
    ("Flowers were laid at the spot where a 41-year-old teacher died during clashes with soldiers late on Friday.", 1),
    ("Candles burned at the corner where Ivan Petrov, 34, died during clashes with riot police on Monday.", 1),
])
def test_the_dead_named_one_by_one(text, dead):
    assert dead in _fatalities(text)


def test_a_back_reference_beside_a_new_act_is_the_new_act():
    text = ("Nobody had heard of the district a year ago, and now it is a byword for communal killing.\n\n"
            "The latest massacre came on March 3, when gunmen attacked Ekpan, killing more than 40 people, "
            "according to the state rights commission.")
    events = [e for e in coded_events(text, "2024-03-20") if e.modality in FACTUAL and "Ekpan" in e.evidence["text"]]
    assert events and all((e.figures.get("fatalities") or {}).get("value") == 40 for e in events)


def test_forces_in_a_territory_are_the_sovereigns():
    found = {(m.kind, m.country) for m in load_actors().find(
        "Gendarmes and riot officers cleared the roadblocks while protesters looked on.", "NCL")}
    assert ("state_forces", "FRA") in found and ("protesters", "NCL") in found
    assert ("state_forces", "KEN") in {(m.kind, m.country) for m in load_actors().find(
        "Security officers arrested six suspects in Mandera town.", "KEN")}


@pytest.mark.parametrize("sentence, displaced", [
    ("Since the raid, about 70 people from Ekpan have left to stay with relatives in Warri and Sapele.", 70),
    ("An estimated 9,000 people are now sheltering in 14 sites around Effurun.", 9000),
])
def test_people_who_left_to_stay_elsewhere_or_shelter_in_sites_are_displaced(sentence, displaced):
    events = [e for e in after(sentence) if e.displacement or e.rule_family == "displacement"]
    assert events and (events[0].figures.get("displaced") or {}).get("value") == displaced


def test_people_sheltering_in_basements_are_not_displaced():
    events = after("Residents of Ekpan sheltered in basements during the shooting on Sunday.")
    assert not any(e.rule_family == "displacement" for e in events)


def test_stun_grenades_thrown_by_riot_police_are_an_intervention_not_a_riot():
    events = after("OMON officers threw stun grenades into a crowd that had blocked the avenue on Sunday night.")
    assert {(e.acled or {}).get("sub_event_type") for e in events} == {"Protest with intervention"}


def test_people_who_remain_at_a_relief_camp_are_displaced_not_patients_in_hospital():
    assert any(e.rule_family == "displacement" for e in after(
        "More than 300 people from Ekpan remain at a relief camp in a Warri school, the state emergency agency said."))
    assert not any(e.rule_family == "displacement" for e in after(
        "Five people remain in hospital after the raid, the state health ministry said."))
