"""What a store holds after fusion, for comparing incremental and full re-fusion."""
from __future__ import annotations


def stored_groups(con, cols: str = "date_start, sub_event_type, location, fatalities, n_sources, confidence"
                  ) -> tuple[dict[str, set], dict[str, tuple]]:
    """The store's fused events: their members by event id, and `cols` by event id."""
    groups: dict[str, set] = {}
    for fid, rid in con.execute("SELECT fused_id, record_id FROM fused_members").fetchall():
        groups.setdefault(fid, set()).add(rid)
    events = {r[0]: r[1:] for r in con.execute(f"SELECT id, {cols} FROM fused_events").fetchall()}
    return groups, events
