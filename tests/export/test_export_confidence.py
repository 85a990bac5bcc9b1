"""`--min-confidence` on `tocsin events` and `tocsin export`, and confidence in every output (issue 12)."""
from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pandas as pd
import pytest

from tests.store.conftest import run_cli
from tocsin.store import facets
from tocsin.store.query import confidence_label


@pytest.fixture(scope="module")
def conf_db(wire_db, tmp_path_factory):
    """The wire store with one event's confidence unknown (NULL), as a store fused before migration 3,
    and two events made weaker than the rest."""
    path = tmp_path_factory.mktemp("conf") / "wire.duckdb"
    shutil.copyfile(wire_db, path)
    con = duckdb.connect(str(path))
    unknown = con.execute("SELECT id FROM fused_events ORDER BY confidence DESC NULLS LAST, id LIMIT 1").fetchone()[0]
    con.execute("UPDATE fused_events SET confidence = NULL WHERE id = ?", [unknown])
    # and, whatever the shipped model gives these clear wire reports, two weaker events to cut
    weak = [r[0] for r in con.execute("SELECT id FROM fused_events WHERE id <> ? ORDER BY id LIMIT 2", [unknown]).fetchall()]
    for value, wid in zip((0.42, 0.71), weak):
        con.execute("UPDATE fused_events SET confidence = ? WHERE id = ?", [value, wid])
    facets.refresh(con, [unknown, *weak])  # the read model the queries use (store/facets.py), as fusion writes it
    conf = dict(con.execute("SELECT id, confidence FROM fused_events").fetchall())
    con.close()
    return path, conf, unknown


