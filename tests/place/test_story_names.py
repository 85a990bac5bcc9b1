"""Names a story uses for its places (sentences written for these tests): the town that owns a
named building ("El Fasher's South Hospital"), a building's name is no town abroad, a town
the tagger missed at its later mentions, where the displaced fled is not where the shelling
was, and first-level divisions under the names news writes."""
from tocsin.place.cues import fled_to
from tocsin.place.resolve import resolve

from .records import extracted


def _locations(tmp_path, text, words):
    return [r.location or {} for r in extracted(tmp_path, text) if words in r.evidence["text"]]


def test_owner_of_a_named_building_places_the_raid(tmp_path):
    text = ("Fighters storm hospital in Darfur\n\nPublished on 10 June 2024\n\n"
            "The army and the Rapid Support Forces have fought for weeks in North Darfur, Sudan.\n\n"
            "On Saturday, RSF fighters stormed Kutum's General Hospital and looted it, medics said.")
    locs = _locations(tmp_path, text, "stormed Kutum")
    assert locs and all(loc.get("country") == "SD" and loc.get("name") == "Kutum" for loc in locs)


def test_building_name_is_no_town_abroad():
    # "South Hospital": neither the Irish village of Hospital nor Cameroon's South region
    from tocsin.coding.nlp import load_nlp
    from tocsin.place.geoparse import geoparse

    doc = load_nlp()("Gunmen in Sudan opened fire inside the South Hospital on Monday, doctors said.")
    tops = [t for t in geoparse(doc) if "Hospital" in t.text or t.text == "South"]
    assert all(t.place is None or t.place.country == "SD" for t in tops)


def test_town_named_again_where_the_tagger_missed_it(tmp_path):
    text = ("Town burned in Myanmar\n\nPublished on 3 November 2021\n\n"
            "Satellite images show that much of Thantlang, a hill town in Myanmar's Chin State, has burned.\n\n"
            "Thantlang has been almost empty since September, when its residents fled across the border into "
            "India's Mizoram state after soldiers shelled the town.")
    locs = _locations(tmp_path, text, "soldiers shelled the town")
    assert locs and all(loc.get("country") == "MM" for loc in locs)


def test_where_people_fled_to_is_not_here():
    assert fled_to("most of its residents fled across the border into India's ")
    assert fled_to("thousands streamed towards ")
    assert not fled_to("soldiers shelled homes in ")


def test_divisions_under_the_names_news_writes():
    for text, countries, name in (("Crimea", ["UA"], "Crimea"), ("Amhara region", ["ET"], "Amhara"),
                                  ("Nangarhar province", ["AF"], "Nangarhar"), ("Bahir Dar", ["ET"], "Amhara")):
        p = resolve(text, countries)
        assert p is not None and p.admin1 == name, (text, p)
    # the transliterations stay keys of the division
    p = resolve("Nangarhor province", ["AF"])
    assert p is not None and p.admin1 == "Nangarhar"
