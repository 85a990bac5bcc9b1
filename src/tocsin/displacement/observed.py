"""Observed displacement figures (the calibration file's format) and the scores of a run against them.

Only like is compared with like (../shared/benchmarks/earlywarning/README.md): a run's cumulative
total since its start date with `cumulative_displaced_since_<start>` rows, the agents present in an
area's nodes with `cumulative_arrivals_since_<start>` rows.  Movement counts and period counts are
other quantities and are never scored here.  The metrics follow Flee/FabFlee: the averaged relative
difference (ARD, `postprocessing/plot_flee_output.plot_errors`) and its rescaled variant (FabFlee's
`validate_flee` default), plus |ln(sim/obs)| per date and the error in the timing of the peak.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .graph import DisplacementError, Graph

REQUIRED = ("row_id", "date_asof", "metric", "value", "area", "role")


@dataclass(frozen=True)
class Obs:
    row_id: str
    date: date
    metric: str
    value: float
    qualifier: str
    area: str
    role: str


def read_observed(path: str | Path) -> list[Obs]:
    """Rows of an observed-figures CSV (columns as in the calibration file); clear errors per row."""
    path = Path(path)
    if not path.is_file():
        raise DisplacementError(f"observed file {path} not found")
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise DisplacementError(f"observed file {path.name}: missing column(s) {', '.join(missing)}")
            out = []
            for lineno, row in enumerate(reader, start=2):
                try:
                    out.append(Obs(row["row_id"], date.fromisoformat(row["date_asof"].strip()),
                                   row["metric"].strip(), float(row["value"]),
                                   (row.get("qualifier") or "").strip(), row["area"].strip(),
                                   row["role"].strip()))
                except (ValueError, TypeError):
                    raise DisplacementError(f"observed file {path.name} line {lineno}: bad date or value "
                                            f"({row.get('date_asof')!r}, {row.get('value')!r})") from None
    except UnicodeDecodeError:
        raise DisplacementError(f"observed file {path.name} is not UTF-8 text") from None
    return out


def totals_metric(start: date) -> str:
    return f"cumulative_displaced_since_{start.isoformat()}"


def arrivals_metric(start: date) -> str:
    return f"cumulative_arrivals_since_{start.isoformat()}"


def observed_totals(obs: list[Obs], start: date) -> list[Obs]:
    """The cumulative totals since `start`, one per date (the latest row of a date wins), by date."""
    by_date = {o.date: o for o in obs if o.metric == totals_metric(start) and o.role == "total"}
    return [by_date[d] for d in sorted(by_date)]


def log_ratio(sim: float, obs: float) -> float | None:
    return abs(math.log(sim / obs)) if sim > 0 and obs > 0 else None


def score(obs: list[Obs], start: date, days: int, totals: dict[date, float],
          stock: dict[date, dict[str, float]], graph: Graph) -> dict:
    """Scores of a run (totals by date; people present by date and node) against observed rows."""
    end = date.fromordinal(start.toordinal() + days - 1)
    used, skipped = [], []
    for o in obs:
        if o.metric not in (totals_metric(start), arrivals_metric(start)):
            skipped.append({"row_id": o.row_id, "reason": f"metric {o.metric} is not comparable with this run"})
        elif not start <= o.date <= end:
            skipped.append({"row_id": o.row_id, "reason": f"date {o.date} outside the run ({start}..{end})"})
        elif o.metric == arrivals_metric(start) and graph.area_nodes(o.area) is None:
            skipped.append({"row_id": o.row_id, "reason": f"area {o.area!r} has no nodes in region {graph.region}"})
        else:
            used.append(o)
    tot_rows = observed_totals(used, start)
    tot = []
    for o in tot_rows:
        sim = totals.get(o.date, 0.0)
        tot.append({"row_id": o.row_id, "date": o.date.isoformat(), "observed": o.value,
                    "qualifier": o.qualifier, "simulated": round(sim), "abs_log_ratio": _r(log_ratio(sim, o.value))})
    lrs = [t["abs_log_ratio"] for t in tot if t["abs_log_ratio"] is not None]
    dest, errors, rescaled = _destinations(used, tot_rows, totals, stock, graph)
    return {
        "compared_metrics": [totals_metric(start), arrivals_metric(start)],
        "totals": tot,
        "mean_abs_log_ratio": _r(sum(lrs) / len(lrs)) if lrs else None,
        "destinations": dest,
        "ard": _r(sum(errors) / len(errors)) if errors else None,
        "ard_rescaled": _r(sum(rescaled) / len(rescaled)) if rescaled else None,
        "peak": peak_timing(tot_rows, start, totals),
        "skipped": skipped,
    }


def _destinations(used, tot_rows, totals, stock, graph):
    """Flee's E(t) = sum_i |sim_i - obs_i| / max(sum_i obs_i, 1) on each date with area figures;
    the rest of the total (total minus the areas) is one more destination when a total is given."""
    rows, errors, rescaled = [], [], []
    total_by_date = {o.date: o.value for o in tot_rows}
    arr = [o for o in used if o.metric.startswith("cumulative_arrivals_since_")]
    for d in sorted({o.date for o in arr}):
        here = {o.area: o.value for o in arr if o.date == d}
        pairs = []
        covered: set[str] = set()
        for area, value in here.items():
            nodes = graph.area_nodes(area) or []
            covered.update(nodes)
            pairs.append((area, value, sum(stock.get(d, {}).get(n, 0.0) for n in nodes)))
        if d in total_by_date:
            rest_obs = total_by_date[d] - sum(v for _, v, _ in pairs)
            rest_sim = totals.get(d, 0.0) - sum(s for _, _, s in pairs)
            pairs.append(("rest of the total", rest_obs, max(0.0, rest_sim)))
        sum_obs, sum_sim = sum(p[1] for p in pairs), sum(p[2] for p in pairs)
        errors.append(sum(abs(s - o) for _, o, s in pairs) / max(sum_obs, 1.0))
        k = sum_obs / sum_sim if sum_sim > 0 else 0.0
        rescaled.append(sum(abs(s * k - o) for _, o, s in pairs) / max(sum_obs, 1.0))
        rows += [{"date": d.isoformat(), "area": a, "observed": round(o), "simulated": round(s),
                  "share_observed": _r(o / sum_obs if sum_obs else None),
                  "share_simulated": _r(s / sum_sim if sum_sim else None)} for a, o, s in pairs]
    return rows, errors, rescaled


def peak_timing(tot_rows: list[Obs], start: date, totals: dict[date, float]) -> dict | None:
    """When displacement ran fastest: over the intervals between observed totals (the first from
    the start, when the count is 0 by definition), the interval of the highest observed daily rate
    and that of the highest simulated rate; the error is the gap between their midpoints, in days."""
    points = [(start, 0.0)] + [(o.date, o.value) for o in tot_rows if o.date > start]
    if len(points) < 3:
        return None
    obs_rates, sim_rates, mids = [], [], []
    for (d0, v0), (d1, v1) in zip(points, points[1:]):
        n = (d1 - d0).days
        obs_rates.append((v1 - v0) / n)
        sim_rates.append((totals.get(d1, 0.0) - (totals.get(d0, 0.0) if d0 != start else 0.0)) / n)
        mids.append(d0.toordinal() + n / 2)
    io = max(range(len(obs_rates)), key=obs_rates.__getitem__)
    isim = max(range(len(sim_rates)), key=sim_rates.__getitem__)
    return {"observed_interval": [points[io][0].isoformat(), points[io + 1][0].isoformat()],
            "simulated_interval": [points[isim][0].isoformat(), points[isim + 1][0].isoformat()],
            "error_days": round(mids[isim] - mids[io], 1)}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
