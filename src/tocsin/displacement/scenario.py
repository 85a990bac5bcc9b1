"""Write a Flee scenario folder from the store and a region graph, and read one back checked.

Layout (Flee's own, see ../shared/docs/flee-formats.md): input_csv/{locations, routes, closures,
conflicts, sim_period, registration_corrections}.csv, simsetting.yml, source_data/ (the observed
series, when given) and tocsin.json (what built it: region, mode, rule versions, events used).
Reading back goes through Flee's own readers (InputGeography, read_period), so a folder tocsin
accepts is one Flee reads.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import yaml

from .graph import CAMP_TYPES, DisplacementError, Graph, Node, Route, check, data_dir, load_region
from .intensity import conflict_table, load_rule, read_events
from .observed import observed_totals, read_observed
from .. import yamlfile

MODES = ("forecast", "allocation")
MAX_DAYS = 3660
META = "tocsin.json"


@lru_cache(maxsize=1)
def flee_defaults() -> dict:
    with open(data_dir() / "flee.yaml", encoding="utf-8") as fh:
        return yamlfile.safe_load(fh)


def simsetting(mode: str, rate: float | None = None) -> dict:
    """The simsetting.yml content: tocsin's Flee settings, plus conflict-driven spawning to forecast."""
    cfg = flee_defaults()
    out = json.loads(json.dumps(cfg["simsetting"]))
    out["conflict_input_file"] = "input_csv/conflicts.csv"
    if mode == "forecast":
        fc = cfg["forecast"]
        out["spawn_rules"]["conflict_driven_spawning"] = {
            "spawn_mode": fc["spawn_mode"],
            "displaced_per_conflict_day": rate if rate is not None else fc["displaced_per_conflict_day"]}
    return out


