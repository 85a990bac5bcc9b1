"""The store's schema as numbered migrations.  Never edit a released migration: add one."""
from __future__ import annotations

from .facets import CREATE as FACETS_CREATE
from .facets import FILL as FACETS_FILL
from .figures import REFRESH as FIGURES_REFRESH

# migration 4's fused_facets, as released (migration 5 replaces the table)
_FACETS_V4_FIELDS = """
WITH act AS (
  SELECT m.fused_id, list(DISTINCT ra.name ORDER BY ra.name) AS actors
  FROM fused_members m JOIN record_actors ra ON ra.record_id = m.record_id
  WHERE ra.name IS NOT NULL AND {scope} GROUP BY 1),
src AS (
  SELECT m.fused_id,
    list(DISTINCT coalesce(a.lang, 'und') ORDER BY coalesce(a.lang, 'und')) FILTER (WHERE a.id IS NOT NULL) AS languages,
    string_agg(lower(r.evidence_text), chr(10) ORDER BY m.seq, r.id) AS evidence
  FROM fused_members m JOIN records r ON r.id = m.record_id LEFT JOIN articles a ON a.id = r.article_id
  WHERE {scope} GROUP BY 1)
SELECT fused_id, actors, languages, lower(array_to_string(actors, chr(10))),
       list_sort(list_distinct(list_transform(languages, lambda x: lower(x)))), evidence
FROM (SELECT coalesce(src.fused_id, act.fused_id) AS fused_id, coalesce(act.actors, []::VARCHAR[]) AS actors,
             coalesce(src.languages, []::VARCHAR[]) AS languages, src.evidence
      FROM src FULL JOIN act ON act.fused_id = src.fused_id)"""

_FACETS_V4 = """
CREATE TABLE fused_facets (fused_id VARCHAR PRIMARY KEY, actors VARCHAR[] NOT NULL, languages VARCHAR[] NOT NULL,
                           actors_lc VARCHAR NOT NULL, languages_lc VARCHAR[] NOT NULL, evidence_lc VARCHAR);
INSERT INTO fused_facets """ + _FACETS_V4_FIELDS.format(scope="TRUE") + ";\n"

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    published DATE, published_inferred BOOLEAN, lang VARCHAR,
    text VARCHAR NOT NULL, text_hash VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE records (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    event_type VARCHAR, sub_event_type VARCHAR, plover_event VARCHAR, plover_mode VARCHAR,
    modality VARCHAR NOT NULL, aggregate BOOLEAN NOT NULL, attribution VARCHAR,
    date_start DATE, date_end DATE, date_precision VARCHAR, date_basis VARCHAR,
    country VARCHAR, admin1 VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE,
    geo_precision INTEGER, geonameid BIGINT,
    fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
    evidence_text VARCHAR NOT NULL, evidence_start INTEGER, evidence_end INTEGER,
    confidence DOUBLE, rule_id VARCHAR, trigger VARCHAR,
    record_json VARCHAR NOT NULL
);
CREATE TABLE record_actors (
    record_id VARCHAR NOT NULL, seq INTEGER NOT NULL, role VARCHAR, name VARCHAR,
    country VARCHAR, kind VARCHAR, text VARCHAR
);
CREATE TABLE fused_events (
    id VARCHAR PRIMARY KEY,
    date_start DATE, date_end DATE, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, plover_event VARCHAR, modality VARCHAR,
    iso VARCHAR, country VARCHAR, admin1 VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE,
    geo_precision INTEGER, geonameid BIGINT,
    fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
    actor1 VARCHAR, assoc_actor_1 VARCHAR, actor2 VARCHAR, assoc_actor_2 VARCHAR,
    inter1 VARCHAR, inter2 VARCHAR, civilian_targeting BOOLEAN,
    n_sources INTEGER NOT NULL, n_records INTEGER NOT NULL, evidence VARCHAR,
    rule VARCHAR
);
CREATE TABLE fused_members (
    fused_id VARCHAR NOT NULL, record_id VARCHAR NOT NULL, seq INTEGER NOT NULL
);
CREATE INDEX records_article ON records(article_id);
CREATE INDEX members_fused ON fused_members(fused_id);
CREATE INDEX members_record ON fused_members(record_id);
"""),
    # 2: injured and displaced per fused event (store/figures.py), filled by fusion; existing
    # stores get theirs from their records here.  The table is derived data that every fusion
    # recomputes, so the backfill uses the current rule on purpose.
    (2, """
CREATE TABLE fused_figures (fused_id VARCHAR PRIMARY KEY, injured BIGINT, displaced BIGINT);
""" + FIGURES_REFRESH + ";\n"),
    # 3: a fused event's confidence (records.FusedEvent.confidence); filled by the next fusion.
    (3, """
ALTER TABLE fused_events ADD COLUMN confidence DOUBLE;
"""),
    # 4: what the API filters and lists per fused event (actor names, languages, evidence;
    # store/facets.py), derived data written by fusion and backfilled here; an index for the
    # actors of one event's records (get_event reads them by record id).
    (4, _FACETS_V4 + """
CREATE INDEX record_actors_record ON record_actors(record_id);
"""),
    # 5: fused_facets becomes the API's read model (store/facets.py): the listed columns of each
    # fused event beside its facets and filter keys, in one table sorted newest first, so that
    # a request reads one table and, with a date window, only that window's row groups.
    # Derived data, rebuilt from the current tables here.
    (5, "DROP TABLE fused_facets;\n" + FACETS_CREATE + "\n" + FACETS_FILL + ";\n"),
)

LATEST = MIGRATIONS[-1][0]
TABLES = ("articles", "records", "record_actors", "fused_events", "fused_members", "fused_figures",
          "fused_facets")
