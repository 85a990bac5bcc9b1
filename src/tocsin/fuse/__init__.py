"""Fusion: coded records from many articles -> one FusedEvent per real event, with sources.

The rule is data (data/fusion/rules.yaml, see rules.py); clustering is greedy complete-link in
date order (cluster.py); assemble.py picks place, date, actors and the conservative toll.
`refuse(con)` recomputes every fused event from the stored records in one transaction, so the
result depends only on the records, never on the order or number of ingest runs.  An ingest
re-fuses only what its records can change, with the same result (incremental.py, reach.py).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..records import FusedEvent
from ..store import facets, figures
from .assemble import Member, assemble
from .cluster import cluster
from .rules import Candidate, Rules, load_rules

STATE_KINDS = frozenset({"state_forces", "government", "external"})
RULE_NAME = "fusion.rules.v1"

_RECORD_SQL = """
SELECT r.id, r.article_id, a.outlet, r.event_type, r.sub_event_type, r.plover_event, r.modality,
       r.date_start, r.date_end, r.date_precision, r.date_basis, r.country, r.admin1, r.location,
       r.lat, r.lon, r.geo_precision, r.geonameid, r.fatalities, r.fatalities_low, r.fatalities_high,
       r.evidence_text, r.confidence
FROM records r JOIN articles a ON a.id = r.article_id
WHERE r.event_type IS NOT NULL AND list_contains(?, r.modality) AND (? OR NOT r.aggregate) AND ({where})
ORDER BY r.id
"""


def actor_key(name: str | None, country: str | None, kind: str | None) -> str:
    """Who acted, as far as fusion compares it: a state by its country; any other actor by its
    kind, since outlets name the same armed group differently ("rebels", "HTS", "jihadists")."""
    if kind in STATE_KINDS and country:
        return f"state:{country}"
    return f"kind:{kind}" if kind else f"name:{(name or '').lower()}"


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def load_members(con, rules: Rules, where: str = "TRUE", params: tuple = ()
                 ) -> tuple[list[Candidate], dict[str, Member]]:
    """The eligible stored records (those matching `where`, an SQL condition on records r)."""
    rows = con.execute(_RECORD_SQL.format(where=where), [sorted(rules.modalities), rules.aggregate, *params]).fetchall()
    actors: dict[str, list[tuple]] = {}
    actor_sql = ("SELECT x.record_id, x.role, x.name, x.country, x.kind FROM record_actors x "
                 f"JOIN records r ON r.id = x.record_id WHERE {where} ORDER BY x.record_id, x.seq")
    for rid, role, name, country, kind in con.execute(actor_sql, list(params)).fetchall():
        actors.setdefault(rid, []).append((role, name, country, kind))
    cands, members = [], {}
    for (rid, art, outlet, etype, stype, plover, modality, d0, d1, dprec, dbasis, country, admin1, loc,
         lat, lon, prec, gid, fat, low, high, evidence, conf) in rows:
        acts = tuple(actors.get(rid, ()))
        keys = frozenset(actor_key(n, c, k) for role, n, c, k in acts if role == "actor1" and (n or c))
        cands.append(Candidate(rid, art, outlet, etype, stype, d0, d1 or d0, dbasis, country, admin1,
                               lat, lon, prec, keys, loc))
        members[rid] = Member(
            id=rid, article_id=art, event_type=etype, sub_event_type=stype, plover_event=plover,
            modality=modality, date_start=_iso(d0), date_end=_iso(d1 or d0), date_precision=dprec,
            country=country, admin1=admin1, location=loc, lat=lat, lon=lon, geo_precision=prec, geonameid=gid,
            fatalities=fat, fatalities_low=low, fatalities_high=high, evidence=evidence, actors=acts,
            confidence=conf)
    return cands, members


def fuse(con, rules: Rules | None = None) -> list[FusedEvent]:
    """The fused events of every eligible stored record (nothing is written)."""
    rules = rules or load_rules()
    cands, members = load_members(con, rules)
    return [assemble([members[c.id] for c in group], RULE_NAME) for group in cluster(cands, rules)]


FUSED_COLS = ("id", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
              "plover_event", "modality", "iso", "country", "admin1", "location", "lat", "lon",
              "geo_precision", "geonameid", "fatalities", "fatalities_low", "fatalities_high", "actor1",
              "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting",
              "n_sources", "n_records", "evidence", "rule", "confidence")


def refuse(con, rules_path: str | Path | None = None) -> int:
    """Recompute all fused events in one transaction; returns how many there are."""
    events = fuse(con, load_rules(rules_path))
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM fused_members")
        con.execute("DELETE FROM fused_events")
        write_events(con, events)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(events)


def write_events(con, events: list[FusedEvent], dropped: list[str] | None = None) -> None:
    """Insert fused events and their members, then their figures (inside the caller's transaction).
    `dropped`: the fused events the caller deleted (None: look for them)."""
    if events:
        _insert_columns(con, "fused_events", FUSED_COLS, [_row(ev) for ev in events])
        _insert_columns(con, "fused_members", ("fused_id", "record_id", "seq"),
                        [(ev.id, rid, i) for ev in events for i, rid in enumerate(ev.members)])
    ids = [ev.id for ev in events]
    figures.refresh(con, ids, dropped)  # injured and displaced per event, for the early-warning series
    facets.refresh(con, ids, dropped)  # actors, languages, evidence per event, for the API


def _insert_columns(con, table: str, cols, rows: list[tuple]) -> None:
    """One INSERT of many rows, passed column by column as lists (DuckDB's executemany runs one
    statement per row: 30 s for the 25,000 events an ingest into a 1M-record store rewrites)."""
    columns = [list(c) for c in zip(*rows)]
    typed = _COLUMN_TYPES.get(table)
    if typed is None or any(c not in typed for c in cols):  # asked once per process, not per write
        typed = _COLUMN_TYPES[table] = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]).fetchall())
    select = ", ".join(f"unnest(?::{typed[c]}[])" for c in cols)
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select}", columns)


_COLUMN_TYPES: dict[str, dict[str, str]] = {}  # table -> column -> SQL type (the schema's, fixed per release)


def _row(ev: FusedEvent) -> tuple:
    d = {c: getattr(ev, c, None) for c in FUSED_COLS}  # (dataclasses.asdict deep-copies every member list)
    d["n_records"] = len(ev.members)
    d["date_start"] = date.fromisoformat(ev.date_start) if ev.date_start else None
    d["date_end"] = date.fromisoformat(ev.date_end) if ev.date_end else None
    return tuple(d[c] for c in FUSED_COLS)


__all__ = ["fuse", "refuse", "load_rules", "FusedEvent"]
