"""The Ray Data engine against the local engine on the same articles (tests/scale/articles.py).

A local Ray (2 CPUs, no dashboard, no usage report) runs once for the module.  Without Ray
installed these tests are skipped with the reason below; under CI=true they fail instead,
since CI installs the `test` extra, which pins Ray.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tocsin import pipeline
from tocsin.cli import app
from tocsin.scale import shards
from tocsin.store.db import opened
from tocsin.store.ingest import ingest
from tocsin.store.schema import TABLES

from .articles import BROKEN, RECORDS, write_jsonl

runner = CliRunner()
NO_RAY = "needs Ray Data (pip install -e '.[test]' or 'tocsin[ray]'): ray is not installed"


@pytest.fixture(scope="module")
def ray_local():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(f"{NO_RAY}, and CI=true", pytrace=False)
        pytest.skip(NO_RAY)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    started = not ray.is_initialized()
    if started:
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """The first three records as JSON Lines (plus a broken line), the rest as a Parquet file
    in a sub-folder; `local` holds all of them as JSON Lines for the local engine."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    base = tmp_path_factory.mktemp("scale-in")
    (base / "feed" / "more").mkdir(parents=True)
    write_jsonl(base / "feed" / "first.jsonl", RECORDS[:3] + [BROKEN])
    cols = ("id", "published", "outlet", "title", "text")
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in RECORDS[3:]]),
                   base / "feed" / "more" / "rest.parquet")
    return {"dir": base / "feed", "local": write_jsonl(base / "local.jsonl", RECORDS)}


@pytest.fixture(scope="module")
def shard_dir(ray_local, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scale-out") / "shards"
    res = runner.invoke(app, ["extract", str(inputs["dir"]), "--engine", "ray", "--workers", "2", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[-1])["articles"] == len(RECORDS)
    assert 'record has no "text" or "html"' in res.stderr  # the broken line, reported once
    return out


def _local_events(path: Path) -> list[dict]:
    return [ev.to_dict() for item in pipeline.extract([str(path)]) if isinstance(item, tuple) for ev in item[1]]


def _canon(events) -> list[str]:
    return sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in events)


def _table(shard_dir: Path, table: str) -> list[tuple[str, dict]]:
    """(partition day, record) for every row of one shard table, read back with DuckDB."""
    glob = str(shard_dir / f"table={table}" / "*" / "*.parquet")
    rows = duckdb.sql(f"SELECT filename, json FROM read_parquet('{glob}', filename = true, "
                      "hive_partitioning = false)").fetchall()
    return [(Path(f).parent.name.removeprefix("date="), json.loads(j)) for f, j in rows]


def test_ray_engine_events_equal_the_local_engine(shard_dir, inputs):
    local = _local_events(inputs["local"])
    ray_events = [ev for _, ev in _table(shard_dir, "events")]
    assert len(local) >= len(RECORDS)  # every article reports at least one event
    assert _canon(ray_events) == _canon(local)
    assert len({e["id"] for e in ray_events}) == len(ray_events)


def test_ray_engine_shards_are_partitioned_by_date(shard_dir):
    events, arts = _table(shard_dir, "events"), _table(shard_dir, "articles")
    assert all(day == (ev["date"]["start"] or "unknown") for day, ev in events)
    assert all(day == (art["published"] or "unknown") for day, art in arts)
    assert {day for day, _ in arts} == {"2021-03-04", "2021-03-06", "2021-03-08", "unknown"}
    assert {day for day, _ in events} >= {"2021-03-03", "2021-03-05", "unknown"}  # events on their own days
    manifest = shards.read_manifest(shard_dir)
    assert (manifest["articles"], manifest["events"], manifest["errors"]) == (len(arts), len(events), 1)


def test_ray_engine_ingest_equals_a_normal_ingest(ray_local, shard_dir, inputs, tmp_path):
    normal, via_ray, via_shards = tmp_path / "normal.duckdb", tmp_path / "ray.duckdb", tmp_path / "shards.duckdb"
    ingest([str(inputs["local"])], normal)
    res = runner.invoke(app, ["ingest", str(inputs["local"]), "--engine", "ray", "--workers", "2",
                              "--db", str(via_ray)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["ingest", "--from-parquet", str(shard_dir), "--db", str(via_shards)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[-1])["errors"] == 1  # the broken record, from the shards
    want = _snapshot(normal)
    assert want["records"] and want["fused_events"]
    assert _snapshot(via_ray) == want
    assert _snapshot(via_shards) == want
    again = runner.invoke(app, ["ingest", "--from-parquet", str(shard_dir), "--db", str(via_shards)])
    assert json.loads(again.stdout.splitlines()[-1])["articles_unchanged"] == len(RECORDS)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows but the volatile ones (when written; the article's input file)."""
    skip = {"ingested_at", "source"}
    with opened(db, read_only=True) as con:
        out = {}
        for table in TABLES:
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in skip]
            out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    return out


def test_ray_engine_missing_ray_is_a_clear_error(tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m == "ray" or m.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    src = write_jsonl(tmp_path / "a.jsonl", RECORDS[:1])
    res = runner.invoke(app, ["extract", str(src), "--engine", "ray", "-o", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "pip install 'tocsin[ray]'" in res.stderr and "Traceback" not in res.output


def test_ray_engine_unreachable_cluster_is_a_clear_error(ray_local, tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", RECORDS[:1])
    res = runner.invoke(app, ["extract", str(src), "--engine", "ray", "--address", "127.0.0.1:1",
                              "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and "cannot reach the Ray cluster at 127.0.0.1:1" in res.stderr


def test_ray_engine_options_are_checked(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", RECORDS[:1])
    res = runner.invoke(app, ["extract", str(src), "--address", "127.0.0.1:6379"])
    assert res.exit_code == 2 and "--address needs --engine ray" in res.output
    res = runner.invoke(app, ["extract", str(src), "--engine", "ray"])
    assert res.exit_code == 2 and "-o DIR" in res.output
    res = runner.invoke(app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "not a finished tocsin shard directory" in res.stderr


def test_ray_engine_pin_matches_the_extras():
    import tomllib

    from tocsin.scale.ray_engine import RAY_PIN

    extras = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    assert extras["ray"] == [RAY_PIN] and RAY_PIN in extras["test"]  # CI installs `.[test]`


def test_ray_engine_broken_shard_is_a_clear_error(tmp_path):
    shards.write_manifest(tmp_path, "0+test", {"articles": 1, "events": 0, "errors": 0})
    bad = tmp_path / "table=articles" / "date=unknown"
    bad.mkdir(parents=True)
    (bad / "part.parquet").write_bytes(b"not parquet at all")
    res = runner.invoke(app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "unreadable shards" in res.stderr and "Traceback" not in res.output
