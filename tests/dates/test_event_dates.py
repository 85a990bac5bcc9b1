from datetime import date

from tocsin.dates.event_dates import date_event, date_of_text
from tocsin.records import Article, CodedEvent

REF = date(2020, 2, 5)


def test_event_dates_yearless_day_against_publication():
    assert date_of_text("On 28 January, troops captured the town.", REF)["start"] == "2020-01-28"


def test_event_dates_since_gives_a_range_to_publication():
    d = date_of_text("At least 300 people have been killed since the end of April 2019.", REF)
    assert (d["start"], d["end"], d["precision"]) == ("2019-04-21", "2020-02-05", "range")


def test_event_dates_past_months_and_relative_days():
    assert date_of_text("Fighting over the past nine months", REF)["start"] == "2019-05-11"
    assert date_of_text("Gunmen attacked the post yesterday.", REF)["start"] == "2020-02-04"
    assert date_of_text("Police raided the office on Monday.", REF)["start"] == "2020-02-03"
    assert date_of_text("Rebels shelled the town last week.", REF)["precision"] == "range"


def test_event_dates_none_without_reference_for_yearless():
    assert date_of_text("On 3 January the army moved in.", None) is None


def _event(text, start, para=0):
    return CodedEvent(id="e", article={}, acled=None, plover=None, displacement=None, modality="asserted",
                      aggregate=False, attribution=None, actors=(), figures={},
                      evidence={"text": text[start:], "start": start, "end": len(text)}, confidence=0.5,
                      rule_id="r", trigger="t", paragraph_start=para)