def cut_of(conf: dict) -> float:
    """A threshold that keeps some events and drops others."""
    values = sorted({c for c in conf.values() if c is not None})
    assert len(values) >= 2, "the wire events should not all share one confidence"
    return values[len(values) // 2]


def kept(conf: dict, cut: float) -> set[str]:
    return {i for i, c in conf.items() if c is not None and c >= cut}


def events_ids(db, *args) -> list[str]:
    res = run_cli("events", "--db", str(db), *args)
    assert res.returncode == 0, res.stderr
    return [json.loads(x)["id"] for x in res.stdout.splitlines()]


def test_events_min_confidence_filters_and_null_never_passes(conf_db):
    db, conf, unknown = conf_db
    cut = cut_of(conf)
    everything = events_ids(db)
    assert set(everything) == set(conf) and unknown in everything
    assert events_ids(db, "--min-confidence", "0") == everything
    got = events_ids(db, "--min-confidence", str(cut))
    assert set(got) == kept(conf, cut) and 0 < len(got) < len(everything)
    assert unknown not in events_ids(db, "--min-confidence", "0.000001")
    assert set(events_ids(db, "--min-confidence", "1")) == {i for i, c in conf.items() if c == 1.0}
    # Combined with other filters, it narrows them.
    both = events_ids(db, "--min-confidence", str(cut), "--type", "Air/drone strike")
    assert set(both) == set(events_ids(db, "--type", "Air/drone strike")) & kept(conf, cut)


def test_events_outputs_show_confidence(conf_db):
    db, conf, unknown = conf_db
    rows = [json.loads(x) for x in run_cli("events", "--db", str(db)).stdout.splitlines()]
    assert all(r["confidence"] == conf[r["id"]] for r in rows)
    table = list(csv.DictReader(io.StringIO(run_cli("events", "--db", str(db), "--format", "csv").stdout)))
    assert {r["id"]: r["confidence"] for r in table}[unknown] == ""
    gj = json.loads(run_cli("events", "--db", str(db), "--format", "geojson").stdout)
    assert all(f["properties"]["confidence"] == conf[f["id"]] for f in gj["features"])
    res = run_cli("events", "--db", str(db), "--format", "table", env={"COLUMNS": "250"})
    assert res.returncode == 0 and "confidence" in res.stdout


@pytest.mark.parametrize("value", ["1.5", "-0.2", "nan", "high"])
@pytest.mark.parametrize("command", ["events", "export"])
def test_bad_min_confidence_is_a_clear_error(conf_db, tmp_path, command, value):
    db = conf_db[0]
    extra = ["--format", "geojson", "-o", str(tmp_path / "x.geojson")] if command == "export" else []
    res = run_cli(command, "--db", str(db), *extra, "--min-confidence", value)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "--min-confidence" in res.stderr
    assert not (tmp_path / "x.geojson").exists()


def test_export_every_format_filters_by_confidence(conf_db, tmp_path):
    db, conf, unknown = conf_db
    cut = cut_of(conf)
    want = kept(conf, cut)
    files = {}
    for fmt, ext in (("acled-csv", "csv"), ("plover-json", "json"), ("geojson", "geojson"), ("parquet", "parquet")):
        files[fmt] = tmp_path / f"events.{ext}"
        res = run_cli("export", "--format", fmt, "-o", str(files[fmt]), "--db", str(db), "--min-confidence", str(cut))
        assert res.returncode == 0, res.stderr
    acled = pd.read_csv(files["acled-csv"], keep_default_na=False)
    ids = {t.split("tocsin id=")[1].split(";")[0] for t in acled["tags"]}
    assert ids == want and len(acled) == len(want)
    plover = json.loads(files["plover-json"].read_text())
    assert plover and {r["id"] for r in plover} <= want and all(r["confidence"] >= cut for r in plover)
    gj = json.loads(files["geojson"].read_text())
    assert {f["id"] for f in gj["features"]} <= want and all(f["properties"]["confidence"] >= cut for f in gj["features"])
    pq = pd.read_parquet(files["parquet"])
    assert set(pq["id"]) == want and (pq["confidence"] >= cut).all()


def test_acled_tags_keep_confidence_beside_the_other_tags(conf_db, tmp_path):
    db, conf, unknown = conf_db
    out = tmp_path / "all.csv"
    assert run_cli("export", "--format", "acled-csv", "-o", str(out), "--db", str(db)).returncode == 0
    rows = pd.read_csv(out, keep_default_na=False).to_dict("records")
    assert len(rows) == len(conf)
    for r in rows:
        tags = r["tags"].split("; ")
        event_id = r["tags"].split("tocsin id=")[1].split(";")[0]
        assert any(t.startswith("sources=") for t in tags)  # what was there stays
        assert any(t.startswith("tocsin_languages=") for t in tags)  # the sources' languages (issue 13)
        mine = [t for t in tags if t.startswith("tocsin_confidence=")]
        if event_id == unknown:
            assert mine == []
        else:
            assert mine == [f"tocsin_confidence={confidence_label(conf[event_id])}"]
            assert float(mine[0].split("=")[1]) <= conf[event_id]  # rounded down, never up


def test_show_gives_the_confidence(conf_db):
    db, conf, unknown = conf_db
    known = next(i for i, c in conf.items() if c is not None)
    ev = json.loads(run_cli("show", known, "--db", str(db)).stdout)
    assert ev["confidence"] == conf[known]
    assert ev["sources"] and all(0 <= s["confidence"] <= 1 for s in ev["sources"])
    assert json.loads(run_cli("show", unknown, "--db", str(db)).stdout)["confidence"] is None


def in_terminal(*args: str) -> str:
    """The command's output as a terminal shows it (stdout a pseudo-terminal)."""
    import os
    import pty
    import subprocess
    import sys

    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", *args], stdout=child, stderr=subprocess.PIPE,
                            env=env)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait(timeout=120) == 0, proc.stderr.read()
    return out.decode("utf-8", "replace")


def test_show_prints_the_confidence_in_a_terminal(conf_db):
    db, conf, unknown = conf_db
    known = next(i for i, c in conf.items() if c is not None)
    assert f"confidence: {confidence_label(conf[known])}" in in_terminal("show", known, "--db", str(db))
    assert "confidence: unknown" in in_terminal("show", unknown, "--db", str(db))
