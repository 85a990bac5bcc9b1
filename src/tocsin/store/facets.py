"""Per fused event, what its sources say about it that the API filters and lists: the actors'
names, the articles' languages and the evidence words, kept in `fused_facets`.

Every page of /api/events listed actors and languages with two joins over fused_members,
records, record_actors and articles, and the actor, language and text filters ran the same
joins for every candidate event; on a store of 1M events each such request cost hundreds of
milliseconds (docs/performance.md, API).  Fusion (fuse.write_events) writes this table for
the events it writes, so readers scan one row per event instead of joining four tables.

The values are exactly those of the joins they replace (store/query.py reads them):
`actors` the distinct non-null names sorted, `languages` the distinct `coalesce(lang, 'und')`
of the sources' articles sorted; for the filters, `actors_lc` the names lower-cased and joined
by newlines (a quick first test; query.py confirms on `actors`), `languages_lc` the languages
lower-cased, `evidence_lc` the sources' evidence texts lower-cased and joined by newlines (a
filter word never holds whitespace: query.py splits the text on it).
"""
from __future__ import annotations

# {scope}: a condition on m.fused_id (the events to compute), used twice
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
  WHERE {scope} GROUP BY 1)
SELECT fused_id, actors, languages, lower(array_to_string(actors, chr(10))),
       list_sort(list_distinct(list_transform(languages, lambda x: lower(x)))), evidence
FROM (SELECT coalesce(src.fused_id, act.fused_id) AS fused_id, coalesce(act.actors, []::VARCHAR[]) AS actors,
             coalesce(src.languages, []::VARCHAR[]) AS languages, src.evidence
      FROM src FULL JOIN act ON act.fused_id = src.fused_id)"""

CREATE = """
CREATE TABLE fused_facets (fused_id VARCHAR PRIMARY KEY, actors VARCHAR[] NOT NULL, languages VARCHAR[] NOT NULL,
                           actors_lc VARCHAR NOT NULL, languages_lc VARCHAR[] NOT NULL, evidence_lc VARCHAR);
INSERT INTO fused_facets """ + FIELDS.format(scope="TRUE") + ";\n"


def refresh(con, ids: list[str] | None = None) -> None:
    """Recompute the facets of the fused events `ids` (None: of every event) and drop those of
    events that no longer exist (inside the caller's transaction)."""
    if ids is None:
        con.execute("DELETE FROM fused_facets")
        con.execute("INSERT INTO fused_facets " + FIELDS.format(scope="TRUE"))
        return
    con.execute("DELETE FROM fused_facets WHERE fused_id IN (SELECT unnest(?::VARCHAR[])) "
                "OR fused_id NOT IN (SELECT id FROM fused_events)", [ids])
    if ids:
        con.execute("INSERT INTO fused_facets " + FIELDS.format(
            scope="m.fused_id IN (SELECT unnest(?::VARCHAR[]))"), [ids, ids])