def _dated(text: str, anchor: str, published: str, para: str | None = None) -> CodedEvent:
    """The event told from `anchor` to the end of `text`, dated in an article published that day."""
    art = Article(id="a", source="s", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    return date_event(_event(text, text.index(anchor), text.index(para) if para else 0), art)


def test_event_dates_carry_over_within_the_paragraph_then_publication():
    text = "On 31 January, the council met. Subsequently, troops were sent to the border.\n\nAid groups warned of hunger."
    art = Article(id="a", source="s", url=None, title=None, text=text, published="2020-02-05",
                  published_inferred=True, lang="en")
    carried = date_event(_event(text[:text.index("\n")], text.index("Subsequently")), art)
    assert carried.date["start"] == "2020-01-31" and carried.date["basis"] == "paragraph"
    fallback = date_event(_event(text, text.index("Aid groups"), para=text.index("Aid groups")), art)
    assert fallback.date["basis"] == "published" and fallback.date["precision"] == "unknown"


def test_event_dates_days_later_counts_from_the_carried_date():
    text = "On 8 June, gunmen stormed a clinic. Two days later, shells hit a camp north of the town."
    ev = _dated(text, "Two days later", "2024-06-11")
    assert ev.date["start"] == "2024-06-10" and ev.date["basis"] == "paragraph"


def test_event_dates_survive_arithmetic_off_the_calendar():
    assert date_of_text("The town was founded 5000 years ago.", date(2024, 5, 1)) is None
    assert date_of_text("Rebels attacked on 5 March.", date(9999, 12, 30)) is None
    assert date_of_text("Rebels attacked last week.", date(1, 1, 2)) is None


def test_event_dates_last_weekday_on_the_same_weekday_is_a_week_back():
    monday = date(2024, 6, 10)
    assert date_of_text("Police arrested him last Monday.", monday)["start"] == "2024-06-03"
    assert date_of_text("Police arrested him on Monday.", monday)["start"] == "2024-06-10"


def test_event_dates_old_background_does_not_date_the_next_sentence():
    text = ("The losses were the worst for the brigade since its 2016 campaign in the north. "
            "Members of parliament demanded an inquiry into the convoy's route.")
    ev = _dated(text, "Members", "2021-03-04")
    assert ev.date["basis"] == "published" and ev.modality == "asserted"


def test_event_dates_part_of_the_current_month_is_this_year():
    got = date_of_text("The army was given until the end of March to leave the hills.", date(2021, 3, 9))
    assert (got["start"], got["end"]) == ("2021-03-21", "2021-03-31")
    got = date_of_text("Talks broke down in early November.", date(2021, 3, 9))
    assert got["start"] == "2020-11-01"


def test_event_dates_this_week_runs_from_the_monday_of_the_reference_week():
    got = date_of_text("Shelling forced hundreds of families out of the valley this week.", date(2021, 3, 9))
    assert (got["start"], got["end"], got["precision"]) == ("2021-03-08", "2021-03-09", "range")


def test_event_dates_periods_written_with_month_names():
    ref = date(2020, 2, 5)
    assert date_of_text("Nearly a million have fled since the offensive began in December.", ref)["start"] == "2019-12-01"
    got = date_of_text("Some 300,000 were displaced between April and July last year.", ref)
    assert (got["start"], got["end"]) == ("2019-04-01", "2019-07-31")
    got = date_of_text("Between 1 and 23 January, 100 civilians were killed.", ref)
    assert (got["start"], got["end"]) == ("2020-01-01", "2020-01-23")
    assert date_of_text("Rebels recaptured the town last June.", ref)["start"] == "2019-06-01"
    assert date_of_text("It was the heaviest bombardment since the August truce.", ref) is None
    got = date_of_text("The army killed 30 militants over the weekend.", date(2020, 2, 17))
    assert (got["start"], got["end"]) == ("2020-02-15", "2020-02-16")
    assert date_of_text("Overnight, rebels shelled the base.", ref)["start"] == "2020-02-04"


def test_event_dates_month_name_opening_a_sentence():
    ref = date(2023, 6, 30)
    got = date_of_text("In September, the army carried out an air strike on a school in Tabayin.", ref)
    assert (got["start"], got["end"], got["precision"]) == ("2022-09-01", "2022-09-30", "month")
    got = date_of_text("Last November, soldiers burned 200 homes in the village of Mingin.", ref)
    assert (got["start"], got["precision"]) == ("2022-11-01", "month")
    assert date_of_text("In May, gunmen killed 30 villagers near Mangu.", ref)["start"] == "2023-05-01"


def test_event_dates_old_narrative_date_dates_the_told_past_after_it():
    text = ("Jets bombed a village in Magway region on Tuesday, killing nine people.\n\n"
            "The army seized power on 1 February 2021, ousting the elected government. "
            "Hundreds of opposition politicians were arrested in the weeks after the takeover.")
    ev = _dated(text, "Hundreds", "2023-06-30", para="The army")
    assert ev.date["start"] == "2021-02-01" and ev.date["basis"] == "paragraph"
    assert ev.modality == "historical"


def test_event_dates_old_date_in_a_comparison_still_dates_nothing():
    text = ("It was the deadliest attack on the garrison since a raid in March 2019. "
            "Soldiers were later deployed to the bridge at Konna.")
    ev = _dated(text, "Soldiers", "2023-06-30")
    assert ev.date["basis"] == "published" and ev.modality == "asserted"


def test_event_dates_a_statements_day_does_not_date_the_next_sentence():
    text = ("Gunmen attacked the town of Djibo at dawn on Sunday, killing dozens of soldiers. "
            "The group claimed the assault in a statement on Monday. "
            "Its fighters first overran the checkpoints at the entrances to the town.")
    ev = _dated(text, "Its fighters", "2025-05-12")
    assert ev.date["basis"] == "published"
    carried = ("Gunmen attacked the town of Djibo at dawn on Sunday. "
               "Its fighters first overran the checkpoints at the entrances to the town.")
    art2 = Article(id="b", source="s", url=None, title=None, text=carried, published="2025-05-12",
                   published_inferred=False, lang="en")
    ev2 = date_event(_event(carried, carried.index("Its fighters")), art2)
    assert ev2.date["start"] == "2025-05-11" and ev2.date["basis"] == "paragraph"


def test_event_dates_a_day_of_last_year():
    ref = date(2022, 5, 24)
    assert date_of_text("the raid took place on 6 May last year, when 28 people died", ref)["start"] == "2021-05-06"
    assert date_of_text("on 3 January this year", ref)["start"] == "2022-01-03"
    assert date_of_text("on 6 May, last year's toll was higher", ref)["start"] == "2022-05-06"


def test_a_sentence_that_opens_on_a_later_day():
    from tocsin.dates.shifts import opens_later
    assert opens_later("Four days later, the militia leader was killed in Tshimbulu.")
    assert opens_later("The next day, gunmen returned to the village.")
    assert not opens_later("The song was recorded weeks after the battle and banned from concerts.")
