"""`run_scenario`: read a scenario, run it on Flee, score it, write its files; and where runs live.

Runs named by folder under `runs_root()` ($TOCSIN_DISPLACEMENT_RUNS, else displacement/ in the
user data folder) are the ones `GET /api/displacement?run=NAME` serves.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from .engine import run_ensemble
from .graph import DisplacementError
from .observed import arrivals_metric, observed_totals, read_observed, score, totals_metric
from .outputs import load_run, stock_by_date, summarise, totals_by_date, write_outputs
from .scenario import read_scenario

ENV_RUNS = "TOCSIN_DISPLACEMENT_RUNS"
RUN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def runs_root() -> Path:
    env = os.environ.get(ENV_RUNS)
    if env:
        return Path(env).expanduser()
    from ..store.db import data_dir

    return data_dir() / "displacement"


def run_path(name: str) -> Path:
    """The folder of the run called `name` under runs_root(); refuses names that are paths."""
    if not RUN_NAME.match(name or "") or ".." in name:
        raise DisplacementError(f"bad run name {name!r}: letters, digits, '.', '_' and '-' only")
    return runs_root() / name


def run_scenario(scenario: str | Path, out: str | Path, scale: int = 100, seed: int = 0, runs: int = 1,
                 observed: str | Path | None = None, tick: Callable[[], None] | None = None) -> dict:
    """Run the scenario folder on Flee and write OUT/{daily,totals}.csv, displacement.png, run.json
    and, with observed figures, score.json.  Returns run.json's content (plus the score)."""
    sc = read_scenario(scenario)
    if observed is None and (sc.path / "source_data" / "observed.csv").is_file():
        observed = sc.path / "source_data" / "observed.csv"
    obs = read_observed(observed) if observed else None
    if obs is not None:
        check_period(obs, sc)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    members = run_ensemble(sc, scale=scale, seed=seed, runs=runs, log_path=out / "flee.log", tick=tick)
    seconds = time.perf_counter() - t0
    s = summarise(sc, members)
    result = None
    points = None
    if obs is not None:
        result = score(obs, sc.start, sc.days, totals_by_date(sc, s), stock_by_date(sc, s), sc.graph)
        result["observed_file"] = str(observed)
        points = [(o.date, o.value) for o in observed_totals(obs, sc.start)
                  if sc.start <= o.date <= sc.dates[-1]]
    meta = write_outputs(sc, members, out, seconds, scale, seed, result, points)
    return {**meta, "out": str(out), "score": result}


def check_period(obs, sc) -> None:
    """Refuse observed figures of this run's kind that all fall outside its period (say which)."""
    comparable = [o for o in obs if o.metric in (totals_metric(sc.start), arrivals_metric(sc.start))]
    inside = [o for o in comparable if sc.start <= o.date <= sc.dates[-1]]
    if comparable and not inside:
        o = comparable[0]
        raise DisplacementError(f"observed row {o.row_id} is dated {o.date}, outside the period "
                                f"{sc.start}..{sc.dates[-1]} (as are all rows of metric {o.metric})")


def find_run(name: str) -> dict:
    return load_run(run_path(name))


def latest_run_for_region(region: str) -> dict | None:
    """The newest finished run of `region` under runs_root() (for briefs that show the curve), or None."""
    root = runs_root()
    if not root.is_dir():
        return None
    best = None
    for meta in root.glob("*/run.json"):
        try:
            run = load_run(meta.parent)
        except (DisplacementError, ValueError, OSError):
            continue
        if run["run"].get("region") == region:
            mtime = meta.stat().st_mtime
            if best is None or mtime > best[0]:
                best = (mtime, {**run, "name": meta.parent.name})
    return best[1] if best else None


DEMO = {"region": "idlib", "start": "2019-12-01", "days": 122, "scale": 100, "name": "demo-idlib"}


def demo_run(db: str | Path, tick: Callable[[], None] | None = None) -> dict:
    """The demo's Idlib scenario (1 Dec 2019 - 31 Mar 2020, one agent per 100 people) from the demo
    database: the scenario in runs_root()/demo-idlib-scenario, the run in runs_root()/demo-idlib."""
    from datetime import date

    from .scenario import build_scenario

    root = runs_root()
    scenario = root / f"{DEMO['name']}-scenario"
    build_scenario(db, DEMO["region"], date.fromisoformat(DEMO["start"]), DEMO["days"], scenario)
    result = run_scenario(scenario, root / DEMO["name"], scale=DEMO["scale"], tick=tick)
    return {"scenario": str(scenario), "run": result["out"], "name": DEMO["name"], "seconds": result["seconds"],
            "files": result["files"], "top_destinations": result["top_destinations"]}
