"""A run's files: written whole then renamed; read back for the API; the whole run from the runner."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.displacement import outputs
from tocsin.displacement.graph import DisplacementError
from tocsin.displacement.outputs import atomic_write, load_run
from tocsin.displacement.runner import latest_run_for_region, run_path, run_scenario

OBS = ("row_id,date_asof,metric,value,area,role\n"
       "T1,2020-01-10,cumulative_displaced_since_2020-01-01,9000,x,total\n"
       "T2,2020-01-20,cumulative_displaced_since_2020-01-01,10000,x,total\n")


def test_outputs_a_full_run_of_the_tiny_scenario(tiny, tmp_path):
    (tmp_path / "obs.csv").write_text(OBS, encoding="utf-8")
    out = tmp_path / "run"
    r = run_scenario(tiny, out, scale=10, seed=0, runs=2, observed=tmp_path / "obs.csv")
    assert {p.name for p in out.iterdir()} >= {"daily.csv", "totals.csv", "displacement.png", "score.json",
                                                "run.json", "flee.log"}
    assert not list(out.glob(".*"))  # no temporary file left
    totals = list(csv.DictReader(open(out / "totals.csv", encoding="utf-8")))
    assert len(totals) == 30 and set(totals[0]) == {"date", "total_displaced", "total_low", "total_high"}
    assert totals[0]["date"] == "2020-01-01" and int(totals[-1]["total_displaced"]) == 10000
    daily = list(csv.DictReader(open(out / "daily.csv", encoding="utf-8")))
    assert set(daily[0]) == {"date", "location", "country", "admin1", "location_type", "people", "people_low",
                             "people_high"}
    assert all(int(r["people_low"]) <= int(r["people"]) <= int(r["people_high"]) for r in daily)
    assert any(r["people_low"] != r["people_high"] for r in daily)  # two seeds, two outcomes: a band
    last = [row for row in daily if row["date"] == "2020-01-30"]
    assert sum(int(row["people"]) for row in last) == 10000
    assert {row["country"] for row in last if row["location"] == "T"} == {"Turkey"}
    assert (out / "displacement.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert r["score"]["totals"][0]["row_id"] == "T1" and r["runs"] == 2 and r["scale"] == 10
    assert json.loads((out / "score.json").read_text(encoding="utf-8"))["mean_abs_log_ratio"] is not None
    back = load_run(out)
    assert back["totals"][-1]["total_displaced"] == 10000 and back["run"]["mode"] == "forecast"
    assert back["destinations"] and back["destinations"][0]["location"] in {"C", "D"}


def test_outputs_killed_write_leaves_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "totals.csv"

    def boom(*_a):
        raise KeyboardInterrupt  # the run is killed while the file is being written

    monkeypatch.setattr(outputs.os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "date,total_displaced\n" * 1000)
    assert not target.exists() and list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    atomic_write(target, "date,total_displaced\n")
    assert target.read_text(encoding="utf-8") == "date,total_displaced\n"
    assert target.stat().st_mode & 0o044  # readable like any other file


def test_outputs_killed_run_keeps_the_previous_totals(tiny, tmp_path, monkeypatch):
    out = tmp_path / "run"
    run_scenario(tiny, out, scale=10)
    before = (out / "totals.csv").read_bytes()

    def killed(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr("tocsin.displacement.runner.run_ensemble", killed)
    with pytest.raises(KeyboardInterrupt):
        run_scenario(tiny, out, scale=10)
    assert (out / "totals.csv").read_bytes() == before


def test_outputs_run_names_and_latest_run(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_DISPLACEMENT_RUNS", str(tmp_path / "runs"))
    with pytest.raises(DisplacementError, match="bad run name"):
        run_path("../etc")
    assert latest_run_for_region("tiny") is None
    run_scenario(tiny, run_path("tiny-1"), scale=10)
    got = latest_run_for_region("tiny")
    assert got["name"] == "tiny-1" and got["totals"]
    with pytest.raises(DisplacementError, match="no finished displacement run"):
        load_run(tmp_path / "nothing")


def test_outputs_observed_dates_outside_the_period(tiny, tmp_path):
    obs = tmp_path / "obs.csv"
    obs.write_text("row_id,date_asof,metric,value,area,role\n"
                   "L1,2021-05-01,cumulative_displaced_since_2020-01-01,9000,x,total\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match=r"observed row L1 is dated 2021-05-01, outside the period "
                                                r"2020-01-01..2020-01-30"):
        run_scenario(tiny, tmp_path / "run", scale=10, observed=obs)
    assert not (tmp_path / "run" / "totals.csv").exists()
    obs.write_text(OBS.strip() + "\nL1,2021-05-01,cumulative_displaced_since_2020-01-01,9000,x,total\n",
                   encoding="utf-8")
    r = run_scenario(tiny, tmp_path / "run", scale=10, observed=obs)
    assert [t["row_id"] for t in r["score"]["totals"]] == ["T1", "T2"]
    assert any(k["row_id"] == "L1" and "outside the run" in k["reason"] for k in r["score"]["skipped"])
    assert date.fromisoformat(r["start"]) == date(2020, 1, 1) and Path(r["out"]).is_dir()
