"""Place patterns of the twenty-ninth round's held-out articles (dev-617 to dev-640): a
neighbourhood named like a city abroad, the country across a border or where raiders came from,
a province of that country in the violent sentences, and world regions.  Texts written for tocsin."""
import pytest

from tocsin.place.resolve import resolve

from ..coding.factual import FACTUAL, coded_events


def _countries(text: str, published: str) -> set:
    return {(e.location or {}).get("country") for e in coded_events(text, published) if e.modality in FACTUAL}


def test_a_neighbourhood_named_like_a_city_abroad_stays_in_the_story():
    text = ("PORT-AU-PRINCE, July 12 (Island Wire) - Gang fighters stormed Brooklyn, a neighbourhood of Cite Soleil "
            "held by a rival coalition, on Friday, residents said.\n\n"
            "Heavy gunfire was heard around Brooklyn again on Saturday, trapping families in their homes.")
    assert _countries(text, "2022-07-12") == {"HT"}


def test_the_country_across_the_border_is_no_theatre():
    text = ("BUJUMBURA, Dec 24 - Gunmen attacked nine households in Ruzibazi on Friday evening, killing 14 people, "
            "Burundi's government said. Ruzibazi lies in Mutimbuzi commune, near Gatumba, on the border with the Democratic "
            "Republic of Congo.\n\n"
            "The rebels, who keep their bases in South Kivu in eastern Congo, said they had attacked a border post "
            "and killed six soldiers.\n\n"
            "The north-western province of Cibitoke has seen repeated incursions from Congo. Gunmen who came from "
            "Congo killed 26 people in Cibitoke in 2018.\n\n"
            "Burundian troops were sent to Gatumba and the western suburbs of Bujumbura on Saturday.")
    raid = [e for e in coded_events(text, "2023-12-24") if "Ruzibazi on Friday" in e.evidence["text"]]
    assert raid and all((e.location or {}).get("country") == "BI" for e in raid)


@pytest.mark.parametrize("name", ["Central America", "South-East Asia", "West Africa", "Eastern Europe"])
def test_world_regions_are_no_country(name):
    p = resolve(name)
    assert p is not None and p.feature == "continent" and p.country is None


def test_two_letters_before_another_name_are_half_a_name():
    text = ("LOIKAW, Feb 20 - Junta troops burned houses near Ga Lo village in Demoso Township on Monday, the "
            "Karenni resistance said.")
    assert "US" not in _countries(text, "2024-02-20")


def test_a_state_abbreviation_with_its_full_stop_still_reads():
    p = resolve("Mo.")
    assert p is not None and (p.country, p.admin1) == ("US", "Missouri")
