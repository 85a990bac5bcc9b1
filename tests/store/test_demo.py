"""`tocsin demo`: the bundled corpus into a fresh database, a summary, and idempotent re-ingest."""
from __future__ import annotations

import json
import re
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
    # it ends with the alerts the demo store raises and where its Idlib brief is
    w = summary["warning"]
    assert w["alerts"] and {a["level"] for a in w["alerts"]} <= {"warning", "alert"}
    assert {a["period_start"] for a in w["alerts"] if a["area"] == "SY/Idlib" and a["kind"] == "escalation"} \
        >= {"2020-02-17", "2020-02-24"}  # the M5 offensive and the strike on Turkish troops
    brief = Path(w["brief"])
    assert brief.parent == db.parent and brief.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with opened(db, read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT id FROM fused_events").fetchall()}
    cited = set(re.findall(r'data-events="([^"]*)"', brief.read_text(encoding="utf-8")))
    assert w["brief_claims"] >= len(cited) > 5  # distinct citation lists
    assert all(c and set(c.split()) <= stored for c in cited)
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


def test_demo_terminal_summary_ends_with_alerts_and_the_brief(capsys):
    from tocsin.cli.demo import print_summary

    alert = {"period_start": "2020-02-24", "area": "SY/Idlib", "kind": "escalation", "level": "alert",
             "measure": "events", "observed": 41.0, "expected": 8.0, "test": "nb-sustained-k4", "events": 10}
    summary = {"articles": 1, "records": 1, "fused_events": 1, "by_type": [], "by_month": [], "top_places": [],
               "clusters": [], "ingest": {"db": "/x/demo.duckdb"}, "next": ["tocsin events --db /x/demo.duckdb"],
               "warning": {"alerts": [alert], "alerts_level": "warning", "alerts_period": "week",
                           "alerts_from": "2019-03-15", "alerts_to": "2024-06-11", "brief": "/x/demo-brief-idlib.html",
                           "brief_area": "Idlib, Syria", "brief_since": "2020-02-03", "brief_until": "2020-03-08",
                           "brief_claims": 20}}
    print_summary(summary)
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    assert "Alerts raised (level warning or above" in flat and "SY/Idlib" in out and "escalation" in out
    assert out.rstrip().splitlines()[-1].endswith("/x/demo-brief-idlib.html")
