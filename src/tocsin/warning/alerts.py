"""`tocsin alerts`: escalation, de-escalation, new-area and new-dyad alerts from the store.

The counting is DuckDB's (series.py), the statistics detect.py's; this module chooses the
history and the periods to report, finds first dyads, and cites the fused events (with their
sources) that drive each alert.  Parameters: data/warning/alerts.yaml.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from .detect import LEVELS, Finding, detect
from .series import (
    SeriesQuery,
    area_sql,
    cell_center,
    event_conditions,
    params,
    period_end,
    series_matrix,
    truncate,
)

SOURCES_SQL = """
SELECT DISTINCT m.fused_id, a.id, coalesce(a.outlet, a.source), a.published, a.url, a.source
FROM fused_members m JOIN records r ON r.id = m.record_id JOIN articles a ON a.id = r.article_id
WHERE list_contains(?, m.fused_id) ORDER BY 1, 4 NULLS LAST, 2
"""


def store_range(con) -> tuple[date | None, date | None]:
    """First and last day of a factual event in the whole store (the history alerts can use)."""
    mods = list(params("series")["modalities"])
    return con.execute("SELECT min(date_start), max(date_start) FROM fused_events WHERE list_contains(?, modality)",
                       [mods]).fetchone()


def report_mask(periods: list[date], q: SeriesQuery, p: dict) -> np.ndarray:
    """The periods to report on: those in --since/--until, else the last `default_periods`."""
    starts = np.array([d.toordinal() for d in periods], dtype=np.int64)
    if q.since is None and q.until is None:
        mask = np.zeros(len(periods), dtype=bool)
        mask[-int(p["default_periods"]):] = True
        return mask
    lo = truncate(q.since, q.period).toordinal() if q.since else -(10 ** 9)
    hi = q.until.toordinal() if q.until else 10 ** 9
    return (starts >= lo) & (starts <= hi)


def neighbour_lists(areas: list[str], info: dict[str, dict], level: str) -> list[list[int]]:
    """Each area's neighbours: same country (admin1), all countries (country), 8 cells (cell)."""
    index = {a: i for i, a in enumerate(areas)}
    if level == "cell":
        ncol = int(round(360 / float(params("series")["cell_degrees"])))
        out = []
        for a in areas:
            g = int(a)
            near = [str(g + dr * ncol + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
            out.append([index[n] for n in near if n in index])
        return out
    if level == "country":
        return [[j for j in range(len(areas)) if j != i] for i in range(len(areas))]
    by_iso: dict[str | None, list[int]] = {}
    for i, a in enumerate(areas):
        by_iso.setdefault(info[a]["iso"], []).append(i)
    return [[j for j in by_iso[info[a]["iso"]] if j != i] for i, a in enumerate(areas)]


def compute_alerts(con, q: SeriesQuery, kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Every alert of the report periods, most severe first, each citing its events."""
    q.check()
    p = params("alerts")
    first, last = store_range(con)
    if first is None:
        return []
    hist = replace(q, since=first, until=q.until or last, types=tuple(p["violent_types"]))
    areas, periods, counts, info = series_matrix(con, hist, tuple(p["measures"]))
    out: list[dict[str, Any]] = []
    if areas:
        mask = report_mask(periods, q, p)
        findings = detect(counts, mask, p, neighbour_lists(areas, info, q.level) if p["neighbour_test"] else None,
                          int(p["season_periods"][q.period]))
        out = [_alert(f, areas, periods, info, q) for f in findings]
    if not kinds or "new-dyad" in kinds:
        out += new_dyads(con, q, first, last, p)
    if kinds:
        out = [a for a in out if a["kind"] in kinds]
    _cite(con, out, q, p)
    # most severe first; within a level the latest period, then the strongest evidence
    out.sort(key=lambda a: (-(a["score"] or 0), a["area"]))
    out.sort(key=lambda a: (LEVELS.index(a["level"]), a["period_start"]), reverse=True)
    return out


def _area_fields(area: str, info: dict, level: str) -> dict[str, Any]:
    fields = {"area": area, "iso": info.get("iso"), "country": info.get("country"),
              "admin1": info.get("admin1") if level == "admin1" else None, "admin2": None}
    if level == "cell":
        lat, lon = cell_center(int(area))
        fields.update(cell=int(area), lat=lat, lon=lon)
    return fields


def _alert(f: Finding, areas, periods, info, q: SeriesQuery) -> dict[str, Any]:
    area = areas[f.area]
    start = periods[f.t]
    window_start = periods[max(0, f.t - f.window + 1)]
    lo, hi = f.interval
    cite = {}
    if f.kind == "de-escalation":  # nothing happened in the window: cite the level it fell from
        W = int(params("alerts")["baseline_periods"])
        b0 = periods[max(0, f.t - f.window + 1 - W)]
        cite = {"events_from": "baseline", "baseline_start": b0.isoformat(),
                "baseline_end": (window_start - timedelta(days=1)).isoformat()}
    return {**cite, "kind": f.kind, "level": f.level, **_area_fields(area, info[area], q.level), "level_of_area": q.level,
            "period": q.period, "period_start": start.isoformat(),
            "period_end": period_end(start, q.period).isoformat(), "window_start": window_start.isoformat(),
            "window_periods": f.window, "measure": f.measure, "observed": f.observed, "expected": f.expected,
            "expected_interval": [lo, hi], "interval_level": 0.9 if f.kind != "new-area" else None,
            **({"score": f.score, "p_value": _round(f.p), "q_value": _round(f.q)} if f.kind != "new-area" else
               {"score": None, "p_value": None, "q_value": None}), "test": f.test,
            **({"neighbours": f.extra["neighbours"]} if f.extra.get("neighbours") else {}),
            **({"quiet_periods": f.extra["quiet_periods"]} if "quiet_periods" in f.extra else {}),
            **({"events_from": "window"} if not cite else {})}


def _round(x: float) -> float:
    return float(f"{x:.3g}")


_STATE = re.compile(r"^(?:Military|Police|Government|Navy|Air Force|Armed) (?:Forces )?of (.+?)(?: \(.*\))?$")


def actor_group(name: str, inter: str | None) -> str | None:
    """A clash party as a group: a state by its country ("Military Forces of Syria (2000-2024)" and
    "Government of Syria" are one), any other actor by its name without the date range."""
    if not name or (inter or "").lower() == "civilians" or name.lower().startswith("civilians"):
        return None
    m = _STATE.match(name)
    if m or (inter or "").lower() == "state forces":
        country = m.group(1) if m else re.sub(r" \(.*\)$", "", name)
        return f"State forces of {country}"
    return re.sub(r" \(\d{4}-\d{0,4}\)$", "", name)


def new_dyads(con, q: SeriesQuery, first: date, last: date, p: dict) -> list[dict[str, Any]]:
    """The first clash between two actor groups in the store, after the history wait."""
    where, args = event_conditions(replace(q, since=None, until=None, types=tuple(p["new_dyad_types"])))
    key, _ = area_sql(q.level)
    rows = con.execute(f"SELECT e.actor1, e.actor2, e.inter1, e.inter2, min(e.date_start) FROM fused_events e "
                       f"WHERE {where} AND e.actor1 IS NOT NULL AND e.actor2 IS NOT NULL GROUP BY ALL",
                       args).fetchall()
    firsts: dict[tuple[str, str], tuple[date, list[tuple[str, str]]]] = {}
    for a1, a2, i1, i2, d in rows:
        g1, g2 = actor_group(a1, i1), actor_group(a2, i2)
        if not g1 or not g2 or g1 == g2:
            continue
        pair = tuple(sorted((g1, g2)))
        old = firsts.get(pair)
        if old is None or d < old[0]:
            firsts[pair] = (d, [(a1, a2)])
        elif d == old[0]:
            old[1].append((a1, a2))
    unit = {"day": 1, "week": 7, "month": 31}[q.period]
    earliest = truncate(first, q.period) + timedelta(days=unit * int(p["min_history_periods"]))
    lo = truncate(q.since, q.period) if q.since else None
    hi = q.until
    if lo is None and hi is None:
        lo = truncate(last, q.period) - timedelta(days=unit * (int(p["default_periods"]) - 1))
    out = []
    for (g1, g2), (d, raw) in sorted(firsts.items(), key=lambda kv: kv[1][0]):
        if d < earliest or (lo and d < lo) or (hi and d > hi):
            continue
        pairs = [f"{a}\x1f{b}" for a, b in raw]
        hit = con.execute(f"SELECT {key}, e.iso, e.country, e.admin1 FROM fused_events e WHERE {where} "
                          f"AND e.date_start = ? AND list_contains(?, e.actor1 || chr(31) || e.actor2) "
                          f"ORDER BY coalesce(e.fatalities, 0) DESC, e.n_sources DESC, e.id LIMIT 1",
                          args + [d, pairs]).fetchone()
        if hit is None:
            continue
        area, iso, country, admin1 = hit
        state = g1.startswith("State forces") and g2.startswith("State forces")
        start = truncate(d, q.period)
        out.append({"kind": "new-dyad", "level": p["new_dyad_state_level"] if state else p["new_dyad_other_level"],
                    **_area_fields(str(area), {"iso": iso, "country": country, "admin1": admin1}, q.level),
                    "level_of_area": q.level, "period": q.period, "period_start": start.isoformat(),
                    "period_end": period_end(start, q.period).isoformat(), "window_start": start.isoformat(),
                    "window_periods": 1, "measure": "dyad", "observed": 1.0, "expected": 0.0,
                    "expected_interval": [0.0, 0.0], "interval_level": None, "score": None, "p_value": None,
                    "q_value": None, "test": "first-dyad-in-store", "dyad": [g1, g2], "first_date": d.isoformat(),
                    "events_from": "window",
                    "_dyad_pairs": pairs})
    return out


def _cite(con, alerts: list[dict[str, Any]], q: SeriesQuery, p: dict) -> None:
    """Attach to each alert the fused events that drive it, most important first, with sources."""
    if not alerts:
        return
    key, _ = area_sql(q.level)
    where, args = event_conditions(replace(q, since=None, until=None, area=None, types=()))
    violent = list(p["violent_types"])
    con.execute("CREATE OR REPLACE TEMP TABLE tocsin_alert_windows (i INTEGER, area VARCHAR, d0 DATE, d1 DATE, "
                "dyad VARCHAR[])")
    con.executemany("INSERT INTO tocsin_alert_windows VALUES (?, ?, ?, ?, ?)",
                    [(i, a["area"], a.get("baseline_start", a["window_start"]),
                      a.get("baseline_end", a["period_end"]), a.get("_dyad_pairs")) for i, a in enumerate(alerts)])
    lo, hi = con.execute("SELECT min(d0), max(d1) FROM tocsin_alert_windows").fetchone()
    rows = con.execute(f"""
SELECT w.i, e.id, e.date_start, e.event_type, e.sub_event_type, e.location, e.admin1, e.country,
       e.fatalities, e.n_sources, e.actor1, e.actor2
FROM tocsin_alert_windows w JOIN fused_events e ON {key} = w.area AND e.date_start BETWEEN w.d0 AND w.d1
WHERE {where} AND e.date_start BETWEEN ? AND ? AND (CASE WHEN w.dyad IS NULL THEN list_contains(?, e.event_type)
                        ELSE list_contains(w.dyad, e.actor1 || chr(31) || e.actor2) END)
QUALIFY row_number() OVER (PARTITION BY w.i ORDER BY coalesce(e.fatalities, 0) DESC, e.n_sources DESC,
                           e.date_start DESC, e.id) <= ?
ORDER BY w.i, coalesce(e.fatalities, 0) DESC, e.n_sources DESC, e.date_start DESC, e.id""",
                       args + [lo, hi, violent, int(p["max_events"])]).fetchall()
    con.execute("DROP TABLE IF EXISTS tocsin_alert_windows")
    cited: dict[int, list[dict[str, Any]]] = {}
    for i, eid, d, et, st, loc, a1, ctry, fat, ns, act1, act2 in rows:
        cited.setdefault(i, []).append({"id": eid, "date": d.isoformat() if d else None, "event_type": et,
                                        "sub_event_type": st, "location": loc, "admin1": a1, "country": ctry,
                                        "fatalities": fat, "n_sources": ns, "actor1": act1, "actor2": act2})
    ids = sorted({e["id"] for evs in cited.values() for e in evs})
    sources = event_sources(con, ids)
    for i, a in enumerate(alerts):
        a.pop("_dyad_pairs", None)
        a["events"] = [{**e, "sources": sources.get(e["id"], [])} for e in cited.get(i, [])]


def event_sources(con, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """fused id -> its sources (article id, outlet, published, url; `source` says acled/ucdp for imports)."""
    from ..store.query import source_label

    out: dict[str, list[dict[str, Any]]] = {}
    if not ids:
        return out
    for fid, aid, outlet, published, url, source in con.execute(SOURCES_SQL, [ids]).fetchall():
        out.setdefault(fid, []).append({"article_id": aid, "outlet": outlet if outlet != source else
                                        source_label(source, url), "published":
                                        published.isoformat() if published else None, "url": url,
                                        "source": source})
    return out
