"""Live blogs (dates/liveblog.py): a stamped entry is news of its own day, the day heading above
it or the reference day, never the day of an older entry told below it.  Texts written for
these tests."""
from datetime import date

from tocsin.dates import date_events
from tocsin.dates.liveblog import entry_days

from tocsin.records import CodedEvent

from .test_story import _article


def _events(text, anchors):
    out = []
    for k, anchor in enumerate(anchors):
        start = text.index(anchor)
        end = text.index(".", start) + 1
        out.append(CodedEvent(id=f"e{k}", article={}, acled=None, plover=None, displacement=None,
                              modality="reported", aggregate=False, attribution=None, actors=(), figures={},
                              evidence={"text": text[start:end], "start": start, "end": end}, confidence=0.5,
                              rule_id="r", trigger="attack", paragraph_start=text.rfind("\n\n", 0, start) + 2))
    return out

BLOG = ("Live: fighting in Khartoum\n\n"
        "Updated 17 April 2023, 20:00 GMT\n\n"
        "19:30 GMT \u2014 Shelling resumed near the airport, residents told us.\n\n"
        "15:10 GMT \u2014 Warplanes struck a market in Omdurman this morning, killing five, medics said.\n\n"
        "Sunday, 16 April\n\n"
        "21:00 GMT \u2014 Doctors said 56 civilians were killed on Saturday.\n\n"
        "18:40 GMT \u2014 Fighters seized a television station, witnesses said.")


def test_stamped_entries_take_their_heading_day():
    days = entry_days(BLOG, None, "en")
    by_text = {BLOG[s:s + 9]: d.isoformat() for s, d in days.items()}
    assert by_text["19:30 GMT"] == "2023-04-17" and by_text["18:40 GMT"] == "2023-04-16"


def test_undated_entry_is_not_the_older_entry_below():
    evs = date_events(_events(BLOG, ["Shelling resumed", "Warplanes struck", "Doctors said", "Fighters seized"]),
                      _article(BLOG, "2023-04-17"))
    days = [e.date["start"] for e in evs]
    assert days == ["2023-04-17", "2023-04-17", "2023-04-15", "2023-04-16"]


def test_a_page_with_one_time_stamp_is_no_live_blog():
    text = "Clashes in the capital\n\n10:15 GMT \u2014 Gunfire was heard near the palace.\n\nMore to follow."
    assert entry_days(text, None, "en") == {}


def test_posted_at_lines_and_four_digit_stamps():
    text = ("Live: Darfur\n\nPosted at 10:15\n\nDrones struck the market in Kabkabiya, medics said.\n\n"
            "Saturday 3 May\n\nPosted at 22:40\n\nFighters stormed a camp near Tawila.")
    ref = date(2025, 5, 4)
    days = entry_days(text, ref, "en")
    assert sorted(d.isoformat() for d in days.values()) == ["2025-05-03", "2025-05-04"]
    wire = "Live: Red Sea\n\n0940 GMT - A missile hit a tanker.\n\n0815 GMT - Sirens sounded in Eilat."
    assert len(entry_days(wire, ref, "en")) == 2


def test_entries_stamped_with_a_weekday_and_a_time_take_that_day():
    text = ("This page followed the attack on the governor's home.\n\n"
            "SAT 09:58 - Reports of gunfire at the compound.\n\n"
            "SAT 10:25 - Police say six men opened fire on the governor.\n\n"
            "SUN 08:10 - Two suspects were arrested overnight.")
    days = entry_days(text, date(2023, 3, 5))  # published on Sunday 5 March
    assert sorted(days.values()) == [date(2023, 3, 4), date(2023, 3, 4), date(2023, 3, 5)]
