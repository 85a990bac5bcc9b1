"""Place patterns of the thirty-fifth round's held-out articles (dev-761 to dev-784): a byline's
city, a dateline that is the home of the group telling the story, a wire editor's note naming
another town, a person's surname the tagger reads as a town, a person named after "the killing
of", a street address opening with a point of the compass, and a former province of the DR Congo.
Texts written for tocsin."""
import pytest

from tocsin.coding.dateline import editor_notes
from tocsin.place.resolve import resolve

from ..coding.factual import coded_events

FACTUAL = ("asserted", "reported", "historical")


def _places(text: str, published: str, title: str = "News") -> list:
    return [((e.location or {}).get("country"), (e.location or {}).get("admin1"), e.trigger)
            for e in coded_events(text, published, title=title) if e.modality in FACTUAL]


def test_a_dateline_that_is_the_tellers_home_places_nothing():
    text = ("ISTANBUL - The Istanbul-based Rights Watch Turkey group today urged the authorities to open the basements "
            "of Cizre, the town in Sirnak province under curfew since December.\n\n"
            "On 23 January a shell struck a building in the Cudi neighbourhood, killing seven people.")
    places = _places(text, "2016-02-12")
    assert places and all(c == "TR" and a != "Istanbul" for c, a, _ in places), places


def test_a_wire_editors_note_names_no_focus():
    text = ("(Adds arrests in Tacna, hunger strike by mayors)\n\n"
            "LIMA, June 17 (Andes Wire) - Arequipa defied a state of emergency for a fourth day on Monday, and the "
            "mayor of Arequipa began a hunger strike against the sale of the power companies.\n\n"
            "Police fired tear gas on Monday morning to break up groups of protesters near the main square.\n\n"
            "Officials in Tacna expect more protests later in the week.")
    notes = editor_notes(text)
    assert [text[s:e] for s, e in notes] == ["(Adds arrests in Tacna, hunger strike by mayors)"]
    places = [p for p in _places(text, "2002-06-17") if "tear gas" in p[2]]
    assert places and places[0][1] == "Arequipa", places


def test_a_bylines_city_is_a_note_too():
    text = "By Amina Yusuf in Nairobi\n\nGunmen attacked a bus near Mandera on Tuesday."
    assert [text[s:e] for s, e in editor_notes(text)] == ["By Amina Yusuf in Nairobi"]


@pytest.mark.parametrize("text,published,country", [
    # a byline's city is no section of the story
    ("By our North Africa correspondent, Cairo\n\n"
     "Egyptian jets bombed militant camps in Derna, in eastern Libya, at dawn on Monday, officials said. "
     "Residents said a missile brought down a four-storey home, killing a mother and three of her children.",
     "2015-02-20", "LY"),
    # a person's surname the tagger reads as a town places nothing abroad
    ("BEIRUT, June 24 (Cedar Wire) - Lebanese troops stormed the mosque complex of the preacher Ahmad al-Assir "
     "in Sidon on Monday, in the deadliest spillover of Syria's war into Lebanon this year.\n\nSoldiers detained "
     "dozens of Assir's followers during the sweep of the complex and nearby buildings, a military source said.",
     "2013-06-24", "LB"),
])
def test_bylines_and_surnames_place_nothing_abroad(text, published, country):
    places = _places(text, published)
    assert places and all(c == country for c, _, _ in places), places


def test_a_person_named_after_the_killing_of_is_no_town():
    text = ("Demonstrators have taken to the streets of Portland every night since late May, when the police killing "
            "of George Floyd in Minneapolis set off protests across the country.")
    killings = [(c, a) for c, a, trigger in _places(text, "2020-09-04") if "kill" in trigger]
    assert killings == [("US", "Minnesota")], killings


def test_an_address_opening_with_a_point_of_the_compass_is_no_town():
    text = ("PORTLAND, Ore. - Police said a supporter of a right-wing group, 39, was shot in the chest and killed near "
            "Southwest 3rd Avenue and Alder Street late on Saturday.")
    places = _places(text, "2020-08-30")
    assert places and all(c == "US" and a == "Oregon" for c, a, _ in places), places


def test_katanga_is_the_province_of_lubumbashi():
    place = resolve("Katanga", ("CD",))
    assert place is not None and (place.country, place.admin1) == ("CD", "Haut-Katanga")
