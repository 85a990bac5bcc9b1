"""GET /api/displacement?run=NAME serves a finished run (TestClient)."""
from __future__ import annotations

from fastapi.testclient import TestClient

from tocsin.displacement.runner import run_path, run_scenario


def test_api_displacement_serves_a_finished_run(tiny, small_store, tmp_path, monkeypatch):
    from tocsin.serve.app import create_app

    monkeypatch.setenv("TOCSIN_DISPLACEMENT_RUNS", str(tmp_path / "runs"))
    run_scenario(tiny, run_path("tiny-run"), scale=10)
    client = TestClient(create_app(small_store, token=""))
    res = client.get("/api/displacement", params={"run": "tiny-run"})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["run"]["region"] == "tiny" and body["run"]["scenario"] == "tiny"  # a name, not a server path
    assert len(body["totals"]) == 30 and body["totals"][-1]["total_displaced"] == 10000
    assert body["destinations"] and len(body["destinations"][0]["people"]) == 30
    assert body["score"] is None
    assert client.get("/api/displacement", params={"run": "nope"}).status_code == 404
    assert client.get("/api/displacement", params={"run": "../etc"}).status_code == 422
    assert client.get("/api/displacement").status_code == 422
