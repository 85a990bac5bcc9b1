"""A demonym before an attack noun names the attacker: "a Russian air attack", "Turkish drone
strikes" are the state's forces and act (coding/roles.py; productive nouns in
data/lexicons/en/actors.yaml).  Sentences written for tocsin in wire style."""
import pytest

from tests.coding.factual import factual_events


def _roles(ev):
    return {(a["role"], a["name"]) for a in ev.actors}


@pytest.mark.parametrize("sentence, attacker", [
    ("A Russian air attack on the village of Kafr Nubl in Syria's Idlib province killed six "
     "civilians on Tuesday, a war monitor said.", "Military Forces of Russia"),
    ("Five civilians were killed in a Russian air attack on a market in Ariha in Idlib province "
     "on Tuesday, rescuers said.", "Military Forces of Russia"),
    ("Turkish drone attacks destroyed three tanks near Saraqeb in Syria's Idlib province on "
     "Tuesday, killing 16 soldiers.", "Military Forces of Turkey"),
    ("Four soldiers died in Turkish drone strikes on an army post in Syria's Idlib province on "
     "Tuesday, state media said.", "Military Forces of Turkey"),
    ("A Russian missile strike on a bakery in Syria's Idlib province killed seven people on "
     "Tuesday.", "Military Forces of Russia"),
])
def test_demonym_attack_noun_is_the_attacker(sentence, attacker):
    evs = factual_events(sentence, "2020-02-26")
    assert evs
    assert any(("actor1", attacker) in _roles(e) for e in evs)


def test_demonym_of_the_dead_is_no_attacker():
    evs = factual_events("Six Syrian soldiers were killed in shelling near Saraqeb in Idlib province "
                         "on Tuesday, the monitor said.", "2020-02-26")
    assert evs
    assert all(r != "actor1" for e in evs for r, _ in _roles(e))
