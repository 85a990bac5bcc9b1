#!/usr/bin/env python3
"""Multilingual benchmark: short news articles written for tocsin in French, Spanish, Arabic and Turkish on real
events (bench/multilingual/<lang>/<split>/), coded by `tocsin extract` and scored by
../shared/tools/score_events.py.

    python bench/multilingual.py [--split dev|test|both] [--lang fr,es,ar,tr] [--shared ../shared]

Prints the scorer's report per language and split, then one line per language and split, and
last one JSON object: {lang: {split: {core_recall, all_recall, attribute_accuracy,
non_event_false_positives, distractor_events, ...}}}.  Distractor articles (no gold event: sport,
weather, economy) must give no factual record.  Tune on dev; the test split is measured once.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "multilingual"
FACTUAL = ("asserted", "reported", "historical")


def _shared(arg: str | None) -> Path:
    return Path(arg or os.environ.get("TOCSIN_SHARED") or ROOT.parent / "shared")


def run_split(lang: str, split: str, shared: Path) -> dict:
    folder = DATA / lang / split
    gold_path = folder / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scorer = str(shared / "tools" / "score_events.py")
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.jsonl"
        run = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(folder / "articles.jsonl"),
                              "-o", str(events)], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        if run.returncode != 0:
            sys.exit(f"tocsin extract failed on {folder}:\n{run.stderr}")
        text = subprocess.run([sys.executable, scorer, str(gold_path), str(events)],
                              capture_output=True, text=True).stdout
        records = [json.loads(x) for x in events.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(f"== {lang} {split}")
    print(text.rstrip().rsplit("\n", 1)[0])
    summary = json.loads(text.strip().splitlines()[-1])
    with_events = {e["article"] for e in gold["events"]}
    distractors = {a["id"] for a in gold["articles"]} - with_events
    noise = [r for r in records if (r.get("article") or {}).get("id") in distractors and r.get("modality") in FACTUAL]
    for r in noise:
        print(f"DISTRACTOR {r['article']['id']}: {(r.get('evidence') or {}).get('text', '')[:90]}")
    langs = sorted({r.get("lang") for r in records if r.get("lang")})
    return {**{k: summary[k] for k in ("core_recall", "all_recall", "attribute_accuracy", "non_event_false_positives",
                                      "factual_records", "unmatched_factual")},
            "distractor_events": len(noise), "articles": len(gold["articles"]), "gold_events": len(gold["events"]),
            "record_langs": langs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--lang", default="fr,es,ar,tr")
    ap.add_argument("--shared")
    args = ap.parse_args()
    shared = _shared(args.shared)
    if not (shared / "tools" / "score_events.py").is_file():
        sys.exit(f"needs ../shared (the scorer): not found at {shared}")
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    out: dict[str, dict] = {}
    for lang in args.lang.split(","):
        for split in splits:
            out.setdefault(lang, {})[split] = run_split(lang, split, shared)
    for lang, by_split in out.items():
        for split, s in by_split.items():
            print(f"{lang} {split}: core_recall {s['core_recall']}  all_recall {s['all_recall']}  attribute_accuracy "
                  f"{s['attribute_accuracy']}  non_event_fp {s['non_event_false_positives']}  distractor_events "
                  f"{s['distractor_events']}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
