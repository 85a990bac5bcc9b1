"""`tocsin brief`: a one-page situation brief for an area, every sentence built from stored events.

A brief is a list of claims; each claim is a sentence made from the data and the fused event ids
behind it.  A claim with no event behind it is not made.  Rendering (render.py) cites each claim's
events, and each cited event lists its sources (outlet, date, link), so every figure can be traced
to the articles (or ACLED/UCDP rows) it came from.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .alerts import compute_alerts, event_sources
from .scenario_curve import curve_sentence, scenario_curve
from .series import SeriesQuery, WarningInputError, params, series_rows

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


@dataclass
class Claim:
    section: str
    text: str
    events: list[str]


@dataclass
class Brief:
    area: str
    label: str
    level: str
    since: date
    until: date
    claims: list[Claim] = field(default_factory=list)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # cited id -> event with sources
    chart_rows: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    displacement_run: dict[str, Any] | None = None  # a Flee run's curve (scenario_curve.py)

    def add(self, section: str, text: str, events: list[str]) -> None:
        ids = list(dict.fromkeys(e for e in events if e))
        if ids:  # no event behind it: no claim
            self.claims.append(Claim(section, text, ids))


def resolve_area(con, name: str) -> tuple[str, str, str, str | None, str | None]:
    """(level, area key, label, iso, admin1) for an admin1 or country name, or an admin1 key such as
    'SY/Idlib' (as /api/alerts and /api/trends name areas); WarningInputError else."""
    text = name.strip()
    mods = list(params("series")["modalities"])
    iso_part, slash, admin1_part = text.partition("/")
    if slash and iso_part and admin1_part:
        rows = con.execute("SELECT iso, admin1, mode(country) FROM fused_events WHERE lower(iso) = lower(?) AND "
                           "lower(admin1) = lower(?) AND list_contains(?, modality) GROUP BY 1, 2",
                           [iso_part.strip(), admin1_part.strip(), mods]).fetchall()
        if rows:
            iso, admin1, country = rows[0]
            return "admin1", f"{iso}/{admin1}", f"{admin1}, {country}", iso, admin1
    rows = con.execute("SELECT iso, admin1, mode(country), count(*) FROM fused_events WHERE lower(admin1) = lower(?) "
                       "AND list_contains(?, modality) GROUP BY 1, 2 ORDER BY 4 DESC", [text, mods]).fetchall()
    if rows:
        iso, admin1, country, _ = rows[0]
        return "admin1", f"{iso}/{admin1}", f"{admin1}, {country}", iso, admin1
    rows = con.execute("SELECT iso, mode(country) FROM fused_events WHERE (lower(country) = lower(?) OR "
                       "lower(iso) = lower(?)) AND list_contains(?, modality) GROUP BY 1", [text, text, mods]).fetchall()
    if rows:
        return "country", rows[0][0], rows[0][1], rows[0][0], None
    known = [r[0] for r in con.execute(
        "SELECT admin1 FROM fused_events WHERE admin1 IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 8").fetchall()]
    raise WarningInputError(f"no area named {name!r} in the store (a province or country, e.g. "
                            f"{', '.join(known) or 'none stored yet'})")


_EVENT_SQL = """
SELECT e.id, e.date_start, e.event_type, e.sub_event_type, e.location, e.admin1, e.country, e.fatalities,
       e.fatalities_low, e.fatalities_high, e.n_sources, e.actor1, e.actor2, e.lat, e.lon
