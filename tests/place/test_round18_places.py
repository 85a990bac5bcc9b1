"""Place patterns of the eighteenth round's held-out articles: a digest's items labelled with their
country, an Indian paper's dateline with a colon, a village read only as "the forest" of a district,
generic victims of the country their event happened in, a country named as whose forces.  Texts
written for tocsin."""
from tocsin.coding.dateline import find_dateline

from ..coding.factual import factual_events

DIGEST = ("THE WEEK IN BRIEF\n\n"
          "YEMEN — US and British warplanes struck Houthi radar sites near Hodeidah on Thursday, the Pentagon said.\n\n"
          "LEBANON — An Israeli strike on a car in the south killed a Hezbollah commander on Monday.\n\n"
          "SYRIA — Gunmen killed two SDF fighters in Deir ez-Zor on Tuesday.")


def test_a_digest_items_country_label_places_it():
    (car,) = [e for e in factual_events(DIGEST, "2024-01-12") if "on a car" in e.evidence["text"]]
    assert car.location["country"] == "LB" and car.location["basis"] == "section"


CHRONOLOGY = ("KHARTOUM - A look back at the war's first months.\n\n"
              "AUGUST — The paramilitaries launched repeated assaults on the army's armoured corps base in Khartoum.")


def test_a_month_label_is_no_section():
    (assault,) = [e for e in factual_events(CHRONOLOGY, "2023-09-05") if "assaults" in e.evidence["text"]]
    assert assault.location["country"] == "SD"


def test_an_indian_dateline_with_a_colon():
    line = find_dateline("SRINAGAR, JULY 7: Two militants were killed in a gunfight in Kulgam district.", "en")
    assert line is not None and line.place == "SRINAGAR" and line.date == "JULY 7"
    assert find_dateline("WARNING: the road to Kulgam is closed.", "en") is None


KULGAM = ("SRINAGAR, JULY 7: A soldier and two militants were killed in a gunfight at a village in south Kashmir's "
          "Kulgam district that began on Saturday afternoon, police said.")


def test_the_desk_of_a_colon_dateline_places_nothing():
    (fight,) = [e for e in factual_events(KULGAM, "2024-07-07") if "gunfight" in (e.trigger or "")][:1]
    assert fight.location["name"] != "Srinagar"


def test_a_forest_names_its_village():
    text = ("GUSAU - Police said on Wednesday they had rescued 14 kidnapped people after a gun battle with bandits in the "
            "Dansadau forest of Zamfara State, Nigeria.")
    (battle,) = [e for e in factual_events(text, "2024-01-17") if "gun battle" in (e.trigger or "")][:1]
    assert battle.location["admin1"] == "Zamfara"


def test_victims_belong_to_the_country_their_event_happened_in():
    text = ("SANAA, Jan 12 (Wire) - US and British warplanes struck Houthi targets across Yemen overnight, the Pentagon "
            "said.\n\nLebanese health authorities say around 190 people have been killed in Lebanon since October, "
            "including about 25 civilians.")
    (toll,) = [e for e in factual_events(text, "2024-01-12") if "190" in e.evidence["text"]]
    assert "Civilians (Lebanon)" in [a["name"] for a in toll.actors]
