"""An undated clause opened by "after" happened before the day its sentence gives (or hours
before, that day): it takes the range from the day before to that day, never that day as exact,
and the story's timeline goes on from the main clause (dates/event_dates.py, `earlier_marks` in
data/lexicons/en/dates.yaml).  Sentences written for tocsin in wire style."""
from tests.coding.factual import factual_events


def _by_trigger(evs, word):
    return [e for e in evs if word in (e.trigger or "")]


def test_after_clause_is_before_the_sentences_day():
    evs = factual_events("Turkey launched a military operation against Syrian government forces in Idlib "
                         "province on Sunday after 33 Turkish soldiers were killed in an air strike, the "
                         "defence minister said.", "2020-03-03")
    killed = _by_trigger(evs, "kill")
    assert killed
    d = killed[0].date
    assert (d["start"], d["end"], d["precision"]) == ("2020-02-29", "2020-03-01", "range")


def test_main_clause_keeps_its_day_and_dated_after_clause_its_own():
    evs = factual_events("Government troops stormed the town of Kafr Nubl in Idlib province on Monday after "
                         "rebels shelled an army post there on Saturday, state media said.", "2020-03-03")
    stormed, shelled = _by_trigger(evs, "storm"), _by_trigger(evs, "shell")
    assert stormed and shelled
    assert (stormed[0].date["start"], stormed[0].date["precision"]) == ("2020-03-02", "day")
    assert (shelled[0].date["start"], shelled[0].date["precision"]) == ("2020-02-29", "day")


def test_story_goes_on_from_the_main_clause():
    text = ("Cartel gunmen fought police for hours in the streets of Culiacan on Thursday after "
            "soldiers detained a gang leader, officials said.\n\n"
            "Gunmen also attacked a police station during the unrest, the state government said.")
    evs = factual_events(text, "2019-10-19")
    attacked = _by_trigger(evs, "attack")
    assert attacked
    assert attacked[0].date["start"] == "2019-10-17"
