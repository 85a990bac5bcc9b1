"""`tocsin events` and `tocsin show` through the command line."""
from __future__ import annotations

import csv
import io
import json

from .conftest import run_cli


def test_events_formats_and_filters(wire_db):
    res = run_cli("events", "--db", str(wire_db))  # piped: JSON Lines
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert rows and all(r["id"].startswith("ev-") for r in rows)
    res = run_cli("events", "--db", str(wire_db), "--type", "Armed clash", "--since", "2020-02-05",
                  "--format", "csv")
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert table and all(r["sub_event_type"] == "Armed clash" and r["date_start"] >= "2020-02-05" for r in table)
    res = run_cli("events", "--db", str(wire_db), "--near", "35.86,36.8,10", "--format", "geojson")
    assert json.loads(res.stdout)["features"]
    res = run_cli("events", "--db", str(wire_db), "--format", "table")
    assert res.returncode == 0 and "events" in res.stdout


def test_events_bad_arguments_are_clear(wire_db, tmp_path):
    res = run_cli("events", "--db", str(wire_db), "--near", "north of Idlib")
    assert res.returncode == 2 and "LAT,LON,KM" in res.stderr
    res = run_cli("events", "--db", str(wire_db), "--since", "28 Feb")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    res = run_cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert res.returncode == 2 and "no tocsin database" in res.stderr


def test_show_prints_sources_and_evidence(wire_db):
    first = json.loads(run_cli("events", "--db", str(wire_db)).stdout.splitlines()[0])
    res = run_cli("show", first["id"], "--db", str(wire_db))
    ev = json.loads(res.stdout)
    assert ev["id"] == first["id"] and ev["sources"][0]["evidence"]["text"]
    res = run_cli("show", "ev-000000000000", "--db", str(wire_db))
    assert res.returncode == 2 and "no event" in res.stderr
