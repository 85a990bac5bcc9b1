"""Ninth round of real-news genres (live blogs, court reports, explainers, UN situation reports,
NGO releases, newsletters, risk outlooks and an arts page): statistics compared, characterisations,
conditions endured, film plots and scenes, barrages of words, deaths from hunger, no harm in an
event told before, habit adverbs in any tense or above the event word, routines and recurrences,
reports proved unfounded or dismissed with their carrier, reports left unverified, a decree's
powers and a quoted question.  Every sentence was written for tocsin; each guard has controls
of the same shape that are events and must stay coded."""
import pytest

from .factual import WIRE_LEAD as LEAD
from .factual import extra_events as _extra
from .factual import factual_events


@pytest.mark.parametrize("sentence", [
    # statistics compared
    "By one count, armed groups killed more civilians in the region in the first half of 2022 than in the whole of 2021.",
    "Air strikes caused more of those deaths than any other type of attack, followed by shelling.",
    # a characterisation, a condition endured, a barrage of words, a death with no one acting
    'One senator described the budget as "an ambush by the treasury on the poor".',
    '"People here have lived with explosions for two years," the owner said.',
    "The ticket office has been bombarded with calls since Sunday.",
    "In the second scenario, local elders strike their own bargains with the insurgents.",
    "Hunger was already killing an infant in the camp roughly every three hours, the charity estimated.",
    # fiction
    "The film, a drama set in a frontier village, follows a nurse who hides a wounded soldier after enemy troops occupy the village.",
    "In its most discussed scene, tanks roll into the square at dawn and set fire to the church.",
    # habits: above the event word, in any tense, routines, recurrences
    "Israel's targeted killings in the area usually come from drones that circle for hours before firing.",
    "Militiamen routinely set up checkpoints on the road out of the district, where drivers are made to pay.",
    "Raids of this sort have become part of life in the city, typically coming a day after a bomb or a shooting aimed at officials.",
    "Farmers returning to their plots after each earlier shift of the front line have been killed or maimed by mines left in the soil.",
    # reports proved false, dismissed with their carrier, left unverified
    "Reports on Monday that the rebels had entered the centre of the town proved unfounded; our staff there saw no fighters.",
    'The governor\'s office dismissed as "provocation" online posts claiming that a rocket fired from Syria had landed near the town.',
    "Accounts have since reached us of arbitrary arrests and of shops being looted in the city; these, too, remain unverified.",
    # a decree's powers, a quoted question
    "The emergency law allows police to detain suspects without a warrant and impose curfews.",
    '"How many more nurses have to be shot before the world acts?"',
])
def test_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Government jets killed more than 20 civilians in Ariha on Tuesday, rescuers said.",
    "The strike on Tuesday killed more people than any single attack on Ariha since 2019.",
    "Two bombs hit the market in Ariha on Tuesday and started a fire that took more than a day to put out.",
    "Witnesses said gunmen ambushed a bus near Ariha on Tuesday, in what officials described as a massacre.",
    "Militiamen set up checkpoints on the road out of Ariha on Tuesday, drivers said.",
    "Government helicopters dropped barrel bombs on Kansafra after each rebel advance on Tuesday and Wednesday, killing six.",
    "No one was hurt in a rocket attack on the Turkish post at Taftanaz on Tuesday, the ministry said.",
    "Reports on Tuesday said the rebels had entered the centre of Saraqib.",
    "Police detained 40 protesters in Afrin on Tuesday under the emergency law.",
    "Rebels said on Tuesday they had shot down a government helicopter near Nairab.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_a_retold_bombardment_that_hurt_no_one_adds_no_record():
    text = (LEAD + "Syrian artillery pounded the Turkish post at Taftanaz on Tuesday. "
            "No Turkish soldiers were hurt in Tuesday's bombardment, the ministry said.")
    events = [e for e in factual_events(text, "2020-03-04") if "No Turkish soldiers" in e.evidence["text"]]
    assert events == []
    assert any("pounded" in e.evidence["text"] for e in factual_events(text, "2020-03-04"))


def test_a_side_s_claim_left_unverified_stays_its_claim():
    text = (LEAD + "The army said its jets had killed 30 fighters near Nairab on Tuesday; the figure remains unverified.")
    events = [e for e in factual_events(text, "2020-03-04") if "Nairab" in e.evidence["text"]]
    assert events and all(e.modality == "reported" for e in events)


@pytest.mark.parametrize("sentence,sub", [
    # munitions counted between the verb and the weapon
    ("Regime helicopters dropped at least eight barrel bombs on the outskirts of Kafr Nabl on Tuesday.", "Air/drone strike"),
    ("Rebels fired a barrage of rockets towards Aleppo city on Tuesday night.", "Shelling/artillery/missile attack"),
    # riot-control means aimed at a crowd, and a march broken up
    ("Police fired tear gas and water cannon at thousands of protesters in Afrin on Tuesday.", "Protest with intervention"),
    ("Police fired tear gas to break up a march by several hundred students in Afrin on Tuesday.", "Protest with intervention"),
    # a crowd's road blocks
    ("Protesters blocked roads and burned tyres in Afrin and Azaz on Tuesday.", "Violent demonstration"),
    # ground taken by driving a force out
    ("The army said it had driven the rebels out of Kafr Nabl and Hass on Tuesday.", "Government regains territory"),
    # a convoy crossing
    ("Another Turkish military convoy crossed into Syria through the Kafr Lusin crossing on Tuesday.", "Change to group/activity"),
])
def test_events_found(sentence, sub):
    assert any((e.acled or {}).get("sub_event_type") == sub for e in _extra(sentence)), sentence


def test_people_forced_from_their_homes_are_displaced_with_their_count():
    sentence = "Fighting has forced about 10,800 people from their homes around Saraqib since Tuesday."
    found = [e for e in _extra(sentence) if e.rule_family == "displacement"]
    assert found and found[0].figures["displaced"]["value"] == 10800


@pytest.mark.parametrize("sentence", [
    "Were Egyptian troops to cross into Libya, Egypt and Turkey would face each other on a battlefield.",
    "Places previously considered safe by civilians are now coming under fire.",
    "Only the army flies warplanes in the conflict.",
])
def test_no_event_either(sentence):
    assert _extra(sentence) == []


def test_a_naming_or_an_operation_pressed_is_no_call():
    text = (LEAD + "The 49 soldiers who were detained at the airport in Aleppo on Tuesday remain in custody; "
            "Damascus calls them mercenaries.")
    assert any(e.rule_family == "arrest" for e in factual_events(text, "2020-03-04"))
    text = LEAD + "Government ground forces pressed operations in Saraqib on Tuesday, backed by air strikes."
    assert factual_events(text, "2020-03-04")[1:], "the air strikes of an operation pressed are events"
