"""Days moved on from the story told before (dates/shifts.py, dates/story.py): "the following
morning", "the following March", "hours later" after a sentence that dates only background,
"last weekend" written at a weekend, a date told inside a relative clause, an old narrative date
written with an abbreviated month.  Sentences written for these tests."""
from datetime import date

from tocsin.dates import date_events
from tocsin.dates.event_dates import date_of_text

from .test_story import _article, _events


def test_the_following_morning_is_the_next_day_of_the_story():
    text = ("A missile struck a railway station in Kramatorsk on Thursday, killing 11 people.\n\n"
            "The following morning, drones hit an oil depot in Dnipro, the governor said.")
    evs = date_events(_events(text, ["A missile struck", "The following morning"]), _article(text, "2024-05-18"))
    assert evs[0].date["start"] == "2024-05-16"
    assert evs[1].date["start"] == "2024-05-17" and evs[1].date["text"] == "the following morning"


def test_the_following_evening_in_the_same_paragraph():
    text = ("Soldiers repelled an attack on a base near Djibo on 4 June. "
            "The following evening, militants ambushed a convoy sent to reinforce it.")
    evs = date_events(_events(text, ["Soldiers repelled", "The following evening"]), _article(text, "2024-06-09"))
    assert evs[1].date["start"] == "2024-06-05"


def test_the_following_month_name_after_the_sentence_date():
    assert date_of_text("the army retook the town the following March", date(2024, 7, 1)) is None
    text = "Islamist fighters overran Damboa in July 2014. Troops recaptured the town the following February."
    evs = date_events(_events(text, ["Islamist fighters", "Troops recaptured"]), _article(text, "2024-07-01"))
    assert (evs[1].date["start"], evs[1].date["end"]) == ("2015-02-01", "2015-02-28")
    assert evs[1].modality == "historical"


def test_hours_later_follows_the_event_not_a_background_date():
    text = ("An air strike hit a house in the Jabalia camp on Wednesday, killing seven people. "
            "The army said the strike answered a rocket fired at Sderot on 2 May. "
            "Hours later, gunmen shot dead two men in Khan Younis.")
    evs = _events(text, ["An air strike", "Hours later"])
    dated = date_events(evs, _article(text, "2024-05-10"))
    assert dated[0].date["start"] == "2024-05-08"
    assert dated[1].date["start"] == "2024-05-08" and dated[1].date["basis"] == "story"


def test_last_weekend_written_at_a_weekend_is_the_one_before():
    sunday, saturday, friday = date(2025, 3, 9), date(2025, 3, 8), date(2025, 3, 7)
    for ref in (sunday, saturday, friday):
        got = date_of_text("Four soldiers died in an ambush last weekend.", ref)
        assert (got["start"], got["end"]) == ("2025-03-01", "2025-03-02")
    got = date_of_text("Four soldiers died in an ambush over the weekend.", sunday)
    assert (got["start"], got["end"]) == ("2025-03-08", "2025-03-09")


def test_a_date_inside_a_relative_clause_gives_way_to_the_main_clause():
    got = date_of_text("Troops clashed with protesters in Mogadishu on Tuesday, a day after the vote, whose "
                       "result was announced earlier this month.", date(2025, 3, 20))
    assert got["start"] == "2025-03-18"


def test_old_narrative_date_with_an_abbreviated_month_dates_the_next_sentence():
    text = ("On the night of Oct. 7, 2019, gunmen attacked a mosque in the village of Salmossi. "
            "Sixteen worshippers were killed.")
    evs = date_events(_events(text, ["On the night", "Sixteen worshippers"]), _article(text, "2024-10-07"))
    assert evs[1].date["start"] == "2019-10-07" and evs[1].modality == "historical"


def test_this_weekend_and_earlier_in_the_month():
    got = date_of_text("Gunmen attacked two churches in the north this weekend.", date(2025, 3, 9))
    assert (got["start"], got["end"]) == ("2025-03-08", "2025-03-09")
    got = date_of_text("Earlier in the month, a drone hit the port of Sudan's eastern city.", date(2025, 3, 20))
    assert (got["start"], got["end"]) == ("2025-03-01", "2025-03-20")


def test_a_day_counted_from_the_statement_day():
    ref = date(2024, 10, 2)
    assert date_of_text("The army said on Tuesday that an air strike a day earlier had killed six fighters.",
                        ref)["start"] == "2024-09-30"
    assert date_of_text("Police said on Monday that a car bomb had exploded the previous evening in Quetta.",
                        ref)["start"] == "2024-09-29"
    assert date_of_text("Police said on Monday that five people were killed.", ref)["start"] == "2024-09-30"
