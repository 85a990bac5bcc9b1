"""Schema of data/gazetteer/supplement.tsv, and that its rows add what cities500 lacks."""
from importlib import resources

import pytest

from tocsin.place import resolve
from tocsin.place.gazetteer import (SUPPLEMENT_COLUMNS, SUPPLEMENT_FEATURES, gazetteer,
                                    read_supplement)
from tocsin.place.names import norm_key
from tocsin.place.regions import regions

TEXT = (resources.files("tocsin") / "data" / "gazetteer" / "supplement.tsv").read_text("utf-8")
ROWS = read_supplement(TEXT)


def test_supplement_header_has_provenance_and_license():
    header = [ln for ln in TEXT.splitlines() if ln.startswith("#")]
    assert any("provenance:" in ln for ln in header)
    assert any("license:" in ln for ln in header)
    first_data = next(ln for ln in TEXT.splitlines() if not ln.startswith("#"))
    assert tuple(first_data.split("\t")) == SUPPLEMENT_COLUMNS


def test_supplement_rows_are_well_formed():
    assert len(ROWS) >= 50
    known = regions().countries
    for row in ROWS:
        assert row.country in known, row
        assert -90 <= row.lat <= 90 and -180 <= row.lon <= 180, row
        assert (row.lat, row.lon) != (0.0, 0.0), row
        assert row.feature in SUPPLEMENT_FEATURES, row
        assert row.source, row
        assert norm_key(row.name), row


def test_supplement_admin1_is_a_known_display_name():
    names = {(cc, a.name) for (cc, _), a in regions().admins.items()}
    for row in ROWS:
        if row.admin1:
            assert (row.country, row.admin1) in names, row


def test_supplement_has_no_duplicate_names():
    seen: dict[str, str] = {}
    for row in ROWS:
        for name in (row.name, *row.alt_names):
            key = (norm_key(name), row.country)
            assert key not in seen, f"{name!r} of {row.name!r} repeats {seen[key]!r}"
            seen[key] = row.name


def test_supplement_rows_are_absent_from_cities500():
    """No row repeats a cities500 place: a namesake in the same country may exist only far
    away (Shumy near Toretsk is not the Crimean village once called Shumy)."""
    from tocsin.place.coherence import haversine_km

    gaz = gazetteer()
    for row in ROWS:
        for name in (row.name, *row.alt_names):
            same = [i for i in gaz.exact(norm_key(name))
                    if not gaz.is_supplement(i) and gaz.country[i] == row.country
                    and haversine_km(float(gaz.lat[i]), float(gaz.lon[i]), row.lat, row.lon) < 100]
            assert not same, f"{name!r} is already {gaz.names[same[0]]!r} in cities500"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
def test_supplement_rows_resolve_in_their_country(row):
    # in a story naming its province: "Stepove" near Avdiivka has namesakes in three other oblasts
    code = regions().admin1_code(row.country, row.admin1) if row.admin1 else None
    place = resolve(row.name, [row.country], context_admins=[(row.country, code)] if code else ())
    assert place is not None and place.name == row.name
    assert (place.lat, place.lon, place.feature) == (row.lat, row.lon, row.feature)
    assert place.geonameid is None
    assert place.precision == (3 if row.feature in ("region", "district") else 1)


def test_supplement_country_points_and_admin1_aliases_are_well_formed():
    from tocsin.place.regions import admin1_aliases, read_country_points

    points = read_country_points()
    known = regions().countries
    assert points and all(cc in known and -90 <= la <= 90 and -180 <= lo <= 180
                          for cc, (la, lo) in points.items())
    aliases = admin1_aliases()
    assert all(regions().admin(cc, code) is not None for cc, code in aliases)
    with pytest.raises(ValueError):
        read_country_points("country\tlat\tlon\tsource\nUS\t1\t2\n")
