"""`min_confidence` on the API and `confidence` in its answers (issue 12)."""
from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from .conftest import all_events


def thresholds(events: list[dict]) -> list[float]:
    """Cut points that split the events: each keeps some and drops some."""
    values = sorted({e["confidence"] for e in events if e["confidence"] is not None})
    assert len(values) >= 2, "the demo events should not all share one confidence"
    return [values[len(values) // 2], values[-1]]


def test_api_events_carry_confidence(client):
    events = all_events(client)
    assert events and all("confidence" in e for e in events)
    assert all(e["confidence"] is None or 0 <= e["confidence"] <= 1 for e in events)
    ev = client.get(f"/api/events/{events[0]['id']}").json()
    assert ev["confidence"] == events[0]["confidence"]
    assert all("confidence" in s for s in ev["sources"])
    gj = client.get("/api/events", params={"format": "geojson", "limit": 5}).json()
    assert all("confidence" in f["properties"] for f in gj["features"])


def test_api_min_confidence_filters_events_geojson_and_stats(client):
    events = all_events(client)
    assert all_events(client, min_confidence=0) == events
    for cut in thresholds(events):
        want = {e["id"] for e in events if e["confidence"] is not None and e["confidence"] >= cut}
        got = all_events(client, min_confidence=cut)
        assert {e["id"] for e in got} == want and 0 < len(want) < len(events)
        assert all(e["confidence"] >= cut for e in got)
        gj = client.get("/api/events", params={"format": "geojson", "limit": 1000, "min_confidence": cut}).json()
        assert gj["total"] == len(want)
        assert {f["id"] for f in gj["features"]} == {e["id"] for e in got if e["lat"] is not None}
        assert client.get("/api/stats", params={"min_confidence": cut}).json()["total"] == len(want)
    assert all_events(client, min_confidence=1.0) == [e for e in events if e["confidence"] == 1.0]


def test_api_min_confidence_combines_with_other_filters(client):
    syria = all_events(client, country="SY")
    cut = thresholds(syria)[0]
    both = all_events(client, country="SY", min_confidence=cut)
    assert {e["id"] for e in both} == {e["id"] for e in syria if e["confidence"] is not None and e["confidence"] >= cut}


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "inf", "high", ""])
def test_api_bad_min_confidence_is_a_clean_422(client, value):
    for path in ("/api/events", "/api/stats"):
        r = client.get(path, params={"min_confidence": value})
        assert r.status_code == 422, (path, value)
        assert any("min_confidence" in d["loc"] for d in r.json()["detail"])


def test_api_null_confidence_never_passes_a_positive_threshold(writable_db):
    from tocsin.serve.app import create_app
    from tocsin.store import facets

    con = duckdb.connect(str(writable_db))
    victim = con.execute("SELECT id FROM fused_events ORDER BY confidence DESC NULLS LAST, id LIMIT 1").fetchone()[0]
    con.execute("UPDATE fused_events SET confidence = NULL WHERE id = ?", [victim])
    facets.refresh(con, [victim])  # the API's read model of the event (store/facets.py), as fusion writes it
    con.close()
    c = TestClient(create_app(writable_db, token=""))
    assert victim in {e["id"] for e in all_events(c)}  # no filter, or 0: every event
    assert victim in {e["id"] for e in all_events(c, min_confidence=0)}
    for cut in (1e-9, 0.01, 0.5):
        assert victim not in {e["id"] for e in all_events(c, min_confidence=cut)}
    assert c.get(f"/api/events/{victim}").json()["confidence"] is None
