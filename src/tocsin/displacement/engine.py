"""Run a scenario on the Flee engine (the `flee` package, 3.1): one agent per `scale` people.

The day loop is Flee's own run script (`runscripts/run.py`: conflicts, spawning, closures,
`Ecosystem.evolve`), with three work-arounds for flee 3.1, each using Flee's own API:
- conflicts: `InputGeography.AddNewConflictZones` ignores a change of intensity while a zone is
  active and ends a zone only when its previous value was exactly 1; `apply_conflicts` sets each
  day's intensity (`add_conflict_zone` / `remove_conflict_zone` / `Location.conflict`);
- spawning: `spawning.spawn_daily_displaced` truncates each zone's daily count with int(), which at
  one agent per 100 people drops up to 100 people per zone per day; `spawn_forecast` uses the same
  formula (Flee's `constant` and `pop_ratio` modes) and carries the remainder to the next day;
- allocation: Flee's data-driven spawning asserts when no conflict zone is active; the day's
  people then leave from where the last conflict zones were (held over only before the first).
Flee prints diagnostics on stdout and stderr: they go to OUT/flee.log.
"""
from __future__ import annotations

import contextlib
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .graph import DisplacementError
from .scenario import Scenario

TRANSIT = "(in transit)"


@contextlib.contextmanager
def quiet(log):
    """Send what Flee prints (on stdout and stderr) to `log`, or nowhere."""
    sink = log if log is not None else open(os.devnull, "w", encoding="utf-8")
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            yield
    finally:
        if log is None:
            sink.close()


@dataclass
class Member:
    """One run of an ensemble: people at each location (and in transit) and newly displaced, per day."""
    seed: int
    names: list[str]
    stock: list[list[float]] = field(default_factory=list)  # [day][location index], people
    new: list[float] = field(default_factory=list)  # people displaced that day
    agents: list[int] = field(default_factory=list)  # agents alive at the end of each day
    seconds: float = 0.0


def apply_conflicts(e, lm: dict, conflicts: dict[str, list[float]], t: int) -> None:
    """Set day t's conflict intensity of every conflicts.csv location (see the module docstring)."""
    for name, series in conflicts.items():
        loc, x = lm[name], series[t]
        if x > 1e-6:
            if loc.conflict <= 0.0:
                e.add_conflict_zone(name=name, conflict_intensity=float(x))
            elif loc.conflict != x:
                loc.conflict = float(x)  # keeps time_of_conflict, as Flee's decay expects
        elif loc.conflict > 0.0:
            e.remove_conflict_zone(name=name)


def spawn_forecast(e, carry: dict[int, float], scale: int) -> int:
    """Flee's conflict-driven spawning with the fractional agent carried over; returns agents added."""
    from flee.SimulationSettings import SimulationSettings

    rules = SimulationSettings.spawn_rules
    mode, rate = rules["conflict_spawn_mode"], float(rules["displaced_per_conflict_day"])
    added = 0
    for i, loc in enumerate(e.locations):
        if loc.conflict <= 0.0:
            continue
        if mode == "pop_ratio":
            expected = rate * loc.pop * loc.conflict  # loc.pop is already divided by the scale (hasten)
        elif mode == "constant":
            expected = rate * loc.conflict / scale
        else:
            raise DisplacementError(f"simsetting.yml: spawn_mode {mode!r} is not supported (constant or pop_ratio; "
                                    "flee 3.1's Poisson mode never matches its own name)")
        x = carry.get(i, 0.0) + expected
        k = int(x)
        carry[i] = x - k
        for _ in range(k):
            e.addAgent(location=loc, attributes={})
        added += k
    return added


