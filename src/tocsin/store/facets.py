"""The API's read model of the fused events, kept in `fused_facets`: one row per fused event,
stored newest first, holding the event as the API lists it (`listed`, a JSON object), what its
sources say about it (actors' names, articles' languages, evidence) and the columns the API's
filters and statistics read.

Before, every page of /api/events listed actors and languages with joins over fused_members,
records, record_actors and articles, the actor, language and text filters ran the same joins
for every candidate event, and every filtered query scanned all of fused_events, which fusion
writes in no date order: on a store of 1M events a request cost 50-300 ms (docs/performance.md,
API).  Now a request reads this one table: a date window reads only the row groups of its days
(DuckDB's zone maps), a page of the newest events stops early (the top-N pushes its bound into
the scan) and reads `listed` for its own rows only (late materialisation), and the answer is
those JSON texts, not thirty columns turned into Python objects and back into JSON.

Fusion (fuse.write_events) calls `refresh` for the events it writes, inside its transaction;
whoever else writes fused_events (a test, a repair) calls `refresh` too: this table is derived
data, never the source.  The values are exactly those of fused_events and of the joins they
replace (tests/store/test_facets.py): `listed` the event's columns (query.EVENT_COLS, dates as
ISO text) then `actors`, the distinct non-null names sorted, and `languages`, the distinct
`coalesce(lang, 'und')` of the sources' articles sorted; for the filters, `date_last` the
event's last day, the place and type columns lower-cased, `actors_lc` the names lower-cased and
joined by newlines, `languages_lc` the languages lower-cased, `evidence_lc` the sources'
evidence texts lower-cased and joined by newlines (a filter word never holds whitespace:
query.py splits the text on it); for /api/stats, `languages_key` the languages as a JSON array
(a short string groups ten times faster than a list).

Rows a scoped refresh appends after the sorted body are counted (`tocsin_meta` key
`fused_facets_tail`); once they are a quarter of the table and at least a row group, the table
is rewritten in order (`cluster`): a date window then reads few row groups again.
"""
from __future__ import annotations

from .figures import drop_stale

# the fused event's columns the API lists, in its order (query.EVENT_COLS; `id` is fused_id here)
EVENT_COLS = ("id", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
              "plover_event", "modality", "iso", "country", "admin1", "location", "lat", "lon",
              "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "actor1",
              "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting",
              "n_sources", "evidence", "confidence")
ORDER = "date_start DESC NULLS LAST, fused_id"  # the API's order, and the table's
TAIL_KEY = "fused_facets_tail"
ROW_GROUP = 122_880  # DuckDB's rows per row group, the unit its zone maps skip

CREATE = """
CREATE TABLE fused_facets (
    fused_id VARCHAR PRIMARY KEY,
    listed VARCHAR NOT NULL,
    date_start DATE, date_last DATE, event_type VARCHAR, country VARCHAR, admin1 VARCHAR,
    actor1 VARCHAR, actor2 VARCHAR, fatalities INTEGER, confidence DOUBLE, lat DOUBLE, lon DOUBLE,
    iso_lc VARCHAR, country_lc VARCHAR, admin1_lc VARCHAR,
    event_type_lc VARCHAR, sub_event_type_lc VARCHAR, plover_event_lc VARCHAR,
    actors VARCHAR[] NOT NULL, languages VARCHAR[] NOT NULL,
    actors_lc VARCHAR NOT NULL, languages_lc VARCHAR[] NOT NULL, evidence_lc VARCHAR,
    languages_key VARCHAR NOT NULL
);"""

# {scope}: a condition on m.fused_id (the events to compute), {escope} the same on e.id
FIELDS = """
WITH act AS (
  SELECT m.fused_id, list(DISTINCT ra.name ORDER BY ra.name) AS actors
  FROM fused_members m JOIN record_actors ra ON ra.record_id = m.record_id
  WHERE ra.name IS NOT NULL AND {scope} GROUP BY 1),
src AS (
  SELECT m.fused_id,
    list(DISTINCT coalesce(a.lang, 'und') ORDER BY coalesce(a.lang, 'und')) FILTER (WHERE a.id IS NOT NULL) AS languages,
    string_agg(lower(r.evidence_text), chr(10) ORDER BY m.seq, r.id) AS evidence
  FROM fused_members m JOIN records r ON r.id = m.record_id LEFT JOIN articles a ON a.id = r.article_id
  WHERE {scope} GROUP BY 1),
x AS (
  SELECT e.*, coalesce(act.actors, []::VARCHAR[]) AS actors, coalesce(src.languages, []::VARCHAR[]) AS languages,
         src.evidence AS evidence_lc
  FROM fused_events e LEFT JOIN act ON act.fused_id = e.id LEFT JOIN src ON src.fused_id = e.id
  WHERE {escope})
SELECT id, json_object(""" + ", ".join(f"'{c}', {c}" for c in (*EVENT_COLS, "actors", "languages")) + """)::VARCHAR,
       date_start, coalesce(date_end, date_start), event_type, country, admin1, actor1, actor2, fatalities,
       confidence, lat, lon, lower(iso), lower(country), lower(admin1),
       lower(event_type), lower(sub_event_type), lower(plover_event), actors, languages,
       lower(array_to_string(actors, chr(10))), list_sort(list_distinct(list_transform(languages, lambda x: lower(x)))),
       evidence_lc, to_json(languages)::VARCHAR
FROM x ORDER BY date_start DESC NULLS LAST, id"""

FILL = "INSERT INTO fused_facets " + FIELDS.format(scope="TRUE", escope="TRUE")
_SCOPED = "INSERT INTO fused_facets " + FIELDS.format(scope="m.fused_id IN (SELECT unnest(?::VARCHAR[]))",
                                                      escope="e.id IN (SELECT unnest(?::VARCHAR[]))")


def refresh(con, ids: list[str] | None = None, dropped: list[str] | None = None) -> None:
    """Recompute the rows of the fused events `ids` (None: of every event) and drop those of
    events that no longer exist (inside the caller's transaction): the events `dropped` when the
    caller names those it deleted, else any (a pass over the table)."""
    if ids is None:
        con.execute("DELETE FROM fused_facets")
        con.execute(FILL)
        _set_tail(con, 0)
        return
    drop_stale(con, "fused_facets", ids, dropped)
    if not ids:
        return
    con.execute(_SCOPED, [ids, ids, ids])
    rows = con.execute("SELECT count(*) FROM fused_facets").fetchone()[0]
    tail = 0 if len(ids) >= rows else _tail(con) + len(ids)  # every row rewritten: one sorted run
    if tail >= ROW_GROUP and tail * 4 >= rows:
        cluster(con)
    else:
        _set_tail(con, tail)


def cluster(con) -> None:
    """Rewrite the table in the API's order (inside the caller's transaction)."""
    con.execute(f"CREATE TEMP TABLE fused_facets_sorted AS SELECT * FROM fused_facets ORDER BY {ORDER}")
    try:
        con.execute("DELETE FROM fused_facets")
        con.execute("INSERT INTO fused_facets SELECT * FROM fused_facets_sorted")
    finally:
        con.execute("DROP TABLE fused_facets_sorted")
    _set_tail(con, 0)


def _tail(con) -> int:
    row = con.execute("SELECT value FROM tocsin_meta WHERE key = ?", [TAIL_KEY]).fetchone()
    return int(row[0]) if row else 0


def _set_tail(con, n: int) -> None:
    con.execute("INSERT OR REPLACE INTO tocsin_meta VALUES (?, ?)", [TAIL_KEY, str(n)])
