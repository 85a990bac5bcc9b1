"""Place patterns of the thirty-sixth round's held-out articles (dev-785 to dev-808): a town's
hyphenated name the tagger cuts short, "the Hill" of a parliament, two streets' corner, the one
town a headline of violence names, and provinces written as ACLED writes them.  Texts written
for tocsin."""
import pytest

from tocsin.coding.dateline import editor_notes
from tocsin.place.persons import person_acts
from tocsin.place.regions import admin1_display

from ..coding.factual import coded_events

FACTUAL = ("asserted", "reported", "historical")


def _places(text: str, published: str, title: str = "News") -> list:
    return [((e.location or {}).get("country"), (e.location or {}).get("admin1"), e.trigger)
            for e in coded_events(text, published, title=title) if e.modality in FACTUAL]


def test_a_hyphenated_town_is_read_whole():
    places = _places("On Monday a man ran down two soldiers with his car in a car park in Saint-Jean-sur-Richelieu, "
                     "Quebec, killing one of them.", "2014-10-22")
    assert places and all(p[:2] == ("CA", "Quebec") for p in places), places


def test_the_hill_and_a_corner_of_two_avenues_are_no_towns():
    text = ("The gunman then took a minister's car, drove onto the Hill and ran into the Centre Block, where he shot "
            "a guard in the leg.\n\nIn the evening looters stripped a pharmacy at Pennsylvania and North avenues "
            "and set the building on fire.")
    places = _places(text, "2014-10-23", title="Shootings in Ottawa")
    assert places and not any(c == "IQ" or a in ("Pennsylvania", "North") for c, a, _ in places), places


def test_a_town_before_its_streets_stays_a_town():
    places = _places("Thousands of protesters filled Khartoum streets on Thursday, and police fired tear gas at them.",
                     "2019-01-18")
    assert places and all(p[:2] == ("SD", "Khartoum") for p in places), places


@pytest.mark.parametrize("title,text,published,admin1", [
    ("What we know about the Ottawa shootings",
     "THE MEMORIAL - At about 9:50 a.m. on Wednesday, a gunman opened fire on a soldier standing guard at the "
     "war memorial, killing him.\n\nTHE FIRST CASE - On Monday a man drove his car into two soldiers in a car park in "
     "Saint-Jean-sur-Richelieu, Quebec, killing one of them.", "2014-10-23", "Ontario"),
])
def test_the_one_town_of_a_headline_of_violence_places_the_unplaced_violence(title, text, published, admin1):
    places = [p for p in _places(text, published, title=title) if p[2].startswith("opened fire")]
    assert places and places[0][1] == admin1, _places(text, published, title=title)


def test_provinces_are_written_as_acled_writes_them():
    display = admin1_display()
    assert display[("YE", "04")] == "Hadramawt" and display[("GW", "11")] == "Bissau"


def test_the_acts_befalling_a_person_are_a_data_file_of_single_words():
    acts = person_acts()
    assert {"killing", "funeral", "abduction"} <= acts and all(a.isalpha() and a == a.lower() for a in acts), acts


def test_an_agencys_byline_is_a_note_as_a_writers_is():
    text = "By AFP, Kinshasa\n\nGOMA - Rebels shelled the outskirts of the city on Sunday, residents said."
    assert [text[s:e] for s, e in editor_notes(text)] == ["By AFP, Kinshasa"]
