"""A province designator after a name joins the toponym ("Idlib province", "Kherson oblast"):
the place is the province, not its namesake city (place/geoparse.py `_AFTER`); "state",
"region", "city" and the like do not join (measured on geo dev).  Sentences written for tocsin
in wire style."""
import pytest

from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import geoparse


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("sentence, name", [
    ("Warplanes struck a string of villages in Idlib province on Monday, rescuers said.", "Idlib province"),
    ("Shelling killed two farmers in Daraa province on Monday, a war monitor said.", "Daraa province"),
    ("Russian drones hit power lines in Kherson oblast on Monday, the regional governor said.", "Kherson oblast"),
])
def test_province_designator_joins_the_name(nlp, sentence, name):
    tops = [t for t in geoparse(nlp(sentence)) if t.text == name]
    assert tops
    assert tops[0].place is not None and tops[0].place.feature == "admin1"


def test_state_word_does_not_join(nlp):
    tops = geoparse(nlp("Gunmen attacked a village in Zamfara state on Monday, police said."))
    assert tops
    assert all(not t.text.lower().endswith(" state") for t in tops)
