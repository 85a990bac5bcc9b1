"""Place patterns of the thirtieth round's held-out articles (dev-641 to dev-664): a place named
for its border is a reference point, and a town GeoNames still codes in a province that was split
(data/gazetteer/admin1_fixes.tsv) is placed in the province it lies in.  Texts written for tocsin."""
from ..coding.factual import FACTUAL, coded_events


def _places(text: str, published: str) -> list:
    return [((e.location or {}).get("name"), (e.location or {}).get("country"))
            for e in coded_events(text, published) if e.modality in FACTUAL]


def test_a_place_named_for_its_border_only_tells_where_the_other_is():
    places = _places("Gunmen ambushed three vans near Bavispe in Mexico's Sonora state on Monday, killing nine.\n\n"
                     "On Tuesday, state investigators arrested a man in Agua Prieta, near the Arizona border, in "
                     "connection with the attack.", "2019-11-07")
    assert ("Agua Prieta", "MX") in places and not [p for p in places if p[1] == "US"]


def test_a_town_of_a_split_province_is_placed_in_its_province_today():
    events = [e for e in coded_events("JALINGO, June 5 (Plateau Desk) - Gunmen killed four farmers near Takum on "
                                      "Sunday, police said.", "2024-06-05") if e.modality in FACTUAL]
    assert events and {(e.location or {}).get("admin1") for e in events} == {"Taraba"}


def test_a_capital_a_crowd_turns_its_anger_on_is_its_government():
    places = _places("BAGHDAD, Sept 8 (Tigris Wire) - Hundreds of protesters stormed the Iranian consulate in the "
                     "southern Iraqi city of Basra late on Friday and set it on fire, turning their anger on Tehran "
                     "after a week of deadly unrest.", "2018-09-08")
    assert places and {c for _, c in places} == {"IQ"}
