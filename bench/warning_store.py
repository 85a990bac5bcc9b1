"""A synthetic store for the early-warning speed bench: N fused events over 2,000 provinces of 20
countries and 10 years (2015-2024), each with one article-less record and member, built in DuckDB.

Rates differ across provinces (a few busy, most quiet, as in real conflict data); one event in
three is "reported", one in four has a toll, one in a hundred an injured figure in its JSON.
"""
from __future__ import annotations

from pathlib import Path

ISOS = ["SY", "YE", "SD", "ML", "BF", "NG", "SO", "ET", "CD", "AF", "IQ", "UA", "MM", "PK", "LY", "CF", "SS",
        "MZ", "CM", "NE"]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]


def build(path: Path, n: int = 1_000_000, areas: int = 2000) -> dict:
    from tocsin.store import figures
    from tocsin.store.db import opened
    from tocsin.store.demo import fresh

    fresh(path)
    with opened(path) as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("SELECT setseed(0.42)")
        con.execute("CREATE TEMP TABLE areas AS SELECT i AS a, list_extract(?, (i % 20) + 1) AS iso, "
                    "'Province ' || lpad((i // 20)::VARCHAR, 3, '0') AS admin1, -10 + (i % 40) * 1.7 AS lat0, "
                    f"10 + (i // 40) * 1.3 AS lon0, pow(random(), 3) * 5 + 0.05 AS w FROM range({areas}) t(i)", [ISOS])
        con.execute("CREATE TEMP TABLE cw AS SELECT a, iso, admin1, lat0, lon0, "
                    "sum(w) OVER (ORDER BY a) / sum(w) OVER () AS cw FROM areas")
        con.execute(f"""
INSERT INTO fused_events (id, date_start, date_end, time_precision, event_type, sub_event_type, modality, iso,
  country, admin1, location, lat, lon, geo_precision, fatalities, fatalities_low, fatalities_high, actor1, actor2,
  inter1, inter2, civilian_targeting, n_sources, n_records, evidence, rule)
SELECT 'ev-' || lpad(i::VARCHAR, 12, '0'), d, d, 1, et, et, CASE WHEN i % 3 = 0 THEN 'reported' ELSE 'asserted' END,
  c.iso, c.iso, c.admin1, 'Town ' || (i % 97), c.lat0 + random(), c.lon0 + random(), 1 + (i % 3), f, f, f + (i % 4),
  'Military Forces of ' || c.iso, CASE WHEN i % 5 = 0 THEN 'Rebel Group (' || c.iso || ')' END, 'State forces', NULL,
  false, 1 + (i % 4), 1 + (i % 4), 'synthetic evidence ' || md5(i::VARCHAR), 'bench'
FROM (SELECT i, random() AS u, DATE '2015-01-01' + CAST(floor(random() * 3653) AS INTEGER) AS d,
             list_extract(?, 1 + (i % 6)) AS et,
             CASE WHEN i % 4 = 0 THEN CAST(floor(random() * 8) AS INTEGER) END AS f FROM range({n}) t(i)) e
ASOF JOIN cw c ON e.u <= c.cw""", [TYPES])
        con.execute("""
INSERT INTO records (id, article_id, seq, event_type, modality, aggregate, evidence_text, record_json)
SELECT 'r' || substr(id, 4), 'art' || substr(id, 4), 0, event_type, modality, false, evidence,
  '{"aggregate": false, "figures": ' || CASE WHEN right(id, 2) = '07' THEN '{"injured": {"value": 3}}' ELSE '{}' END
  || ', "displacement": null, "evidence": {"text": "' || evidence || ' ' || md5(id) || md5(evidence)
  || '"}, "actors": [{"name": "' || actor1 || '", "role": "actor1"}]}'
FROM fused_events""")
        con.execute("INSERT INTO fused_members SELECT id, 'r' || substr(id, 4), 0 FROM fused_events")
        figures.refresh(con)  # as fusion does
        events, provinces, d0, d1 = con.execute(
            "SELECT count(*), count(DISTINCT iso || admin1), min(date_start), max(date_start) FROM fused_events").fetchone()
    return {"events": events, "provinces": provinces, "first_day": d0.isoformat(), "last_day": d1.isoformat()}
