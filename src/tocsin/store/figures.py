"""Per fused event, the injured and displaced figures its sources give, kept in `fused_figures`.

The figures live in each record's JSON; reading a million JSON documents takes seconds, so fusion
(tocsin.fuse.refuse) writes them once into this small table (only events with a figure) and the
series read it with a join.  The rule is the one for fatalities: each source's figure is its
largest, the event's the most conservative source's.  Displacement counts people only (households
and families have no agreed size).
"""
from __future__ import annotations

_FIELDS = """
SELECT fused_id, CAST(min(injured) AS BIGINT) AS injured, CAST(min(displaced) AS BIGINT) AS displaced FROM (
  SELECT m.fused_id, r.article_id,
    max(coalesce(TRY_CAST(json_extract_string(r.record_json, '$.figures.injured.value') AS DOUBLE),
                 TRY_CAST(json_extract_string(r.record_json, '$.figures.injured.low') AS DOUBLE))) AS injured,
    max(coalesce(TRY_CAST(json_extract_string(r.record_json, '$.figures.displaced.value') AS DOUBLE),
                 TRY_CAST(json_extract_string(r.record_json, '$.figures.displaced.low') AS DOUBLE),
                 CASE WHEN coalesce(json_extract_string(r.record_json, '$.displacement.unit'), 'people') = 'people'
                      THEN TRY_CAST(json_extract_string(r.record_json, '$.displacement.figure') AS DOUBLE) END
                 )) AS displaced
  FROM records r JOIN fused_members m ON m.record_id = r.id
  WHERE {scope}contains(r.record_json, '"injured": {{') OR contains(r.record_json, '"displaced": {{')
     OR contains(r.record_json, '"displacement": {{'){end}
  GROUP BY 1, 2)
GROUP BY 1 HAVING min(injured) IS NOT NULL OR min(displaced) IS NOT NULL"""
FIELDS = _FIELDS.format(scope="", end="")  # every event (migration 2's text, unchanged)
REFRESH = f"INSERT INTO fused_figures {FIELDS}"
# the events of a list only (incremental fusion): one parameter, the list of fused ids
SCOPED = "INSERT INTO fused_figures " + _FIELDS.format(scope="m.fused_id IN (SELECT unnest(?::VARCHAR[])) AND (",
                                                       end=")")


def refresh(con, ids: list[str] | None = None, dropped: list[str] | None = None) -> None:
    """Recompute fused_figures from the records (inside the caller's transaction): of the fused
    events `ids` and dropping those of events that no longer exist, or (None) of every event.
    Incremental fusion passes the events it rewrote: the JSON of a million records is not read
    again for a thousand new ones; and those it deleted (`dropped`), so no pass looks for them."""
    if ids is None:
        con.execute("DELETE FROM fused_figures")
        con.execute(REFRESH)
        return
    drop_stale(con, "fused_figures", ids, dropped)
    if ids:
        con.execute(SCOPED, [ids])


def drop_stale(con, table: str, ids: list[str], dropped: list[str] | None) -> None:
    """Delete a derived table's rows of the events `ids` (about to be rewritten) and of the events
    that no longer exist: those the caller names as `dropped` (incremental fusion), else any (a
    pass over the table)."""
    if dropped is None:
        con.execute(f"DELETE FROM {table} WHERE fused_id IN (SELECT unnest(?::VARCHAR[])) "
                    "OR fused_id NOT IN (SELECT id FROM fused_events)", [ids])
    else:
        con.execute(f"DELETE FROM {table} WHERE fused_id IN (SELECT unnest(?::VARCHAR[]))", [[*ids, *dropped]])
