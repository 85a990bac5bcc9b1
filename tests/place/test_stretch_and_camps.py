"""Place patterns of front lines and camps (sentences written for these tests): the two ends of a
stretch ("between Avdiivka and Stepove") lie near each other; a town named in apposition
("Sake, a town west of Goma") is a place although the tagger missed it; "on the road to X",
"on the northern edge of X" only tell where the place is; camps named in a pair ("the Lac Vert
and Mugunga camps"); a camp's name is never a consonant-alike city abroad; a continent named
in a comparison places nothing."""
from tocsin.place.geoparse import Toponym
from tocsin.place.pairs import pair_up
from tocsin.place.resolve import Candidate, Place, resolve

from .records import extracted


def _place(name, admin1, lat, lon):
    return Place(name, name, "UA", "UKR", admin1, lat, lon, None, 1, "village")


def _pair(between=True, gap=" and "):
    avdiivka = _place("Avdiivka", "Donetsk", 48.14, 37.75)
    far, near = _place("Stepove", "Mykolaiv", 47.19, 31.52), _place("Stepove", "Donetsk", 48.19, 37.67)
    t1 = Toponym(100, 108, "Avdiivka", "GPE", place=avdiivka, between=between, after=gap + "Stepove, north")
    t2 = Toponym(108 + len(gap), 115 + len(gap), "Stepove", "GPE", place=far)
    by_name = {"avdiivka": [Candidate(avdiivka, "", 0)], "stepove": [Candidate(far, "", 0), Candidate(near, "", 0)]}
    return t1, t2, by_name, near, far


def test_ends_of_a_stretch_are_read_near_each_other():
    t1, t2, by_name, near, _ = _pair()
    pair_up([t1, t2], by_name, lambda t: t.text.lower())
    assert t2.place == near and t1.place.name == "Avdiivka"


def test_names_not_given_as_a_stretch_keep_their_reading():
    for between, gap in ((False, " and "), (True, ", then ")):
        t1, t2, by_name, _, far = _pair(between, gap)
        pair_up([t1, t2], by_name, lambda t: t.text.lower())
        assert t2.place == far


def test_stretch_between_two_villages_in_a_story(tmp_path):
    text = ("Russian assaults repelled near Avdiivka\n\nPublished on 18 November 2023\n\n"
            "KYIV, Nov 18 (Dnipro Dispatch) - In the Donetsk region, Russian troops are trying to encircle "
            "Avdiivka. Ukraine's military said on Friday that Russian units had attacked along the railway line "
            "between Avdiivka and Stepove and were repelled.")
    locs = [r.location for r in extracted(tmp_path, text) if "railway line" in r.evidence["text"]]
    assert locs and all(loc["country"] == "UA" and loc["admin1"] == "Donetsk" for loc in locs)


def test_town_in_apposition_beats_its_references(tmp_path):
    text = ("Rebels close in on Goma\n\nPublished on 8 February 2024\n\n"
            "GOMA, Feb 8 (Kivu Monitor) - M23 rebels seized hills overlooking Sake, a town about 25 km west of "
            "Goma on the road to Minova, on Wednesday after heavy fighting with the army, residents said.")
    loc = next(r.location for r in extracted(tmp_path, text) if "overlooking Sake" in r.evidence["text"])
    assert loc["name"] == "Sake" and loc["admin1"] == "Nord-Kivu"


def test_camps_named_in_a_pair_place_the_shelling(tmp_path):
    text = ("Shells hit camps near Goma\n\nPublished on 4 May 2024\n\n"
            "Fighting between M23 rebels and the army went on in North Kivu this week.\n\n"
            "On Friday shells fell on the Lac Vert and Mugunga camps, killing dozens of displaced people, "
            "aid workers said.")
    loc = next(r.location for r in extracted(tmp_path, text) if "shells fell" in r.evidence["text"])
    assert loc["name"] in ("Lac Vert camp", "Mugunga camp") and loc["precision"] == 1


def test_camp_the_tagger_missed_is_no_city_abroad(tmp_path):
    text = ("Niger mourns soldiers\n\nPublished on 12 January 2020\n\n"
            "NIAMEY, Jan 12 (Sahel Wire) - Gunmen killed 25 soldiers in western Niger on Thursday, a month "
            "after 71 soldiers were killed at the Inates camp, the army said. French jets flew over the area.")
    for r in extracted(tmp_path, text):
        assert (r.location or {}).get("country") != "FR", r.evidence["text"]


def test_edge_of_a_city_is_a_reference_not_a_second_place(tmp_path):
    text = ("Strike hits Gaza camp\n\nPublished on 1 November 2023\n\n"
            "An Israeli air strike on Tuesday destroyed homes in the Jabalia refugee camp on the northern edge "
            "of Gaza City, killing dozens of people, doctors said.")
    recs = [r for r in extracted(tmp_path, text) if "destroyed homes" in r.evidence["text"]]
    assert recs and all(r.location["name"] != "Gaza" for r in recs)


def test_continent_of_a_comparison_places_nothing(tmp_path):
    text = ("Shelling hits Avdiivka\n\nPublished on 18 November 2023\n\n"
            "Russian shelling hit Avdiivka in Ukraine's Donetsk region on Friday, Ukrainian officials said.\n\n"
            "The town's coke plant, one of the largest in Europe, came under fire again on Saturday, its "
            "managers said.")
    loc = next(r.location for r in extracted(tmp_path, text) if "coke plant" in r.evidence["text"])
    assert loc.get("country") == "UA"


def test_supplement_village_gets_the_bonus_of_its_named_province():
    p = resolve("Stepove", ["UA"], context_admins=[("UA", "05")])
    assert p is not None and p.admin1 == "Donetsk"
