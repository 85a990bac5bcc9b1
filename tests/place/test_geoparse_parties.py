"""Names that are parties or allegiances, not places (place/geoparse.py, speakers.py): a capital
after "with", "between" or "against" is its government ("a truce with Moscow"); "pro-Damascus"
is an allegiance; a country that acts ("Turkey destroyed") is its forces.  Sentences written for
tocsin in wire style."""
import pytest

from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import recognise


def _tops(text):
    return {t.text: t for t in recognise(load_nlp()(text))}


@pytest.mark.parametrize("text, name", [
    ("Ankara tried for weeks to secure a lasting truce with Moscow over the province of Idlib.", "Moscow"),
    ("Shelling intensified around Saraqeb, the focus of fighting between rebels and Damascus.", "Damascus"),
    ("Turkish drones killed 19 pro-Damascus fighters near Saraqeb on Sunday.", "Damascus"),
    ("Turkey destroyed three tanks and a howitzer near Saraqeb on Sunday, the ministry said.", "Turkey"),
])
def test_party_or_allegiance_is_no_place(text, name):
    tops = _tops(text)
    assert name in tops and tops[name].metonymic


@pytest.mark.parametrize("text, name", [
    ("Shelling killed four people in Damascus on Sunday, state media said.", "Damascus"),
    ("Damascus was hit by rockets on Sunday, state media said.", "Damascus"),
    ("A drone strike on Beirut's southern suburbs on Tuesday killed a senior commander, officials said.",
     "Beirut"),
])
def test_place_stays_a_place(text, name):
    tops = _tops(text)
    assert name in tops and not tops[name].metonymic and not tops[name].in_source
