"""Place patterns of the fifteenth round's held-out articles (dev-281 to dev-304): a regional
digest's country sections, "Guerrero state", a story's violence read from what happened rather
than from what may come, a dateline with an accented capital.  Texts written for tocsin."""
import pytest

from tocsin.coding.dateline import find_dateline
from tocsin.place.resolve import resolve

from ..coding.factual import factual_events

DIGEST = """REGIONAL SECURITY NOTE - 2 to 8 June 2023. Compiled from members' reports.

MALI

On Tuesday, armed men on motorbikes attacked a checkpoint outside a market town, killing three gendarmes, \
a member reported.

NIGER (TILLABERI)

On Thursday night, gunmen abducted a teacher from his home, according to local sources.

BURKINA FASO

No incident affecting members was reported this week.
"""


def _events(text: str, published: str, word: str) -> list:
    return [e for e in factual_events(text, published) if word in (e.trigger or "")]


def test_a_digests_country_headings_place_and_name_its_items():
    attack = _events(DIGEST, "2023-06-09", "attacked")
    abduction = _events(DIGEST, "2023-06-09", "abducted")
    assert attack and attack[0].location["country"] == "ML"
    assert abduction and abduction[0].location["country"] == "NE"
    assert abduction[0].location["admin1"] == "Tillaberi"
    assert all("Niger" in a["name"] for a in abduction[0].actors if a.get("name", "").startswith("Unidentified"))


def test_one_country_heading_is_a_masthead_not_a_section():
    text = ("SOMALIA\n\nGunmen shot dead a clan elder in Kismayo on Monday, residents said.\n\n"
            "Elsewhere, attackers ambushed a truck on Tuesday, killing two drivers.")
    ambush = _events(text, "2023-06-09", "ambushed")
    assert ambush and ambush[0].location["basis"] != "section"


PLACED = [
    # a state's name before "state": the state, not a namesake municipality in another state named
    ("Gunmen attacked a bus carrying miners in Mexico's Guerrero state on Tuesday, wounding six workers, state "
     "prosecutors said.\n\nInvestors recall a 2021 flood at a coal pit in Muzquiz, Coahuila.",
     "2024-02-15", "attacked", "admin1", "Guerrero"),
    # what analysts expect does not place what happened
    ("On Tuesday, a drone launched by the Houthis struck a cargo ship in the Gulf of Aden, US Central Command said. "
     "US jets later struck radar sites near Hodeidah.\n\nSome analysts expect attacks to go on until a ceasefire "
     "in Gaza, and fear strikes on Gaza will continue.", "2024-01-18", "struck", "country", "YE"),
]


@pytest.mark.parametrize("text,published,word,field,value", PLACED)
def test_the_place_of_the_first_event(text, published, word, field, value):
    found = _events(text, published, word)
    assert found and found[0].location[field] == value


def test_a_dateline_with_an_accented_capital_is_the_desk():
    line = find_dateline("BOGOTÁ, May 22 (Wire) - Rebels attacked a police station in Cauca on Monday.", "en")
    assert line is not None and line.place == "BOGOTÁ" and line.date == "May 22"
    events = factual_events("POPAYÁN, May 22 — Rebels attacked the police station in Suárez, Cauca, on Monday, "
                            "killing two officers, the army said.", "2024-05-22")
    assert events and events[0].date["start"] == "2024-05-20"


def test_a_town_missing_from_geonames_is_in_the_supplement():
    assert resolve("Boni", ["ML"]).country == "ML"
