"""A region's location graph: the FabFlee district graph, cut to the region, plus tocsin's rows.

The graph is data (`data/displacement/`): FabFlee's syria2017 districts (BSD-3) and, per region,
the destinations and roads FabFlee lacks, each row with its source.  `check` refuses graphs Flee
would crash on or silently misread (Flee 3.1 calls sys.exit on a route to an unknown place).
"""
from __future__ import annotations

import csv
import math
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import yamlfile

CAMP_TYPES = ("camp", "idpcamp")
LOCATION_TYPES = ("town", "camp", "idpcamp", "conflict_zone", "conflict", "marker", "forward")
CLOSURE_TYPES = ("country", "location", "link", "camp", "idpcamp", "remove_forced_redirection")


class DisplacementError(Exception):
    """A problem with a scenario, its inputs or a run that the user can act on (says what and where)."""


@dataclass(frozen=True)
class Node:
    name: str
    region: str  # admin1 (governorate / province)
    country: str
    lat: float
    lon: float
    location_type: str
    population: int | None = None
    capacity: int | None = None
    source: str = ""

    @property
    def is_camp(self) -> bool:
        return self.location_type in CAMP_TYPES


@dataclass(frozen=True)
class Route:
    a: str
    b: str
    distance: float
    forced_redirection: int = 0
    source: str = ""


@dataclass
class Graph:
    region: str
    title: str
    home_country: str
    nodes: dict[str, Node]
    routes: list[Route]
    closures: list[list] = field(default_factory=list)
    conflict_countries: tuple[str, ...] = ()
    areas: dict[str, list[str]] = field(default_factory=dict)

    def conflict_nodes(self) -> list[Node]:
        """Nodes that may become conflict zones: not camps, in a conflict country."""
        return [n for n in self.nodes.values()
                if not n.is_camp and n.country in self.conflict_countries]

    def area_nodes(self, area: str) -> list[str] | None:
        """The nodes standing for an observed area's name (case-insensitive), or None."""
        for name, members in self.areas.items():
            if name.lower() == area.strip().lower():
                if members == ["*"]:
                    return [n.name for n in self.nodes.values() if n.country == self.home_country]
                return [m for m in members if m in self.nodes]
        return None


def data_dir() -> Path:
    return Path(str(resources.files("tocsin") / "data" / "displacement"))


@lru_cache(maxsize=1)
def regions_config() -> dict:
    with open(data_dir() / "regions.yaml", encoding="utf-8") as fh:
        return yamlfile.safe_load(fh)


def region_names() -> list[str]:
    return sorted(regions_config()["regions"])


def regions_for_area(country: str | None, admin1: str | None = None) -> list[str]:
    """The regions covering a store area (a country, or one of its admin1), per regions.yaml `covers`."""
    out = []
    for key, cfg in sorted(regions_config()["regions"].items()):
        for c, admins in (cfg.get("covers") or {}).items():
            if country and c.lower() == country.strip().lower() and (
                    admin1 is None or admin1.strip().lower() in {a.lower() for a in admins}):
                out.append(key)
                break
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * r * math.asin(math.sqrt(min(1.0, h)))


