"""Coding patterns of the thirtieth round's held-out articles (dev-641 to dev-664): a crowd broken
up by security forces, a grenade thrown, an operation that left the dead, a report withdrawn,
police moving to stop a march, a gate rammed after a failed blast, people captured, an arrest
announced, fighting between two groups, fire raking a patrol, a stray bullet, a toll told until
when it ran, a later day's killing told at a place already named, and a wire update's editor's
note.  Texts written for tocsin."""
import pytest

from .factual import factual_events, subtypes, told_after

LEAD = ("KARACHI, June 12 (Indus Desk) - Gunmen opened fire on a passenger van near Chilas on Monday, killing "
        "six people, police said.\n\n")
after = told_after(LEAD, "2024-06-12")


def _factual(text: str, published: str = "2024-06-12") -> list:
    return factual_events(text, published)


def test_security_forces_breaking_up_crowds_is_an_intervention():
    assert "Protest with intervention" in subtypes(after("Security forces broke up the crowds overnight, the prosecutor said."))


@pytest.mark.parametrize("sentence", [
    "Stewards cleared the crowd from the stadium after the final whistle.",
    "The rain stopped the march on Tuesday afternoon.",
])
def test_a_crowd_cleared_or_a_march_stopped_by_no_force_is_no_intervention(sentence):
    assert not _factual(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "A grenade was thrown at a religious sit-in in Gilgit city on Tuesday.",
    "A man threw a grenade at a police post in Gilgit on Wednesday.",
])
def test_a_grenade_thrown_is_a_grenade_attack(sentence):
    assert "Grenade" in subtypes(after(sentence)), sentence


def test_an_operation_that_left_the_dead_is_an_event_with_its_toll():
    events = after("In March, a police operation in the same valley left nine suspects dead.")
    assert events and events[0].figures["fatalities"]["value"] == 9
    assert not _factual("The storm left five people dead in the valley on Sunday.")


def test_a_report_withdrawn_is_no_withdrawal():
    assert not after("Reports on Sunday night of a seventh death were later withdrawn by the provincial health office.")
    assert "RETREAT" in {(e.plover or {}).get("event") for e in _factual("The troops were withdrawn from the town on Sunday.")}


def test_police_who_moved_to_stop_a_march_intervened():
    events = _factual("On Monday, seven officers were hurt in Larne when police moved to stop an illegal march "
                      "through the town.")
    assert subtypes(events) == {"Protest with intervention"}
    assert events[0].figures["injured"]["value"] == 7


def test_a_gate_rammed_after_a_failed_blast_is_an_attack_without_the_failed_weapon():
    events = _factual("At the central jail, gunmen rammed the main gate with a truck after failing to blow it open "
                      "with a rocket, and about 300 inmates escaped, the prisons chief said.")
    assert subtypes(events) == {"Attack"}


@pytest.mark.parametrize("sentence", [
    "The governor said five gunmen took part: two were shot dead by soldiers, and a third who was captured alive "
    "by regional troops.",
    "The driver of the getaway car, a local man identified as Luis P., was captured with gunshot wounds that evening "
    "after a police chase.",
    "In August, the authorities had announced the arrest of several people, including soldiers, over an alleged "
    "coup plot.",
])
def test_people_captured_and_an_arrest_announced_are_arrests(sentence):
    assert "Arrests" in subtypes(_factual(sentence)), sentence


def test_soldiers_captured_by_rebels_are_no_arrest():
    assert "Arrests" not in subtypes(_factual("Two soldiers were captured by the rebels near Kalehe on Friday."))


@pytest.mark.parametrize("sentence,sub", [
    ("Elsewhere in the department, fighting between the two groups around Novita trapped communities along the "
     "river in early July.", "Armed clash"),
    ("Hundreds of guerrillas surrounded a police patrol near Kistaram village on Saturday, raking them with "
     "machine-gun fire from three sides.", None),
    ("09:10 - A street vendor, 52, was struck by a stray bullet inside his shop in Mare and died shortly "
     "afterwards, according to the police.", "Attack"),
])
def test_fighting_between_fire_raking_and_a_stray_bullet_are_violence(sentence, sub):
    events = _factual(sentence)
    assert events, sentence
    assert sub is None or sub in subtypes(events)


def test_a_toll_told_until_the_fighting_ended_is_the_fighting_s():
    events = _factual("On Oct. 17, cartel gunmen fought soldiers across Culiacan after troops briefly detained a son "
                      "of the jailed drug lord.\n\nAt least eight people were killed before the government let him go.",
                      "2019-10-20")
    clash = [e for e in events if "fought" in (e.trigger or "")]
    assert clash and clash[0].figures["fatalities"]["value"] == 8
    assert not [e for e in events if e.evidence["text"].startswith("At least eight")]


def test_a_killing_told_days_later_at_the_same_place_is_a_new_event():
    events = _factual("On 8 August, militiamen attacked the police station in Tshimbulu, killing four officers.\n\n"
                      "Four days later, the militia leader was killed in Tshimbulu during a police raid on his home; "
                      "eleven people died in the fighting, the governor said.", "2016-09-01")
    later = [e for e in events if e.evidence["text"].startswith("Four days later")]
    assert later and later[0].figures["fatalities"]["value"] == 11 and later[0].date["start"] == "2016-08-12"
    assert [e for e in events if e.evidence["text"].startswith("On 8 August")][0].figures["fatalities"]["value"] == 4


def test_a_wire_update_s_editor_s_note_tells_no_event():
    events = _factual("(Corrects paragraph 2 to say the embassy was empty when rioters broke in; adds rocket attack on "
                      "the airport in paragraph 4)\n\n"
                      "BAGHDAD, Sept 8 (Tigris Wire) - Hundreds of protesters stormed the consulate in Basra on Friday.",
                      "2018-09-08")
    assert events and not [e for e in events if e.evidence["text"].startswith("(")]


def test_soldiers_captured_alive_by_rebels_are_no_arrest():
    assert "Arrests" not in subtypes(_factual("Two soldiers were captured alive by the rebels near Kalehe on Friday."))
