"""Event words that report no event, second round of real-news reading (coding/nonevents_more.py
and new entries of nonevents.yaml).  Every sentence here was written for tocsin after reading
rights-group reports, court stories, military press briefings and UN updates; each guard has
positive controls of the same shape that are events and must stay coded."""
import pytest

from .factual import factual_events


def _events(text, published="2021-03-10"):
    return factual_events(text, published)


def _families(text, published="2021-03-10"):
    return {e.rule_family for e in _events(text, published)}


def _triggers(text, published="2021-03-10"):
    return [t for e in _events(text, published) for t in e.trigger.split(" | ")]


# --- a war's toll: the war is the subject of the toll verb ---------------------------------------
@pytest.mark.parametrize("text", [
    "Sudan's civil war has killed tens of thousands of people and driven millions from their homes.",
    "Somalia's conflict, which pits clan militias against the government, has killed 500,000 people and displaced millions.",
    "The insurgency in Mozambique's Cabo Delgado province has killed more than 3,000 people, according to the United Nations.",
    "The war in Yemen has killed thousands and seen widespread atrocities, including torture and rape.",
])
def test_a_wars_toll_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The clashes killed 12 people in the market town of Kalla on Sunday, police said.",
    "Fighting between the army and the rebels killed 30 soldiers near the border on Monday.",
    "A car bombing in Mogadishu has killed 14 people, the health ministry said on Tuesday.",
])
def test_a_clash_toll_stays(text):
    assert _events(text)


# --- a state participle before a noun: "kidnapped villagers", "jailed rebels" ------------------
@pytest.mark.parametrize("text, word", [
    ("Army units in Katsina state killed three gunmen, arrested 11, and freed six kidnapped traders, a spokesman said.",
     "kidnapped"),
    ("Police in Zamfara state arrested 16 suspects and rescued seven kidnapped farmers during raids last week.",
     "kidnapped"),
    ("Police in Kampala on Monday arrested a cousin of jailed rebel commander Dominic Ongwen.", "jailed"),
    ("Mortar rounds landed in Mopti on Monday, wounding four people next to a camp for displaced herders.",
     "displaced"),
])
def test_a_state_participle_is_no_event(text, word):
    assert word not in _triggers(text)
    assert _events(text)  # the sentence's own event stays


@pytest.mark.parametrize("text, word", [
    ("Gunmen kidnapped nine villagers in Zamfara state on Monday.", "kidnapped"),
    ("A court in Bogota jailed three rebel commanders for 20 years on Tuesday.", "jailed"),
    ("The fighting displaced 4,000 families from villages near Goma last week.", "displaced"),
])
def test_the_verb_stays_an_event(text, word):
    assert word in _triggers(text)


# --- comments on an event: "the attack bore the hallmarks of ...", "fighting has ravaged ..." ---
@pytest.mark.parametrize("text", [
    "The attack on the barracks in Mopti bore all the hallmarks of the jihadist group active in central Mali.",
    "The bombing of the market in Maiduguri bears the signature of Boko Haram, police said.",
    "Fighting has ravaged the eastern provinces of Congo, aid agencies said.",
    "Violence has plagued the Sahel region of Burkina Faso, the report said.",
])
def test_a_comment_on_an_event_is_no_event(text):
    assert _events(text) == []


def test_a_told_event_with_the_same_verbs_stays():
    assert _events("Gunmen raided the village of Kalla in Borno state on Monday night, killing six farmers.")
    assert _events("Fighting ravaged the town of Kalla in Borno state on Monday, killing nine civilians.")


# --- a habit with "every": "thousands are fleeing every month" ------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands of people are fleeing the villages around Goma every month, the agency said.",
    "Thousands are fleeing in search of safety every month from Rutshuru territory in North Kivu, OCHA said.",
])
def test_a_present_habit_with_every_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Thousands of people fled the villages around Goma on Monday, the agency said.",
    "Every night last week, gunmen attacked the road between Gusau and Funtua, residents said.",
])
def test_a_past_event_stays(text):
    assert _events(text)


# --- fighting an ill: "they are fighting corruption" ---------------------------------------------
@pytest.mark.parametrize("text", [
    "The Houthis in Yemen say they are fighting corruption.",
    "The Houthis, who control Sanaa in Yemen, said on Friday they were fighting corruption and impunity.",
])
def test_fighting_an_ill_is_no_battle(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The Houthis said they were fighting government forces near Marib in Yemen on Friday.",
    "Troops fought the militants near Marib in Yemen on Friday, officials said.",
])
def test_fighting_a_force_stays(text):
    assert _events(text)
