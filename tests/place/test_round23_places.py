"""Place patterns of the twenty-third round's held-out articles (dev-473 to dev-496): a sentence
that opens on "In X", a town of a story whose demonyms rank other countries first, a local story
whose events name only neighbourhoods, a village abroad near a country's centre, Rio's favela
complexes.  Texts written for tocsin."""
import pytest

from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import recognise, resolve_all

from ..coding.factual import factual_events


def _places(text: str, published: str, word: str) -> list[dict]:
    return [e.location for e in factual_events(text, published) if word in (e.trigger or "") and e.location]


def test_a_sentence_opening_on_in_reads_the_name_after_it():
    doc = load_nlp()("Even the capital is tense. In Bangui on Saturday, police fired tear gas at students.")
    assert any(t.text == "Bangui" for t in recognise(doc)), [(t.text, t.label) for t in recognise(doc)]


@pytest.mark.parametrize("text,published,word,want", [
    # a sizable town of the story stands though demonyms rank other countries first
    ("Central African soldiers and Russian instructors patrolled the west last week. Russian trainers "
     "have worked with the army since 2018, Russian contractors guard the mines and Cameroonian traders "
     "complain of Russian checkpoints.\n\nEven the capital is tense. In Bangui on Saturday, police fired "
     "tear gas to break up a protest by students over unpaid grants.", "2024-05-20", "fired",
     {"name": "Bangui", "country": "CF"}),
    # a local story naming only neighbourhoods is placed at its dateline
    ("MANTA - Gunmen on a motorbike shot dead two fishermen on Saturday night at a landing beach "
     "on the edge of the Jocay sector, police said.\n\n"
     "Officials say the killings follow a pattern seen in Guayaquil, where gangs fight over the docks.",
     "2024-06-02", "shot", {"country": "EC", "admin1": "Manabi"}),
    # a country's centre is no neighbour of a village abroad
    ("A truce between Lebanon and Syria held on Tuesday along the border near Hermel, Lebanese army "
     "officers said.\n\nSyrian troops and Lebanese clan fighters exchanged fire on Sunday near the Zeita "
     "dam, killing two fighters. Israel was not involved, Israeli officials said.", "2025-03-18", "exchanged",
     {"country": ("LB", "SY")}),
])
def test_the_story_places_its_event(text, published, word, want):
    locs = _places(text, published, word)
    assert locs, locs
    for key, value in want.items():
        assert locs[0][key] in (value if isinstance(value, tuple) else (value,)), locs


def test_rio_favela_complexes_are_in_rio():
    text = ("Police raided the Jacarezinho favela in Rio de Janeiro on Thursday, killing five suspects in a shootout, "
            "officials said.\n\nOn Friday, residents of Penha held a protest against the raid.")
    locs = [e.location for e in factual_events(text, "2024-05-10") if e.location]
    assert locs and all(loc["admin1"] == "Rio de Janeiro" for loc in locs), locs


def test_a_mountain_range_is_no_town_of_its_head_word():
    doc = load_nlp()("Bodies were carried down from the wooded Serra da Misericórdia in Rio on Wednesday.")
    tops = resolve_all(recognise(doc))
    assert not any(t.place is not None and t.place.admin1 == "Espirito Santo" for t in tops), \
        [(t.text, t.place) for t in tops]
