"""The store's schema as numbered migrations.  Never edit a released migration: add one."""
from __future__ import annotations

from .facets import CREATE as FACETS_CREATE
from .figures import REFRESH as FIGURES_REFRESH

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
    (4, FACETS_CREATE + """
CREATE INDEX record_actors_record ON record_actors(record_id);
"""),
)

LATEST = MIGRATIONS[-1][0]
TABLES = ("articles", "records", "record_actors", "fused_events", "fused_members", "fused_figures",
          "fused_facets")
