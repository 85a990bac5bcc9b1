"""Fusion precision/recall on hand-made gold clusters (the demo corpus and the test clusters).

    python bench/fusion.py                 # demo corpus, fresh database in a temp folder
    python bench/fusion.py --detail        # also each gold event's records: type, date, place
    python bench/fusion.py --gold tests/fuse/data/clusters.yaml --inputs tests/fuse/data/articles.jsonl

Last line: one JSON object with pairwise precision and recall.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from tocsin.fuse.evaluate import load_gold, mention_rows, score
from tocsin.store.db import opened
from tocsin.store.demo import demo_dir, demo_inputs
from tocsin.store.ingest import ingest


def detail(con, gold) -> None:
    for ev in gold:
        print(f"\n## {ev['id']} ({ev.get('date')}, {ev.get('place')}, {ev.get('type')})")
        for m in ev["mentions"]:
            rows = mention_rows(con, m["article"], m["quote"],
                                "r.sub_event_type, r.modality, r.date_start, r.date_basis, r.location, "
                                "r.geo_precision, fm.fused_id")
            print(f"- {m['article']}: {m['quote'][:60]}")
            for r in rows or [("NO RECORD",)]:
                print("    ", r[:7])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=demo_dir() / "clusters.yaml")
    ap.add_argument("--inputs", nargs="*", help="inputs to ingest (default: the demo corpus)")
    ap.add_argument("--detail", action="store_true")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fusion.duckdb"
        ingest(args.inputs or demo_inputs(), db)
        with opened(db, read_only=True) as con:
            if args.detail:
                detail(con, gold)
            result = score(con, gold).as_dict()
    print(json.dumps({"gold": str(args.gold), "events": len(gold), **result}))


if __name__ == "__main__":
    main()