def _rows(path: Path):
    """Data rows of a Flee-style CSV (a first cell starting with '#' is a header or comment)."""
    with open(path, newline="", encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            yield lineno, [c.strip() for c in row]


def _int_or_none(text: str) -> int | None:
    return int(float(text)) if text not in ("", None) else None


def read_nodes(path: Path, with_capacity: bool = False) -> list[Node]:
    """FabFlee locations.csv rows, or tocsin's added rows (with capacity and source columns)."""
    out = []
    for lineno, r in _rows(path):
        try:
            if with_capacity:
                name, region, country, lat, lon, kind, pop, cap, source = (r + [""] * 9)[:9]
            else:
                name, region, country, lat, lon, kind, _date, pop = (r + [""] * 8)[:8]
                cap, source = "", f"FabFlee syria2017_adm2 locations.csv line {lineno}"
            out.append(Node(name, region, country, float(lat), float(lon), kind,
                            _int_or_none(pop), _int_or_none(cap), source))
        except ValueError as exc:
            raise DisplacementError(f"{path.name} line {lineno}: bad location row {r!r} ({exc})") from None
    return out


def read_routes(path: Path) -> list[Route]:
    out = []
    for lineno, r in _rows(path):
        try:
            a, b, dist = r[0], r[1], float(r[2])
            forced = int(r[3]) if len(r) > 3 and r[3] else 0
        except (ValueError, IndexError):
            raise DisplacementError(f"{path.name} line {lineno}: bad route row {r!r}") from None
        source = r[4] if len(r) > 4 else f"FabFlee syria2017_adm2 routes.csv line {lineno}"
        out.append(Route(a, b, dist, forced, source))
    return out


def load_region(name: str) -> Graph:
    """The region's graph: FabFlee base rows of the included provinces plus the region's rows."""
    regions = regions_config()["regions"]
    key = name.strip().lower()
    if key not in regions:
        raise DisplacementError(f"unknown region {name!r}; known: {', '.join(sorted(regions))}")
    cfg = regions[key]
    base = data_dir() / "fabflee_syria2017"
    include = {c: set(p) for c, p in cfg["include"].items()}
    become = cfg.get("conflict_zones_become", "town")
    nodes: dict[str, Node] = {}
    for n in read_nodes(base / "adm2_locations.csv"):
        if n.region in include.get(n.country, ()):
            kind = become if "conflict" in n.location_type else n.location_type
            cap = n.population if kind in CAMP_TYPES else None
            nodes[n.name] = Node(n.name, n.region, n.country, n.lat, n.lon, kind,
                                 None if kind in CAMP_TYPES else n.population, cap, n.source)
    for n in read_nodes(data_dir() / cfg["added_nodes"], with_capacity=True):
        nodes[n.name] = n
    routes = [r for r in read_routes(base / "adm2_routes.csv") if r.a in nodes and r.b in nodes]
    routes += read_routes(data_dir() / cfg["added_routes"])
    home = cfg["home_country"]
    ordered = dict(sorted(nodes.items(), key=lambda kv: kv[1].country != home))  # home country first
    graph = Graph(key, cfg.get("title", key), home, ordered, dedupe(routes),
                  [list(c) for c in cfg.get("closures", [])],
                  tuple(cfg.get("conflict_countries", [home])), dict(cfg.get("areas", {})))
    check(graph)
    return graph


def dedupe(routes: list[Route]) -> list[Route]:
    """One route per pair of places, the shortest (FabFlee lists Menbij-Dayr_Hafir twice)."""
    best: dict[frozenset, Route] = {}
    for r in routes:
        k = frozenset((r.a, r.b))
        if k not in best or r.distance < best[k].distance:
            best[k] = r
    return list(best.values())


def check(graph: Graph) -> None:
    """Raise DisplacementError for a graph Flee would crash on or misread, naming the row."""
    names = graph.nodes
    if not names:
        raise DisplacementError("the location graph is empty")
    for n in names.values():
        if n.location_type not in LOCATION_TYPES:
            raise DisplacementError(f"location {n.name!r}: unknown location_type {n.location_type!r} "
                                    f"(one of {', '.join(LOCATION_TYPES)})")
    for i, r in enumerate(graph.routes, start=1):
        for end in (r.a, r.b):
            if end not in names:
                raise DisplacementError(f"route {i} ({r.a},{r.b}): unknown location {end!r} "
                                        "(not in locations.csv)")
        if r.a == r.b:
            raise DisplacementError(f"route {i} ({r.a},{r.b}): a route must join two places")
        if not r.distance > 0:
            raise DisplacementError(f"route {i} ({r.a},{r.b}): distance must be > 0 km")
    countries = {n.country for n in names.values()}
    for i, c in enumerate(graph.closures, start=1):
        if len(c) != 5 or c[0] not in CLOSURE_TYPES:
            raise DisplacementError(f"closure {i} {c!r}: expected [type, name1, name2, start, end] "
                                    f"with type one of {', '.join(CLOSURE_TYPES)}")
        if c[0] == "country" and not {c[1], c[2]} <= countries:
            raise DisplacementError(f"closure {i} {c!r}: unknown country "
                                    f"{sorted({c[1], c[2]} - countries)[0]!r}")
        if c[0] in ("location", "camp", "idpcamp") and c[1] not in names:
            raise DisplacementError(f"closure {i} {c!r}: unknown location {c[1]!r}")
    adj: dict[str, set[str]] = {n: set() for n in names}
    for r in graph.routes:
        adj[r.a].add(r.b)
        adj[r.b].add(r.a)
    sources = [n.name for n in graph.conflict_nodes()]
    reached = _reach(adj, sources)
    for n in names.values():
        if n.is_camp and n.country in graph.conflict_countries and n.name not in reached:
            why = "it has no route" if not adj[n.name] else "no route leads to it from a conflict-eligible place"
            raise DisplacementError(f"camp {n.name!r} is disconnected: {why}")


def _reach(adj: dict[str, set[str]], starts: list[str]) -> set[str]:
    seen, todo = set(starts), deque(starts)
    while todo:
        for nxt in adj[todo.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
