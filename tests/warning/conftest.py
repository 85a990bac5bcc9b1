"""Stores for the early-warning tests, written by hand (no NLP: fast).

`build_store(path, events)` writes fused events with one article, one record and one member
each, so every event's sources resolve.  `escalation_db` plants a x4 escalation in one province
of a fictional country, beside a steady one, a quiet one and non-factual records that must not
count.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

START = date(2018, 1, 1)  # a Monday
CHANGE_WEEK = 130
WEEKS = 140


def build_store(path: Path, events: list[dict]) -> Path:
    from tocsin.store import figures
    from tocsin.store.db import opened

    now = "2024-01-01 00:00:00"
    with opened(path) as con:
        con.execute("BEGIN TRANSACTION")
        for e in events:
            d = e["date"]
            aid, rid = f"art-{e['id']}", f"rec-{e['id']}"
            con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, false, 'en', ?, ?, 'test', ?)",
                        [aid, f"test/{aid}.txt", f"https://example.org/{aid}", e.get("outlet", "Test Wire"),
                         f"Report {e['id']}", d, f"text of {e['id']}", e["id"], now])
            rec = {"figures": e.get("figures", {}), "displacement": e.get("displacement")}
            con.execute("INSERT INTO records (id, article_id, seq, event_type, sub_event_type, modality, aggregate, "
                        "date_start, date_end, country, admin1, evidence_text, record_json) "
                        "VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [rid, aid, e["event_type"], e.get("sub_event_type"), e.get("modality", "asserted"),
                         e.get("aggregate", False), d, d, e["iso"], e.get("admin1"), f"evidence {e['id']}",
                         json.dumps(rec)])
            con.execute("INSERT INTO fused_events (id, date_start, date_end, time_precision, event_type, "
                        "sub_event_type, modality, iso, country, admin1, location, lat, lon, geo_precision, "
                        "fatalities, fatalities_low, fatalities_high, actor1, actor2, inter1, inter2, "
                        "civilian_targeting, n_sources, n_records, evidence, rule) VALUES "
                        "(?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 1, 'e', 'test')",
                        [e["id"], d, d, e["event_type"], e.get("sub_event_type"), e.get("modality", "asserted"),
                         e["iso"], e.get("country", e["iso"]), e.get("admin1"), e.get("location", e.get("admin1")),
                         e.get("lat"), e.get("lon"), e.get("geo_precision", 1), e.get("fatalities"),
                         e.get("fatalities_low", e.get("fatalities")), e.get("fatalities_high", e.get("fatalities")),
                         e.get("actor1"), e.get("actor2"), e.get("inter1"), e.get("inter2"), e.get("n_sources", 1)])
            con.execute("INSERT INTO fused_members VALUES (?, ?, 0)", [e["id"], rid])
        figures.refresh(con)
        con.execute("COMMIT")
    return path


PROVINCES = {"Quiet": (0.15, 10.0, 20.0), "Steady": (3.0, 10.5, 20.5), "Rising": (3.0, 11.0, 21.0)}


def escalation_events() -> list[dict]:
    """Weekly counts drawn with a fixed seed; Rising goes x4 from CHANGE_WEEK on."""
    rng = np.random.default_rng(11)
    events, n = [], 0
    for name, (rate, lat, lon) in PROVINCES.items():
        for w in range(WEEKS):
            lam = rate * (4 if name == "Rising" and w >= CHANGE_WEEK else 1)
            for _ in range(rng.poisson(rng.gamma(5, lam / 5))):
                n += 1
                day = START + timedelta(days=7 * w + int(rng.integers(0, 7)))
                events.append({"id": f"ev-{n:05d}", "date": day, "iso": "XA", "country": "Testland", "admin1": name,
                               "event_type": "Battles", "sub_event_type": "Armed clash", "lat": lat, "lon": lon,
                               "fatalities": int(rng.integers(0, 4)), "n_sources": int(rng.integers(1, 3)),
                               "actor1": "Military Forces of Testland", "actor2": "Rebel Group (Testland)",
                               "inter1": "State forces", "inter2": "Rebel group"})
    # Never counted: a historical mention and a non-factual (future) event in the quiet province.
    for i, modality in enumerate(("historical", "future")):
        events.append({"id": f"ev-x{i}", "date": START + timedelta(days=7 * 135), "iso": "XA", "country": "Testland",
                       "admin1": "Quiet", "event_type": "Battles", "sub_event_type": "Armed clash", "lat": 10.0,
                       "lon": 20.0, "fatalities": 50, "modality": modality})
    # A first clash between two states' forces, late in the history.
    events.append({"id": "ev-dyad", "date": START + timedelta(days=7 * 136 + 2), "iso": "XA", "country": "Testland",
                   "admin1": "Steady", "event_type": "Battles", "sub_event_type": "Armed clash", "lat": 10.5,
                   "lon": 20.5, "fatalities": 3, "actor1": "Military Forces of Testland",
                   "actor2": "Military Forces of Otherland", "inter1": "State forces", "inter2": "State forces",
                   "n_sources": 2, "figures": {"injured": {"value": 4}, "displaced": {"value": 120}}})
    # Violence after a long quiet in a new province.
    events += [{"id": f"ev-new{i}", "date": START + timedelta(days=7 * 137 + i), "iso": "XA", "country": "Testland",
                "admin1": "Fresh", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                "lat": 12.0, "lon": 22.0, "fatalities": 5} for i in range(3)]
    return events


@pytest.fixture(scope="session")
def escalation_db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("warning") / "escalation.duckdb", escalation_events())


def week(w: int) -> date:
    return START + timedelta(days=7 * w)
