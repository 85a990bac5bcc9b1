"""The brief shows the displacement curve of its region's latest Flee run, citing the store's events
that drove it, and nothing when no run fits (none, another period, another store)."""
from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from tocsin.store.db import opened
from tocsin.warning.brief import as_dict, build_brief
from tocsin.warning.render import html, markdown

from .conftest import build_store

START = date(2020, 1, 6)
TOWNS = {"Maarat al-Numan": (35.648, 36.677), "Saraqib": (35.864, 36.806), "Ariha": (35.81, 36.61)}


def _events(prefix: str) -> list[dict]:
    out = []
    for i in range(24):
        town = list(TOWNS)[i % 3]
        lat, lon = TOWNS[town]
        out.append({"id": f"{prefix}-{i:02d}", "date": START + timedelta(days=i), "iso": "SY", "country": "Syria",
                    "admin1": "Idlib", "location": town, "lat": lat, "lon": lon,
                    "event_type": "Explosions/Remote violence" if i % 2 else "Battles",
                    "sub_event_type": "Air/drone strike" if i % 2 else "Armed clash", "fatalities": 2 + i % 4,
                    "n_sources": 1 + i % 2, "actor1": "Military Forces of Syria"})
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A store, and the Idlib region's run built from it (24 days, one agent per 1,000 people)."""
    from tocsin.displacement import build_scenario, run_scenario

    root = tmp_path_factory.mktemp("brief-displacement")
    db = build_store(root / "store.duckdb", _events("ev-bd"))
    mp = pytest.MonkeyPatch()
    mp.setenv("TOCSIN_DISPLACEMENT_RUNS", str(root / "runs"))
    build_scenario(db, "idlib", START, 24, root / "runs" / "s1-scenario")
    run_scenario(root / "runs" / "s1-scenario", root / "runs" / "s1", scale=1000)
    yield db, root
    mp.undo()


def test_brief_shows_the_regions_latest_run_citing_its_events(runs):
    db, root = runs
    with opened(db, read_only=True) as con:
        b = build_brief(con, "Idlib", START, START + timedelta(days=13))
        stored = {r[0] for r in con.execute("SELECT id FROM fused_events").fetchall()}
    c = b.displacement_run
    assert c is not None and c["run"] == "s1" and c["region"] == "idlib"
    totals = {r["date"]: int(r["total_displaced"])
              for r in csv.DictReader(open(root / "runs" / "s1" / "totals.csv", encoding="utf-8"))}
    end = (START + timedelta(days=13)).isoformat()
    assert c["period_end"] == end and c["total_at_end"] == totals[end] > 0
    assert c["new_in_period"] == totals[end]  # the brief's period starts on the run's first day
    claim = [x for x in b.claims if x.section == "displacement"]
    assert len(claim) == 1 and claim[0].text.startswith("Simulated, not observed")
    assert f"{totals[end]:,}" in claim[0].text
    # it cites the store's events of the brief's period that the scenario used, and they are listed
    assert set(claim[0].events) == {f"ev-bd-{i:02d}" for i in range(14)} and set(claim[0].events) <= stored
    assert set(claim[0].events) <= set(b.events)
    page = html(b)
    assert 'class="scenario-curve"' in page and page.count("data:image/png;base64,") == 1
    assert "Simulated displacement" in markdown(b)
    assert as_dict(b)["displacement_run"]["totals"][0]["date"] == START.isoformat()
    with opened(db, read_only=True) as con:  # a period that starts after the run's first day
        later = build_brief(con, "Idlib", START + timedelta(days=10), START + timedelta(days=20)).displacement_run
    first = (START + timedelta(days=9)).isoformat()
    assert later["new_in_period"] == totals[later["period_end"]] - totals[first]


def test_brief_shows_no_curve_without_a_fitting_run(runs, tmp_path, monkeypatch):
    db, root = runs
    with opened(db, read_only=True) as con:  # a period the run does not cover
        late = build_brief(con, "Idlib", START + timedelta(days=40), START + timedelta(days=60))
    assert late.displacement_run is None
    other = build_store(tmp_path / "other.duckdb", _events("ev-other"))  # same places, other event ids
    with opened(other, read_only=True) as con:
        b = build_brief(con, "Idlib", START, START + timedelta(days=13))
    assert b.displacement_run is None and not [c for c in b.claims if c.section == "displacement"]
    monkeypatch.setenv("TOCSIN_DISPLACEMENT_RUNS", str(tmp_path / "no-runs"))
    with opened(db, read_only=True) as con:
        b = build_brief(con, "Idlib", START, START + timedelta(days=13))
    assert b.displacement_run is None and 'scenario-curve' not in html(b)
