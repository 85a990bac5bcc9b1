"""Dates of chronologies and of tolls told later (dates/headings.py, dates/tolls.py, the "came
hours after" gap in dates/story.py), through the whole pipeline.  Sentences written for tocsin."""
from tocsin import pipeline
from tocsin.dates.headings import heading_year, is_entry_prefix
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def _factual(text, published):
    art = Article(id="t", source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return [e for e in events if e.modality in FACTUAL]


def _day(events, words):
    hits = [e.date["start"] for e in events if words in e.evidence["text"]]
    assert hits, words
    return hits[0]


TIMELINE = ("Here are the main moments of the siege of the city.\n\n"
            "2024\n\n"
            "May 10 - Heavy fighting breaks out between the army and the militia on the northern edge of the city.\n\n"
            "Dec 2: A drone strike hits the central market, killing 14 people, medics say.\n\n"
            "2025\n\n"
            "Feb 27 - An air strike kills 33 soldiers near the airport.\n\n"
            "March 5: Rebels seize the army's last base in the city, a spokesman says.\n")


def test_a_year_heading_gives_its_entries_their_year():
    evs = _factual(TIMELINE, "2025-10-30")
    assert _day(evs, "Heavy fighting breaks out") == "2024-05-10"
    assert _day(evs, "A drone strike hits the central market") == "2024-12-02"
    assert _day(evs, "An air strike kills 33 soldiers") == "2025-02-27"
    assert _day(evs, "Rebels seize the army's last base") == "2025-03-05"


def test_without_a_heading_a_day_takes_the_latest_past_year():
    text = TIMELINE.replace("2024\n\n", "").replace("2025\n\n", "")
    evs = _factual(text, "2025-10-30")
    assert _day(evs, "Heavy fighting breaks out") == "2025-05-10"  # the latest May before the paper
    assert _day(evs, "A drone strike hits the central market") == "2024-12-02"


def test_a_heading_year_never_puts_a_day_after_the_paper():
    text = "Key dates.\n\n2025\n\nNov 20 - Gunmen attack a police post near the border, killing four officers.\n"
    evs = _factual(text, "2025-03-20")
    assert _day(evs, "Gunmen attack a police post") == "2024-11-20"


def test_heading_helpers():
    text = "Intro.\n\n2019\n\nJan 3 - x.\n\n2020:\n\nMarch 1 - y."
    assert heading_year(text, text.index("Jan 3")) == 2019
    assert heading_year(text, text.index("March 1")) == 2020
    assert heading_year(text, 3) is None
    assert is_entry_prefix("May 10 - ") and is_entry_prefix("Oct. 26, 2025 \u2014") and is_entry_prefix("June 8:")
    assert not is_entry_prefix("May 10 - Fighting") and not is_entry_prefix("In May")


def test_a_toll_told_the_next_day_is_the_days_toll():
    text = ("Two car bombs exploded at a busy junction in the capital on Saturday.\n\n"
            "At least 100 people were killed and about 300 wounded, the president said on Sunday after visiting the site.\n\n"
            "The army said on Sunday that its jets struck militant positions near the town, killing 20.\n")
    evs = _factual(text, "2022-10-30")
    assert _day(evs, "At least 100 people were killed") == "2022-10-29"
    assert _day(evs, "its jets struck militant positions") == "2022-10-30"  # a new act keeps the statement's day


def test_a_statement_about_a_new_event_keeps_its_day_without_an_earlier_story_day():
    evs = _factual("Police said on Sunday that 12 people were killed when gunmen opened fire at a bar.\n", "2022-10-31")
    assert _day(evs, "12 people were killed") == "2022-10-30"


def test_hours_after_is_the_same_day_or_the_day_before():
    text = ("Soldiers killed at least 40 villagers in Kourma on Feb. 25, the group said.\n\n"
            "According to the report, the raid came hours after militants attacked an army camp near the town.\n")
    evs = _factual(text, "2024-04-25")
    day = _day(evs, "militants attacked an army camp")
    assert "2024-02-24" <= day <= "2024-02-25"


def test_a_year_naming_a_thing_dates_no_undated_page():
    from tocsin.dates.published import infer_published
    text = ("In December the rebels overran the base, the first to fall since the 2021 coup. On December 20 "
            "they went into the headquarters. On January 8 a jet bombed a fishing village.")
    assert infer_published(text) is None  # "the 2021 coup" says nothing of the interview's year
    assert str(infer_published("In 2019 the army moved north. On 5 March it took the town.")) == "2019-03-05"
