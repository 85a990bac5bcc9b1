"""Small stores and tiny scenarios written by hand (no coding pipeline, no demo corpus)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

# (id, date_start, date_end, event_type, sub_event_type, modality, location, lat, lon, geo_precision,
#  fatalities, n_sources): a fictional offensive around Maarat al-Numan and Saraqib.
EVENTS = [
    ("ev-t1", "2020-01-02", "2020-01-02", "Battles", "Armed clash", "reported", "Maarat al-Numan",
     35.648, 36.677, 1, 4, 2),
    ("ev-t2", "2020-01-03", "2020-01-03", "Explosions/Remote violence", "Air/drone strike", "asserted",
     "Maarat al-Numan", 35.65, 36.68, 1, 10, 3),
    ("ev-t3", "2020-01-06", "2020-01-06", "Battles", "Government regains territory", "reported", "Saraqib",
     35.864, 36.806, 1, None, 1),
    ("ev-t4", "2020-01-04", "2020-01-04", "Explosions/Remote violence", "Air/drone strike", "hypothetical",
     "Ariha", 35.81, 36.61, 1, 50, 1),  # not factual: ignored
    ("ev-t5", "2020-01-04", "2020-01-04", "Battles", "Armed clash", "reported", "Syria", 35.0, 38.0, 4, 3, 1),
]


def make_store(path: Path, events=EVENTS) -> Path:
    from tocsin.store.db import opened

    with opened(path) as con:
        for (i, d0, d1, t, st, mod, loc, lat, lon, prec, fat, n) in events:
            con.execute(
                "INSERT INTO fused_events (id, date_start, date_end, event_type, sub_event_type, modality, country, "
                "admin1, location, lat, lon, geo_precision, fatalities, n_sources, n_records) VALUES "
                "(?, ?, ?, ?, ?, ?, 'Syria', 'Idlib', ?, ?, ?, ?, ?, ?, ?)",
                [i, d0, d1, t, st, mod, loc, lat, lon, prec, fat, n, n])
    return path


@pytest.fixture
def small_store(tmp_path) -> Path:
    return make_store(tmp_path / "small.duckdb")


@pytest.fixture
def empty_store(tmp_path) -> Path:
    from tocsin.store.db import opened

    path = tmp_path / "empty.duckdb"
    with opened(path):
        pass
    return path


def tiny_graph(capacity_c: int = 3000):
    """A: the conflict town; B: a crossroads; C: a small IDP camp; D: a far, open one; T: a camp
    across a closed border, the nearest of all to A."""
    from tocsin.displacement.graph import Graph, Node, Route

    nodes = {n.name: n for n in [
        Node("A", "North", "Syria", 36.0, 36.0, "town", 1000),
        Node("B", "North", "Syria", 36.2, 36.0, "town", 500),
        Node("C", "North", "Syria", 36.4, 36.0, "idpcamp", None, capacity_c),
        Node("D", "North", "Syria", 36.6, 36.2, "idpcamp", None, None),
        Node("T", "Hatay", "Turkey", 36.05, 35.9, "camp", None, 100000),
    ]}
    routes = [Route("A", "B", 30), Route("B", "C", 20), Route("B", "D", 60), Route("A", "T", 10)]
    return Graph("tiny", "Tiny test graph", "Syria", nodes, routes, [["country", "Syria", "Turkey", 0, -1]],
                 ("Syria",), {"north": ["C", "D"], "everywhere": ["*"]})


def write_tiny(folder: Path, days: int = 30, conflict_days: int = 10, rate: float = 1000.0,
               mode: str = "forecast", capacity_c: int = 3000) -> Path:
    import json

    import yaml

    from tocsin.displacement.scenario import simsetting, write_inputs

    g = tiny_graph(capacity_c)
    table = {"A": [1.0] * conflict_days + [0.0] * (days - conflict_days), "B": [0.0] * days}
    write_inputs(folder, g, table, date(2020, 1, 1), days)
    (folder / "simsetting.yml").write_text(yaml.safe_dump(simsetting(mode, rate)), encoding="utf-8")
    (folder / "tocsin.json").write_text(json.dumps({"region": "tiny", "title": "Tiny", "mode": mode}),
                                        encoding="utf-8")
    return folder


@pytest.fixture
def tiny(tmp_path) -> Path:
    return write_tiny(tmp_path / "tiny")
