"""A headline's undated event takes the day of the lead that retells it (dates/story.py).
Headlines and leads written for these tests in wire style."""
from dataclasses import replace

from tocsin.dates import date_events
from tocsin.records import Article, CodedEvent


def _article(text, published):
    return Article(id="a", source="s", url=None, title=None, text=text, published=published,
                   published_inferred=False, lang="en")


def _event(text, anchor, sub, figures=None, aggregate=False, k=0):
    start = text.index(anchor)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return CodedEvent(id=f"e{k}", article={}, acled={"event_type": "x", "sub_event_type": sub}, plover=None,
                      displacement=None, modality="asserted", aggregate=aggregate, attribution=None, actors=(),
                      figures=figures or {}, evidence={"text": text[start:end], "start": start, "end": end},
                      confidence=0.5, rule_id="r", trigger="killed",
                      paragraph_start=text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0)


def test_headline_takes_the_lead_day_with_the_same_count():
    text = ("Eleven villagers killed in government air raids on Jabal al-Zawiya\n\n"
            "Eleven villagers were killed in government air raids on two villages of Jabal al-Zawiya on "
            "Monday, rescuers said.")
    toll = {"fatalities": {"value": 11}}
    evs = date_events([_event(text, "Eleven villagers killed", "Attack", toll, k=0),
                       _event(text, "Eleven villagers were", "Air/drone strike", toll, k=1)],
                      _article(text, "2020-02-19"))
    assert evs[1].date["start"] == "2020-02-17"
    assert evs[0].date["start"] == "2020-02-17" and evs[0].date["basis"] == "story"


def test_headline_keeps_publication_day_when_the_body_tells_other_news():
    text = ("Army retakes hilltop town in southern Idlib\n\n"
            "More than 20 villages have changed hands since January 24, the army said on Monday.")
    evs = date_events([_event(text, "Army retakes", "Government regains territory", k=0),
                       replace(_event(text, "More than 20", "Government regains territory", k=1), aggregate=True)],
                      _article(text, "2020-02-04"))
    assert evs[0].date["start"] == "2020-02-04" and evs[0].date["basis"] == "published"
