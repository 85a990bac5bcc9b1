"""`tocsin demo --displacement`: the demo database's Idlib scenario, built and run in well under a minute."""
from __future__ import annotations

import csv
import json
import time

from typer.testing import CliRunner

from tocsin.cli import app


def test_demo_displacement_builds_and_runs_the_idlib_scenario(tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_DISPLACEMENT_RUNS", str(tmp_path / "runs"))
    t0 = time.perf_counter()
    res = CliRunner().invoke(app, ["demo", "--db", str(tmp_path / "demo.duckdb"), "--displacement",
                                   "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert time.perf_counter() - t0 < 60
    d = json.loads(res.stdout)["displacement"]
    assert d["run"] == str(tmp_path / "runs" / "demo-idlib") and d["name"] == "demo-idlib"
    totals = list(csv.DictReader(open(tmp_path / "runs" / "demo-idlib" / "totals.csv", encoding="utf-8")))
    assert totals[0]["date"] == "2019-12-01" and totals[-1]["date"] == "2020-03-31"
    values = [int(r["total_displaced"]) for r in totals]
    assert values == sorted(values) and values[-1] > 0  # cumulative
    daily = list(csv.DictReader(open(tmp_path / "runs" / "demo-idlib" / "daily.csv", encoding="utf-8")))
    assert not any(int(r["people"]) for r in daily if r["country"] == "Turkey")  # the border stayed closed
    w = json.loads(res.stdout)["warning"]  # the demo's Idlib brief shows this run's curve
    assert w["brief_displacement_run"] == "demo-idlib"
    assert 'class="scenario-curve"' in open(w["brief"], encoding="utf-8").read()
    assert set(d["top_destinations"]) & {"Dana_Atmeh_Sarmada", "Salqin_camps", "Maaret_Tamsrin",
                                          "Azaz_Bab_al_Salama", "Afrin_camps", "Al_Bab_camps"}
