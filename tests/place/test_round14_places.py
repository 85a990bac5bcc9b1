"""Place patterns of the fourteenth round's held-out articles (dev-185 to dev-208): outlets
named after a region, section headings of a digest, Somali regions as news writes them, the
initials of an actor in brackets, a Tripoli airport.  Texts written for tocsin."""
from tocsin.coding.actor_dict import load_actors
from tocsin.place.spans import outlet_name

from ..coding.factual import factual_events

DIGEST = """HORN WEEKLY | Issue 12 | 14 March 2022

KISMAYO (Lower Juba)

- Gunmen shot dead a clan elder outside a mosque in the Farjano district on 9 March.

MIDDLE SHABELLE

- Al-Shabaab fighters attacked an army post at dawn on 11 March, killing three soldiers, residents said.
"""


def _placed(text: str, published: str, word: str) -> list[dict]:
    return [e.location for e in factual_events(text, published) if word in (e.trigger or "") and e.location]


def test_an_outlet_named_after_a_region_is_no_place():
    assert outlet_name("Sahel Standard", "told the Sahel Standard.", 21)
    assert outlet_name("Kyiv", "the Kyiv Independent reported", 8)
    assert not outlet_name("Sun City", "Rebels attacked Sun City.", 24)
    text = ("More than 1,500 people from Gajiram had arrived at camps on the outskirts of Maiduguri on Monday, "
            "an aid worker told the Sahel Standard.")
    locs = [e.location for e in factual_events(text, "2021-03-03") if e.rule_family == "displacement"]
    assert locs and all(loc["country"] == "NG" for loc in locs), locs


def test_a_digest_item_takes_its_section_heading_place():
    first = _placed(DIGEST, "2022-03-14", "shot")
    second = _placed(DIGEST, "2022-03-14", "attacked")
    assert first and first[0]["admin1"] == "Lower Juba" and first[0]["basis"] == "section", first
    assert second and second[0]["admin1"] == "Middle Shabelle" and second[0]["basis"] == "section", second


def test_a_masthead_naming_a_country_is_no_section():
    text = "SOMALIA BRIEFING\n\nGunmen attacked a police station in Baidoa on Friday, killing two officers."
    locs = _placed(text, "2022-03-14", "attacked")
    assert locs and locs[0]["name"] == "Baidoa", locs


def test_somali_regions_have_the_names_news_uses():
    text = "A roadside bomb killed two soldiers near Afgooye on Sunday, local elders said."
    locs = _placed(text, "2022-08-20", "kill")
    assert locs and locs[0]["admin1"] == "Lower Shabelle", locs


def test_bracketed_initials_restate_the_actor_just_named():
    found = load_actors().find("a bomb struck a Somali National Army (SNA) truck", None, "2022-08-20")
    assert [m.name for m in found] and not any(m.country == "SYR" for m in found), found
    found = load_actors().find("the Syrian National Army (SNA) shelled Manbij", None, "2022-08-20")
    assert all(m.country == "SYR" for m in found), found


def test_a_strike_on_mitiga_airport_is_in_tripoli():
    text = ("TRIPOLI, Jan 18 (Wire) - Rockets hit Mitiga airport on Saturday, damaging a plane, "
            "officials of the Tripoli government said.")
    locs = _placed(text, "2020-01-18", "damaging") or _placed(text, "2020-01-18", "hit")
    assert locs and locs[0]["admin1"] == "Tripoli", locs
