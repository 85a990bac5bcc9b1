"""Incremental fusion (fuse/incremental.py) equals a full re-fusion, whatever the order and
batching in which articles arrive and however often an article is coded again."""
import random
from datetime import date
from pathlib import Path

import pytest

from tocsin import pipeline
from tocsin.fuse import fuse
from tocsin.store.db import opened
from tocsin.store.ingest import IngestStats, _write, pipeline_version
from tests.fuse.stored import stored_groups

DATA = Path(__file__).parent / "data" / "fusion-articles.jsonl"
DEMO = Path(__file__).resolve().parents[2] / "src" / "tocsin" / "data" / "demo" / "corpus"


@pytest.fixture(scope="module")
def coded():
    inputs = [str(DATA), *sorted(str(p) for p in DEMO.iterdir())]
    return [item for item in pipeline.code_articles(pipeline.articles(inputs)) if isinstance(item, tuple)]


def _stored(con):
    groups, events = stored_groups(con)
    return {frozenset(g): events[fid] for fid, g in groups.items()}


def _full(con):
    out = {}
    for ev in fuse(con):
        day = None if ev.date_start is None else date.fromisoformat(ev.date_start)
        out[frozenset(ev.members)] = (day, ev.sub_event_type, ev.location, ev.fatalities, ev.n_sources, ev.confidence)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_fusion_equals_full_fusion_in_any_order(coded, tmp_path, seed):
    from tocsin.fuse.incremental import refuse_touched

    rng = random.Random(seed)
    order = list(coded)
    rng.shuffle(order)
    order += rng.sample(coded, 4)  # some articles arrive again (coded again: records replaced)
    db = tmp_path / "t.duckdb"
    version = pipeline_version()
    i = 0
    while i < len(order):
        size = rng.randint(1, 6)
        batch, i = order[i:i + size], i + size
        stats = IngestStats()
        _write(db, list(batch), version, stats, lambda kind, payload: None)
        with opened(db) as con:
            refuse_touched(con, stats.new_record_ids)
    with opened(db) as con:
        assert con.execute("SELECT count(*) FROM fused_events").fetchone()[0] > 10
        assert _stored(con) == _full(con)
        # the per-event figures and facets written for the touched events only equal a full rebuild
        from tocsin.store import facets, figures

        kept = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall()) for t in ("fused_figures", "fused_facets")}
        assert kept["fused_figures"], "the demo corpus gives injured and displaced figures"
        figures.refresh(con)
        facets.refresh(con)
        assert kept == {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall()) for t in kept}


def test_ingest_touches_only_the_new_part_of_the_store(coded, tmp_path):
    """The search for what a record can affect stays near it: one early record reaches a part
    of the store, not all of it, and every record of the store reaches all of it."""
    from tocsin.fuse.reach import Reach
    from tocsin.fuse.rules import load_rules

    db = tmp_path / "t.duckdb"
    stats = IngestStats()
    _write(db, list(coded), pipeline_version(), stats, lambda kind, payload: None)
    with opened(db) as con:
        whole = Reach(con, load_rules())
        whole.add_ids(stats.new_record_ids)
        one = con.execute("SELECT id FROM records WHERE date_start IS NOT NULL AND event_type IS NOT NULL "
                          "AND lat IS NOT NULL AND modality IN ('asserted', 'reported') AND NOT aggregate "
                          "ORDER BY date_start, id LIMIT 1").fetchone()[0]
        first = Reach(con, load_rules())
        first.add_ids([one])
    assert len(whole.parts()) >= 10  # the corpus has many independent events
    assert one in first.region and len(first.region) < len(whole.region) / 3
    assert first.region <= whole.region