FROM fused_events e WHERE list_contains(?, e.modality) AND e.date_start BETWEEN ? AND ? AND {area}
ORDER BY e.date_start, e.id
"""
_COLS = ("id", "date", "event_type", "sub_event_type", "location", "admin1", "country", "fatalities",
         "fatalities_low", "fatalities_high", "n_sources", "actor1", "actor2", "lat", "lon")


def _events(con, level, iso, admin1, d0, d1) -> list[dict[str, Any]]:
    area, args = ("e.iso = ? AND e.admin1 = ?", [iso, admin1]) if level == "admin1" else ("e.iso = ?", [iso])
    rows = con.execute(_EVENT_SQL.format(area=area), [list(params("series")["modalities"]), d0, d1] + args).fetchall()
    return [dict(zip(_COLS, r, strict=True)) for r in rows]


def _displaced(con, ids: list[str]) -> dict[str, int]:
    """fused id -> people displaced, as the most conservative source tells it (store/figures.py)."""
    if not ids:
        return {}
    rows = con.execute("SELECT fused_id, displaced FROM fused_figures WHERE list_contains(?, fused_id) "
                       "AND displaced > 0", [ids]).fetchall()
    return {fid: int(d) for fid, d in rows}


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _fat(evs) -> tuple[int, int, int]:
    best = sum(e["fatalities"] or 0 for e in evs)
    low = sum((e["fatalities_low"] if e["fatalities_low"] is not None else e["fatalities"]) or 0 for e in evs)
    high = sum((e["fatalities_high"] if e["fatalities_high"] is not None else e["fatalities"]) or 0 for e in evs)
    return best, low, high


def _where(e) -> str:
    return e["location"] or e["admin1"] or e["country"] or "an unnamed place"


def build_brief(con, name: str, since: date | None = None, until: date | None = None,
                period: str = "week") -> Brief:
    """The brief's claims for an area between since and until (default: the area's last 28 days)."""
    level, key, label, iso, admin1 = resolve_area(con, name)
    if until is None:
        until = con.execute("SELECT max(date_start) FROM fused_events e WHERE e.iso = ? AND "
                            "(? IS NULL OR e.admin1 = ?)", [iso, admin1, admin1]).fetchone()[0]
    since = since or until - timedelta(days=27)
    if since > until:
        raise WarningInputError("--until is before --since")
    days = (until - since).days + 1
    b = Brief(key, label, level, since, until)
    now = _events(con, level, iso, admin1, since, until)
    before = _events(con, level, iso, admin1, since - timedelta(days=days), since - timedelta(days=1))
    ids = [e["id"] for e in now]
    best, low, high = _fat(now)
    rng = f" (range {low}-{high})" if (low, high) != (best, best) else ""
    b.add("headline", f"{_n(len(now), 'factual event')} in {label} from {since} to {until}, with "
          f"{_n(best, 'fatality', 'fatalities')} by the most conservative credible count{rng}.", ids)
    types = Counter(e["event_type"] or "unclassified" for e in now)
    b.add("headline", "By type: " + ", ".join(f"{n} {t.lower()}" for t, n in types.most_common()) + ".", ids)
    if before:
        pb, _, _ = _fat(before)
        trend = "up from" if len(now) > len(before) else "down from" if len(now) < len(before) else "the same as"
        b.add("change", f"Events are {trend} {len(before)} in the previous {days} days "
              f"({since - timedelta(days=days)} to {since - timedelta(days=1)}), and fatalities "
              f"{'up from' if best > pb else 'down from' if best < pb else 'the same as'} {pb}.",
              [e["id"] for e in before])
    elif now:
        last = _events(con, level, iso, admin1, date(1, 1, 1), since - timedelta(days=1))
        if last:
            b.add("change", f"No factual event is stored for the previous {days} days; the last one before "
                  f"this period was on {last[-1]['date']} ({_where(last[-1])}).", [last[-1]["id"]])
    chart_since = since - timedelta(days=7 * 12)
    q = SeriesQuery(level=level, period=period, since=chart_since, until=until, area=key)
    b.chart_rows = series_rows(con, q)
    chart_ids = [e["id"] for e in _events(con, level, iso, admin1, chart_since, until)]
    b.add("chart", f"The chart shows factual events, fatalities and sources per {period} in {label} from "
          f"{b.chart_rows[0]['period_start'] if b.chart_rows else chart_since} to {until}.", chart_ids)
    aq = SeriesQuery(level=level, period=period, since=since, until=until, country=iso,
                     admin1=admin1 if level == "admin1" else None)
    b.alerts = [a for a in compute_alerts(con, aq) if a["area"] == key]
    for a in b.alerts:
        b.add("alerts", _alert_sentence(a), [e["id"] for e in a["events"]])
    _key_events(b, now)
    disp = _displaced(con, ids)
    for e in now:
        if e["id"] in disp:
            b.add("displacement", f"{disp[e['id']]:,} people displaced: {e['sub_event_type'] or e['event_type']} "
                  f"at {_where(e)} on {e['date']}.", [e["id"]])
    b.displacement_run = scenario_curve(con, iso, admin1, since, until)
    if b.displacement_run:
        b.add("displacement", curve_sentence(b.displacement_run), b.displacement_run["events"])
    actors: dict[str, list[str]] = {}
    for e in now:
        for a in {e["actor1"], e["actor2"]} - {None}:
            actors.setdefault(a, []).append(e["id"])
    for a, evs in sorted(actors.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:5]:
        b.add("actors", f"{a}: named in {_n(len(evs), 'event')}.", evs)
    cited = sorted({i for c in b.claims for i in c.events})
    b.events = _cited_events(con, cited)
    return b


def _alert_sentence(a: dict[str, Any]) -> str:
    where = f"{a['period_start']} to {a['period_end']}"
    if a["kind"] == "new-dyad":
        return (f"{a['level'].capitalize()}: a first clash between {a['dyad'][0]} and {a['dyad'][1]} "
                f"in the store, {a['first_date']}.")
    if a["kind"] == "new-area":
        return (f"{a['level'].capitalize()}: violence after {a['quiet_periods']} quiet {a['period']}s, "
                f"{int(a['observed'])} event(s) in the {a['period']} {where}.")
    lo, hi = a["expected_interval"]
    told = "in the baseline before it" if a.get("events_from") == "baseline" else "cited"
    return (f"{a['level'].capitalize()}: {a['kind']} of {a['measure']} over the {a['window_periods']} "
            f"{a['period']}(s) from {a['window_start']} to {a['period_end']}: {a['observed']:g} observed against "
            f"{a['expected']:g} expected (90% interval {lo:g}-{hi:g}); test {a['test']}, q = {a['q_value']:.2g} "
            f"(events {told}).")


def _key_events(b: Brief, now: list[dict[str, Any]]) -> None:
    if not now:
        return
    deadly = max(now, key=lambda e: (e["fatalities"] or 0, e["n_sources"], e["id"]))
    if deadly["fatalities"]:
        b.add("key", f"Deadliest: {deadly['sub_event_type'] or deadly['event_type']} at {_where(deadly)} on "
              f"{deadly['date']}, {_n(deadly['fatalities'], 'fatality', 'fatalities')}"
              f"{_actors(deadly)}.", [deadly["id"]])
    told = max(now, key=lambda e: (e["n_sources"], e["fatalities"] or 0, e["id"]))
    if told["n_sources"] > 1:
        b.add("key", f"Most reported: {told['sub_event_type'] or told['event_type']} at {_where(told)} on "
              f"{told['date']}, told by {told['n_sources']} sources{_actors(told)}.", [told["id"]])
    for e in now:
        if e["sub_event_type"] in TERRITORY:
            b.add("key", f"Territory: {e['sub_event_type'].lower()} at {_where(e)} on {e['date']}"
                  f"{_actors(e)}.", [e["id"]])


def _actors(e) -> str:
    if e["actor1"] and e["actor2"]:
        return f" ({e['actor1']} against {e['actor2']})"
    return f" ({e['actor1']})" if e["actor1"] else ""


def _cited_events(con, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    rows = con.execute("SELECT id, date_start, event_type, sub_event_type, location, admin1, country, fatalities "
                       "FROM fused_events WHERE list_contains(?, id) ORDER BY date_start, id", [ids]).fetchall()
    sources = event_sources(con, ids)
    return {r[0]: {"id": r[0], "date": r[1].isoformat() if r[1] else None, "event_type": r[2],
                   "sub_event_type": r[3], "location": r[4], "admin1": r[5], "country": r[6],
                   "fatalities": r[7], "sources": sources.get(r[0], [])} for r in rows}


def as_dict(b: Brief) -> dict[str, Any]:
    """The brief as JSON (the API's answer): claims with their event ids, and the cited events."""
    return {"area": b.area, "label": b.label, "level": b.level, "since": b.since.isoformat(),
            "until": b.until.isoformat(),
            "claims": [{"section": c.section, "text": c.text, "events": c.events} for c in b.claims],
            "events": list(b.events.values()), "alerts": b.alerts,
            "displacement_run": ({k: v for k, v in b.displacement_run.items() if k != "png_path"}
                                 if b.displacement_run else None),
            "series": [{k: r[k] for k in ("period_start", "events", "fatalities", "sources")} for r in b.chart_rows]}
