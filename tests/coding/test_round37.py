"""Coding patterns of the thirty-seventh round's held-out articles (dev-809 to dev-832): a clash
whose subject hangs on a participle phrase; security forces storming a building; a crowd's arson
beside a parked car; a column of marchers ambushed; "a number of" suspects held; people who
surrendered to the police; gatherings to wave black flags, slogans shouted, a road sat on,
processions brought out, a walk to demand something; punches thrown; and what is no event: unrest
that "hit" a place, advice to the public, a habit told after a noun read as a verb, an act
re-enacted in a street performance, a demonstration "staged" that is no fake, a denial of a claim
its own sentence tells.  Figures: a clock time, the attackers of a passive, a number naming a
unit, things searched; dates: weekdays of last week, a war named by its years, a hold "since" a
date.  Texts written for tocsin."""
from datetime import date

import pytest

from tocsin.dates.event_dates import date_of_text

from .factual import assert_coded_as, assert_counted, coded_events, first_figure, subtypes, told_after

LEAD = ("FREETOWN, July 20 (Atlantic Wire) - Police fired tear gas at young men blocking the road to the power "
        "station on Saturday, and several people were hurt, residents said.\n\n")
after = told_after(LEAD, "2020-07-20")


@pytest.mark.parametrize("sentence,subtype", [
    ("In the market town, youths opposed to the count clashed with party supporters near the polling station after it closed.",
     {"Mob violence", "Violent demonstration", "Armed clash"}),
    ("The presidential guard stormed the opposition party's offices in the capital overnight, the party said.",
     {"Attack", "Armed clash", "Excessive force against protesters"}),
    ("In the old quarter, a crowd set fire to two motorcycles and a minibus parked outside a pharmacy.",
     {"Looting/property destruction", "Violent demonstration", "Mob violence"}),
    ("A column of about 200 villagers walking to the district town was ambushed near the river on Thursday.",
     {"Attack", "Armed clash"}),
    ("A number of suspects were taken into custody on Sunday.", {"Arrests"}),
    ("Thousands of farmers gathered at the crossing on Sunday to wave black flags at the visiting minister.",
     {"Peaceful protest"}),
    ("Party workers shouted slogans outside the court and sat down on the road demanding the leader's release.",
     {"Peaceful protest"}),
    ("Students brought out a procession in the town centre on Monday.", {"Peaceful protest"}),
    ("Processions were brought out at the main crossing after evening prayers.", {"Peaceful protest"}),
    ("A crowd of about 3,000 supporters walked to the governor's office to demand a full inquiry.", {"Peaceful protest"}),
    ("As the final whistle blew, supporters ran onto the pitch, some of them throwing punches at the referee.",
     {"Mob violence", "Violent demonstration"}),
])
def test_acts_told_in_these_words_are_coded(sentence, subtype):
    assert_coded_as(after(sentence), subtype)


@pytest.mark.parametrize("sentence", [
    "The riots hit the same run-down estates where youths have for years thrown stones at firefighters.",
    "In their appeal, officers warned the public not to approach the suspect and said he might be armed.",
    "Union blockades routinely snarl traffic in the valley every spring, when teachers press their pay claims.",
    "During the march, students staged a street performance re-enacting police beating fans and firing tear gas.",
    "The port town sits on the coastal highway that links the capital with the border.",
])
def test_words_that_look_alike_tell_no_event(sentence):
    assert not after(sentence), [(e.trigger, e.acled, e.modality) for e in after(sentence)]


def test_a_warning_with_a_threat_stays_a_threat():
    events = after("The militia warned villagers not to help the army or face death.")
    assert any((e.plover or {}).get("event") == "THREATEN" for e in events), [(e.trigger, e.plover) for e in events]


def test_a_surrender_to_the_police_is_an_arrest_with_its_count():
    events = after("Troops said they killed two gunmen, while 18 people surrendered to the security forces.")
    assert "Arrests" in subtypes(events) and first_figure(events, "arrested") == 18, [
        (e.trigger, e.acled, e.figures) for e in events]


def test_a_staged_demonstration_is_no_fake():
    events = after("Rights groups held a rally on Saturday outside the embassy. A second demonstration was staged the "
                   "same day in the port city.")
    assert "Peaceful protest" in subtypes(events), [(e.trigger, e.modality, e.modality_cue) for e in events]


def test_a_denial_of_its_own_sentences_claim_leaves_the_last_sentence_alone():
    text = (LEAD + "The governor said 35 people had been arrested since Sunday. Reports of a mass grave near the airport "
            "could not be verified; the governor rejected the claim.")
    arrests = [e for e in coded_events(text, "2020-07-20") if (e.acled or {}).get("sub_event_type") == "Arrests"]
    assert arrests and all(e.modality in ("asserted", "reported") for e in arrests), [
        (e.modality, e.modality_cue) for e in arrests]


