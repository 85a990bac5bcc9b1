"""Monitors, rescuers and news agencies tell of violence and take no part in it: named or
through a pronoun they are never actor1 / actor2 of a violent event, and "X said they ..."
binds the pronoun to the speaker X (coding/roles.py, `source_actors` in
data/lexicons/en/roles.yaml).  Sentences written for tocsin in wire style."""
import pytest

from tests.coding.factual import factual_events

SOURCES = {"SOHR: Syrian Observatory for Human Rights", "White Helmets (Syria Civil Defence)"}


def _parties(evs):
    return {(a["role"], a["name"]) for e in evs for a in e.actors if a["role"] in ("actor1", "actor2")}


@pytest.mark.parametrize("text", [
    "Rebels and government troops fought around Kafr Nubl in Idlib province on Wednesday, the "
    "Syrian Observatory for Human Rights said. It recorded the deaths of 14 fighters in the raids.",
    "Air strikes hit the town of Ariha in Syria's Idlib province on Wednesday. The White Helmets "
    "said they pulled nine bodies from the rubble after the strikes.",
    "Shelling hit a market in Maarat al-Numan in Idlib province on Wednesday. The Syrian "
    "Observatory for Human Rights said it counted 11 dead after the bombardment.",
])
def test_source_is_no_party_to_violence(text):
    evs = factual_events(text, "2020-01-15")
    assert evs
    assert not {name for _, name in _parties(evs)} & SOURCES


def test_pronoun_of_a_speaker_is_the_speaker():
    evs = factual_events("Russian warplanes pounded villages near Ariha in Syria's Idlib province on "
                         "Wednesday. Turkish officials said they shelled army positions near Saraqeb "
                         "in response, killing six soldiers.", "2020-01-15")
    shelled = [e for e in evs if "shelled" in e.evidence["text"]]
    assert shelled
    assert ("actor1", "Government of Turkey") in _parties(shelled) or \
        ("actor1", "Military Forces of Turkey") in _parties(shelled)
    assert ("actor1", "Military Forces of Russia") not in _parties(shelled)
