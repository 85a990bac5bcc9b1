"""Display names of first-level divisions (place/regions.py): a capital district whose English
name is "<country> City" keeps the word "City", so it never takes the name of a namesake state; the North Caucasus republics take the
English names wire copy writes (data/gazetteer/admin1_display.tsv)."""
import pytest

from tocsin.place.regions import display_admin1_name
from tocsin.place.resolve import resolve


def test_capital_district_named_after_country_keeps_city():
    assert display_admin1_name("Ciudad de México", ("Mexico City",)) == "Mexico City"


def test_city_suffix_still_stripped_when_core_is_no_country():
    assert display_admin1_name("Nairobi City", ("Nairobi City County",)) != "Nairobi City County"
    assert display_admin1_name("Djibouti", ("Djibouti City",)) == "Djibouti"


def test_march_in_the_capital_gets_the_capital_district():
    p = resolve("Mexico City", ["MX"])
    assert p is not None and p.country == "MX" and p.admin1 == "Mexico City"
    state = resolve("Toluca", ["MX"])  # a city of the State of Mexico, beside the capital
    assert state is not None and state.admin1 == "Mexico" and state.admin1 != p.admin1


def test_bare_country_name_beats_capital_that_carries_it_as_alternate():
    # the story names the capital district, then the country alone
    p = resolve("Mexico", ["MX", "US"], context_admins=[("MX", "09")])
    assert p is not None and p.feature == "country" and p.country == "MX"


@pytest.mark.parametrize("town,admin1", [("Grozny", "Chechnya"), ("Nalchik", "Kabardino-Balkaria"),
                                         ("Magas", "Ingushetia"), ("Vladikavkaz", "North Ossetia-Alania")])
def test_north_caucasus_republics_take_the_names_news_writes(town, admin1):
    p = resolve(town, ["RU"])
    assert p is not None and p.country == "RU" and p.admin1 == admin1
