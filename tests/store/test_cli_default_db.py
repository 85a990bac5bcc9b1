"""Reading commands without --db or $TOCSIN_DB: the default database, else the demo one, else a
one-line error that says how to get one (a new user's first `tocsin demo` then `tocsin events`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()


def one_event_db(path: Path, event_id: str = "ev-demo00000001") -> Path:
    """A tocsin database holding one fused event (no coding: the store alone is under test)."""
    from tocsin.store import facets
    from tocsin.store.db import opened

    with opened(path) as con:
        con.execute("INSERT INTO fused_events (id, date_start, event_type, sub_event_type, country, location, "
                    "lat, lon, n_sources, n_records) VALUES (?, DATE '2020-02-05', 'Battles', 'Armed clash', "
                    "'Syria', 'Saraqib', 35.86, 36.8, 1, 1)", [event_id])
        facets.refresh(con)  # the API's read model of the events, as fusion writes it
    return path


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """An empty user data folder (platformdirs reads XDG_DATA_HOME) and no $TOCSIN_DB."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TOCSIN_DB", raising=False)
    folder = tmp_path / "xdg" / "tocsin"
    folder.mkdir(parents=True)
    return folder


def test_cli_default_db_falls_back_to_the_demo_database(data_home):
    demo = one_event_db(data_home / "demo.duckdb")
    res = runner.invoke(app, ["events", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["ev-demo00000001"]
    note = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert note == [f"tocsin: no database at {data_home / 'tocsin.duckdb'}; using the demo database "
                    f"{demo} (tocsin demo)"]

    shown = runner.invoke(app, ["show", rows[0]["id"], "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == rows[0]["id"]
    assert "using the demo database" in shown.stderr
    out = data_home / "out.geojson"
    exported = runner.invoke(app, ["export", "--format", "geojson", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    assert [f["id"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]] == ["ev-demo00000001"]


def test_cli_default_db_is_preferred_to_the_demo_database(data_home):
    from tocsin.store.db import connect

    one_event_db(data_home / "demo.duckdb")
    connect(data_home / "tocsin.duckdb").close()  # an empty database of the user's own
    res = runner.invoke(app, ["events", "--format", "jsonl"])
    assert res.exit_code == 0 and res.stdout == "" and "demo" not in res.stderr


def test_cli_default_db_missing_everywhere_is_one_line_pointing_to_demo_and_ingest(data_home):
    for args in (["events"], ["show", "ev-1"], ["export", "--format", "geojson", "-o", str(data_home / "x")],
                 ["serve"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 2, args
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and "Traceback" not in res.output, (args, res.output)
        assert "tocsin demo" in lines[0] and "tocsin ingest" in lines[0], lines


def test_cli_default_db_explicit_db_never_falls_back(data_home, tmp_path, monkeypatch):
    one_event_db(data_home / "demo.duckdb")
    missing = tmp_path / "mine.duckdb"
    res = runner.invoke(app, ["events", "--db", str(missing)])
    assert res.exit_code == 2 and str(missing) in res.stderr and "using the demo" not in res.stderr
    monkeypatch.setenv("TOCSIN_DB", str(missing))
    res = runner.invoke(app, ["events"])
    assert res.exit_code == 2 and "using the demo" not in res.stderr


def test_cli_default_db_serve_uses_the_demo_database(data_home, monkeypatch):
    import os

    from tocsin.serve.app import app_from_env

    demo = one_event_db(data_home / "demo.duckdb")
    served = {}
    for name in ("TOCSIN_SERVE_DB", "TOCSIN_SERVE_CACHE", "TOCSIN_SERVE_THREADS"):
        monkeypatch.setenv(name, "")  # set by the command for its workers; restored after the test
    monkeypatch.setattr("tocsin.serve.workers.run", lambda host, port, workers: served.update(
        port=port, db=os.environ["TOCSIN_SERVE_DB"], app=app_from_env()))
    res = runner.invoke(app, ["serve", "--port", "8123"])
    assert res.exit_code == 0, res.output
    assert served["port"] == 8123 and Path(served["db"]) == demo and served["app"].state.db.path == demo
    assert f"using the demo database {demo}" in res.stderr
