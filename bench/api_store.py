"""A synthetic store for the API load bench (bench/serve_load.py --store 1m): warning_store's N fused
events over 2,000 provinces and 10 years, plus what the API reads beside them: an article per record
(languages in realistic shares), a second source for one event in four, actors per record and
evidence sentences drawn from a small vocabulary (words of our own), so the actor, text and
language filters have something to find.

Built with SQL in DuckDB (about a minute for 1M events on 2 cores); cached by path, so a second
bench run reuses it.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import warning_store  # noqa: E402

WORDS = ["shelling", "clashes", "village", "market", "convoy", "checkpoint", "protesters", "killed", "wounded",
         "airstrike", "drone", "militants", "soldiers", "police", "civilians", "displaced", "bridge", "border",
         "district", "mortar", "ambush", "patrol", "rally", "curfew", "hospital", "school", "road", "night",
         "morning", "residents", "witnesses", "officials", "fighters", "gunmen", "base", "town", "camp",
         "crossing", "farmers", "students"]
LANGS = ["en"] * 12 + ["ar"] * 3 + ["fr"] * 2 + ["es", "tr", None]  # one in twenty undetermined
VERSION = "api-store-v1"  # bump when the content changes: cached stores are keyed by it


def build(path: Path, n: int = 1_000_000) -> dict:
    """A fresh store at `path` with n fused events (module docstring); returns its counts."""
    from tocsin.store import facets
    from tocsin.store.db import opened

    warning_store.build(path, n)
    words, nw = WORDS, len(WORDS)
    with opened(path) as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("SELECT setseed(0.17)")
        # a second source for one event in four: another outlet's record in the same event
        con.execute("""
INSERT INTO records (id, article_id, seq, event_type, modality, aggregate, evidence_text, record_json)
SELECT 'q' || substr(id, 2), 'arq' || substr(article_id, 4), 0, event_type, modality, false, evidence_text, '{}'
FROM records WHERE hash(id) % 4 = 0""")
        con.execute("INSERT INTO fused_members SELECT m.fused_id, 'q' || substr(m.record_id, 2), 1 "
                    "FROM fused_members m WHERE hash(m.record_id) % 4 = 0")
        # evidence: eight words from the vocabulary, varied per record
        pick = " || ' ' || ".join(f"list_extract(?, 1 + CAST(floor(random() * {nw}) AS INTEGER))" for _ in range(8))
        con.execute(f"UPDATE records SET evidence_text = {pick}", [words] * 8)
        con.execute("""
INSERT INTO articles (id, source, url, outlet, title, published, published_inferred, lang, text, text_hash,
                      pipeline_version, ingested_at)
SELECT r.article_id, 'bench', 'https://news' || (hash(r.id) % 50) || '.example/' || r.id,
       'Outlet ' || (hash(r.id) % 50), 'Report ' || r.id, e.date_start, false,
       list_extract(?, 1 + CAST(hash(r.id) % ? AS INTEGER)), r.evidence_text, md5(r.id), 'bench',
       TIMESTAMP '2025-01-01'
FROM records r JOIN fused_members m ON m.record_id = r.id JOIN fused_events e ON e.id = m.fused_id""",
                    [LANGS, len(LANGS)])
        # actors: the fused event's actor1 on every source, its actor2 where it has one
        con.execute("""
INSERT INTO record_actors (record_id, seq, role, name, country, kind, text)
SELECT m.record_id, 0, 'actor1', e.actor1, e.iso, 'state_forces', e.actor1
FROM fused_members m JOIN fused_events e ON e.id = m.fused_id
UNION ALL
SELECT m.record_id, 1, 'actor2', e.actor2, e.iso, 'rebels', e.actor2
FROM fused_members m JOIN fused_events e ON e.id = m.fused_id WHERE e.actor2 IS NOT NULL""")
        con.execute("UPDATE fused_events SET n_sources = 1 + (hash(replace(id, 'ev-', 'r')) % 4 = 0)::INTEGER, "
                    "confidence = round(0.3 + random() * 0.7, 3), "
                    "evidence = 'synthetic'")
        facets.refresh(con)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("fused_events", "fused_members", "records", "articles", "record_actors")}
    return {"version": VERSION, **counts}


if __name__ == "__main__":
    import json

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("api-store.duckdb")
    print(json.dumps(build(out, int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000)))
