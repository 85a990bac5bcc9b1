"""Fusion across languages (issue 13): a French and an English report of the same strike become
one fused event with both sources, each keeping its evidence in its own language."""
from __future__ import annotations

import json

from tocsin.store.db import opened
from tocsin.store.ingest import ingest

ENGLISH = {"id": "en-balyun", "outlet": "Levant Courier", "published": "2020-02-28",
           "url": "https://levantcourier.example.org/balyun",
           "title": "33 Turkish soldiers killed in air strike in Idlib",
           "text": "At least 33 Turkish soldiers were killed on Thursday in an air strike by Syrian government "
                   "forces near Balyun in Idlib province, the governor of Turkey's Hatay province said."}
FRENCH = {"id": "fr-balyun", "outlet": "Agence Levant Presse", "published": "2020-02-28",
          "url": "https://levantpresse.example.org/balyoun",
          "title": "Au moins 33 soldats turcs tués dans une frappe aérienne à Idleb",
          "text": "Au moins 33 soldats turcs ont été tués jeudi dans une frappe aérienne de l'aviation syrienne "
                  "près de Balyoun, dans la province d'Idleb, a annoncé le gouverneur de la province turque de Hatay."}


def test_fusion_multilingual_french_and_english_reports_fuse(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENGLISH, FRENCH)) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    stats = ingest([str(src)], db)
    assert stats.errors == 0 and stats.articles_new == 2
    from tocsin.store.query import EventFilter, find_events, get_event

    with opened(db, read_only=True) as con:
        strikes = [e for e in find_events(con, EventFilter()) if e.get("sub_event_type") == "Air/drone strike"]
        assert len(strikes) == 1, strikes
        ev = get_event(con, strikes[0]["id"])
    assert {s["outlet"] for s in ev["sources"]} == {"Levant Courier", "Agence Levant Presse"}
    texts = " ".join(s["evidence"]["text"] for s in ev["sources"])
    assert "soldats turcs" in texts and "Turkish soldiers" in texts
