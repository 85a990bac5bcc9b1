from datetime import date

from tocsin.dates.parse import find_dates, resolve_yearless


def _texts(text, lang="en"):
    return [(d.text, d.start, d.end, d.precision, d.yearless) for d in find_dates(text, lang)]


def test_parse_full_and_yearless_days():
    got = _texts("On 3 March 2021 the army moved; on 5 April they attacked; by May 7, 2021 it was over.")
    assert got == [("3 March 2021", "2021-03-03", "2021-03-03", "day", False),
                   ("5 April", None, None, "day", True),
                   ("May 7, 2021", "2021-05-07", "2021-05-07", "day", False)]


def test_parse_month_year_part_and_bare_year():
    got = _texts("Since the end of April 2019, and again in June 2020, fighting in 2021 grew.")
    assert got == [("the end of April 2019", "2019-04-21", "2019-04-30", "range", False),
                   ("June 2020", "2020-06-01", "2020-06-30", "month", False),
                   ("2021", "2021-01-01", "2021-12-31", "year", False)]


def test_parse_ignores_counts_and_lowercase_may():
    assert find_dates("Some 2,019 people may march 12 km; 1,500 were killed.") == []


def test_parse_offsets_point_at_the_words():
    text = "Reported on 28 January by monitors."
    (d,) = find_dates(text)
    assert text[d.start_char:d.end_char] == "28 January"


def test_parse_french_months():
    got = _texts("Le 23 janvier, un obus est tombé. Publié le 24 janvier 2025.", None)
    assert [g[0] for g in got] == ["23 janvier", "24 janvier 2025"]
    assert got[1][1] == "2025-01-24"


def test_parse_iso_date():
    (d,) = find_dates("Updated 2024-11-05 at noon")
    assert (d.start, d.precision) == ("2024-11-05", "day")


def test_resolve_yearless_rolls_back_over_new_year():
    # a January article speaking of "15 December" means last December
    assert resolve_yearless(12, 15, date(2024, 1, 10)) == date(2023, 12, 15)
    assert resolve_yearless(1, 8, date(2024, 1, 10)) == date(2024, 1, 8)


def test_resolve_yearless_moves_on_after_an_explicit_date():
    assert resolve_yearless(1, 28, date.max, after=date(2019, 4, 30)) == date(2020, 1, 28)
    assert resolve_yearless(5, 1, date.max, after=date(2024, 5, 31)) == date(2024, 5, 1)