def run_member(sc: Scenario, scale: int, seed: int, log, tick: Callable[[], None] | None = None) -> Member:
    """One Flee run of the scenario."""
    from flee import InputGeography, flee
    from flee.datamanager import handle_refugee_data
    from flee.SimulationSettings import SimulationSettings

    random.seed(seed)
    np.random.seed(seed % (2 ** 32))
    inp = sc.path / "input_csv"
    t0 = time.perf_counter()
    with quiet(log):
        SimulationSettings.ReadFromYML(str(sc.path / "simsetting.yml"))
        SimulationSettings.optimisations["PopulationScaleDownFactor"] = scale
        SimulationSettings.ConflictInputFile = str(inp / "conflicts.csv")
        forecast = sc.mode == "forecast"
        if forecast and not SimulationSettings.spawn_rules.get("conflict_driven_spawning"):
            raise DisplacementError("forecast mode needs spawn_rules.conflict_driven_spawning in simsetting.yml")
        e = flee.Ecosystem()
        e.print_location_output = False
        ig = InputGeography.InputGeography()
        ig.ReadConflictInputCSV(str(inp / "conflicts.csv"))
        ig.ReadLocationsFromCSV(str(inp / "locations.csv"))
        ig.ReadLinksFromCSV(str(inp / "routes.csv"))
        ig.ReadClosuresFromCSV(str(inp / "closures.csv"))
        e, lm = ig.StoreInputGeographyInEcosystem(e)
        data = None
        if not forecast:
            data = handle_refugee_data.RefugeeTable(
                csvformat="generic", data_directory=str(sc.path / "source_data"),
                start_date=sc.start.isoformat(), data_layout="data_layout.csv",
                population_scaledown_factor=scale)
    names = [loc.name for loc in e.locations]
    m = Member(seed, names + [TRANSIT])
    carry: dict[int, float] = {}
    last: dict = {}
    placed = 0
    for t in range(sc.days):
        with quiet(log):
            apply_conflicts(e, lm, ig.conflicts, t)
            if forecast:
                added = spawn_forecast(e, carry, scale)
            else:
                added = _spawn_allocation(e, data, t, placed, last)
                placed += added
            e.enact_border_closures(t)
            e.evolve()
        m.new.append(added * scale)
        m.stock.append(_stock(e, scale))
        m.agents.append(len(e.agents))
        if tick:
            tick()
    m.seconds = time.perf_counter() - t0
    return m


def _spawn_allocation(e, data, t: int, placed: int, last: dict) -> int:
    """Agents to add on day t so that the total placed follows the observed total (Flee's DataTable,
    interpolated), placed where Flee's spawn weights (population x intensity) say.  On a day with no
    active conflict zone, where the last one was (`last` keeps those weights); before any, held over."""
    from flee import spawning

    target = data.get_field("total", t, FullInterpolation=True)
    n = int(target) - placed
    spawning.refresh_spawn_weights(e)
    weights = np.array(e.spawn_weights, dtype=float)
    if weights.sum() > 0:
        last["weights"] = weights
    elif "weights" in last:
        weights = last["weights"]
    if n <= 0 or weights.sum() <= 0:
        return 0
    for loc in np.random.choice(e.locations, n, p=weights / weights.sum()).tolist():
        e.addAgent(location=loc, attributes={})
    return n


def _stock(e, scale: int) -> list[float]:
    """People at each location and, last, on the roads (agents on links), in people."""
    at = [loc.numAgents * scale for loc in e.locations]
    moving = sum(link.numAgents for loc in e.locations for link in loc.links + loc.closed_links)
    return at + [moving * scale]


def run_ensemble(sc: Scenario, scale: int = 100, seed: int = 0, runs: int = 1, log_path: Path | None = None,
                 tick: Callable[[], None] | None = None) -> list[Member]:
    """`runs` Flee runs with seeds seed, seed+1, ...; Flee's output goes to log_path."""
    if scale < 1:
        raise DisplacementError("--scale must be at least 1 (one agent per that many people)")
    if runs < 1:
        raise DisplacementError("--runs must be at least 1")
    log = open(log_path, "w", encoding="utf-8") if log_path else None
    try:
        return [run_member(sc, scale, seed + k, log, tick) for k in range(runs)]
    except SystemExit:
        raise DisplacementError("Flee stopped the run (see flee.log beside the outputs)") from None
    finally:
        if log:
            log.close()
        sys.stdout.flush()
