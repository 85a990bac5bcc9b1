"""Incremental fusion: after an ingest, re-fuse only the part of the timeline its records touch.

Why it equals a full re-fusion: clustering (cluster.py) takes records in date order and a
cluster stays open only while a new record starts within `horizon` of its latest day; two
clusters merge only when their days lie within `horizon` of each other.  So where the dated
records, sorted by start, leave a gap longer than `horizon` after the latest end so far, no
cluster and no merge crosses it: the timeline splits into independent *components*, and the
full clustering is the union of the components' clusterings.  Records of two countries never
match (rules.places_agree), so each country's timeline splits on its own.  Records with no
date never match anything (rules.dates_agree): each is a fused event of its own.  An ingest re-fuses the components that hold a new record or overlap the days of
a record it removed (an article coded again replaces its records); every other fused event
stays as it is.  tests/fuse/test_incremental.py checks the equality on random insertion
orders.
"""
from __future__ import annotations

from datetime import date, timedelta

from .assemble import assemble
from .cluster import cluster
from .rules import Rules, load_rules

ELIGIBLE = "r.event_type IS NOT NULL AND list_contains(?, r.modality) AND (? OR NOT r.aggregate)"

# Components per partition: records of two countries never match (rules.places_agree), so each
# country's timeline splits on its own; `part` is the country, or '*' for every record when some
# placed record has no country (it could match any country's records).
_COMPONENTS_SQL = f"""
WITH e AS (
    SELECT r.id, {{part}} AS part, r.date_start AS s, coalesce(r.date_end, r.date_start) AS e
    FROM records r WHERE {ELIGIBLE} AND r.date_start IS NOT NULL),
o AS (
    SELECT id, part, s, e,
           max(e) OVER (PARTITION BY part ORDER BY s, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev
    FROM e),
g AS (
    SELECT id, part, s, e,
           sum(CASE WHEN prev IS NULL OR s > prev + ? THEN 1 ELSE 0 END) OVER (PARTITION BY part ORDER BY s, id) AS comp
    FROM o),
n AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS id)
SELECT part, comp, min(s), max(e), bool_or(n.id IS NOT NULL) FROM g LEFT JOIN n ON n.id = g.id
GROUP BY part, comp
"""


def horizon_days(rules: Rules) -> int:
    """cluster.py's horizon in days."""
    return max(rules.date_tolerance, rules.coarse_date_tolerance) + rules.lookback + 1


def _partition(con, rules: Rules) -> str:
    countryless = con.execute(f"SELECT count(*) FROM records r WHERE {ELIGIBLE} AND r.country IS NULL "
                              "AND r.lat IS NOT NULL", [sorted(rules.modalities), rules.aggregate]).fetchone()[0]
    return "'*'" if countryless else "coalesce(r.country, '*')"


def touched_components(con, rules: Rules, new_ids: list[str],
                       removed: list[tuple[date | None, date | None]]) -> tuple[list[tuple[str, date, date]], str]:
    """The (partition, first day, last day) of each component to re-fuse, and the SQL
    expression of the partition.  Undated records never match anything (rules.dates_agree):
    they are fused alone and need no component."""
    h = timedelta(days=horizon_days(rules))
    part = _partition(con, rules)
    comps = con.execute(_COMPONENTS_SQL.format(part=part),
                        [sorted(rules.modalities), rules.aggregate, h, sorted(new_ids)]).fetchall()
    spans = [(lo, hi or lo) for lo, hi in removed if lo is not None]
    return [(p, lo, hi) for p, _comp, lo, hi, has_new in comps
            if has_new or any(a <= hi + h and lo <= b + h for a, b in spans)], part


def refuse_touched(con, new_ids: list[str], removed: list[tuple[date | None, date | None]] = (),
                   rules: Rules | None = None) -> int:
    """Re-fuse the components the new and removed records touch (module docstring); returns
    the number of fused events in the store afterwards."""
    from . import RULE_NAME, load_members, write_events  # the full path's loader and writer

    rules = rules or load_rules()
    # eligible records in no fused event count as new: a run killed between storing its records
    # and fusing them leaves such records, and the next run must fuse them
    unfused = [rid for (rid,) in con.execute(
        f"SELECT r.id FROM records r WHERE {ELIGIBLE} AND NOT EXISTS "
        "(SELECT 1 FROM fused_members m WHERE m.record_id = r.id)",
        [sorted(rules.modalities), rules.aggregate]).fetchall()]
    new_ids = sorted(set(new_ids) | set(unfused))
    spans, part = touched_components(con, rules, list(new_ids), list(removed))
    where = " OR ".join([f"({part} = ? AND r.date_start BETWEEN ? AND ?)"] * len(spans)
                        + ["(r.date_start IS NULL AND list_contains(?, r.id))"])
    params = (*[x for span in spans for x in span], sorted(new_ids))
    cands, members = load_members(con, rules, f"({where})", params)
    events = [assemble([members[c.id] for c in group], RULE_NAME) for group in cluster(cands, rules)]
    con.execute("BEGIN TRANSACTION")
    try:
        # fused events built from a re-fused record, or from a record that no longer exists
        stale = [fid for (fid,) in con.execute(
            "SELECT DISTINCT m.fused_id FROM fused_members m LEFT JOIN records r ON r.id = m.record_id "
            f"WHERE r.id IS NULL OR ({where})", list(params)).fetchall()]
        if stale:
            con.execute("DELETE FROM fused_members WHERE list_contains(?, fused_id)", [stale])
            con.execute("DELETE FROM fused_events WHERE list_contains(?, id)", [stale])
        write_events(con, events)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
