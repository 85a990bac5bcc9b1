"""`tocsin demo`: the bundled corpus into a fresh database, a summary, and idempotent re-ingest."""
from __future__ import annotations

import json
from pathlib import Path

from tocsin.store.db import opened
from tocsin.fuse.evaluate import load_gold, score
from tocsin.store.demo import demo_dir, demo_inputs
from tocsin.store.ingest import ingest
from tocsin.store.schema import TABLES

from .conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]


def counts(db) -> dict[str, int]:
    with opened(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_demo_builds_a_database_and_summarises_it(tmp_path):
    db = tmp_path / "demo.duckdb"
    res = run_cli("demo", "--db", str(db))
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["articles"] >= 26 and summary["fused_events"] > 10
    assert summary["ingest"]["db"] == str(db) and summary["ingest"]["errors"] == 0
    assert any(c["sources"] >= 3 for c in summary["clusters"])  # several outlets, one event
    assert {m["month"] for m in summary["by_month"]} >= {"2020-01", "2020-02", "2020-03"}
    assert any("tocsin serve" in step for step in summary["next"])
    # fusion against the corpus' gold clusters: no false merge, recall at its floor
    floors = json.loads((ROOT / "bench" / "floors.json").read_text())["fusion_demo"]
    with opened(db, read_only=True) as con:
        result = score(con, load_gold(demo_dir() / "clusters.yaml"))
    assert result.merged == [] and result.missing_mentions == []
    assert result.precision >= floors["pairwise_precision"] and result.recall >= floors["pairwise_recall"]
    before = counts(db)
    # re-ingesting the demo twice changes nothing
    for _ in range(2):
        stats = ingest(demo_inputs(), db)
        assert (stats.articles_new, stats.articles_recoded, stats.records) == (0, 0, 0)
        assert stats.articles_unchanged == summary["articles"]
    assert counts(db) == before
