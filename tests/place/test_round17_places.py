"""Place patterns of the seventeenth round's held-out articles and of interstate wire copy: a
capital owning troops, a city the tagger calls a language, a town of the other side's country, a
region named by two compass words, a bulletin's paragraph labels, the wounded flown elsewhere, a
township named like a foreign city, a village matched to a namesake in a province the story never
names, a lower-case compass word.  Texts written for tocsin."""
from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import geoparse

from ..coding.factual import factual_events

FRONT = ("KYIV, Feb 6 (Wire) - Russian drones struck a grain warehouse in Odesa overnight, starting a fire that "
         "burned until morning, regional officials said on Tuesday.\n\n"
         "Further east, Ukraine's army said its forces had killed 90 Russian soldiers near Avdiivka over the past "
         "week as Moscow's troops pressed their assault on the town.\n\n"
         "Russia's defence ministry said its air defences had shot down 12 Ukrainian drones over the Belgorod region.")


def _placed(text: str, day: str, word: str) -> dict:
    (ev,) = [e for e in factual_events(text, day) if word in (e.evidence.get("text") or "")][:1]
    return ev.location


def test_each_side_of_an_interstate_war_is_placed_where_its_sentence_says():
    assert _placed(FRONT, "2024-02-06", "Odesa")["country"] == "UA"  # the tagger reads "Odesa" as a language
    assert _placed(FRONT, "2024-02-06", "Avdiivka")["admin1"] == "Donetsk"  # not "Moscow's troops"
    assert _placed(FRONT, "2024-02-06", "Belgorod")["country"] == "RU"


def test_a_capital_owning_troops_is_no_place():
    (moscow,) = geoparse(load_nlp()("Moscow's troops pressed their assault on the town."))
    (damascus,) = geoparse(load_nlp()("Shells fell on Damascus's southern suburbs overnight."))
    assert moscow.metonymic and not damascus.metonymic  # a side's troops; a city's suburbs


CAMEROON = ("YAOUNDE, June 21 (Wire) - Deputies argued on Thursday over the conflict in the North-West and South-West "
            "regions of Cameroon.\n\nThe minister said separatists had ambushed an army convoy on the Muyuka-Kumba "
            "road on 11 June, killing two soldiers.")


def test_regions_named_by_two_compass_words_are_cameroons():
    tops = [t for t in geoparse(load_nlp()(CAMEROON)) if t.place is not None]
    assert {t.place.admin1 for t in tops if t.place.feature == "admin1"} >= {"North-West", "South-West"}
    assert "BW" not in {t.place.country for t in tops}
    assert _placed(CAMEROON, "2024-06-21", "ambushed")["admin1"] == "South-West"  # a town of the road's name


BULLETIN = ("BANGUI, 6 April 2023 - Monthly incident bulletin of an NGO forum in the Central African Republic.\n\n"
            "Ouham-Pende - On 14 March, a truck carrying traders hit an explosive device near the market town.\n\n"
            "Haut-Mbomou - On 19 March, two nurses were abducted by armed men on the road to a vaccination site.")


def test_a_paragraph_label_places_its_entry():
    assert _placed(BULLETIN, "2023-04-06", "nurses")["admin1"] == "Haut-Mbomou"


LAKE = ("N'DJAMENA, 18 November 2024 (Wire) - The army reported a week of operations around Lake Chad in Lac "
        "province.\n\nOn Friday, an army truck struck a mine near Bol, killing one soldier and wounding three others, "
        "who were flown to N'Djamena for treatment.")


def test_where_the_wounded_were_flown_is_not_where_they_were_hurt():
    assert _placed(LAKE, "2024-11-18", "mine")["admin1"] == "Lac"


SAGAING = ("CHIANG MAI - Fighting raged in Sagaing Region of Myanmar this week, resistance groups said.\n\n"
           "Resistance fighters said they had ambushed an army column near a village in Kani Township on Tuesday.\n\n"
           "In Myinmu Township, troops set fire to about 60 houses in Kyaung Kone village on Monday, residents said.")


def test_a_township_is_no_foreign_city_and_a_stray_namesake_gives_way_to_the_named_province():
    assert _placed(SAGAING, "2023-06-15", "ambushed")["country"] == "MM"  # not Kani in Gifu
    assert _placed(SAGAING, "2023-06-15", "set fire")["admin1"] == "Sagaing"  # not the Kyaung Kone near Yangon


def test_a_lower_case_compass_word_is_no_town():
    tops = geoparse(load_nlp()("Taliban fighters took Kunduz, the main city of Afghanistan's north-east."))
    assert [t.text for t in tops if t.text.lower() == "north-east"] == []