def test_reports_with_their_own_content_do_not_doubt_the_sentence_before():
    events = after("Several people were detained during the raid. We could not verify reports on social media that "
                   "shots were fired from a helicopter.")
    assert "Arrests" in subtypes(events), [(e.trigger, e.modality, e.modality_cue) for e in events]


@pytest.mark.parametrize("sentence,kind,value", [
    ("Police finally arrested the gunman in a side street at 19.42.", "arrested", 1),
    ("A union leader was shot dead by three masked men outside his home.", "fatalities", 1),
    ("Chedeye, whose poems were sung at every rally, was gunned down near his flat on Monday night.", "fatalities", 1),
    ("The minister said police had searched 22 properties and detained 9 people linked to the gunman.", "arrested", 9),
])
def test_figures_count_the_people_the_act_befell(sentence, kind, value):
    assert_counted(after(sentence), kind, value)


def test_a_number_after_its_noun_names_a_unit():
    events = after("The strike grew after Section 14 organisers Ana Ruiz and Pablo Soto were arrested on Friday.")
    assert first_figure(events, "arrested") != 15 and "Arrests" in subtypes(events), [
        (e.trigger, e.figures) for e in events]


@pytest.mark.parametrize("text,start,end", [
    ("On Tuesday and Wednesday last week, gangs burned shops in the town.", "2020-06-30", "2020-07-01"),
    ("On Monday of last week troops shelled the hills.", "2020-06-29", "2020-06-29"),
])
def test_weekdays_of_last_week(text, start, end):
    found = date_of_text(text, date(2020, 7, 8))
    assert found is not None and (found["start"], found["end"]) == (start, end), found


def test_a_war_named_by_its_years_dates_nothing():
    assert date_of_text("The gunfights broke out on the old front line of the 1975-1990 civil war.",
                        date(2021, 10, 14)) is None


def test_a_hold_since_a_date_does_not_date_the_recapture():
    assert date_of_text("Troops retook the airport, which militias had held since early this month.",
                        date(2008, 9, 16)) is None


def test_people_lying_dead_after_shots_are_killed_and_counted():
    events = after("Shots rang out as police reached the farm, and within minutes nine squatters and two officers "
                   "lay dead.")
    assert subtypes(events) & {"Attack", "Armed clash"} and first_figure(events, "fatalities") == 11, [
        (e.trigger, e.acled, e.figures) for e in events]


def test_residents_breaking_into_shops_are_a_riot():
    assert subtypes(after("Angry villagers then broke into two hardware stores and carried off machetes.")) & {
        "Mob violence", "Violent demonstration", "Looting/property destruction"}


@pytest.mark.parametrize("text,day", [
    ("The riots began on Maundy Thursday in the northern suburb.", "2022-04-14"),
    ("On Easter Monday youths threw stones at a police station.", "2022-04-18"),
    ("Suicide bombers struck three churches on Easter Sunday 2019.", "2019-04-21"),
])
def test_easter_feasts_are_dated(text, day):
    found = date_of_text(text, date(2022, 4, 21))
    assert found is not None and found["start"] == found["end"] == day, found


def test_a_case_that_dates_back_to_a_day_dates_the_sentences_after_it():
    text = ("ASUNCION - A court on Monday sentenced eleven farmers over a deadly eviction.\n\n"
            "The case dates back to the morning of 15 June 2012, when police entered a disputed estate to remove "
            "squatters. Shots rang out, and within minutes eleven farmers and six officers lay dead.")
    dead = [e for e in coded_events(text, "2016-07-12") if (e.figures or {}).get("fatalities")]
    assert dead and all(e.date["start"] == "2012-06-15" for e in dead), [(e.trigger, e.date) for e in dead]


def test_fans_burning_cars_in_a_match_report_are_no_match_talk():
    text = ("The league match between the two city rivals was abandoned in the 70th minute after the home side's "
            "second goal, and the coach blamed the referee.\n\nOutside the ground, fans smashed and set fire to "
            "four police trucks.")
    events = [e for e in coded_events(text, "2022-10-02", title="Derby abandoned as fans riot") if e.modality in
              ("asserted", "reported")]
    assert subtypes(events) & {"Looting/property destruction", "Violent demonstration", "Mob violence"}, [
        (e.trigger, e.acled) for e in events]


def test_a_documents_heading_names_the_source_of_its_points():
    text = ("ABUJA, May 2 - The army issued the following statement on Tuesday.\n\n"
            "STATEMENT OF THE DEFENCE HEADQUARTERS\n\n"
            "1. Troops repelled an attack on a base near Monguno on Monday and killed 12 insurgents.\n\n"
            "2. Two soldiers were wounded in the fighting.")
    sources = {e.trigger: e.attribution for e in coded_events(text, "2023-05-02") if e.acled}
    assert sources and all(s and "Defence Headquarters" in s for s in sources.values()), sources


def test_people_beaten_to_death_are_counted_when_the_parser_hangs_death_on_their_participle():
    assert_counted(after("Angry villagers then beat three men riding in the lorry to death, police said."), "fatalities", 3)
