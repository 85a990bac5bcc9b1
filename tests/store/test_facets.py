"""fused_facets (store/facets.py) holds what the joins over members, records, record_actors and
articles give, after fusion writes it, and the API's filters on it answer as the joins did."""
from __future__ import annotations

import math
import random
import shutil

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


def test_large_store_plan_answers_as_the_small_one(mixed_db, monkeypatch):
    """Stores over query.LARGE events are paged with an early date cut and key look-ups: the
    answers must not depend on which plan ran."""
    from tocsin.store import query

    filters = [EventFilter(limit=3), EventFilter(limit=2, offset=4), EventFilter(text="killed", limit=2, offset=1),
               EventFilter(lang="ar", limit=5), EventFilter(actor="forces", limit=1, offset=2), EventFilter(limit=1000)]
    with opened(mixed_db, read_only=True) as con:
        small = [find_events(con, f) for f in filters]
        monkeypatch.setattr(query, "LARGE", -1)
        query._SIZES.clear()
        large = [find_events(con, f) for f in filters]
        query._SIZES.clear()
    assert large == small and all(small[:3])
