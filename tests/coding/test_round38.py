"""Coding patterns of the thirty-eighth round's held-out articles (dev-833 to dev-856): bottles and
firecrackers hurled at police lines; people punched and kicked; a gathering told as a demonstration
by its manner, by what it shows or by what it demands as it goes; forces taking up positions (a
deployment, no ground won); people "taken into custody" counted; a running total that "has passed"
a number.  Dates: the clause's own "the next day", "N years ago tonight", a dated section heading
and the heading's weekday, a report's run-in label.  Texts written for tocsin."""
from datetime import date

import pytest

from tocsin.dates.event_dates import date_of_text

from .factual import assert_coded_as, assert_counted, coded_events, factual_events, told_after

LEAD = ("NAPLES, Oct 24 (Tyrrhenian Wire) - Hundreds of people marched through the city centre on Friday night "
        "against a new curfew, and several police officers were hurt, police said.\n\n")
after = told_after(LEAD, "2020-10-24")
CODED = [
    ("Some of the marchers hurled bottles, firecrackers and smoke bombs at the riot police lines, police said.",
     {"Violent demonstration", "Mob violence", "Protest with intervention"}),
    ("A television cameraman was punched and kicked by a group of men while filming near the station.",
     {"Attack", "Mob violence"}),
    ("On Monday, hundreds of bar owners and shopkeepers gathered peacefully outside the regional headquarters.",
     {"Peaceful protest"}),
    ("On Saturday, several hundred marchers walked from the harbour to the town hall, demanding that the curfew be lifted.",
     {"Peaceful protest"}),
    ("Dozens of gym owners assembled in the main square, holding placards against the closures.",
     {"Peaceful protest"}),
    ("By the afternoon, police in riot gear had taken positions along the seafront.",
     {"Change to group/activity", "Other"}),
]


@pytest.mark.parametrize("sentence,subtype", CODED)
def test_acts_told_in_these_words_are_coded(sentence, subtype):
    assert_coded_as(after(sentence), subtype)


LOOK_ALIKES = ("Families gathered in the square for the evening procession, as they do every year.",
               "The striker kicked the ball into the empty net in the last minute.")


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alikes_tell_no_protest_or_attack(sentence):
    events = [e for e in after(sentence) if (e.acled or {}).get("sub_event_type") in ("Peaceful protest", "Attack")]
    assert not events, [(e.trigger, e.acled, e.modality) for e in events]


def test_people_taken_into_custody_are_counted():
    assert_counted(after("The two brothers accused of starting the riot were also taken into custody."), "arrested", 2)


def test_a_running_total_that_has_passed_a_number_counts_the_held():
    events = after("With Sunday's detentions, the number of people arrested since the curfew began has passed 40, police said.")
    assert_counted(events, "arrested", 40)


def test_the_next_day_of_a_clause_counts_from_its_sentence_date():
    text = ("BOGOTA, Jan 29 - A truce between the government and the rebels expired on Jan. 9, and the next day "
            "rebel fighters bombed an oil pipeline in Arauca province, officials said.")
    bombed = [e for e in factual_events(text, "2018-01-29") if "bomb" in (e.trigger or "")]
    assert bombed and bombed[0].date["start"] == "2018-01-10", [(e.trigger, e.date) for e in bombed]


@pytest.mark.parametrize("text,day,precision", [
    ("five years ago tonight, a gunman opened fire in the church", "2015-06-17", "day"),
    ("two years ago, gunmen attacked the church", "2018-06-17", "range"),
    ("three months ago, gunmen attacked the church", "2020-03-17", "range"),
])
def test_years_and_months_ago_count_on_the_calendar(text, day, precision):
    found = date_of_text(text, date(2020, 6, 17))
    assert found["start"] == day and found["precision"] == precision, found


def test_an_anniversary_is_background_and_the_next_morning_counts_from_it():
    text = ("CHARLESTON, S.C. - Five years ago tonight, a gunman opened fire on worshippers at a church downtown, "
            "killing nine people.\n\nThe gunman was arrested the next morning during a traffic stop two hours away.")
    events = factual_events(text, "2020-06-17")
    killed = [e for e in events if "opened fire" in (e.trigger or "")]
    held = [e for e in events if "arrested" in (e.trigger or "")]
    assert killed and killed[0].modality == "historical" and killed[0].date["start"] == "2015-06-17"
    assert held and held[0].date["start"] == "2015-06-18", [(e.trigger, e.date) for e in held]


def test_a_dated_section_heading_dates_the_paragraphs_under_it():
    text = ("Fact-finding report on the riots in the district\n\nBackground\n\nBy March 4, at least 14 people had "
            "been killed in the district since the verdict, by our count.\n\nEvents of March 3\n\nShortly before dawn, "
            "a crowd armed with sticks attacked the police station and set fire to two police vehicles, witnesses told us.")
    fires = [e for e in factual_events(text, "2013-03-08") if "set fire" in (e.trigger or "") or "attacked" in (e.trigger or "")]
    assert fires and all(e.date["start"] == "2013-03-03" for e in fires), [(e.trigger, e.date) for e in fires]


def test_a_weekday_under_a_dated_heading_is_the_heading_day():
    text = ("Explainer: how a survey of the old mosque ended in gunfire\n\nWhat happened on November 24?\n\nWhen the "
            "team returned early on Sunday, crowds threw stones at police and set vehicles on fire in the old town.")
    events = [e for e in factual_events(text, "2024-12-03") if "threw" in (e.trigger or "") or "set" in (e.trigger or "")]
    assert events and all(e.date["start"] == "2024-11-24" for e in events), [(e.trigger, e.date) for e in events]


def test_a_run_in_section_label_is_no_part_of_the_next_sentence():
    text = ("Incident report No. 9 of a migrants' rights network.\n\nSummary. Marchers pulled tents and mattresses from "
            "a migrant camp in the plaza and set them on fire on Saturday, witnesses said.")
    assert_coded_as(factual_events(text, "2021-09-28"), {"Looting/property destruction", "Mob violence", "Violent demonstration"})
    first = coded_events(text, "2021-09-28")
    assert all(not (e.evidence.get("text") or "").startswith("Summary.") for e in first)
