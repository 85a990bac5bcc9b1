"""Fusion end to end: articles written as multi-outlet clusters are ingested, then scored.

Each gold event with several mentions must become exactly one fused event holding all its
sources, and no two gold events (decoys included) may share a fused event.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.fuse.evaluate import load_gold, score
from tocsin.store.db import opened
from tocsin.store.ingest import ingest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def fused_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("fusion") / "fusion.duckdb"
    stats = ingest([str(DATA / "fusion-articles.jsonl")], db)
    assert stats.errors == 0 and stats.articles_new == 13
    return db


def test_written_clusters_fuse_exactly(fused_db):
    gold = load_gold(DATA / "fusion-gold.yaml")
    with opened(fused_db, read_only=True) as con:
        result = score(con, gold)
    assert result.missing_mentions == []
    assert result.merged == [], "unrelated events were fused together"
    assert result.split_events == [], "a cluster was split over several fused events"
    assert result.precision == 1.0 and result.recall == 1.0


def test_fused_event_lists_every_source_with_outlet_and_evidence(fused_db):
    from tocsin.store.query import EventFilter, find_events, get_event

    with opened(fused_db, read_only=True) as con:
        multi = [e for e in find_events(con, EventFilter()) if e["n_sources"] >= 3]
        assert multi
        ev = get_event(con, multi[0]["id"])
        outlets = {s["outlet"] for s in ev["sources"]}
        assert len(outlets) >= 3 and all(s["evidence"]["text"] for s in ev["sources"])
        assert ev["fatalities"] is not None and ev["fatalities_low"] <= ev["fatalities"] <= ev["fatalities_high"]
