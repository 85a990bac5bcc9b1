"""A crowd's violence is one record of mob violence (coding/refine.py mob_led; assembly.yaml
`mob_doers`, `mob_lemmas`): the riot word that names the doer is no second record, a lynching is
a crowd's act even when no crowd is named, and the victims' suspected crime is no ordinary crime
(coding/nonevents_civil.py).  Sentences written for tocsin in the style of East African and South
Asian police round-ups; controls keep attacks by armed men as attacks and ordinary crime vetoed."""
import pytest

from .factual import factual_events

LEAD = ("NAIROBI, March 5 (Rift Desk) - Police in Kisumu county said on Tuesday that calm had returned to the "
        "lakeside town after a weekend of violence.\n\n")


def _told(sentence: str) -> list:
    return [e for e in factual_events(LEAD + sentence, "2024-03-05") if sentence[:30] in e.evidence["text"]]


@pytest.mark.parametrize("sentence, dead", [
    ("A mob in Kondele beat two brothers to death on Sunday after accusing them of stealing a motorbike.", 2),
    ("Three suspected cattle thieves were lynched by villagers in Nyakach on Saturday, police said.", 3),
    ("Residents of Manyatta lynched two suspected robbers on Sunday evening, the county commander said.", 2),
    ("An angry crowd stormed the chief's camp in Ahero on Monday and killed a man held there, police said.", 1),
])
def test_a_crowds_killing_is_one_record_of_mob_violence(sentence, dead):
    events = _told(sentence)
    assert len(events) == 1, [(e.trigger, e.acled) for e in events]
    (ev,) = events
    assert ev.acled["sub_event_type"] == "Mob violence" and ev.plover["event"] == "ASSAULT", (ev.acled, ev.plover)
    assert (ev.figures.get("fatalities") or {}).get("value") == dead, ev.figures


def test_a_suspected_crime_named_by_its_adjective_vetoes_nothing():
    # "two suspected robbers": the robbery is the crowd's suspicion, not the event's cause
    assert _told("Youths in Obunga set upon two suspected robbers on Sunday and killed them, police said.")


@pytest.mark.parametrize("sentence, sub", [
    ("Gunmen on a motorbike shot dead a village elder in Awasi on Sunday night, police said.", "Attack"),
    ("Police fired tear gas at a crowd that had blocked the Kisumu-Busia road on Monday.", None),
])
def test_controls_keep_their_types(sentence, sub):
    events = _told(sentence)
    assert events and all(e.acled.get("sub_event_type") != "Mob violence" for e in events), [
        (e.trigger, e.acled) for e in events]
    if sub:
        assert {e.acled["sub_event_type"] for e in events} == {sub}


def test_ordinary_crime_stays_vetoed():
    assert not _told("Robbers stabbed a shopkeeper to death in Kondele on Sunday and fled with his takings.")


@pytest.mark.parametrize("sentence", [
    "Gunmen shot dead a village elder in Awasi on Sunday night and fled towards the Nandi hills, police said.",
    "Two robbers who stabbed a guard at a petrol station in Ahero fled on a motorbike, witnesses said.",
])
def test_the_culprits_getaway_is_no_displacement(sentence):
    assert not [e for e in factual_events(LEAD + sentence, "2024-03-05")
                if e.displacement is not None or e.rule_family == "displacement"]


def test_residents_who_flee_the_attack_are_displaced():
    sentence = "Gunmen torched houses in Awasi on Sunday night, and about 300 residents fled to a church compound."
    fled = [e for e in factual_events(LEAD + sentence, "2024-03-05") if e.rule_family == "displacement"]
    assert fled and fled[0].figures["displaced"]["value"] == 300
