#!/usr/bin/env python3
"""Multilingual benchmark: short news articles written for tocsin in French, Spanish, Arabic and Turkish on real
events (bench/multilingual/<lang>/<split>/), coded by `tocsin extract` and scored by
../shared/tools/score_events.py.

    python bench/multilingual.py [--split dev|test|both] [--lang fr,es,ar,tr] [--shared ../shared] [--pages]

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


def _pages(lang: str, folder: Path, gold: dict, tmp: Path) -> tuple[Path, list[str], Path]:
    """The split's articles as scraped pages of a site in their language (bench/pages_lang.py):
    the extract input, the scorer's extra options and the gold with the pages' articles."""
    sys.path.insert(0, str(ROOT / "bench"))
    from pages_lang import render_lang

    pages, entries = tmp / "pages", []
    pages.mkdir()
    arts = [json.loads(x) for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    for i, art in enumerate(arts):
        text, entry = render_lang(art, i, lang)
        (pages / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        entries += [entry["story"], *entry["teasers"]]
    gold_path = tmp / "gold.json"
    gold_path.write_text(json.dumps({**gold, "articles": entries}, ensure_ascii=False), encoding="utf-8")
    return pages, ["--articles", str(tmp / "articles.jsonl")], gold_path


def run_split(lang: str, split: str, shared: Path, as_pages: bool = False) -> dict:
    folder = DATA / lang / split
    gold_path = folder / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scorer = str(shared / "tools" / "score_events.py")
    with tempfile.TemporaryDirectory() as tmp:
        events, source, score_args = Path(tmp) / "events.jsonl", folder / "articles.jsonl", []
        if as_pages:
            source, score_args, gold_path = _pages(lang, folder, gold, Path(tmp))
        run = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(source), "-o", str(events),
                              *(["--articles-out", score_args[1]] if as_pages else [])],
                             capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        if run.returncode != 0:
            sys.exit(f"tocsin extract failed on {folder}:\n{run.stderr}")
        text = subprocess.run([sys.executable, scorer, str(gold_path), str(events), *score_args],
                              capture_output=True, text=True).stdout
        records = [json.loads(x) for x in events.read_text(encoding="utf-8").splitlines() if x.strip()]
        if as_pages:  # a page's records belong to the gold article whose title their article carries
            titles = {a["title"]: a["id"] for a in map(json.loads, (folder / "articles.jsonl").read_text(
                encoding="utf-8").splitlines())}
            for r in records:
                r["article"]["id"] = titles.get(r["article"].get("title"), "teaser")
    print(f"== {lang} {split}")
    print(text.rstrip().rsplit("\n", 1)[0])
    summary = json.loads(text.strip().splitlines()[-1])
    with_events = {e["article"] for e in gold["events"]}
    distractors = {a["id"] for a in gold["articles"]} - with_events
    noise = [r for r in records if (r.get("article") or {}).get("id") in distractors and r.get("modality") in FACTUAL]
    for r in noise:
        print(f"DISTRACTOR {r['article']['id']}: {(r.get('evidence') or {}).get('text', '')[:90]}")
    langs = sorted({r.get("lang") for r in records if r.get("lang")})
    extra = {"segmentation": summary.get("segmentation"),
             "teaser_factual_records": sum(r["article"]["id"] == "teaser" and r.get("modality") in FACTUAL
                                           for r in records)} if as_pages else {}
    return {**extra, **{k: summary[k] for k in ("core_recall", "all_recall", "attribute_accuracy", "non_event_false_positives",
                                      "factual_records", "unmatched_factual")},
            "distractor_events": len(noise), "articles": len(gold["articles"]), "gold_events": len(gold["events"]),
            "record_langs": langs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--lang", default="fr,es,ar,tr")
    ap.add_argument("--shared")
    ap.add_argument("--pages", action="store_true", help="each article inside a scraped page of a site in its "
                    "language (bench/pages_lang.py): segmentation, the page's date, no record from the teasers")
    args = ap.parse_args()
    shared = _shared(args.shared)
    if not (shared / "tools" / "score_events.py").is_file():
        sys.exit(f"needs ../shared (the scorer): not found at {shared}")
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    out: dict[str, dict] = {}
    for lang in args.lang.split(","):
        for split in splits:
            out.setdefault(lang, {})[split] = run_split(lang, split, shared, args.pages)
    for lang, by_split in out.items():
        for split, s in by_split.items():
            print(f"{lang} {split}: core_recall {s['core_recall']}  all_recall {s['all_recall']}  attribute_accuracy "
                  f"{s['attribute_accuracy']}  non_event_fp {s['non_event_false_positives']}  distractor_events "
                  f"{s['distractor_events']}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
