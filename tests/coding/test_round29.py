"""Coding patterns of the twenty-ninth round's held-out articles (dev-617 to dev-640): the case at
hand in a comparison (its remembered case stays a real act), a person seized from where they were,
the act an event "came after", ways torn up, a known event that only says who someone is, forces
confronting a march, deaths from a weapon's wounds, a crowd's victim suspected of a theft, an
ambush walked into, a blockade before an operation, and soldiers seizing weapons.  Texts written
for tocsin."""
import pytest

from .factual import FACTUAL, coded_events, subtypes, told_after

LEAD = ("OWERRI, Nov 20 (Delta Desk) - Gunmen shot dead two police officers at a checkpoint in Orlu on Sunday, "
        "police in Imo State said.\n\n")
after = told_after(LEAD, "2023-11-20")


@pytest.mark.parametrize("sentence", [
    "The killings have revived memories of the 2021 raid on the same checkpoint.",
    "The Orlu shooting is being compared with the 2021 attack on the prison in Owerri.",
])
def test_the_case_at_hand_in_a_comparison_is_told_already(sentence):
    assert not [e for e in after(sentence) if e.modality in ("asserted", "reported")], sentence


def test_the_case_remembered_is_a_parallel_not_an_event_of_the_story():
    # (round 31 settled the gold convention: a past case brought in as a parallel is a non-event,
    # as the writers' brief says; round 29 had kept it as a historical event)
    events = after("The killings have revived memories of April 2021, when gunmen killed 12 worshippers at a "
                   "church in Owerri.")
    assert not events


@pytest.mark.parametrize("sentence", [
    "The shooting came a day after gunmen abducted two traders on the road out of Orlu.",
    "The traditional ruler of Umuaka was seized from his palace by armed men on Saturday evening.",
])
def test_a_person_seized_and_the_act_a_shooting_came_after_are_abductions(sentence):
    assert "Abduction/forced disappearance" in subtypes(after(sentence)), sentence


def test_soldiers_seizing_weapons_abduct_nobody():
    subs = subtypes(after("Soldiers who searched the compound on Monday seized 14 rifles and two grenades, "
                       "an army spokesman said."))
    assert "Abduction/forced disappearance" not in subs and "Disrupted weapons use" in subs


@pytest.mark.parametrize("sentence, sub", [
    ("Army bulldozers tore up the main road into the camp and several alleys on Monday, residents said.",
     "Looting/property destruction"),
    ("Troops surrounded a house in Orlu on Monday and killed a man they said had carried out the checkpoint "
     "shooting.", "Attack"),
])
def test_acts_of_the_round(sentence, sub):
    assert sub in subtypes(after(sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "The two parties tore up the 2019 accord on Monday.",
    "Three children died of cholera in the camp last week, health workers said.",
])
def test_words_and_sickness_are_no_act(sentence):
    assert not [e for e in after(sentence) if (e.acled or {}).get("event_type") in
                ("Battles", "Violence against civilians", "Explosions/Remote violence")], sentence


def test_deaths_from_a_weapons_wounds_are_violence():
    text = "Two young men died of gunshot wounds in the general hospital in Orlu overnight, a doctor said."
    assert "Attack" in subtypes(e for e in coded_events(text, "2023-11-20") if e.modality in FACTUAL)


def test_the_known_event_that_says_who_a_man_was_is_no_record():
    events = after("Troops surrounded a house in Orlu on Monday and killed a man they said had carried out the "
                   "checkpoint shooting.")
    assert len(events) == 1 and (events[0].figures.get("fatalities") or {}).get("value") == 1


def test_forces_confronting_a_march_with_deaths_is_excessive_force():
    text = ("Eight people are now confirmed dead after police and soldiers confronted a march of miners at the "
            "bridge outside Oruro yesterday afternoon.")
    events = [e for e in coded_events(text, "2019-11-16") if e.modality in FACTUAL]
    assert "Excessive force against protesters" in subtypes(events)
    assert any((e.figures.get("fatalities") or {}).get("value") == 8 for e in events)


def test_a_crowd_beating_a_man_accused_of_theft_is_violence():
    events = after("A man was beaten to death by a crowd in the market on Friday after being accused of stealing "
                   "a goat, police said.")
    assert subtypes(events) & {"Mob violence", "Attack"}


def test_an_ambush_walked_into_on_the_way_to_a_raid_happened():
    events = after("The fighters were on their way to attack a rival clan when they walked into an ambush near "
                   "the river.")
    assert any(e.rule_family == "battle" and e.modality == "asserted" for e in events)


def test_a_blockade_an_operation_came_after_is_a_protest():
    events = after("The operation came a day after residents blocked the only road linking Orlu with Owerri.")
    assert "protest" in {e.rule_family for e in events}


@pytest.mark.parametrize("sentence", [
    "The same clans had killed more than 40 people in fighting during 2022, police said.",
    "Monitors said 18 civilians were killed by shelling in the district during January.",
    "Between the March 3 raid and the April 9 attack, at least nine people were killed in the villages.",
    "Five people were killed in those raids and 200 houses were burnt, the administrator said.",
])
def test_totals_over_a_named_period_are_aggregates(sentence):
    events = after(sentence)
    assert events and all(e.aggregate for e in events), sentence


def test_one_attack_in_a_months_first_week_is_no_aggregate():
    events = after("Gunmen killed six traders in the market during January's first week, police said.")
    assert events and not any(e.aggregate for e in events)


def test_a_time_of_day_is_no_toll():
    events = after("A constable died in hospital after being shot around 3 am near the checkpoint, officials said.")
    assert events and all((e.figures.get("fatalities") or {}).get("value") in (None, 1) for e in events)


def test_a_couple_counts_two():
    events = after("Gunmen shot dead four policemen and a couple who ran a kiosk near the junction on Monday.")
    assert any((e.figures.get("fatalities") or {}).get("value") == 6 for e in events)


@pytest.mark.parametrize("sentence", [
    "The suspect was detained by investigators late on Sunday.",
    "A General Service Unit armoured vehicle ran over a roadside bomb near Orlu on Monday.",
])
def test_investigators_and_the_general_service_unit_are_police(sentence):
    assert any("Police" in a["name"] and a["country"] == "NGA" for e in after(sentence) for a in e.actors), sentence
