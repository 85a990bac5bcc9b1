"""Fused events -> Flee's conflicts.csv: a conflict intensity per location per day.

The rule is data (`data/displacement/intensity.yaml`, `displacement.intensity.v1`): each factual,
placed event weighs by its type, toll and number of sources; it counts for the nearby graph nodes
with a distance decay; daily pressure accumulates with a half-life, so fighting keeps people
leaving for some days after the last report (displacement follows the front, not the news cycle).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path


from .graph import DisplacementError, Node, data_dir, haversine_km
from .. import yamlfile

RULE_FILE = "intensity.yaml"


@dataclass(frozen=True)
class Event:
    """The fields of a fused event the rule reads."""
    id: str
    date_start: date
    date_end: date
    event_type: str | None
    sub_event_type: str | None
    modality: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    fatalities: int | None
    n_sources: int


@lru_cache(maxsize=4)
def load_rule(path: str | None = None) -> dict:
    with open(path or data_dir() / RULE_FILE, encoding="utf-8") as fh:
        rule = yamlfile.safe_load(fh)
    for key in ("version", "modalities", "precision_weight", "type_weight", "radius_km", "decay_km",
                "max_span_days", "half_life_days", "saturation", "floor"):
        if key not in rule:
            raise DisplacementError(f"intensity rule {path or RULE_FILE}: missing key {key!r}")
    return rule


def lookback_days(rule: dict) -> int:
    """Days before the start whose events still weigh (memory down to about 1/8)."""
    return int(3 * rule["half_life_days"]) + 1


def read_events(db: str | Path, start: date, end: date) -> list[Event]:
    """Fused events overlapping [start - lookback, end] from the store (read-only)."""
    from ..store import StoreError
    from ..store.db import opened

    first = start - timedelta(days=lookback_days(load_rule()))
    try:
        with opened(db, read_only=True) as con:
            total = con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
            rows = con.execute(
                "SELECT id, date_start, coalesce(date_end, date_start), event_type, sub_event_type, modality, "
                "lat, lon, geo_precision, fatalities, n_sources FROM fused_events "
                "WHERE date_start IS NOT NULL AND date_start <= ? AND coalesce(date_end, date_start) >= ? "
                "ORDER BY date_start, id", [end, first]).fetchall()
    except StoreError as exc:
        raise DisplacementError(str(exc)) from None
    if total == 0:
        raise DisplacementError(f"the event store {db} holds no fused events: ingest news first "
                                "(`tocsin ingest`, or `tocsin demo` for the demo database)")
    return [Event(*r) for r in rows]


def event_weight(ev: Event, rule: dict) -> float:
    """How hard one event pushes people out (before distance and time are applied)."""
    if (ev.modality or "asserted") not in rule["modalities"]:
        return 0.0
    prec = rule["precision_weight"].get(ev.geo_precision if ev.geo_precision is not None else 1)
    if not prec or ev.lat is None or ev.lon is None:
        return 0.0
    w = rule.get("sub_event_weight", {}).get(ev.sub_event_type)
    if w is None:
        w = rule["type_weight"].get(ev.event_type, 0.0)
    if w <= 0:
        return 0.0
    w *= 1 + rule.get("fatality_coef", 0.0) * math.log1p(max(0, ev.fatalities or 0))
    w *= 1 + rule.get("source_coef", 0.0) * math.log(max(1, ev.n_sources or 1))
    return w * prec


def conflict_table(events: list[Event], nodes: list[Node], start: date, days: int,
                   rule: dict | None = None) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    """{node: [intensity for each day]} over `days` days from `start`, and {node: [event ids]}."""
    rule = rule or load_rule()
    back = lookback_days(rule)
    first = start - timedelta(days=back)
    n_days = back + days
    pressure = {n.name: [0.0] * n_days for n in nodes}
    used: dict[str, list[str]] = {n.name: [] for n in nodes}
    for ev in events:
        w = event_weight(ev, rule)
        span = (ev.date_end - ev.date_start).days + 1
        if w <= 0 or span > rule["max_span_days"] or span < 1:
            continue
        for n in nodes:
            d = haversine_km(ev.lat, ev.lon, n.lat, n.lon)
            if d > rule["radius_km"]:
                continue
            share = w * math.exp(-d / rule["decay_km"]) / (span if rule.get("share_span", False) else 1)
            for k in range(span):
                i = (ev.date_start - first).days + k
                if 0 <= i < n_days:
                    pressure[n.name][i] += share
            used[n.name].append(ev.id)
    keep = 0.5 ** (1.0 / rule["half_life_days"])
    table = {}
    for name, p in pressure.items():
        acc, out = 0.0, []
        for i, v in enumerate(p):
            acc = v + acc * keep
            if i >= back:
                x = min(1.0, acc / rule["saturation"])
                out.append(round(x, 4) if x >= rule["floor"] else 0.0)
        table[name] = out
    return table, used