def build_scenario(db: str | Path, region: str, start: date, days: int, out: str | Path,
                   mode: str = "forecast", observed: str | Path | None = None,
                   rate: float | None = None) -> dict:
    """Build the scenario folder `out` (written whole, then renamed into place); returns its tocsin.json."""
    if mode not in MODES:
        raise DisplacementError(f"unknown mode {mode!r}: forecast or allocation")
    if not 1 <= days <= MAX_DAYS:
        raise DisplacementError(f"--days must be between 1 and {MAX_DAYS}")
    graph = load_region(region)
    end = start + timedelta(days=days - 1)
    events = read_events(db, start, end)
    table, used = conflict_table(events, graph.conflict_nodes(), start, days)
    obs = read_observed(observed) if observed else []
    totals = observed_totals(obs, start)
    totals = [o for o in totals if start <= o.date <= end]
    if mode == "allocation" and not totals:
        raise DisplacementError(f"allocation mode needs observed cumulative totals since {start} "
                                f"(rows of metric cumulative_displaced_since_{start}) in --observed")
    n_used = len({i for ids in used.values() for i in ids})
    meta = {"tocsin_scenario": 1, "region": graph.region, "title": graph.title, "mode": mode,
            "start": start.isoformat(), "days": days, "end": end.isoformat(),
            "home_country": graph.home_country,
            "rules": [load_rule()["version"], flee_defaults()["version"]],
            "db": str(db), "events_read": len(events), "events_used": n_used,
            "events_by_location": {k: len(v) for k, v in used.items() if v},
            "event_ids": sorted({i for ids in used.values() for i in ids}),  # a brief cites them
            "conflict_days": {k: sum(1 for x in v if x > 0) for k, v in table.items() if any(v)},
            "observed": str(observed) if observed else None,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    if n_used == 0:
        raise DisplacementError(f"no event in the store places conflict in region {graph.region} between "
                                f"{start} and {end}: nothing would drive displacement")
    with _staging(Path(out)) as tmp:
        write_inputs(tmp, graph, table, start, days)
        (tmp / "simsetting.yml").write_text(
            "# Flee simulation settings, written by tocsin (data/displacement/flee.yaml)\n"
            + yaml.safe_dump(simsetting(mode, rate), sort_keys=False), encoding="utf-8")
        if observed:
            write_source_data(tmp / "source_data", Path(observed), totals, start, end)
        (tmp / META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def write_inputs(folder: Path, graph: Graph, table: dict[str, list[float]], start: date, days: int) -> None:
    inp = folder / "input_csv"
    inp.mkdir(parents=True, exist_ok=True)
    rows = [["#name", "region", "country", "lat", "lon", "location_type", "conflict_date", "population"]]
    for n in graph.nodes.values():
        size = (n.capacity or 0) if n.location_type in CAMP_TYPES else (n.population or 0)
        rows.append([n.name, n.region, n.country, n.lat, n.lon, n.location_type, "", size])
    _csv(inp / "locations.csv", rows)
    _csv(inp / "routes.csv", [["#name1", "name2", "distance", "forced_redirection"]]
         + [[r.a, r.b, _num(r.distance), r.forced_redirection] for r in graph.routes])
    _csv(inp / "closures.csv", [["#closure_type", "name1", "name2", "closure_start", "closure_end"]]
         + [list(c) for c in graph.closures])
    names = list(table)
    _csv(inp / "conflicts.csv", [["#Day"] + names]
         + [[t] + [_num(table[n][t]) for n in names] for t in range(days)])
    _csv(inp / "sim_period.csv", [["StartDate", start.isoformat()], ["Length", days]])
    _csv(inp / "registration_corrections.csv", [])


def write_source_data(folder: Path, observed: Path, totals, start: date, end: date) -> None:
    """Flee's validation layout: data_layout.csv -> refugees.csv (cumulative totals since the start,
    0 on the start day by definition), and the observed file itself for `tocsin displacement run`."""
    folder.mkdir(parents=True, exist_ok=True)
    _csv(folder / "data_layout.csv", [["total", "refugees.csv"]])
    series = [[start.isoformat(), 0]] + [[o.date.isoformat(), int(o.value)] for o in totals if start < o.date <= end]
    _csv(folder / "refugees.csv", series)
    shutil.copyfile(observed, folder / "observed.csv")


@dataclass
class Scenario:
    """A scenario folder read back through Flee's readers and checked."""
    path: Path
    start: date
    days: int
    mode: str
    graph: Graph
    conflicts: dict[str, list[float]]
    meta: dict

    @property
    def dates(self) -> list[date]:
        return [self.start + timedelta(days=t) for t in range(self.days)]


def read_scenario(path: str | Path) -> Scenario:
    """Read a scenario with Flee's own readers; DisplacementError names the bad file, row or cause."""
    from flee import InputGeography
    from flee.datamanager import read_period

    path = Path(path)
    inp = path / "input_csv"
    for name in ("locations.csv", "routes.csv", "closures.csv", "conflicts.csv", "sim_period.csv"):
        if not (inp / name).is_file():
            raise DisplacementError(f"{path} is not a scenario folder: input_csv/{name} is missing")
    if not (path / "simsetting.yml").is_file():
        raise DisplacementError(f"{path} is not a scenario folder: simsetting.yml is missing")
    meta = _meta(path)
    try:
        settings = yamlfile.safe_load((path / "simsetting.yml").read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DisplacementError(f"{path}/simsetting.yml is not valid YAML ({str(exc).splitlines()[0]})") from None
    if settings is not None and not isinstance(settings, dict):
        raise DisplacementError(f"{path}/simsetting.yml: expected a mapping of Flee settings")
    from .engine import quiet

    with quiet(None):
        start_s, days = read_period.read_conflict_period(str(inp / "sim_period.csv"))
        ig = InputGeography.InputGeography()
        try:
            ig.ReadLocationsFromCSV(str(inp / "locations.csv"))
            ig.ReadLinksFromCSV(str(inp / "routes.csv"))
            ig.ReadClosuresFromCSV(str(inp / "closures.csv"))
            ig.ReadConflictInputCSV(str(inp / "conflicts.csv"))
        except (ValueError, IndexError, KeyError) as exc:
            raise DisplacementError(f"{path}: Flee cannot read input_csv ({exc})") from None
    try:
        start = date.fromisoformat(start_s)
    except ValueError:
        raise DisplacementError(f"input_csv/sim_period.csv: bad StartDate {start_s!r}") from None
    if days < 1:
        raise DisplacementError("input_csv/sim_period.csv: Length must be at least 1 day")
    nodes = {}
    for i, r in enumerate(ig.locations, start=1):
        try:
            nodes[r[0]] = Node(r[0], r[1], r[2] or "unknown", float(r[3] or 0), float(r[4] or 0), r[5],
                               int(r[7]) if r[7] else 0, int(r[7]) if r[7] else 0)
        except (ValueError, IndexError):
            raise DisplacementError(f"input_csv/locations.csv data row {i}: bad row {r!r}") from None
    routes = []
    for i, r in enumerate(ig.links, start=1):
        try:
            routes.append(Route(r[0], r[1], float(r[2]), int(r[3] or 0) if len(r) > 3 else 0))
        except (ValueError, IndexError):
            raise DisplacementError(f"input_csv/routes.csv data row {i}: bad row {r!r}") from None
    closures = []
    for i, c in enumerate(ig.closures, start=1):
        try:
            closures.append([c[0], c[1], c[2], int(c[3]), int(c[4])])
        except (ValueError, IndexError):
            raise DisplacementError(f"input_csv/closures.csv data row {i}: bad row {c!r}") from None
    home = nodes[next(iter(nodes))].country if nodes else ""
    graph = Graph(meta.get("region", path.name), meta.get("title", path.name), home, nodes,
                  routes, closures, (home,), _areas(meta))
    for i, r in enumerate(routes, start=1):
        for end in (r.a, r.b):
            if end not in nodes:
                raise DisplacementError(f"input_csv/routes.csv data row {i} ({r.a},{r.b}): unknown location "
                                        f"{end!r} (not in locations.csv)")
    check(graph)
    for name, series in ig.conflicts.items():
        if name not in nodes:
            raise DisplacementError(f"input_csv/conflicts.csv: column {name!r} is not a location in locations.csv")
        if len(series) < days:
            raise DisplacementError(f"input_csv/conflicts.csv: {len(series)} day rows, the period has {days}")
        if any(not 0.0 <= x <= 1.0 for x in series):
            raise DisplacementError(f"input_csv/conflicts.csv: column {name!r} has an intensity outside 0..1")
    mode = meta.get("mode", "forecast")
    if mode == "allocation" and not (path / "source_data" / "data_layout.csv").is_file():
        raise DisplacementError(f"{path}: allocation mode needs source_data/data_layout.csv")
    _check_series_dates(path / "source_data", start, start + timedelta(days=days - 1))
    return Scenario(path, start, days, mode, graph, {k: v[:days] for k, v in ig.conflicts.items()}, meta)


def _check_series_dates(folder: Path, start: date, end: date) -> None:
    """Every dated row of the observed series Flee reads (data_layout.csv's files) lies in the period."""
    layout = folder / "data_layout.csv"
    if not layout.is_file():
        return
    files = [f for row in csv.reader(open(layout, encoding="utf-8")) if len(row) > 1 and not row[0].startswith("#")
             for f in row[1:] if f.strip()]
    for name in files:
        f = folder / name
        if not f.is_file():
            raise DisplacementError(f"source_data/data_layout.csv names {name}, which is missing")
        for lineno, row in enumerate(csv.reader(open(f, encoding="utf-8")), start=1):
            if len(row) < 2 or not row[0].strip() or row[0].startswith("#") or row[0] in ("Date", "DateTime"):
                continue
            try:
                d = date.fromisoformat(row[0].strip())
                float(row[1])
            except ValueError:
                raise DisplacementError(f"source_data/{name} line {lineno}: bad date or count {row[:2]!r}") from None
            if not start <= d <= end:
                raise DisplacementError(f"source_data/{name} line {lineno}: date {d} is outside the period "
                                        f"{start}..{end}")


def _meta(path: Path) -> dict:
    f = path / META
    if not f.is_file():
        return {}
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except ValueError:
        raise DisplacementError(f"{f}: not valid JSON") from None


def _areas(meta: dict) -> dict:
    from .graph import regions_config

    region = regions_config()["regions"].get(meta.get("region", ""), {})
    return dict(region.get("areas", {}))


class _staging:
    """Write a folder under a temporary name beside `out`, then rename it into place.  An existing
    `out` is replaced only when it is a tocsin scenario (has tocsin.json) or empty."""

    def __init__(self, out: Path):
        self.out = out

    def __enter__(self) -> Path:
        if self.out.exists() and (not self.out.is_dir() or (any(self.out.iterdir())
                                                            and not (self.out / META).exists())):
            raise DisplacementError(f"{self.out} exists and is not a tocsin scenario folder: choose another -o")
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.", dir=self.out.parent))
        return self.tmp

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        if self.out.exists():
            old = self.out.with_name(f".{self.out.name}.old-{os.getpid()}")
            os.replace(self.out, old)
            os.replace(self.tmp, self.out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.out)


def _csv(path: Path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def _num(x: float) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)
