"""fused_facets (store/facets.py) holds what the joins over members, records, record_actors and
articles give, after fusion writes it, and the API's filters on it answer as the joins did."""
from __future__ import annotations

import json
import math
import random
import shutil
from dataclasses import replace
from datetime import date

import pytest

from tocsin.store import facets
from tocsin.store.db import opened
from tocsin.store.ingest import ingest
from tocsin.store.query import EventFilter, _near_box, count_events, find_events, get_event

from .articles import record, write_jsonl

# the joins the table replaces, written out again here as the reference
REF_ACTORS = ("SELECT DISTINCT m.fused_id, ra.name FROM fused_members m JOIN record_actors ra "
              "ON ra.record_id = m.record_id WHERE ra.name IS NOT NULL ORDER BY 1, 2")
REF_LANGS = ("SELECT DISTINCT m.fused_id, coalesce(a.lang, 'und') FROM fused_members m JOIN records r "
             "ON r.id = m.record_id JOIN articles a ON a.id = r.article_id ORDER BY 1, 2")
REF_FILTER = {
    "actor": ("EXISTS (SELECT 1 FROM fused_members m JOIN record_actors ra ON ra.record_id = m.record_id "
              "WHERE m.fused_id = e.id AND contains(lower(ra.name), lower(?)))"),
    "lang": ("EXISTS (SELECT 1 FROM fused_members m JOIN records r ON r.id = m.record_id JOIN articles a "
             "ON a.id = r.article_id WHERE m.fused_id = e.id AND lower(coalesce(a.lang, 'und')) = lower(?))"),
    "text": ("EXISTS (SELECT 1 FROM fused_members m JOIN records r ON r.id = m.record_id "
             "WHERE m.fused_id = e.id AND contains(lower(r.evidence_text), lower(?)))"),
}


def _reference(con) -> dict[str, tuple[list, list]]:
    out: dict[str, tuple[list, list]] = {fid: ([], []) for (fid,) in con.execute("SELECT id FROM fused_events").fetchall()}
    for fid, name in con.execute(REF_ACTORS).fetchall():
        out[fid][0].append(name)
    for fid, lang in con.execute(REF_LANGS).fetchall():
        out[fid][1].append(lang)
    return out


def _stored(con) -> dict[str, tuple[list, list]]:
    have = {fid: (list(a), list(langs)) for fid, a, langs in
            con.execute("SELECT fused_id, actors, languages FROM fused_facets").fetchall()}
    return {fid: have.get(fid, ([], [])) for (fid,) in con.execute("SELECT id FROM fused_events").fetchall()}


@pytest.fixture
def mixed_db(wire_db, tmp_path):
    """A copy of the wire store whose articles are in several languages (one undetermined)."""
    db = tmp_path / "mixed.duckdb"
    shutil.copyfile(wire_db, db)
    with opened(db) as con:
        con.execute("UPDATE articles SET lang = CASE hash(id) % 4 WHEN 0 THEN 'ar' WHEN 1 THEN 'FR' "
                    "WHEN 2 THEN NULL ELSE lang END")
        facets.refresh(con)
    return db


def test_facets_equal_the_joins_after_ingest(wire_db):
    with opened(wire_db, read_only=True) as con:
        stored = _stored(con)
        assert stored == _reference(con)
        assert any(actors for actors, _ in stored.values()) and any(langs for _, langs in stored.values())


def test_facets_follow_an_incremental_ingest(wire_db, tmp_path):
    """Fusion (fuse.write_events) rewrites the facets of the events it re-fuses and drops the stale."""
    db = tmp_path / "grown.duckdb"
    shutil.copyfile(wire_db, db)
    more = [record(i) for i in range(12, 18)]
    changed = {**record(3), "text": record(3)["text"] + " Government forces denied it."}
    ingest([str(write_jsonl(tmp_path / "more.jsonl", [*more, changed]))], db)
    with opened(db, read_only=True) as con:
        assert _stored(con) == _reference(con)
        orphans = con.execute("SELECT count(*) FROM fused_facets WHERE fused_id NOT IN (SELECT id FROM fused_events)"
                              ).fetchone()[0]
    assert orphans == 0


