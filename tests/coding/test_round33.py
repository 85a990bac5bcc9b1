"""Coding patterns of the thirty-third round's held-out articles (dev-713 to dev-736): people burned or
hacked to death, people hurt, a labour strike told with its cause, people held by the police on a
charge, deaths in a crossfire, a crowd that took part in a march, an arrest dated by a short span
("for a week, since ..."), a superlative's case at hand and a remembered case as parallels.  Texts
written for tocsin."""
import pytest

from .factual import first_figure, subtypes, told_after

LEAD = ("NAIROBI, Jan 2 (Rift Wire) - Youths armed with machetes attacked families sheltering on a farm outside "
        "Nakuru on Tuesday, witnesses said.\n\n")
after = told_after(LEAD, "2008-01-02")


@pytest.mark.parametrize("sentence,dead", [
    ("Police said at least 17 people were burned to death inside a chapel near Molo on Tuesday.", 17),
    ("Witnesses said the attackers hacked nine farm workers to death near Molo on Tuesday.", 9),
    ("A mob burned two young men alive at a market in Molo on Tuesday.", 2),
])
def test_people_burned_or_hacked_to_death_are_the_dead(sentence, dead):
    events = after(sentence)
    assert events and first_figure(events, "fatalities") == dead, [(e.rule_id, e.figures) for e in events]
    assert "Looting/property destruction" not in subtypes(events) or len(subtypes(events)) > 1


def test_people_hurt_are_the_injured_but_an_economy_hurt_is_no_event():
    events = after("At least six people were hurt in Molo on Tuesday when police fired on a crowd of protesters.")
    assert events and first_figure(events, "injured") == 6
    assert not after("Rising fuel prices hurt the economy badly last year, officials in Nairobi said.")


@pytest.mark.parametrize("sentence", [
    "The strike at the Magadi soda works, run by a foreign company, began in March over pay and housing.",
    "Dock workers in Mombasa began a strike on Tuesday.",
])
def test_a_labour_strike_told_with_its_cause_or_its_strikers_is_no_air_strike(sentence):
    assert "Air/drone strike" not in subtypes(after(sentence)), sentence


def test_people_held_by_the_police_on_a_charge_are_arrests_but_talks_held_are_none():
    events = after("By Friday, police were holding more than 60 people on looting charges, the regional police chief said.")
    assert "Arrests" in subtypes(events) and first_figure(events, "arrested") == 60
    assert "Arrests" not in subtypes(after("Police were holding talks on the charges with church leaders in Molo."))


def test_deaths_in_a_crossfire_are_a_clash_with_its_toll():
    events = after("Armed men tried to free prisoners from the police station in Molo, and five people died in the "
                   "ensuing crossfire.")
    assert events and first_figure(events, "fatalities") == 5


def test_a_crowd_that_took_part_in_the_march_is_a_protest():
    assert "Peaceful protest" in subtypes(after(
        "On Tuesday afternoon, tens of thousands of people took part in the march through Kisumu; it passed off "
        "peacefully."))


def test_an_act_dated_by_a_short_span_since_it_is_news():
    events = after("Anger has been growing for a week, since police arrested three opposition organisers in Kisumu.")
    assert "Arrests" in subtypes(events) and first_figure(events, "arrested") == 3


@pytest.mark.parametrize("sentence", [
    "The violence is the worst in the Rift Valley since the elections of 1992.",
    "The scenes revived memories of December 1997, when rioting over the vote saw dozens of shops torched in the "
    "town and one trader killed by a stray bullet.",
    "The killings recall last year's clashes in Mount Elgon, where militiamen shot dead a village chief.",
])
def test_the_case_at_hand_and_a_remembered_case_are_no_new_events(sentence):
    assert not after(sentence), sentence
