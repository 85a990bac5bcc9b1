from datetime import date

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
