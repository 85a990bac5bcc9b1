"""The displacement scenario curve a brief shows (issue 15): the newest finished Flee run of a region
covering the brief's area (data/displacement/regions.yaml `covers`), when one exists.

The curve is simulated, not observed, and the brief says so.  Its sentence cites the fused events of
this store that drove the run (the scenario records the ids behind its conflicts.csv) dated within
the brief's period; a run built from another store, or one whose period misses the brief's, has no
such event, and then the brief shows no curve (no claim without an event behind it).
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def scenario_curve(con, iso: str | None, admin1: str | None, since: date, until: date) -> dict[str, Any] | None:
    """The curve's figures for [since, until] and the events behind them, or None."""
    from ..displacement import DisplacementError, latest_run_for_region, regions_for_area, run_path

    names = [r[0] for r in con.execute("SELECT DISTINCT country FROM fused_events WHERE iso = ? AND country "
                                       "IS NOT NULL", [iso]).fetchall()] if iso else []
    regions = list(dict.fromkeys(r for c in names + ([iso] if iso else []) for r in regions_for_area(c, admin1)))
    for region in regions:
        try:
            run = latest_run_for_region(region)
        except (DisplacementError, OSError, ValueError):
            continue
        if run is None:
            continue
        curve = _curve(con, run, since, until)
        if curve is not None:
            png = run_path(run["name"]) / "displacement.png"
            curve["png_path"] = str(png) if png.is_file() else None
            return curve
    return None


def _curve(con, run: dict, since: date, until: date) -> dict[str, Any] | None:
    meta = run["run"]
    start = date.fromisoformat(meta["start"])
    end = start + timedelta(days=int(meta["days"]) - 1)
    d0, d1 = max(since, start), min(until, end)
    if d0 > d1:
        return None
    ids = [r[0] for r in con.execute(
        "SELECT id FROM fused_events WHERE list_contains(?, id) AND date_start BETWEEN ? AND ? "
        "ORDER BY date_start, id", [list(meta.get("event_ids") or []), d0, d1]).fetchall()]
    if not ids:
        return None
    total = {date.fromisoformat(r["date"]): int(r["total_displaced"]) for r in run["totals"]}
    at_end = total.get(d1)
    if at_end is None:
        return None
    before = total.get(d0 - timedelta(days=1), 0)  # cumulative since the start: 0 before it
    k = (d1 - start).days
    top = sorted(((d["location"], d["people"][k]) for d in run["destinations"] if len(d["people"]) > k),
                 key=lambda x: (-x[1], x[0]))
    return {"run": run["name"], "region": meta.get("region"), "title": meta.get("title"), "mode": meta.get("mode"),
            "scale": meta.get("scale"), "start": start.isoformat(), "end": end.isoformat(),
            "period_start": d0.isoformat(), "period_end": d1.isoformat(), "total_at_end": at_end,
            "new_in_period": at_end - before, "top": [{"location": n, "people": p} for n, p in top[:3] if p > 0],
            "totals": [{"date": d.isoformat(), "total_displaced": v} for d, v in sorted(total.items())],
            "events": ids}


def curve_sentence(c: dict[str, Any]) -> str:
    top = ", ".join(f"{t['location'].replace('_', ' ')} ({t['people']:,})" for t in c["top"])
    where = f"; on {c['period_end']} the most are at {top}" if top else ""
    return (f"Simulated, not observed: the Flee scenario run {c['run']} ({c['mode']} mode, {c['title']}, "
            f"{c['start']} to {c['end']}, one agent per {c['scale']} people), driven by this store's events, "
            f"puts {c['new_in_period']:,} people newly displaced from {c['period_start']} to {c['period_end']} "
            f"and {c['total_at_end']:,} since {c['start']}{where}.")
