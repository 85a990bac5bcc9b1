"""`tocsin displacement` through CliRunner: help, a whole scenario + run, clear errors (exit 2)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()


def test_cli_displacement_help_on_every_command():
    for args in (["displacement", "--help"], ["displacement", "scenario", "--help"],
                 ["displacement", "run", "--help"], ["displacement", "calibrate", "--help"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "Usage" in res.output, args


def test_cli_displacement_scenario_run_calibrate(small_store, tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_DISPLACEMENT_RUNS", str(tmp_path / "runs"))
    sc = tmp_path / "idlib-jan"
    res = runner.invoke(app, ["displacement", "scenario", "--db", str(small_store), "--region", "idlib",
                              "--start", "2020-01-01", "--days", "20", "-o", str(sc), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    meta = json.loads(res.stdout)
    assert meta["events_used"] == 3 and (sc / "input_csv" / "conflicts.csv").is_file()
    obs = tmp_path / "obs.csv"
    obs.write_text("row_id,date_asof,metric,value,area,role\n"
                   "T1,2020-01-15,cumulative_displaced_since_2020-01-01,20000,northwest Syria,total\n",
                   encoding="utf-8")
    res = runner.invoke(app, ["displacement", "run", str(sc), "--scale", "200", "--observed", str(obs),
                              "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    run = json.loads(res.stdout)
    assert run["out"] == str(tmp_path / "runs" / "idlib-jan") and run["score"]["totals"][0]["row_id"] == "T1"
    assert (tmp_path / "runs" / "idlib-jan" / "totals.csv").is_file()
    res = runner.invoke(app, ["displacement", "run", str(sc), "--scale", "200", "-o", str(tmp_path / "r2"),
                              "--format", "table"])
    assert res.exit_code == 0 and "Top destinations" in res.stdout
    res = runner.invoke(app, ["displacement", "calibrate", str(sc), "--observed", str(obs), "--write",
                              "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    fit = json.loads(res.stdout)
    assert fit["rows"][0]["abs_log_ratio"] == 0 and fit["displaced_per_conflict_day"] > 0
    assert f"displaced_per_conflict_day: {fit['displaced_per_conflict_day']}" in (sc / "simsetting.yml").read_text()


def _fails(args, *needles):
    res = runner.invoke(app, args)
    assert res.exit_code == 2, (args, res.output)
    assert "Traceback" not in res.output
    for n in needles:
        assert n in res.output, (n, res.output)


def test_cli_displacement_bad_inputs(small_store, empty_store, tmp_path, tiny):
    base = ["displacement", "scenario", "--start", "2020-01-01", "--days", "20", "-o", str(tmp_path / "x")]
    _fails(base + ["--db", str(empty_store)], "holds no fused events")
    _fails(base + ["--db", str(small_store), "--region", "atlantis"], "unknown region 'atlantis'")
    _fails(base + ["--db", str(small_store), "--mode", "allocation"], "allocation mode needs observed")
    _fails(["displacement", "scenario", "--db", str(small_store), "--start", "2020-02-30", "--days", "5",
            "-o", str(tmp_path / "y")], "2020-02-30")
    _fails(base + ["--db", str(tmp_path / "missing.duckdb")], "no tocsin database")
    _fails(["displacement", "run", str(tmp_path / "nowhere"), "-o", str(tmp_path / "o")], "not a scenario folder")
    routes = tiny / "input_csv" / "routes.csv"
    routes.write_text(routes.read_text() + "B,Atlantis,12,0\n")
    _fails(["displacement", "run", str(tiny), "-o", str(tmp_path / "o")], "routes.csv data row 5",
           "unknown location 'Atlantis'")
    _fails(["displacement", "run", str(tiny), "--scale", "0"], "--scale")
