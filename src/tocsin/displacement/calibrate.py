"""Calibrate the forecast's spawning rate on observed cumulative totals, without running Flee.

In forecast mode Flee's conflict-driven spawning sends rate x intensity people (`constant`) or
rate x population x intensity (`pop_ratio`) from each conflict zone each day, so the number
displaced by day t is rate x S(t), S(t) the summed (population-weighted) intensity-days to t.
The rate minimising the mean |ln(sim/obs)| over the observed dates is the median of obs / S(t).
Only rows of metric `cumulative_displaced_since_<start>` inside the period are used (the README of
the calibration file: never mix movements, newly displaced and cumulative displaced).
"""
from __future__ import annotations

import math
import statistics
from pathlib import Path

import yaml

from .graph import DisplacementError
from .observed import log_ratio, observed_totals, read_observed
from .scenario import read_scenario
from .. import yamlfile


def calibrate(scenario: str | Path, observed: str | Path) -> dict:
    """The best rate for the scenario's conflicts against the observed totals, and the fit."""
    sc = read_scenario(scenario)
    settings = yamlfile.safe_load((sc.path / "simsetting.yml").read_text(encoding="utf-8")) or {}
    spawn = (settings.get("spawn_rules") or {}).get("conflict_driven_spawning")
    if not spawn:
        raise DisplacementError("calibration needs a forecast scenario (conflict-driven spawning)")
    mode = spawn.get("spawn_mode", "constant")
    weight = {n: (float(sc.graph.nodes[n].population or 0) if mode == "pop_ratio" else 1.0)
              for n in sc.conflicts}
    daily = [sum(weight[n] * v[t] for n, v in sc.conflicts.items()) for t in range(sc.days)]
    cum, acc = [], 0.0
    for x in daily:
        acc += x
        cum.append(acc)
    rows = [o for o in observed_totals(read_observed(observed), sc.start) if sc.start <= o.date <= sc.dates[-1]]
    if not rows:
        raise DisplacementError(f"no observed cumulative total since {sc.start} falls inside the period "
                                f"{sc.start}..{sc.dates[-1]}")
    s_at = {o.row_id: cum[(o.date - sc.start).days] for o in rows}
    ratios = [o.value / s_at[o.row_id] for o in rows if s_at[o.row_id] > 0]
    if not ratios:
        raise DisplacementError("the scenario has no conflict before the observed dates: nothing to calibrate")
    rate = statistics.median(ratios)
    fit = [{"row_id": o.row_id, "date": o.date.isoformat(), "observed": o.value,
            "simulated": round(rate * s_at[o.row_id]),
            "abs_log_ratio": _r(log_ratio(rate * s_at[o.row_id], o.value))} for o in rows]
    lrs = [f["abs_log_ratio"] for f in fit if f["abs_log_ratio"] is not None]
    return {"spawn_mode": mode, "displaced_per_conflict_day": round(rate, 6 if mode == "pop_ratio" else 0),
            "rows": fit, "mean_abs_log_ratio": _r(sum(lrs) / len(lrs)) if lrs else None,
            "intensity_days": round(cum[-1], 3), "log_rate_spread": _r(statistics.pstdev(map(math.log, ratios)))}


def write_rate(scenario: str | Path, rate: float) -> None:
    """Set the scenario's simsetting.yml displaced_per_conflict_day (the file stays Flee's format)."""
    path = Path(scenario) / "simsetting.yml"
    settings = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    settings["spawn_rules"]["conflict_driven_spawning"]["displaced_per_conflict_day"] = rate
    head = "# Flee simulation settings, written by tocsin (rate set by `tocsin displacement calibrate`)\n"
    tmp = path.with_name(".simsetting.yml.tmp")
    tmp.write_text(head + yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    tmp.replace(path)


def _r(x):
    return None if x is None else round(x, 4)
