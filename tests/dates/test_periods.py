"""Vague and compound periods (dates/periods.py): the range a vague expression covers, never a
wrong exact day; background stays background.  Sentences written for these tests."""
from datetime import date

import pytest

from tocsin.dates.event_dates import date_of_text

THU = date(2020, 2, 20)  # a Thursday

CASES = [
 ("Last winter, government aircraft pounded the southern countryside of the province.", THU, "2018-12-01", "2019-02-28"),
 ("This spring, militants have torched at least a dozen schools in the region.", date(2020,5,10), "2020-03-01", "2020-05-10"),
 ("In the summer of 2019, jihadists overran a string of army posts in the north.", THU, "2019-06-01", "2019-08-31"),
 ("Early this year, gunmen abducted 40 farmers near the border.", date(2020,5,10), "2020-01-01", "2020-03-31"),
 ("Late last month, suspected herders killed 17 villagers in Kaduna state.", THU, "2020-01-21", "2020-01-31"),
 ("Earlier this month, a roadside bomb killed four soldiers near Gao.", THU, "2020-02-01", "2020-02-20"),
 ("Since the start of the year, more than 800 civilians have been killed, the monitor said.", THU, "2020-01-01", "2020-02-20"),
 ("Over the weekend, police fired tear gas at protesters in the capital.", THU, "2020-02-15", "2020-02-16"),
 ("On the night of 12 to 13 February, drones struck an arms depot outside the city.", THU, "2020-02-12", "2020-02-13"),
 ("In the past 48 hours, air strikes have killed at least 22 civilians, the monitor said.", THU, "2020-02-18", "2020-02-20"),
 ("In mid-February, rebels shelled the airport.", date(2020,3,3), "2020-02-11", "2020-02-20"),
 ("At dawn on Thursday, troops stormed the village.", date(2020,2,22), "2020-02-20", "2020-02-20"),
 ("Between 1 and 5 March, clashes killed 60 fighters.", date(2020,3,9), "2020-03-01", "2020-03-05"),
 ("Last month, an air strike on a market killed 11 people.", date(2020,3,31), "2020-02-01", "2020-02-29"),
 ("Militants attacked a convoy the day before yesterday.", THU, "2020-02-18", "2020-02-18"),
 ("This morning, shells fell on the eastern districts of the city.", THU, "2020-02-20", "2020-02-20"),
 ("This evening, gunmen opened fire on worshippers.", THU, "2020-02-20", "2020-02-20"),
 ("Late last year, the group seized three towns in the province.", THU, "2019-10-01", "2019-12-31"),
 ("In the first week of January, barrel bombs hit the town.", THU, "2020-01-01", "2020-01-07"),
 ("In the first half of 2019, the UN recorded 1,200 civilian deaths.", THU, "2019-01-01", "2019-06-30"),
 ("In the autumn, militias attacked displacement camps in the east.", THU, "2019-09-01", "2019-11-30"),
 ("Since the beginning of the month, 140,000 people have fled the fighting.", THU, "2020-02-01", "2020-02-20"),
 ("Since mid-January, at least 50 people have been killed.", THU, "2020-01-11", "2020-02-20"),
 ("Between 28 February and 3 March, the army recaptured 20 villages.", date(2020,3,9), "2020-02-28", "2020-03-03"),
 ("From 3 to 7 February, shelling killed 35 civilians in the province.", THU, "2020-02-03", "2020-02-07"),
 ("On 3 and 4 February, clashes erupted in the old city.", THU, "2020-02-03", "2020-02-04"),
 ("During the night of Tuesday to Wednesday, rebels attacked a checkpoint.", THU, "2020-02-18", "2020-02-19"),
 ("Since Friday, at least 30 people have been killed in the fighting.", THU, "2020-02-14", "2020-02-20"),
 ("In 2016, militants stormed the hotel and killed 20 guests.", THU, "2016-01-01", "2016-12-31"),
 ("Syrian forces first entered the town in the 1980s.", THU, "1980-01-01", "1989-12-31"),
 ("On Christmas Day, gunmen attacked a church in the north-east.", date(2020,1,3), "2019-12-25", "2019-12-25"),
 ("On New Year's Eve, a car bomb exploded outside a police station.", date(2020,1,3), "2019-12-31", "2019-12-31"),
 ("On New Year's Day 2018, herders attacked two villages in Benue.", date(2023,1,5), "2018-01-01", "2018-01-01"),
 ("Earlier this year, troops killed 25 militants in the forest.", date(2020,5,10), "2020-01-01", "2020-05-10"),
 ("In late January, rebels retook the town.", THU, "2020-01-21", "2020-01-31"),
 ("In the winter of 2019-20, nearly a million people fled the offensive.", date(2020,6,1), "2019-12-01", "2020-02-29"),
 ("Over the past 24 hours, 15 air strikes hit the countryside.", THU, "2020-02-19", "2020-02-20"),
 ("At the end of last week, militants ambushed a patrol.", THU, "2020-02-14", "2020-02-16"),
 ("Early last month, police arrested 40 protesters.", THU, "2020-01-01", "2020-01-10"),
 ("Last year, the conflict killed 2,000 people.", THU, "2019-01-01", "2019-12-31"),
 ("Last summer, the rebels launched a counter-offensive.", THU, "2019-06-01", "2019-08-31"),
 ("On Tuesday night, gunmen killed three herders.", THU, "2020-02-18", "2020-02-18"),
 ("Early on Wednesday, a suicide bomber struck a market.", THU, "2020-02-19", "2020-02-19"),
 ("Two weeks ago, jets bombed a hospital.", THU, "2020-02-06", "2020-02-06"),
 ("In the second half of last year, attacks doubled.", THU, "2019-07-01", "2019-12-31"),
 ("A month later, the rebels retook the hill.", THU, None, None),
 ("Earlier in the week, soldiers torched a village.", THU, "2020-02-17", "2020-02-20"),
 ("Since the start of the offensive in December, 900,000 people have fled.", THU, "2019-12-01", "2020-02-20"),
 ("Late on 14 February, a drone hit a vehicle.", THU, "2020-02-14", "2020-02-14"),
 ("In the spring of 2018, the army retook Eastern Ghouta.", THU, "2018-03-01", "2018-05-31"),
 ("This week, the army deployed 500 troops to the border.", THU, "2020-02-17", "2020-02-20"),
 ("In the week to 16 February, 12 incidents were recorded.", THU, "2020-02-10", "2020-02-16"),
 ("On 12-13 February, fighters attacked two posts.", THU, "2020-02-12", "2020-02-13"),
 ("Between February 3 and 7, shelling killed 35.", THU, "2020-02-03", "2020-02-07"),
 ("Gunmen attacked a checkpoint overnight Saturday.", date(2020, 2, 24), "2020-02-22", "2020-02-23"),
 ("Shelling went on overnight into Sunday.", date(2020, 2, 24), "2020-02-22", "2020-02-23"),
 ("This past weekend, protesters blocked the main road.", date(2020, 2, 24), "2020-02-22", "2020-02-23"),
 ("On New Year’s Day, a bomb went off near a church.", date(2020, 1, 3), "2020-01-01", "2020-01-01"),
]


