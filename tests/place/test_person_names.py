"""A person's name that opens with a town's name is no toponym (place/persons.py)."""
import pytest

from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import geoparse
from tocsin.place.persons import personal_name


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


STORY = ("Russian officials said two of their soldiers died near the town of Shusha in Russia's "
         "peacekeeping zone. Azerbaijan's president later apologised to Vladimir Putin for the "
         "deaths, the Kremlin said.")


def test_leader_first_name_is_not_a_russian_town(nlp):
    names = [t.text for t in geoparse(nlp(STORY))]
    assert "Vladimir" not in names and not any("Putin" in n for n in names)


def test_person_span_ending_in_a_place_noun_is_still_tried(nlp):
    from spacy.tokens import Span

    doc = nlp("Shells landed near Vladimir Hospital, the Russian health ministry said.")
    assert not personal_name(Span(doc, 3, 5, label="PERSON"))  # "Vladimir Hospital" read as a person
    assert personal_name(Span(nlp("He phoned Vladimir Putin."), 2, 4, label="PERSON"))


def test_two_word_surname_check(nlp):
    doc = nlp("The minister met Vladimir Putin in Moscow on Friday.")
    person = [e for e in doc.ents if e.label_ == "PERSON"]
    assert person and personal_name(person[0])
