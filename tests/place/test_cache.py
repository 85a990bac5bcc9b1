"""The on-disk index: built once per set of inputs, rebuilt when an input changes."""
from tocsin.place import build


def test_cache_fingerprint_follows_the_inputs(monkeypatch):
    before = build.fingerprint()
    real = build.data_text

    def edited(parts):
        text = real(parts)
        return text + "Extra\t\tSY\t\t1\t1\ttown\tx\n" if parts == build.SUPPLEMENT else text

    monkeypatch.setattr(build, "data_text", edited)
    assert build.fingerprint() != before


def test_cache_dir_honours_the_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path))
    assert build.index_dir().parent == tmp_path


def test_cache_save_load_and_replace_older_index(tmp_path, monkeypatch):
    import json
    records = {"1": {"geonameid": 1, "name": "Tall Wardi", "latitude": 11.0, "longitude": 21.0,
                     "countrycode": "SY", "population": 700, "admin1code": "12",
                     "alternatenames": ["Tell Wardy"]}}
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps(records), encoding="utf-8")
    arrays, regions = build.build_arrays(cities, [], with_admin2=False)
    old = tmp_path / "cache" / "gazetteer-old"
    old.mkdir(parents=True)
    target = tmp_path / "cache" / "gazetteer-new"
    build.save(arrays, regions, target)
    assert not old.exists()  # the index of older inputs is removed
    loaded, regs = build.load(target)
    assert loaded["names"][0].decode() == "Tall Wardi"
    assert regs.country_by_key("syria").alpha2 == "SY"
