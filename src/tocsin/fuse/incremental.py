"""Incremental fusion: after an ingest, re-fuse only the records its new and removed records can
affect, not the whole store.

Why it equals a full re-fusion: every cluster lies inside one connected part of the match
graph (two records linked when `rules.same_event` holds), and each part clusters as it would
alone (reach.py).  So an ingest re-clusters the parts that hold a new record, and those that
hold the remaining records of a fused event that lost one (an article coded again replaces its
records).  That is enough: a removed record r acted on the others only through its cluster A.
A record that chose A is in A; one that did not would choose the same without r, unless A
without r now fits it, and then it matches a remaining record of A and lies in its part;
clusters merge with A only into A.  The stored events of the re-clustered parts are replaced;
every other fused event stays as it is, and so does a re-clustered event whose records and
their contents are unchanged (same id, same members, none new).

One pass over the store keeps it exact after a run killed between storing records and fusing
them: eligible records in no fused event count as new, and a fused event holding a record that
is gone (or not eligible) loses it as above.  An event holding records outside the parts (a
store fused under another rule) pulls them in.  tests/fuse/test_incremental.py and
tests/fuse/test_reach.py check the equality on random insertion orders, re-codings, killed
runs and chains of matches far longer than a record's window.
"""
from __future__ import annotations

from .assemble import assemble
from .cluster import cluster
from .reach import Reach
from .rules import Rules, load_rules

ELIGIBLE = "r.event_type IS NOT NULL AND list_contains(?, r.modality) AND (? OR NOT r.aggregate)"

# eligible records in no fused event (fused_id NULL), and fused events holding a record that is
# gone or not eligible (id NULL): one pass over the store
_LOOSE_SQL = f"""
SELECT e.id, m.fused_id FROM (SELECT r.id FROM records r WHERE {ELIGIBLE}) e
FULL JOIN fused_members m ON m.record_id = e.id
WHERE e.id IS NULL OR m.record_id IS NULL"""

# a quick tally (how many, and a sum of hashes of their ids): the eligible records, those of
# them in a list, and the fused members; when the first less the second equals the third, every
# record is fused once but the listed ones, and the join above is not needed
_TALLY = "count(*), coalesce(sum(hash({})::HUGEINT), 0)"
_TALLY_SQL = f"""
SELECT * FROM (SELECT {_TALLY.format("r.id")} FROM records r WHERE {ELIGIBLE}),
              (SELECT {_TALLY.format("r.id")} FROM records r
               WHERE {ELIGIBLE} AND r.id IN (SELECT unnest(?::VARCHAR[]))),
              (SELECT {_TALLY.format("m.record_id")} FROM fused_members m)"""

# the members of fused events: those listed, and those holding one of the records listed
_OLD_SQL = """
WITH f AS (SELECT unnest(?::VARCHAR[]) AS fused_id
           UNION SELECT fused_id FROM fused_members WHERE record_id IN (SELECT unnest(?::VARCHAR[])))
SELECT m.fused_id, m.record_id FROM fused_members m WHERE m.fused_id IN (SELECT fused_id FROM f)"""


def refuse_touched(con, new_ids: list[str], rules: Rules | None = None) -> int:
    """Re-fuse the parts of the match graph the new and removed records touch (module
    docstring); returns the number of fused events in the store afterwards."""
    from . import RULE_NAME, write_events  # the full path's writer

    rules = rules or load_rules()
    unfused, orphaned = _loose_ends(con, rules, sorted(set(new_ids)))
    reach = Reach(con, rules)
    reach.add_ids(set(new_ids) | set(unfused))
    old = _old_events(con, reach, orphaned)
    events = [assemble([reach.members[c.id] for c in group], RULE_NAME)
              for part in reach.parts() for group in cluster(part, rules)]
    # an event re-clustered with the same records, none of them new, is stored as it is
    new = set(new_ids)
    kept = {ev.id for ev in events if old.get(ev.id) == frozenset(ev.members) and new.isdisjoint(ev.members)}
    stale = sorted(set(old) - kept)
    con.execute("BEGIN TRANSACTION")
    try:
        if stale:
            con.execute("DELETE FROM fused_members WHERE fused_id IN (SELECT unnest(?::VARCHAR[]))", [stale])
            con.execute("DELETE FROM fused_events WHERE id IN (SELECT unnest(?::VARCHAR[]))", [stale])
        write_events(con, [ev for ev in events if ev.id not in kept], dropped=stale)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM fused_events").fetchone()[0]


def _loose_ends(con, rules: Rules, new_ids: list[str]) -> tuple[list[str], list[str]]:
    """(eligible records in no fused event but the new ones, fused events holding a record gone
    or not eligible); the join that finds them runs only when the tally says there are some."""
    elig = [sorted(rules.modalities), rules.aggregate]
    n_all, h_all, n_new, h_new, n_fused, h_fused = con.execute(_TALLY_SQL, [*elig, *elig, new_ids]).fetchone()
    if (n_all - n_new, h_all - h_new) == (n_fused, h_fused):
        return [], []
    unfused, orphaned = set(), set()
    for rid, fid in con.execute(_LOOSE_SQL, elig).fetchall():
        if fid is None:
            unfused.add(rid)
        else:
            orphaned.add(fid)
    return sorted(unfused), sorted(orphaned)


def _old_events(con, reach: Reach, orphaned: list[str]) -> dict[str, frozenset[str]]:
    """The stored fused events the re-fusion replaces: those holding a record of the region,
    and the orphaned ones.  Their other records join the region with their parts: the remaining
    records of an event that lost one (module docstring), and those of an event fused under
    another rule (under the same rule an event lies inside one part)."""
    old: dict[str, set[str]] = {}
    asked: set[str] = set()
    fids = list(orphaned)
    while True:
        ids = sorted(reach.region - asked)
        asked |= set(ids)
        if not ids and not fids:
            break
        for fid, rid in con.execute(_OLD_SQL, [fids, ids]).fetchall():
            old.setdefault(fid, set()).add(rid)
        fids = []
        outside = {rid for recs in old.values() for rid in recs} - reach.region - asked
        asked |= outside  # those no longer stored or eligible stay out: their events are replaced
        reach.add_ids(outside)
    return {fid: frozenset(recs) for fid, recs in old.items()}
