"""Place patterns of the twenty-eighth round's held-out articles (dev-593 to dev-616): divisions
under the names wires write, a district's seat is the town, a village named after a country, a
neighbourhood is inside its town, a province tagged as a person, and a word GeoNames files as a
division.  Texts written for tocsin."""
import pytest

from tocsin.place.resolve import resolve

from ..coding.factual import FACTUAL, coded_events


@pytest.mark.parametrize("name, country, admin1", [
    ("Asosa", "ET", "Benishangul-Gumuz"),
    ("Kashgar", "CN", "Xinjiang"),
    ("Piraeus", "GR", "Attica"),
    ("Grodno", "BY", "Grodno"),
    ("Brasilia", "BR", "Federal District"),
])
def test_divisions_under_the_names_wires_write(name, country, admin1):
    p = resolve(name, [country])
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_a_district_seat_is_the_town():
    p = resolve("Birao", ["CF"])
    assert p is not None and p.feature == "city" and p.precision == 1


def _places(text: str, published: str, title: str | None = None) -> list[tuple]:
    return [(e.location or {}).get("country") for e in coded_events(text, published, title=title)
            if e.modality in FACTUAL]


def test_a_village_named_after_a_country_is_no_country():
    text = ("SABA, Colon - Gunmen shot dead a farmer near the village of Panama, outside Tocoa, on Sunday, "
            "police in Colon department said.\n\n"
            "About 40 families from Panama have since moved in with relatives in Tocoa.")
    assert "PA" not in _places(text, "2023-03-06")


@pytest.mark.parametrize("text, country, admin1", [
    ("A sniper wounded two women in the Hawban neighbourhood of Taiz on Monday, medics said.", "YE", "Taiz"),
    ("A shell hit Aleppo's Salah al-Din neighbourhood on Monday, killing two children, the monitor said.",
     "SY", "Aleppo"),
])
def test_a_neighbourhood_is_inside_its_town(text, country, admin1):
    locs = [e.location or {} for e in coded_events(text, "2021-03-02") if e.modality in FACTUAL]
    assert locs and all(loc.get("country") == country and loc.get("admin1") == admin1 for loc in locs)


def test_a_province_tagged_as_a_person_holds_its_town():
    text = ("In Nigeria, the March bombing in Konduga, Borno State, in which two women struck a market, killed "
            "at least 12 people.\n\nIn Zamfara, gunmen abducted 20 villagers near Bukkuyum on Friday.")
    locs = [e.location or {} for e in coded_events(text, "2024-04-02") if e.modality in FACTUAL
            and "Konduga" in e.evidence["text"]]
    assert locs and all(loc.get("admin1") == "Borno" for loc in locs)


def test_federal_police_is_no_federal_district():
    text = ("BOA VISTA, Roraima - Agents of the Federal Highway Police exchanged fire with gold miners near the "
            "Uraricoera river on Sunday, killing two of them, the agency said.")
    locs = [e.location or {} for e in coded_events(text, "2023-05-01") if e.modality in FACTUAL]
    assert locs and all(loc.get("admin1") != "Federal District" for loc in locs)


def test_a_town_opening_a_paragraph_places_its_entry():
    text = ("Protests went on in Minsk and other towns of Belarus overnight, our monitors said.\n\n"
            "Mogilev. Riot police beat at least ten people with batons outside the drama theatre on Tuesday.\n\n"
            "Vitebsk. Police detained about 30 marchers in the city centre on Tuesday evening.")
    locs = {e.evidence["text"][:10]: (e.location or {}).get("admin1") for e in coded_events(text, "2020-08-12")
            if e.modality in FACTUAL and "Minsk" not in e.evidence["text"]}
    assert locs and set(locs.values()) <= {"Mogilev", "Vitebsk"} and len(set(locs.values())) == 2


def test_a_month_opening_a_timeline_entry_is_no_place():
    text = ("Sudan's war: a timeline\n\nAPRIL 15 - Fighting erupts in Khartoum between the army and the RSF.\n\n"
            "AUGUST - The RSF launches repeated assaults on the army's base in al-Shajara but fails to take it.")
    locs = [(e.location or {}).get("country") for e in coded_events(text, "2023-09-12") if e.modality in FACTUAL]
    assert locs and set(locs) == {"SD"}
