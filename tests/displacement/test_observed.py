"""Scores against observed figures: like with like only, Flee's ARD, |ln(sim/obs)|, peak timing."""
from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from tocsin.displacement.graph import DisplacementError
from tocsin.displacement.observed import Obs, peak_timing, read_observed, score

from .conftest import tiny_graph

START = date(2020, 1, 1)


def o(row, d, metric, value, area="x", role="total"):
    return Obs(row, d, metric, value, "approx", area, role)


def test_observed_reads_the_calibration_file(shared_dir):
    rows = read_observed(shared_dir / "benchmarks" / "earlywarning" / "idlib_displacement_calibration.csv")
    assert len(rows) >= 10 and {r.metric for r in rows} >= {"cumulative_displaced_since_2019-12-01"}


def test_observed_bad_files(tmp_path):
    with pytest.raises(DisplacementError, match="not found"):
        read_observed(tmp_path / "none.csv")
    (tmp_path / "a.csv").write_text("date,value\n2020-01-01,3\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match="missing column"):
        read_observed(tmp_path / "a.csv")
    (tmp_path / "b.csv").write_text("row_id,date_asof,metric,value,area,role\nR1,yesterday,m,3,x,total\n",
                                    encoding="utf-8")
    with pytest.raises(DisplacementError, match="b.csv line 2: bad date or value"):
        read_observed(tmp_path / "b.csv")


def test_observed_score_like_with_like():
    g = tiny_graph()
    days = 30
    dates = [START + timedelta(days=t) for t in range(days)]
    totals = {d: 100.0 * (t + 1) for t, d in enumerate(dates)}  # 100 a day
    stock = {d: {"C": 30.0 * (t + 1), "D": 70.0 * (t + 1)} for t, d in enumerate(dates)}
    obs = [
        o("T1", date(2020, 1, 10), "cumulative_displaced_since_2020-01-01", 2000),
        o("T2", date(2020, 1, 20), "cumulative_displaced_since_2020-01-01", 2000),
        o("A1", date(2020, 1, 10), "cumulative_arrivals_since_2020-01-01", 500, area="north", role="destination"),
        o("M1", date(2020, 1, 10), "idp_movements_in_month", 99999),
        o("X1", date(2020, 3, 10), "cumulative_displaced_since_2020-01-01", 5000),
        o("Z1", date(2020, 1, 10), "cumulative_arrivals_since_2020-01-01", 5, area="Atlantis", role="destination"),
    ]
    s = score(obs, START, days, totals, stock, g)
    by_row = {t["row_id"]: t for t in s["totals"]}
    assert by_row["T1"]["simulated"] == 1000 and by_row["T1"]["abs_log_ratio"] == pytest.approx(math.log(2), abs=1e-4)
    assert by_row["T2"]["abs_log_ratio"] == 0
    assert s["mean_abs_log_ratio"] == pytest.approx(math.log(2) / 2, abs=1e-4)
    skipped = {k["row_id"]: k["reason"] for k in s["skipped"]}
    assert "not comparable" in skipped["M1"] and "outside the run" in skipped["X1"] and "no nodes" in skipped["Z1"]
    # on 10 Jan: north observed 500, simulated C+D = 1000; the rest observed 1500, simulated 0
    assert s["ard"] == pytest.approx((500 + 1500) / 2000, abs=1e-4)
    assert s["ard_rescaled"] == pytest.approx((abs(2000 - 500) + 1500) / 2000, abs=1e-4)


def test_observed_peak_timing():
    rows = [o("a", date(2020, 1, 11), "m", 100), o("b", date(2020, 1, 21), "m", 1100), o("c", date(2020, 1, 31), "m", 1200)]
    totals = {date(2020, 1, 11): 900.0, date(2020, 1, 21): 1000.0, date(2020, 1, 31): 1100.0}
    p = peak_timing(rows, START, totals)
    assert p["observed_interval"] == ["2020-01-11", "2020-01-21"]
    assert p["simulated_interval"] == ["2020-01-01", "2020-01-11"]
    assert p["error_days"] == -10
    assert peak_timing(rows[:1], START, totals) is None
