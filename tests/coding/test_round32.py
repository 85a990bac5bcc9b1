"""Coding patterns of the thirty-second round's held-out articles (dev-689 to dev-712): shops emptied by
looters, staff who downed tools, riot-control means "turned on" marchers, suspects caught by troops,
people held at a police station, a victim of "a number of" people, a beating by police, a crowd that
filled a square in a demonstration, a source's anonymity aside that is no doubt about the act, a
parallel brought in as "a reminder of", and a war's toll in a relative clause.  Texts written for
tocsin."""
import pytest

from .factual import factual_events, subtypes, told_after

LEAD = ("DHAKA, Aug 20 (Delta Wire) - Police fired on protesters in Rangpur on Monday, killing three students, "
        "witnesses said.\n\n")
after = told_after(LEAD, "2024-08-20")


@pytest.mark.parametrize("sentence,sub", [
    ("Aid workers who stayed in the town watched warehouses being emptied by looters on Tuesday.",
     "Looting/property destruction"),
    ("Nurses at the district hospital in Rangpur downed tools for two hours in protest on Tuesday morning.",
     "Peaceful protest"),
    ("Police turned rubber bullets and tear gas on students marching to the university gate in Rangpur.",
     None),
    ("Army officers said soldiers had caught six suspected militants near the railway station on Tuesday.",
     "Arrests"),
    ("Police said 140 students were being held at the Rangpur police station for questioning.", "Arrests"),
    ("A student leader died on Tuesday after what witnesses say was a beating by police officers.", "Attack"),
    ("On Tuesday, tens of thousands of people filled the main square in the largest demonstration the town "
     "has seen in years.", "Peaceful protest"),
])
def test_more_ways_news_tells_violence_arrests_and_protests(sentence, sub):
    events = after(sentence)
    assert events, sentence
    assert sub is None or sub in subtypes(events), (sentence, subtypes(events))


def test_suspects_caught_by_troops_are_counted():
    events = after("Army officers said soldiers had caught six suspected militants near the railway station on Tuesday.")
    assert events[0].figures["arrested"]["value"] == 6


def test_people_held_in_custody_are_counted_but_a_rally_held_is_a_rally():
    held = after("Police said 140 students were being held at the Rangpur police station for questioning.")
    assert held[0].figures["arrested"]["value"] == 140
    assert subtypes(after("A rally was held at the stadium in Rangpur on Tuesday.")) == {"Peaceful protest"}


@pytest.mark.parametrize("sentence", [
    "The fire caught the roof of the old depot before firefighters arrived.",
    "The commander said any soldier caught abusing civilians would be punished by his own officers.",
    "The lira took a beating on Tuesday as investors weighed the cost of the unrest.",
])
def test_things_caught_and_beatings_taken_by_a_currency_are_no_events(sentence):
    assert not after(sentence), sentence


def test_a_number_of_victims_is_no_count_of_one():
    events = after("Church leaders said a number of worshippers were killed when gunmen stormed a chapel in Dinajpur on Tuesday.")
    assert events and "fatalities" not in (events[0].figures or {})
    assert after("Gunmen shot dead a community leader of the Santal people near Rangpur on Tuesday."
                 )[0].figures["fatalities"]["value"] == 1


def test_an_anonymous_source_s_aside_does_not_make_the_act_doubtful():
    events = after("A local official who asked not to be named told us that snipers on rooftops had fired on the "
                   "funeral procession.")
    assert events and events[0].modality == "reported"


@pytest.mark.parametrize("sentence", [
    "For many here, the clashes are a reminder of July 2013, when several students were shot dead outside the "
    "university.",
    "Many residents fear a return to the war of 1971, in which hundreds of thousands of people were killed.",
])
def test_a_reminder_of_a_past_case_and_a_past_war_s_toll_are_no_events(sentence):
    assert not after(sentence), sentence


def test_a_reminder_that_is_the_event_itself_stays():
    events = after("The attack was a brutal reminder that gangs still roam the district, and killed four farmers.")
    assert events and events[0].figures["fatalities"]["value"] == 4


def test_a_day_after_an_abbreviated_month_stays_in_its_sentence():
    events = factual_events("Troops clashed with gunmen near Rangpur on Saturday, Aug. 17, when the army recovered "
                      "rifles the gunmen left behind.", "2024-08-20")
    assert events and events[0].date["start"] == "2024-08-17", [e.date for e in events]


def test_people_forced_to_leave_their_homes_are_displaced():
    events = after("Some 9,000 people have been forced to leave their homes in the border villages since June.")
    assert events and events[0].displacement and events[0].figures["displaced"]["value"] == 9000


def test_a_habit_word_before_a_present_verb_the_parser_misread_is_still_a_habit():
    assert not after("* In the hill districts, armed gangs routinely extort shopkeepers and abduct those who refuse "
                     "to pay, and local officials are said to look away.")
