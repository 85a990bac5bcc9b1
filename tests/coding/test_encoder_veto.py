"""The CASE classifier (with its sentence-encoder head) may veto an actor-less violent event as
a disaster only when the act is not one no accident does and the sentence names no weapon no
accident comes with; a match report's "bombardment" is no event.  Sentences written for tocsin."""
import pytest

from .factual import factual_events


@pytest.mark.parametrize("text", [
    "A minibus driver was shot dead at the wheel on the ring road on Friday night after his firm refused to pay "
    "the gangs, firefighters said.",
    "A shopkeeper was stabbed to death behind his counter as a gas cylinder leaked next door, neighbours said.",
])
def test_an_act_no_accident_does_is_never_vetoed_as_a_disaster(text):
    evs = factual_events(text, "2024-03-09")
    assert evs and all(e.acled["event_type"] == "Violence against civilians" for e in evs)


@pytest.mark.parametrize("text", [
    "The coach said his back line had caved in under a relentless bombardment as they were knocked out in the qualifier.",
    "Their goalkeeper faced an aerial bombardment all evening in the semi-final but kept a clean sheet.",
])
def test_a_bombardment_in_a_match_report_is_no_event(text):
    assert not factual_events(text, "2024-03-09")


@pytest.mark.parametrize("text", [  # the classifier reads both as shipwrecks (MAN_MADE_DISASTER)
    "A Liberian-flagged tanker sank in the Red Sea on Tuesday after being struck by drones and anti-ship missiles; "
    "its crew of 19 had abandoned the vessel and were rescued by a passing freighter.",
    "A grain freighter caught fire and sank off Hodeidah after it was hit by two missiles and an explosive-laden "
    "drone boat, and its crew were rescued, the maritime agency said.",
])
def test_a_ship_sunk_by_weapons_is_never_vetoed_as_a_disaster(text):
    evs = factual_events(text, "2024-03-09")
    assert evs and all(e.acled["event_type"] == "Explosions/Remote violence" for e in evs)


def test_an_explosion_with_no_weapon_named_may_still_be_vetoed():  # "exploded" is no weapon
    text = ("A diesel tanker overturned and exploded on the Lokoja-Abuja highway on Wednesday evening, killing its "
            "driver and a motorcyclist, the road safety corps said.")
    assert not [e for e in factual_events(text, "2024-03-09") if e.acled and e.acled["event_type"] != "Strategic developments"]
