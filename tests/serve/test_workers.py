"""`tocsin serve --workers N`: several processes give the same answers as one; writes keep one."""
from __future__ import annotations

import httpx
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.serve.launch import running

URLS = [("/api/events", {"limit": 5}), ("/api/events", {"type": "Battles", "limit": 1000}),
        ("/api/events", {"country": "SYR", "offset": 3, "limit": 7}), ("/api/events", {"text": "killed", "format": "geojson"}),
        ("/api/events", {"actor": "forces", "lang": "en"}), ("/api/events", {"near": "35.9,36.6,80"}),
        ("/api/stats", {}), ("/api/stats", {"since": "2020-02-01", "type": "Explosions/Remote violence"})]


def _answers(base: str) -> list:
    out = []
    with httpx.Client(base_url=base, timeout=30) as http:
        for path, params in URLS:
            r = http.get(path, params=params)
            assert r.status_code == 200, (path, params, r.text[:300])
            out.append(r.json())
        ids = [e["id"] for e in out[1]["events"]][:5] + [e["id"] for e in out[0]["events"]]
        for eid in ids:
            r = http.get(f"/api/events/{eid}")  # each worker holds its own connection: ask several times
            assert r.status_code == 200
            out.append(r.json())
        out.append([http.get("/api/stats", params={"admin1": a}).json() for a in ("Idlib", "Aleppo", "Nowhere")])
    return out


def test_serve_two_workers_answer_as_one(demo_db, tmp_path):
    with running(demo_db, tmp_path / "one.log", ("--workers", "1")) as base:
        one = _answers(base)
    with running(demo_db, tmp_path / "two.log", ("--workers", "2", "--cache", "0")) as base:
        two = _answers(base)
    assert "2 workers" in (tmp_path / "two.log").read_text()
    assert one == two
    assert one[1]["events"] and one[6]["total"] > 0  # not empty answers compared


def test_serve_with_write_token_runs_one_worker(demo_db, monkeypatch):
    calls = []
    monkeypatch.setattr("tocsin.serve.workers.run", lambda host, port, workers: calls.append(workers))
    for name in ("TOCSIN_SERVE_DB", "TOCSIN_SERVE_CACHE", "TOCSIN_SERVE_THREADS"):
        monkeypatch.setenv(name, "")  # the command sets them for its workers; restored after the test
    monkeypatch.setenv("TOCSIN_TOKEN", "secret")
    r = CliRunner().invoke(app, ["serve", "--db", str(demo_db), "--workers", "3"])
    assert r.exit_code == 0, r.output
    assert calls == [1] and "running 1 worker" in r.output
    monkeypatch.setenv("TOCSIN_TOKEN", "")
    r = CliRunner().invoke(app, ["serve", "--db", str(demo_db), "--workers", "3"])
    assert calls == [1, 3]


def test_serve_help_explains_workers():
    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--workers" in r.output and "TOCSIN_TOKEN" in r.output
