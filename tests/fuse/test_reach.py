"""Incremental fusion's search (fuse/reach.py) on synthetic records: it must find every record
whose fused event can change, however far a chain of matches carries the change, so the store
equals a full re-fusion after any sequence of ingests, re-codings and killed runs."""
import random
from datetime import date, timedelta

import pytest

from tocsin.fuse import fuse
from tocsin.fuse.incremental import refuse_touched
from tocsin.records import Article
from tocsin.store.db import opened
from tocsin.store.ingest import IngestStats, _write, pipeline_version
from tests.fuse.stored import stored_groups


DAY0 = date(2024, 1, 1)
TYPES = [("Battles", "Armed clash"), ("Battles", "Government regains territory"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack")]
# a line of towns 0.15 degrees (about 17 km) apart: neighbours match, the next but one do not
TOWNS = [(f"Town {i}", "North" if i < 4 else "South", 35.0 + 0.15 * i, 38.0) for i in range(7)]


def event(key: str, day: int | None, town: int | None = 0, sub: int = 0, *, span: int = 0,
          country: str | None = "SYR", precision: int = 1, basis: str = "sentence", actor: str | None = None,
          modality: str = "reported", fatalities: int | None = None) -> dict:
    etype, stype = TYPES[sub]
    ev = {"id": key, "modality": modality, "acled": {"event_type": etype, "sub_event_type": stype},
          "evidence": {"text": f"record {key}"}, "confidence": 0.7,
          "actors": [{"role": "actor1", "name": actor, "kind": actor}] if actor else []}
    if day is not None:
        d0 = DAY0 + timedelta(days=day)
        ev["date"] = {"start": d0.isoformat(), "end": (d0 + timedelta(days=span)).isoformat(),
                      "precision": "day", "basis": basis}
    if town is not None:
        name, admin1, lat, lon = TOWNS[town]
        if precision >= 3:  # the province (or the country) around the town
            name, lat = admin1 if precision == 3 else country, lat + 0.01
        ev["location"] = {"country": country, "admin1": admin1 if precision < 4 else None, "name": name,
                          "lat": lat, "lon": lon, "precision": precision}
    if fatalities is not None:
        ev["figures"] = {"fatalities": {"value": fatalities}}
    return ev


def article(aid: str) -> Article:
    return Article(id=aid, source="synthetic", url=None, title=aid, text=f"text of {aid}",
                   published=None, published_inferred=False, lang="en", outlet=f"outlet {aid[-1]}")


def store_events(con) -> dict:
    groups, events = stored_groups(con, "date_start, sub_event_type, location, fatalities, n_sources, confidence, actor1")
    assert len(events) == len(groups)
    return {frozenset(g): (fid, *events[fid]) for fid, g in groups.items()}


def full_events(con) -> dict:
    out = {}
    for ev in fuse(con):
        day = None if ev.date_start is None else date.fromisoformat(ev.date_start)
        out[frozenset(ev.members)] = (ev.id, day, ev.sub_event_type, ev.location, ev.fatalities, ev.n_sources,
                                      ev.confidence, ev.actor1)
    return out


def ingest(db, pairs, fuse_after: bool = True) -> IngestStats:
    stats = IngestStats()
    _write(db, [(article(aid), evs) for aid, evs in pairs], pipeline_version(), stats, lambda k, p: None)
    if fuse_after:
        with opened(db) as con:
            refuse_touched(con, stats.new_record_ids)
    return stats


def check(db) -> None:
    with opened(db) as con:
        assert store_events(con) == full_events(con)


def test_a_chain_of_matches_carries_a_new_record_past_its_window(tmp_path):
    """Reports of fighting at one town every day for 40 days: each matches the day before and
    after, so sources pair up from the first day on ({1,2}, {3,4}, ...).  A report of day 0
    arriving last shifts every pair to the end of the chain, 40 days past its own window."""
    db = tmp_path / "t.duckdb"
    ingest(db, [(f"chain-{d:02d}", [event(f"c{d}", d)]) for d in range(1, 41)])
    with opened(db) as con:
        before = store_events(con)
    assert len(before) == 20 and all(len(g) == 2 for g in before)
    ingest(db, [("chain-00", [event("c0", 0)])])
    check(db)
    with opened(db) as con:
        after = store_events(con)
    assert len(after) == 21 and not set(before) & set(after)  # every pair changed
    # and back: the article of day 0 coded again with nothing in it restores the first pairing
    ingest(db, [("chain-00", [])])
    check(db)
    with opened(db) as con:
        assert store_events(con) == before


def test_a_chain_across_towns_and_countries_unknown(tmp_path):
    """The chain runs along the line of towns (each near the next) and through a placed record
    with no country, which may match either country's records."""
    db = tmp_path / "t.duckdb"
    ingest(db, [(f"t-{i}", [event(f"t{i}", 10 + i // 2, town=i % 7)]) for i in range(1, 14)])
    ingest(db, [("x-1", [event("x1", 12, town=3, country=None)]),
                ("x-2", [event("x2", 12, town=3, country="TUR")])])
    ingest(db, [("t-0", [event("t0", 10, town=0)])])
    check(db)


def test_unchanged_events_are_not_rewritten(tmp_path):
    """A new record that matches one record of a fused event but does not fit the event (it is
    too far from the other) is re-clustered with it, and the event, unchanged, is not rewritten."""
    db = tmp_path / "t.duckdb"
    ingest(db, [("a-1", [event("a1", 5, fatalities=3)]), ("a-2", [event("a2", 5, town=1, fatalities=4)])])
    with opened(db) as con:
        con.execute("UPDATE fused_events SET evidence = 'marked'")
    ingest(db, [("a-3", [event("a3", 6, town=2)])])  # a day later, near a2's town, not a1's: its own event
    check(db)
    with opened(db) as con:
        marks = con.execute("SELECT evidence = 'marked', n_records FROM fused_events ORDER BY 1, 2").fetchall()
    assert marks == [(False, 1), (True, 2)]


def test_a_record_coded_again_under_its_id_rewrites_its_event(tmp_path):
    """An article coded again can give a record the same id with other contents: its event has
    the same records but must be assembled again."""
    db = tmp_path / "t.duckdb"
    ingest(db, [("a-1", [event("a1", 5, fatalities=3)]), ("a-2", [event("a2", 5, town=1, fatalities=4)])])
    ingest(db, [("a-1", [event("a1", 5, fatalities=10)])])
    check(db)
    with opened(db) as con:
        assert con.execute("SELECT n_records, fatalities FROM fused_events").fetchall() == [(2, 4)]


def _random_events(rng: random.Random, aid: str, version: int) -> list[dict]:
    out = []
    for k in range(rng.choice([1, 1, 1, 2, 3])):
        roll = rng.random()
        kw = {}
        if roll < 0.08:
            kw["precision"] = rng.choice([3, 4])
        elif roll < 0.12:
            kw["country"] = None
        elif roll < 0.16:
            kw["span"] = rng.choice([2, 5])
        elif roll < 0.22:
            kw["basis"] = "published"
        elif roll < 0.25:
            kw["modality"] = "hypothetical"
        if rng.random() < 0.3:
            kw["actor"] = rng.choice(["rebel_group", "militia"])
        day = None if rng.random() < 0.04 else rng.randint(0, 45)
        town = None if rng.random() < 0.04 else rng.randint(0, 6)
        out.append(event(f"{aid}-v{version}-{k}", day, town, rng.randint(0, 4),
                         country=kw.pop("country", rng.choice(["SYR", "SYR", "SYR", "IRQ"])),
                         fatalities=rng.choice([None, 1, 2, 5]), **kw))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_random_ingests_recodings_and_killed_runs_equal_full_fusion(tmp_path, seed):
    rng = random.Random(seed)
    db = tmp_path / "t.duckdb"
    ids = [f"art-{i:03d}-{'abc'[i % 3]}" for i in range(90)]
    versions = {aid: 0 for aid in ids}
    order = ids[:]
    rng.shuffle(order)
    order += rng.sample(ids, 15)  # coded again: the article's records are replaced
    i = 0
    while i < len(order):
        batch = order[i:i + rng.randint(1, 8)]
        i += len(batch)
        pairs = []
        for aid in dict.fromkeys(batch):
            versions[aid] += 1
            pairs.append((aid, _random_events(rng, aid, versions[aid])))
        killed = rng.random() < 0.1  # records stored, the run killed before fusing them
        ingest(db, pairs, fuse_after=not killed)
        if not killed and rng.random() < 0.3:
            check(db)
    ingest(db, [])
    check(db)


def test_dense_small_stores_equal_full_fusion_after_every_batch(tmp_path):
    """Many records on few towns and days: matches chain through records whose stored events
    are unchanged, so a search that stops one match away from the new records goes wrong."""
    for seed in range(12):
        rng = random.Random(seed)
        db = tmp_path / f"d{seed}.duckdb"
        arts = [(f"a{i}", [event(f"e{i}{k}", rng.randint(0, 4), rng.randint(0, 4), rng.choice([0, 0, 1, 2]))
                           for k in range(rng.choice([1, 1, 2]))]) for i in range(rng.randint(4, 9))]
        rng.shuffle(arts)
        for j in range(0, len(arts), 2):
            ingest(db, arts[j:j + 2])
            check(db)
