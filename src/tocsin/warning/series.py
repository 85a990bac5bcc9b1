"""Series: counts of factual fused events per area and period, with zero periods present.

All aggregation happens in DuckDB (one SQL statement), so a store of a million events answers in
well under a second (bench/early_warning.py --speed).  Rows are long-format: one per area and
period, with the events by ACLED type, fatalities (best, low, high), injured, displaced and the
number of sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import yamlfile

LEVELS = ("country", "admin1", "cell")
PERIODS = ("day", "week", "month")
Period = Enum("Period", {p: p for p in PERIODS}, type=str)  # the CLI's and the API's choice


class WarningInputError(ValueError):
    """A bad request the user can fix (unknown level, area, empty range); the message says how."""


@lru_cache(maxsize=None)
def params(name: str) -> dict[str, Any]:
    """The method parameters in data/warning/<name>.yaml (read once)."""
    text = (resources.files("tocsin") / "data" / "warning" / f"{name}.yaml").read_text(encoding="utf-8")
    return yamlfile.safe_load(text)


@dataclass(frozen=True)
class SeriesQuery:
    level: str = "admin1"
    period: str = "week"
    since: date | None = None
    until: date | None = None
    country: str | None = None  # ISO2, ISO3 or name
    admin1: str | None = None
    types: tuple[str, ...] = ()  # ACLED event or sub-event types; empty: all
    area: str | None = None  # one area's key (see area_key), e.g. "SY/Idlib"

    def check(self) -> None:
        if self.level not in LEVELS:
            extra = (" (the store records no admin2 for news-coded events; use admin1 or cell)"
                     if self.level == "admin2" else "")
            raise WarningInputError(f"unknown level {self.level!r}: use one of {', '.join(LEVELS)}{extra}")
        if self.period not in PERIODS:
            raise WarningInputError(f"unknown period {self.period!r}: use one of {', '.join(PERIODS)}")
        if self.since and self.until and self.since > self.until:
            raise WarningInputError("--until is before --since")


MEASURES = ("events", "fatalities", "fatalities_low", "fatalities_high", "injured", "displaced", "sources")


def type_columns() -> dict[str, str]:
    return dict(params("series")["event_types"])


def area_groups(level: str) -> tuple[list[tuple[str, str]], str, str]:
    """([(SQL over events e, alias)] to group by, the area key over those aliases, SQL condition that
    an event has such an area).  Grouping by the raw columns and building the key on the grouped
    rows is several times cheaper than grouping a million concatenated strings."""
    p = params("series")
    deg = float(p["cell_degrees"])
    ncol = int(round(360 / deg))
    if level == "country":
        return [("e.iso", "g1")], "g1", "e.iso IS NOT NULL"
    if level == "admin1":
        return [("e.iso", "g1"), ("e.admin1", "g2")], "g1 || '/' || g2", "e.iso IS NOT NULL AND e.admin1 IS NOT NULL"
    cell = (f"(CAST(floor((e.lat + 90) / {deg}) AS BIGINT) * {ncol} + "
            f"CAST(floor((e.lon + 180) / {deg}) AS BIGINT) + 1)")
    return [(cell, "g1")], "g1::VARCHAR", (f"e.lat IS NOT NULL AND e.lon IS NOT NULL AND "
                                            f"coalesce(e.geo_precision, 9) <= {int(p['cell_max_geo_precision'])}")


def area_sql(level: str) -> tuple[str, str]:
    """(SQL for an event's area key, SQL condition that the event has such an area) for a level."""
    groups, key, has = area_groups(level)
    for expr, alias in groups:
        key = re.sub(rf"\b{alias}\b", expr.replace("\\", "\\\\"), key)
    return key, has


def cell_center(gid: int) -> tuple[float, float]:
    """(lat, lon) of a PRIO-GRID cell's centre."""
    deg = float(params("series")["cell_degrees"])
    ncol = int(round(360 / deg))
    row, col = divmod(int(gid) - 1, ncol)
    return -90 + (row + 0.5) * deg, -180 + (col + 0.5) * deg


def iso2_of(country: str) -> str:
    """ISO2 code for an ISO2, ISO3 code or a country name; WarningInputError when unknown."""
    from ..store.countries import countries

    text = country.strip().lower()
    for iso2, info in countries().items():
        if text in (iso2.lower(), str(info.get("iso3", "")).lower(), str(info.get("name", "")).lower()):
            return iso2
    raise WarningInputError(f"unknown country {country!r} (use an ISO2 or ISO3 code or the English name)")


def event_conditions(q: SeriesQuery, with_dates: bool = True) -> tuple[str, list[Any]]:
    """The WHERE clause (alias e) selecting the factual events of a query, with its parameters."""
    p = params("series")
    key, has_area = area_sql(q.level)
    conds = ["list_contains(?, e.modality)", "e.date_start IS NOT NULL", has_area]
    args: list[Any] = [list(p["modalities"])]
    if with_dates and q.since:
        conds.append("e.date_start >= ?")
        args.append(q.since)
    if with_dates and q.until:
        conds.append("e.date_start <= ?")
        args.append(q.until)
    if q.country:
        conds.append("e.iso = ?")
        args.append(iso2_of(q.country))
    if q.admin1:
        conds.append("lower(e.admin1) = lower(?)")
        args.append(q.admin1)
    if q.types:  # exact names (canonical_types made them the store's spelling): no lower() per row
        conds.append("(list_contains(?, e.event_type) OR list_contains(?, e.sub_event_type))")
        args += [list(q.types), list(q.types)]
    if q.area:
        conds.append(f"{key} = ?")
        args.append(q.area)
    return " AND ".join(conds), args


def canonical_types(con, q: SeriesQuery) -> SeriesQuery:
    """The query with its --type names spelt as the store spells them ("battles" -> "Battles")."""
    if not q.types:
        return q
    from dataclasses import replace

    known = {str(t).lower(): t for (t,) in con.execute(
        "SELECT DISTINCT event_type FROM fused_events WHERE event_type IS NOT NULL UNION "
        "SELECT DISTINCT sub_event_type FROM fused_events WHERE sub_event_type IS NOT NULL").fetchall()}
    return replace(q, types=tuple(known.get(t.lower(), t) for t in q.types))


def truncate(d: date, period: str) -> date:
    if period == "day":
        return d
    if period == "week":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


def period_end(start: date, period: str) -> date:
    if period == "day":
        return start
    if period == "week":
        return start + timedelta(days=6)
    nxt = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def period_index_sql(period: str, start: date) -> str:
    """SQL for the index of an event's period counted from `start` (a period start)."""
    if period == "day":
        return f"(e.date_start - DATE '{start.isoformat()}')"
    if period == "week":
        return f"((e.date_start - DATE '{start.isoformat()}') // 7)"
    return f"((year(e.date_start) - {start.year}) * 12 + month(e.date_start) - {start.month})"


def period_starts(start: date, end: date, period: str) -> list[date]:
    out, d = [], start
    while d <= end:
        out.append(d)
        d = period_end(d, period) + timedelta(days=1)
    return out


def series_sql(q: SeriesQuery, start: date, end: date, measures: tuple[str, ...], areas: list[str]
               ) -> tuple[str, list[Any]]:
    """One statement: the non-empty (area, period) cells with their measures (sparse: zeros are
    filled in numpy, far cheaper than a cross join in SQL), each with its area's index."""
    groups, key, _ = area_groups(q.level)
    where, args = event_conditions(q)
    cols = {"events": "count(*)", "fatalities": "sum(coalesce(fatalities, 0))",
            "fatalities_low": "sum(coalesce(fatalities_low, fatalities, 0))",
            "fatalities_high": "sum(coalesce(fatalities_high, fatalities, 0))",
            "injured": "sum(coalesce(injured, 0))", "displaced": "sum(coalesce(displaced, 0))",
            "sources": "sum(n_sources)"}
    cols.update({c: f"count(*) FILTER (WHERE event_type = '{t}')" for c, t in type_columns().items()})
    figures = any(m in ("injured", "displaced") for m in measures)
    gsel = ", ".join(f"{expr} AS {alias}" for expr, alias in groups)
    gnames = ", ".join(alias for _, alias in groups)
    sql = f"""
WITH ev AS (SELECT {gsel}, {period_index_sql(q.period, start)} AS pi, e.event_type, e.fatalities,
                   e.fatalities_low, e.fatalities_high, e.n_sources{', f.injured, f.displaced' if figures else ''}
            FROM fused_events e {'LEFT JOIN fused_figures f ON f.fused_id = e.id' if figures else ''}
            WHERE {where} AND e.date_start <= ?),
g AS (SELECT {gnames}, pi, {', '.join(f'{cols[m]}::BIGINT AS {m}' for m in measures)} FROM ev GROUP BY ALL),
ar AS (SELECT unnest(?) AS area, unnest(range(len(?))) AS ai)
SELECT ar.ai, g.pi, {', '.join(f'g.{m}' for m in measures)} FROM g JOIN ar ON ar.area = {key}"""
    return sql, args + [period_end(end, q.period), list(areas), list(areas)]


def _areas_sql(q: SeriesQuery) -> tuple[str, list[Any]]:
    """Every area with a matching factual event at any time (so a quiet area has its zero rows),
    in the order series_sql numbers them."""
    groups, key, _ = area_groups(q.level)
    where, args = event_conditions(q, with_dates=False)
    gsel = ", ".join(f"{expr} AS {alias}" for expr, alias in groups)
    gnames = ", ".join(alias for _, alias in groups)
    admin1 = "any_value(admin1)" if q.level == "admin1" else "NULL::VARCHAR"
    return (f"SELECT {key} AS area, any_value(iso), any_value(country), {admin1}, min(date_start), max(date_start) "
            f"FROM (SELECT {gsel}, e.iso, e.country, e.admin1, e.date_start FROM fused_events e WHERE {where}) "
            f"GROUP BY {gnames} ORDER BY {key}"), args


def series_matrix(con, q: SeriesQuery, measures: tuple[str, ...] = ("events", "fatalities")):
    """(areas, period starts, {measure: areas x periods int64 array}, {area: iso, country, admin1})."""
    import numpy as np

    q.check()
    q = canonical_types(con, q)
    sql, args = _areas_sql(q)  # one scan: the areas and the range of their events
    found = con.execute(sql, args).fetchall()
    info = {str(a): {"iso": iso, "country": c, "admin1": a1} for a, iso, c, a1, _, _ in found}
    areas = list(info)
    if not found:
        return [], [], {m: np.zeros((0, 0), dtype=np.int64) for m in measures}, {}
    lo, hi = q.since or min(r[4] for r in found), q.until or max(r[5] for r in found)
    bounds = truncate(lo, q.period), truncate(hi, q.period)
    periods = period_starts(*bounds, q.period)
    sql, args = series_sql(q, bounds[0], bounds[1], measures, areas)
    res = con.execute(sql, args).fetchnumpy()
    ai = np.asarray(res["ai"], dtype=np.int64)
    pi = np.asarray(res["pi"], dtype=np.int64)
    keep = (ai >= 0) & (pi >= 0) & (pi < len(periods))
    out = {}
    for m in measures:
        mat = np.zeros((len(areas), len(periods)), dtype=np.int64)
        mat[ai[keep], pi[keep]] = np.asarray(res[m], dtype=np.int64)[keep]
        out[m] = mat
    return areas, periods, out, info


def series_rows(con, q: SeriesQuery) -> list[dict[str, Any]]:
    """The zero-filled series as dicts, one per area and period (ISO dates; cell centres)."""
    measures = ("events", *type_columns(), *[m for m in MEASURES if m != "events"])
    areas, periods, mats, info = series_matrix(con, q, measures)
    out = []
    starts = [d.isoformat() for d in periods]
    ends = [period_end(d, q.period).isoformat() for d in periods]
    lists = {m: mats[m].tolist() for m in measures}
    for i, area in enumerate(areas):
        base = {"area": area, **info[area], "admin2": None, "level": q.level, "period": q.period}
        if q.level == "cell":
            lat, lon = cell_center(int(area))
            base.update(cell=int(area), lat=lat, lon=lon)
        for j in range(len(periods)):
            row = dict(base, period_start=starts[j], period_end=ends[j])
            for m in measures:
                row[m] = lists[m][i][j]
            out.append(row)
    return out
