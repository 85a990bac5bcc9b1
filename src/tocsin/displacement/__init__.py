"""Displacement scenarios on the Flee engine: tocsin's fused events -> how many flee, and where to.

Stages, one module each: `graph` (region graphs as data), `intensity` (events -> conflicts.csv),
`scenario` (write and read back Flee scenario folders), `engine` (Flee runs), `observed` (scores
against observed figures), `outputs` (a run's files), `runner` (the whole run; where runs live).
See docs/displacement.md.
"""
from .graph import DisplacementError, load_region, region_names, regions_for_area
from .runner import find_run, latest_run_for_region, run_path, run_scenario, runs_root
from .scenario import build_scenario, read_scenario

__all__ = ["DisplacementError", "build_scenario", "find_run", "latest_run_for_region", "load_region",
           "read_scenario", "region_names", "regions_for_area", "run_path", "run_scenario", "runs_root"]