def test_facet_filters_answer_as_the_joins(mixed_db):
    with opened(mixed_db, read_only=True) as con:
        assert _stored(con) == _reference(con)
        cases = [("actor", "syria"), ("actor", "REBEL"), ("actor", "nobody at all"), ("lang", "ar"), ("lang", "fr"),
                 ("lang", "und"), ("lang", "EN"), ("text", "killed"), ("text", "Market"), ("text", "zzz")]
        found = 0
        for kind, value in cases:
            want = [fid for (fid,) in con.execute(
                f"SELECT e.id FROM fused_events e WHERE {REF_FILTER[kind]} "
                "ORDER BY e.date_start DESC NULLS LAST, e.id", [value]).fetchall()]
            got = [e["id"] for e in find_events(con, EventFilter(**{kind: value}))]
            assert got == want, (kind, value)
            assert count_events(con, EventFilter(**{kind: value})) == len(want)
            page = find_events(con, EventFilter(**{kind: value}, limit=2, offset=1))
            assert [e["id"] for e in page] == want[1:3]
            found += bool(want)
        assert found >= 6  # the cases are not all empty
        ref = _reference(con)
        for ev in find_events(con, EventFilter()):
            assert (ev["actors"], ev["languages"]) == ref[ev["id"]]
            one = get_event(con, ev["id"])
            assert (one["actors"], one["languages"]) == ref[ev["id"]]
            assert sorted({s["lang"] for s in one["sources"]}) == one["languages"]


def test_country_filter_takes_iso3_without_a_temp_table(wire_db):
    with opened(wire_db, read_only=True) as con:
        syr = [e["id"] for e in find_events(con, EventFilter(country="SYR"))]
        assert syr and syr == [e["id"] for e in find_events(con, EventFilter(country="sy"))]
        assert find_events(con, EventFilter(country="XYZ")) == []
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone()[0] == 0


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    p1, d = math.radians(lat), km / 6371.0088
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(bearing))
    l2 = math.radians(lon) + math.atan2(math.sin(bearing) * math.sin(d) * math.cos(p1),
                                        math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 180) % 360 - 180


def test_near_box_holds_every_point_of_the_circle():
    """The window is only a prefilter: it must never drop a point the distance test keeps
    (points drawn inside the circle, most near its edge)."""
    rng = random.Random(5)
    checked = 0
    for _ in range(20000):
        lat, lon = rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)
        km = rng.choice([1, 10, 50, 300, 1500, 5000])
        _sql, args = _near_box(lat, lon, km)
        plat, plon = _destination(lat, lon, rng.uniform(0, 2 * math.pi), km * rng.choice([1.0, 0.999, rng.random()]))
        if _km(lat, lon, plat, plon) <= km:
            checked += 1
            assert args[0] <= plat <= args[1], (lat, lon, km, plat, plon)
            if len(args) == 4:
                assert args[2] <= plon <= args[3], (lat, lon, km, plat, plon)
    assert checked > 5000


def _event_rows(con) -> list[tuple]:
    """Each fused event as the API lists it, built from fused_events and the joins, and the
    filter keys derived from its columns: what the read model must hold."""
    ref = _reference(con)
    cols = ", ".join(facets.EVENT_COLS)
    out = []
    for row in con.execute(
            f"SELECT {cols}, coalesce(date_end, date_start), lower(iso), lower(country), lower(admin1), "
            "lower(event_type), lower(sub_event_type), lower(plover_event) FROM fused_events").fetchall():
        n = len(facets.EVENT_COLS)
        listed = {c: v.isoformat() if isinstance(v, date) else v for c, v in zip(facets.EVENT_COLS, row[:n])}
        listed["actors"], listed["languages"] = ref[listed["id"]]
        out.append((listed, *row[n:]))
    return sorted(out, key=lambda r: r[0]["id"])


def _model_rows(con) -> list[tuple]:
    rows = con.execute("SELECT listed, date_last, iso_lc, country_lc, admin1_lc, event_type_lc, sub_event_type_lc, "
                       "plover_event_lc FROM fused_facets").fetchall()
    return sorted(((json.loads(r[0]), *r[1:]) for r in rows), key=lambda r: r[0]["id"])


def _stored_order(con) -> list[str]:
    """The table's ids in storage order (a plain scan on one thread keeps it)."""
    con.execute("SET threads = 1")
    return [fid for (fid,) in con.execute("SELECT fused_id FROM fused_facets").fetchall()]


def _api_order(con) -> list[str]:
    return [fid for (fid,) in con.execute(f"SELECT fused_id FROM fused_facets ORDER BY {facets.ORDER}").fetchall()]


def test_read_model_holds_each_events_columns_after_ingest_and_incremental_fusion(wire_db, tmp_path):
    db = tmp_path / "grown.duckdb"
    shutil.copyfile(wire_db, db)
    with opened(db, read_only=True) as con:
        assert _model_rows(con) == _event_rows(con) and _model_rows(con)
        assert _stored_order(con) == _api_order(con)  # written newest first
    more = [record(i) for i in range(12, 20)]
    changed = {**record(5), "text": record(5)["text"] + " Officials gave no toll."}
    ingest([str(write_jsonl(tmp_path / "more.jsonl", [*more, changed]))], db)
    with opened(db) as con:
        assert _model_rows(con) == _event_rows(con)
        assert _stored(con) == _reference(con)
        kept = sorted(con.execute("SELECT * FROM fused_facets").fetchall())
        facets.refresh(con)  # a full rebuild gives the same rows, in the API's order
        assert sorted(con.execute("SELECT * FROM fused_facets").fetchall()) == kept
        assert _stored_order(con) == _api_order(con)


