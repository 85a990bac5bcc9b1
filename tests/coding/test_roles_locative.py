"""A state named by its country's name is no actor where the name only says where things
happened (coding/roles.py, data/lexicons/en/locative_actors.yaml).  Sentences written for
tocsin in wire style."""
import pytest

from tests.coding.factual import factual_events


def _actor_texts(ev):
    return {a["text"] for a in ev.actors}


@pytest.mark.parametrize("sentence", [
    "At least 14 civilians were killed in a wave of air strikes in Syria on Monday, rescuers said.",
    "Shelling by government forces in north-west Syria killed five aid workers on Monday, the UN said.",
    "An air strike on a bakery in Syria's northwestern province of Idlib killed eight people on Monday.",
    "Rebel shelling killed three soldiers near Kafr Nabl in Syria's Idlib province on Monday, state media said.",
])
def test_country_name_as_a_place_is_no_actor(sentence):
    evs = factual_events(sentence, "2020-02-11")
    assert evs
    assert all("Syria" not in _actor_texts(e) for e in evs)


@pytest.mark.parametrize("sentence", [
    "Syria's army shelled rebel positions around Saraqeb on Monday, killing four fighters.",
    "Turkey launched drone strikes on Syria on Monday, killing 19 soldiers, the monitor said.",
])
def test_country_name_that_acts_or_is_hit_stays(sentence):
    evs = factual_events(sentence, "2020-02-11")
    assert any("Syria" in _actor_texts(e) or "Syria's army" in _actor_texts(e) for e in evs)


def _roles(ev):
    return {a["text"]: a["role"] for a in ev.actors}


@pytest.mark.parametrize("sentence, victims, attacker", [
    ("At Least 15 Civilians Killed in Russian Airstrikes on Idlib Market", "Civilians", "Russian Airstrikes"),
    ("Dozens of Syrian soldiers died after an air strike by Turkish forces near Saraqeb on Sunday.",
     "Syrian soldiers", "Turkish forces"),
])
def test_headline_and_lead_victims_are_not_the_actor(sentence, victims, attacker):
    evs = [e for e in factual_events(sentence, "2020-03-02") if victims in _roles(e)]
    assert evs
    for e in evs:
        assert _roles(e)[victims] == "actor2"
        assert _roles(e).get(attacker) == "actor1"
