"""Exports open in pandas/DuckDB; the ACLED CSV has ACLED's exact columns and meanings."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from tests.store.conftest import run_cli
from tocsin.export import ACLED_COLUMNS

ACLED_EXACT = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
               "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
               "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
               "notes,fatalities,tags,timestamp").split(",")


@pytest.fixture(scope="module")
def exported(wire_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    files = {}
    for fmt, ext in (("acled-csv", "csv"), ("plover-json", "json"), ("geojson", "geojson"), ("parquet", "parquet")):
        path = out / f"events.{ext}"
        res = run_cli("export", "--format", fmt, "-o", str(path), "--db", str(wire_db))
        assert res.returncode == 0, res.stderr
        files[fmt] = path
    return files


def test_acled_csv_columns_and_values(exported, wire_db):
    assert list(ACLED_COLUMNS) == ACLED_EXACT
    df = pd.read_csv(exported["acled-csv"], keep_default_na=False)
    assert list(df.columns) == ACLED_EXACT
    n = duckdb.connect(str(wire_db), read_only=True).execute("SELECT count(*) FROM fused_events").fetchone()[0]
    assert len(df) == n
    assert set(df["country"]) == {"Syria"} and set(df["iso"]) == {760} and set(df["region"]) == {"Middle East"}
    assert df["event_id_cnty"].str.match(r"^SYR\d+$").all() and df["event_id_cnty"].is_unique
    assert set(df["disorder_type"]) <= {"Political violence", "Strategic developments", "Demonstrations"}
    strikes = df[df["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) and (strikes["event_type"] == "Explosions/Remote violence").all()
    assert (df["year"] == 2020).all() and df["time_precision"].isin([1, 2, 3]).all()
    assert (df["fatalities"] >= 0).all() and df["fatalities"].sum() > 0
    assert df["latitude"].between(35, 37).all() and df["geo_precision"].isin([1, 2, 3]).all()
    clash = df[df["interaction"] != ""].iloc[0]
    assert clash["interaction"].startswith(clash["inter1"])


def test_other_exports_open(exported, wire_db):
    n = duckdb.connect(str(wire_db), read_only=True).execute("SELECT count(*) FROM fused_events").fetchone()[0]
    pq = pd.read_parquet(exported["parquet"])
    assert len(pq) == n and {"id", "sub_event_type", "lat", "lon", "n_sources"} <= set(pq.columns)
    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(exported['parquet'])]).fetchone()[0] == n
    gj = json.loads(exported["geojson"].read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == n
    lon, lat = gj["features"][0]["geometry"]["coordinates"]
    assert 35 < lat < 37 and 35 < lon < 38  # GeoJSON order: lon, lat
    plover = json.loads(exported["plover-json"].read_text())
    assert plover and all(r["event"] in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST") for r in plover)
    assert all(r["sources"] and r["sources"][0]["evidence"] for r in plover)
    assert any(r["source"] and r["source"][0]["sector"] in ("MIL", "GOV", "REB") for r in plover)


def test_export_to_unwritable_path_is_a_clear_error(wire_db, tmp_path):
    res = run_cli("export", "--format", "acled-csv", "-o", str(tmp_path / "no" / "such" / "dir.csv"),
                  "--db", str(wire_db))
    assert res.returncode == 2 and "cannot write" in res.stderr and "Traceback" not in res.stderr
