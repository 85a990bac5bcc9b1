"""The CASE classifier (with its sentence-encoder head) may veto an actor-less violent event as
a disaster only when the act is not one no accident does; a match report's "bombardment" is
no event.  Sentences written for tocsin."""
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