@pytest.mark.parametrize("text,ref,start,end", CASES, ids=[c[0][:40] for c in CASES])
def test_periods_vague_expression_gives_its_range(text, ref, start, end):
    got = date_of_text(text, ref)
    assert ((got or {}).get("start"), (got or {}).get("end")) == (start, end)


def test_periods_precision_says_how_vague():
    assert date_of_text("Last month, gunmen burned a village.", THU)["precision"] == "month"
    assert date_of_text("Last year, the conflict killed 2,000 people.", THU)["precision"] == "year"
    assert date_of_text("Last winter, jets pounded the south.", THU)["precision"] == "range"
    assert date_of_text("On the night of 12 to 13 February, drones struck.", THU)["precision"] == "range"


def test_periods_last_month_is_the_calendar_month_not_thirty_days():
    got = date_of_text("Last month, an air strike on a market killed 11 people.", date(2020, 3, 2))
    assert (got["start"], got["end"]) == ("2020-02-01", "2020-02-29")
    assert date_of_text("Over the last month, raids killed 40.", date(2020, 3, 2))["start"] == "2020-02-01"


def test_periods_seasons_around_the_year_end():
    # in February, "last winter" is the one before; in March, the one just over
    assert date_of_text("Last winter, floods cut the road.", date(2020, 3, 4))["start"] == "2019-12-01"
    assert date_of_text("This winter, the camps flooded twice.", date(2019, 12, 20))["end"] == "2019-12-20"
    assert date_of_text("In the summer, militias raided the valley.", date(2020, 7, 9))["start"] == "2020-06-01"
    assert date_of_text("In the winter of 2019, rebels held the pass.", THU)["start"] == "2019-01-01"


def test_periods_fall_is_no_season_without_a_year():
    got = date_of_text("The fall of the town to rebels drove thousands out.", THU)
    assert got is None or got["precision"] != "range"
    assert date_of_text("Last fall, the army retook the hills.", THU)["start"] == "2019-09-01"


def test_periods_explicit_day_beats_a_vague_period_elsewhere():
    got = date_of_text("On 14 February, gunmen killed six, the worst attack this year.", THU)
    assert (got["start"], got["precision"]) == ("2020-02-14", "day")


def test_periods_since_a_season_runs_to_the_reference_day():
    got = date_of_text("Since the summer of 2019, 400,000 people have fled.", THU)
    assert (got["start"], got["end"]) == ("2019-06-01", "2020-02-20")
    got = date_of_text("It was the deadliest raid since the summer of 2019.", THU)
    assert got["end"] != "2020-02-20"


def test_periods_numbers_that_are_no_days():
    assert date_of_text("Between 10 and 15 fighters were killed, the monitor said.", THU) is None
    got = date_of_text("The army lost 12 to 13 tanks in March 2019.", THU)
    assert got["precision"] == "month"
