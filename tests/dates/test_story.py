"""Story dates (dates/story.py): an event whose words give no date takes one from the story told
before it.  Sentences written for these tests."""
from tocsin.dates import date_events
from tocsin.records import Article, CodedEvent


def _article(text, published):
    return Article(id="a", source="s", url=None, title=None, text=text, published=published,
                   published_inferred=False, lang="en")


def _events(text, anchors, triggers=None, para=0):
    out = []
    for k, anchor in enumerate(anchors):
        start = text.index(anchor)
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        out.append(CodedEvent(id=f"e{k}", article={}, acled=None, plover=None, displacement=None,
                              modality="reported", aggregate=False, attribution=None, actors=(), figures={},
                              evidence={"text": text[start:end], "start": start, "end": end}, confidence=0.5,
                              rule_id="r", trigger=(triggers or {}).get(anchor, "attack"),
                              paragraph_start=text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else para))
    return out


def test_story_during_the_month_is_the_month_told_before():
    text = ("At least 900 people were killed across Yemen in October, a monitoring group said on Monday.\n\n"
            "Coalition jets carried out more than 400 air raids on the northern provinces during the month.")
    evs = date_events(_events(text, ["At least 900", "Coalition jets"]), _article(text, "2019-11-04"))
    assert (evs[1].date["start"], evs[1].date["end"], evs[1].date["precision"]) == ("2019-10-01", "2019-10-31", "month")
    assert evs[1].date["basis"] == "story"


def test_story_days_before_an_assault_are_before_its_day():
    text = ("TRIPOLI, June 4 (Wire) - Government forces retook the city's airport on Wednesday.\n\n"
            "Drones had hit the airport's defences in the days before the assault, a spokesman said.")
    evs = date_events(_events(text, ["Government forces", "Drones had"]), _article(text, "2020-06-06"), "2020-06-04")
    assert evs[0].date["start"] == "2020-06-03"
    assert (evs[1].date["start"], evs[1].date["end"]) == ("2020-05-29", "2020-06-02")


def test_story_came_a_month_after_dates_the_earlier_event():
    text = ("Gunmen killed 30 soldiers in an attack on a base near Menaka on Tuesday.\n\n"
            "The assault came a month after jihadists killed 24 troops at a post further east.")
    evs = date_events(_events(text, ["Gunmen killed", "The assault came"],
                              {"The assault came": "assault | killed"}), _article(text, "2019-11-21"))
    assert evs[0].date["start"] == "2019-11-19"
    start, end = evs[1].date["start"], evs[1].date["end"]
    assert start <= "2019-10-20" <= end and evs[1].date["precision"] == "range"


def test_story_came_days_after_when_the_event_is_the_later_one_keeps_its_day():
    text = ("Rebels shelled the port on Sunday, killing four.\n\n"
            "The shelling came days after talks collapsed in Geneva.")
    evs = date_events(_events(text, ["Rebels shelled", "The shelling came"], {"The shelling came": "shelling"}),
                      _article(text, "2021-03-09"))
    assert evs[1].date["start"] == evs[0].date["start"] == "2021-03-07"


def test_story_undated_report_takes_the_story_day():
    text = "Militants stormed a checkpoint on Friday.\n\nTroops later fought them off, a police officer said."
    evs = date_events(_events(text, ["Militants stormed", "Troops later"]), _article(text, "2022-08-08"))
    assert evs[1].date["start"] == "2022-08-05" and evs[1].date["basis"] == "story"


def test_story_background_year_stays_historical():
    text = ("Militants killed five police officers on Saturday. "
            "In 2016, the same group stormed a hotel in the capital and killed 20 guests.")
    evs = date_events(_events(text, ["Militants killed", "In 2016"]), _article(text, "2021-05-10"))
    assert evs[1].modality == "historical" and evs[0].modality == "reported"
