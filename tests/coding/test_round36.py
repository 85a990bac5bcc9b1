"""Coding patterns of the thirty-sixth round's held-out articles (dev-785 to dev-808): people
ambushed or seized with no agent named; crowds raiding a warehouse, smashing windows, pelting
police lines; scuffles; people taken "dozens of them" into custody and the count they give;
marchers arm in arm; warning shots fired to push protesters back; a report that someone "is said
to have" opened fire; a leader handing himself over; fugitives recaptured; people forced into a
shelter; gatherings to show solidarity or to mourn and demand justice; a killing by a group of
men next to a motorcycle; parallels a paper recalls by a past period or a year deep in the
phrase; the content of a threat received; a page label in capitals before the dateline.  Texts
written for tocsin."""
import pytest

from tocsin.coding.dateline import find_dateline

from .factual import coded_events, factual_events, first_figure, subtypes, told_after

LEAD = ("LAAYOUNE, Nov 9 (Sahel Wire) - Security forces cleared a protest camp outside the city at dawn on Monday, "
        "and youths set fire to cars in the centre, witnesses said.\n\n")
after = told_after(LEAD, "2010-11-09")


@pytest.mark.parametrize("sentence,subtype", [
    ("A group of herders coming back from the market were ambushed near the river crossing that evening.",
     {"Attack", "Armed clash"}),
    ("In the border town, demonstrators raided the customs depot and drove away three impounded trucks.",
     {"Violent demonstration"}),
    ("Teenagers outside the shopping centre are pelting police lines with stones and bottles.",
     {"Violent demonstration", "Mob violence", "Armed clash", "Attack"}),
    ("Scuffles broke out near the football ground late in the afternoon.", {"Violent demonstration", "Mob violence"}),
    ("Protesters smashed the windows of two police cars outside the town hall.",
     {"Looting/property destruction", "Violent demonstration"}),
    ("Officers sweeping the side streets beat young men with truncheons and took dozens of them into custody.",
     {"Arrests"}),
    ("Dozens of priests and residents are marching arm in arm along the main avenue, urging young people to go home.",
     {"Peaceful protest"}),
    ("On Saturday, soldiers guarding the oil field fired warning shots into the air to push back protesters who had "
     "forced their way towards the valve.", {"Excessive force against protesters", "Protest with intervention"}),
    ("A gunman is said to have walked into the second bar and opened fire, killing four people.", {"Attack"}),
    ("The opposition leader handed himself over to the National Guard at the end of a rally on Tuesday.", {"Arrests"}),
    ("Police had recaptured some of the escaped inmates by Monday evening.", {"Arrests"}),
    ("Later that night a monk was pulled off his motorcycle and killed by a group of men.", {"Attack"}),
])
def test_acts_told_in_these_words_are_coded(sentence, subtype):
    events = after(sentence)
    assert subtypes(events) & subtype, [(e.trigger, e.acled, e.modality) for e in events]


@pytest.mark.parametrize("sentence", [
    "The minister was ambushed by reporters on the courthouse steps.",
    "Hundreds of people gathered outside the church on Saturday to mourn the victims.",
    "Two people were killed when a lorry hit their motorcycle on the coast road.",
    "Government troops recaptured the hill town on Monday.",
])
def test_words_that_look_alike_tell_no_such_act(sentence):
    kinds = {"Attack", "Armed clash", "Arrests", "Peaceful protest"}
    assert not subtypes(after(sentence)) & kinds, [(e.trigger, e.acled) for e in after(sentence)]


@pytest.mark.parametrize("sentence,kind", [
    ("Relatives say at least 12 people were seized in the streets, at market stalls and in their homes last week.",
     {"Abduction/forced disappearance"}),
    ("Two suspects were seized during the night raid on the farm.", set()),
])
def test_people_seized_with_no_agent_are_taken_but_suspects_are_not(sentence, kind):
    found = subtypes(after(sentence)) & {"Abduction/forced disappearance"}
    assert found == kind, [(e.trigger, e.acled) for e in after(sentence)]


@pytest.mark.parametrize("sentence", [
    "A few hundred people gathered quietly in the square on Friday to show solidarity with the striking miners.",
    "Hundreds of people gathered outside the party offices on Saturday to mourn the student and demand justice.",
])
def test_a_gathering_to_show_solidarity_or_to_mourn_and_demand_is_a_protest(sentence):
    events = factual_events(sentence, "2014-02-08")
    assert subtypes(events) == {"Peaceful protest"}, [(e.trigger, e.acled) for e in events]


def test_people_taken_into_custody_are_counted():
    events = after("A police spokesman said 40 people had been taken into custody.")
    assert subtypes(events) == {"Arrests"} and first_figure(events, "arrested") == 40, [
        (e.trigger, e.figures) for e in events]


def test_people_forced_into_a_shelter_are_displaced_with_their_count():
    events = after("That assault forced about 300 villagers into a makeshift shelter for two weeks.")
    assert any(e.displacement for e in events) and first_figure(events, "displaced") == 300, [
        (e.trigger, e.figures) for e in events]


@pytest.mark.parametrize("sentence", [
    "The Sarajevo daily recalls last June's so-called 'baby revolution', when protesters blockaded parliament over "
    "identity numbers, but says this week's anger is of another order.",
    "A columnist recalls the crushing of the 1991 uprising in the south, when thousands of people were killed.",
    '12:10 p.m. - City police say they have received a "credible threat" that members of several gangs have agreed '
    'to join forces to "take out" officers.',
])
def test_parallels_and_a_threats_content_are_no_events(sentence):
    assert not after(sentence), [(e.trigger, e.modality) for e in after(sentence)]


def test_a_page_label_in_capitals_is_no_dateline():
    text = ("PRESS RELEASE - For immediate release\n\nCotonou/Dakar, 14 May 2019 - The authorities must investigate "
            "the deaths of protesters shot during the unrest, a rights group said today.")
    line = find_dateline(text)
    assert line is not None and line.place == "Cotonou/Dakar", line
    assert not any((e.location or {}).get("text") == "PRESS RELEASE" for e in coded_events(text, "2019-05-14"))