def test_refresh_counts_the_unsorted_tail_and_clusters_it(wire_db, tmp_path, monkeypatch):
    """Rows a scoped refresh appends are counted; past the threshold the table is rewritten in
    order, with the same rows."""
    db = tmp_path / "tail.duckdb"
    shutil.copyfile(wire_db, db)
    with opened(db) as con:
        ids = [fid for (fid,) in con.execute("SELECT id FROM fused_events ORDER BY date_start DESC NULLS LAST, id")
               .fetchall()]
        assert len(ids) >= 6
        full = sorted(con.execute("SELECT * FROM fused_facets").fetchall())
        monkeypatch.setattr(facets, "ROW_GROUP", 2)
        facets.refresh(con, ids[:1])  # the newest event, appended after the oldest: out of order
        assert facets._tail(con) == 1 and _stored_order(con) != _api_order(con)
        facets.refresh(con, ids[1:2])
        assert facets._tail(con) == 2 and _stored_order(con) != _api_order(con)
        facets.refresh(con, ids[2:3])  # 3 appended rows: a quarter of the table, and a "row group"
        assert facets._tail(con) == 0 and _stored_order(con) == _api_order(con)
        assert sorted(con.execute("SELECT * FROM fused_facets").fetchall()) == full
        facets.refresh(con, ids)  # every row rewritten at once: one sorted run, no tail
        assert facets._tail(con) == 0 and _stored_order(con) == _api_order(con)


def test_hand_written_events_are_listed_after_a_refresh(tmp_path):
    """fused_facets is derived: a writer of fused_events other than fusion refreshes it, and then
    the API lists the event with its columns (no members: no actors, no languages)."""
    db = tmp_path / "hand.duckdb"
    with opened(db) as con:
        con.execute("INSERT INTO fused_events (id, date_start, event_type, sub_event_type, country, iso, n_sources, "
                    "n_records, confidence) VALUES ('ev-x', DATE '2021-03-04', 'Riots', 'Mob violence', 'Mali', "
                    "'ML', 1, 1, 0.5), ('ev-y', NULL, 'Protests', 'Peaceful protest', 'Mali', 'ML', 1, 1, NULL)")
        facets.refresh(con)
        got = find_events(con)
        assert [e["id"] for e in got] == ["ev-x", "ev-y"]  # undated last
        assert got[0]["actors"] == [] and got[0]["languages"] == [] and got[0]["confidence"] == 0.5
        assert [e["id"] for e in find_events(con, EventFilter(country="MLI", type="mob violence"))] == ["ev-x"]
        assert count_events(con, EventFilter(text="anything")) == 0
        con.execute("UPDATE fused_events SET confidence = 0.9 WHERE id = 'ev-y'")
        facets.refresh(con, ["ev-y"])
        assert [e["id"] for e in find_events(con, EventFilter(min_confidence=0.8))] == ["ev-y"]


def test_migration_5_rebuilds_a_version_4_store(wire_db, tmp_path):
    """A store of schema 4 (the narrow fused_facets) opens as 5 with the same read model a
    refresh gives."""
    from tocsin.store.schema import LATEST, MIGRATIONS

    db = tmp_path / "v4.duckdb"
    shutil.copyfile(wire_db, db)
    with opened(db) as con:
        want = sorted(con.execute("SELECT * FROM fused_facets").fetchall())
        con.execute("DROP TABLE fused_facets")
        con.execute("DROP INDEX record_actors_record")
        con.execute(dict(MIGRATIONS)[4])
        con.execute("UPDATE tocsin_meta SET value = '4' WHERE key = 'schema_version'")
        assert len(con.execute("DESCRIBE fused_facets").fetchall()) == 6
    with opened(db) as con:
        assert con.execute("SELECT value FROM tocsin_meta WHERE key = 'schema_version'").fetchone()[0] == str(LATEST)
        assert sorted(con.execute("SELECT * FROM fused_facets").fetchall()) == want
        assert _stored_order(con) == _api_order(con)


def test_pages_are_slices_of_the_whole_list(mixed_db):
    filters = [EventFilter(), EventFilter(text="killed"), EventFilter(lang="ar"), EventFilter(actor="forces"),
               EventFilter(since=date(2020, 2, 1), until=date(2020, 2, 29)), EventFilter(country="SY", type="battles")]
    with opened(mixed_db, read_only=True) as con:
        for f in filters:
            whole = find_events(con, f)
            assert count_events(con, f) == len(whole)
            for limit, offset in ((1, 0), (3, 2), (5, 4), (1000, 0), (2, len(whole))):
                page = find_events(con, replace(f, limit=limit, offset=offset))
                assert page == whole[offset:offset + limit], (f, limit, offset)
