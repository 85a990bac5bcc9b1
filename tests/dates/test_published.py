from dataclasses import replace
from datetime import date
import pytest

from tocsin.dates.published import assign_published, infer_published
from tocsin.records import Article

TODAY = date(2026, 11, 27)


def _article(text, published=None, dateline=None, lang="en"):
    return Article(id="a", source="s", url=None, title="T", text=text, published=published,
                   published_inferred=False, lang=lang, dateline=dateline)


def test_published_latest_resolved_day_after_explicit_date():
    text = ("The offensive opened on 12 March 2022 with heavy shelling. On 2 January, the army "
            "entered the town centre. On 9 January, rebels withdrew to the hills.")
    assert infer_published(text, today=TODAY) == date(2023, 1, 9)


def test_published_yearless_before_explicit_date_takes_nearest_year():
    text = "On 15 December, rebels attacked a convoy. On 2 January 2021 the army replied."
    assert infer_published(text, today=TODAY) == date(2021, 1, 2)


def test_published_none_without_any_year():
    assert infer_published("On 3 January the talks resumed in Doha.", today=TODAY) is None


def test_published_ignores_future_dates():
    text = "Elections were held on 4 May 2025. A new vote is set for 10 June 2031."
    assert infer_published(text, today=TODAY) == date(2025, 5, 4)


def test_published_metadata_wins_over_text():
    art = assign_published(_article("On 1 March 2020 clashes broke out.", published="2020-03-04"))
    assert (art.published, art.published_inferred) == ("2020-03-04", False)


def test_published_dateline_is_not_inferred():
    art = assign_published(_article("Le 23 janvier, un obus est tombé.", dateline="Publié le 24 janvier 2025", lang="fr"),
                           today=TODAY)
    assert (art.published, art.published_inferred) == ("2025-01-24", False)


def test_published_inferred_flag_set():
    art = assign_published(_article("Since May 2024 the city has been besieged. On 8 June gunmen stormed a hospital."),
                           today=TODAY)
    assert (art.published, art.published_inferred) == ("2024-06-08", True)


def test_published_background_day_before_a_later_year_leaves_the_article_undated():
    # the only day is the founding date a movement is named after; the story is years later
    text = ("The rebels take their name from a peace deal signed on March 23, 2009, which they say "
            "Kinshasa never honoured. They took up arms again in late 2021 and now hold two towns.")
    assert infer_published(text, today=TODAY) is None


def test_published_day_inside_the_latest_year_named_still_dates_the_article():
    text = "Fighting has raged across the region in 2023. On 14 October 2023 drones hit a market."
    assert infer_published(text, today=TODAY) == date(2023, 10, 14)


@pytest.mark.parametrize("byline, day", [
    ("Updated: 2/28/2020 4:05 PM ET", "2020-02-28"),   # month first (the day is above 12)
    ("3/4/2020 9:10 AM EST", "2020-03-04"),            # US clock: month first
    ("03/04/2020 | 14:05", "2020-04-03"),              # no US clock: day first
    ("27.02.2020 - 09:12", "2020-02-27"),
])
def test_published_numeric_byline_dates(byline, day):
    art = assign_published(_article("Shelling resumed on Thursday.", dateline=byline), today=TODAY)
    assert (art.published, art.published_inferred) == (day, False)


def test_published_impossible_numeric_byline_is_ignored():
    art = assign_published(_article("Shelling resumed on Thursday.", dateline="Updated 4/31/2020"), today=TODAY)
    assert art.published is None


@pytest.mark.parametrize("url, day", [
    ("https://levantwire.example.org/2020/02/28/saraqib-strike", "2020-02-28"),
    ("https://news.example.com/world/2020-02-28-idlib-strike.html", "2020-02-28"),
    ("https://news.example.com/20200228/idlib", "2020-02-28"),
    ("https://news.example.com/world/2020/3/5/moscow-ceasefire", "2020-03-05"),
])
def test_published_from_the_address_when_the_page_gives_none(url, day):
    art = assign_published(replace(_article("Shelling resumed on Thursday."), url=url), today=TODAY)
    assert (art.published, art.published_inferred) == (day, False)


@pytest.mark.parametrize("url", ["https://news.example.com/2020/02/idlib", "https://news.example.com/article/20201345",
                                 "https://news.example.com/2031/01/05/future"])
def test_published_address_without_a_whole_past_day_gives_none(url):
    art = assign_published(replace(_article("Shelling resumed on Thursday."), url=url), today=TODAY)
    assert art.published is None


def test_published_byline_wins_over_the_address():
    art = assign_published(replace(_article("Shelling resumed.", dateline="Updated 3 March 2020"),
                                   url="https://x.example.org/2020/02/28/a"), today=TODAY)
    assert art.published == "2020-03-03"


# --- the story's own dateline (an undated page) ---------------------------------------------------
def test_a_yearless_dateline_is_on_or_after_every_day_the_story_tells():
    text = ("LVIV, November 26 (Carpathian Wire) - Russia fired 60 drones at Lviv overnight. The campaign "
            "against the grid began in October 2022 and lasted all winter. A first wave hit the region on "
            "September 21, officials said.")
    assert infer_published(text, "en", TODAY) == date(2023, 11, 26)


def test_a_dated_dateline_is_the_story_s_day():
    text = ("MOGADISHU, 18 October 2022 - Troops and militias retook two villages on 15 and 16 October. "
            "The mission is due to hand over security by the end of 2024. On 3 May, al-Shabaab fighters "
            "overran a base.")
    assert infer_published(text, "en", TODAY) == date(2022, 10, 18)


def test_a_weekday_written_with_a_yearless_day_fixes_its_year():
    text = ("These are our live updates.\n\nUpdated 1 October 2024, 21:10 GMT\n\nMonday, 30 September\n\n"
            "22:15 GMT - Troops crossed the border overnight.")
    assert infer_published(text, "en", TODAY) == date(2024, 10, 1)


def test_a_yearless_dateline_with_no_other_day_stays_as_before():
    assert infer_published("KHARTOUM, July 8 (Nile Wire) - An air strike hit Omdurman.", "en", TODAY) is None


def test_an_article_of_an_undetermined_language_is_read_with_the_english_calendar():
    text = "The meeting was on 3 March 2021. A second one followed on Monday, 8 March."  # too short to detect
    assert infer_published(text, "und", TODAY) == date(2021, 3, 8)
    assert infer_published(text, "xx", TODAY) == date(2021, 3, 8)


def test_published_from_a_bulletin_header_with_weekday_and_date():
    text = ("TRANSCRIPT - Coast Radio, Odesa. Evening bulletin, 19:00, Friday 8 April 2022.\n\n"
            "Missiles hit the port on 7 March and again on 13 March, the governor said.")
    assert infer_published(text, today=TODAY) == date(2022, 4, 8)
    # without the weekday the line is no header: the latest day the text resolves to decides
    assert infer_published("Evening bulletin, 8 April 2022.\n\nMissiles hit the port on 13 March.",
                           today=TODAY) == date(2023, 3, 13)
