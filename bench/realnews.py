#!/usr/bin/env python3
"""Realistic news benchmark: articles written for tocsin in the styles of wire copy, monitors'
reports, UN situation reports, aggregator pages and local outlets (bench/realnews/).

    python bench/realnews.py --split dev|test      # tocsin extract, scored by score_events.py
    python bench/realnews.py --split dev --pages    # each article inside a scraped page's chrome
    python bench/realnews.py --stream              # 110 articles on one conflict, ingested

--split: prints the scorer's report, then a summary line with the scorer's figures plus
`foreign_records` (factual records placed in a country outside the article's gold theatre).
--pages: each article is first rendered as a scraped page (bench/pages.py: menus, a byline
with the date in one of four formats or no date at all, unrelated teasers, a footer), so the
scorer also checks segmentation and the page's date, and `teaser_factual_records` counts the
factual records coded from the unrelated teasers (0 is right).
--stream: ingests bench/realnews/stream/*.jsonl into a fresh store and prints the share of
fused events placed in the conflict's countries, the largest single-event toll, and the fused
tolls that no article gives for one event (manifest `tolls`).  Last line: one JSON object.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / "bench" / "realnews"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _tocsin(*args: str) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "tocsin.cli", *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"tocsin {' '.join(args[:1])} failed:\n{run.stderr}")
    return run


def _as_pages(folder: Path, gold: dict, tmp: Path) -> tuple[list[str], list[str], dict]:
    """The split's articles as scraped pages (bench/pages.py): the extract inputs, its extra
    options, and the gold with the pages' stories and teasers as its articles."""
    from pages import render

    pages, articles = tmp / "pages", []
    pages.mkdir()
    arts = [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, art in enumerate(arts):
        text, entries = render(art, i)
        (pages / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        articles += [entries["story"], *entries["teasers"]]
    return [str(pages)], ["--articles-out", str(tmp / "articles.jsonl")], {**gold, "articles": articles}


def split_bench(split: str, shared: Path, as_pages: bool = False) -> dict:
    folder = DATA / split
    gold_path = folder / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.jsonl"
        inputs, extra, score_args = [str(folder / "articles.jsonl")], [], []
        if as_pages:
            inputs, extra, gold = _as_pages(folder, gold, Path(tmp))
            gold_path = Path(tmp) / "gold.json"
            gold_path.write_text(json.dumps(gold), encoding="utf-8")
            score_args = ["--articles", extra[1]]
        _tocsin("extract", *inputs, "-o", str(events), *extra)
        res = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(gold_path),
                              str(events), *score_args], capture_output=True, text=True)
        full = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(gold_path),
                               str(events), *score_args, "--json"], capture_output=True, text=True).stdout
        records = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
        if as_pages:  # a page's records belong to the gold article whose title their article carries
            titles = [(a["title_contains"], a["id"]) for a in gold["articles"]]
            for r in records:
                title = (r.get("article") or {}).get("title") or ""
                r.setdefault("article", {})["id"] = next((aid for t, aid in titles if t in title), None)
    print(res.stdout.rstrip().rsplit("\n", 1)[0])
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    theatres = {aid: set(m.get("theatre", ())) for aid, m in gold.get("meta", {}).items()}
    foreign = []
    for r in records:
        aid = (r.get("article") or {}).get("id")
        country = (r.get("location") or {}).get("country")
        if r.get("modality") in ("asserted", "reported") and country and theatres.get(aid) and country not in theatres[aid]:
            foreign.append(f"{aid}: {country}: {(r.get('evidence') or {}).get('text', '')[:90]}")
    for line in foreign:
        print(f"FOREIGN {line}")
    unnamed, stale = _unnamed_and_stale(records, folder / "articles.jsonl")
    report = json.loads(full[:full.rstrip().rfind("\n{")])  # the report, without the summary line
    by_attr: dict[str, list[bool]] = {}
    for row in report["events"].values():
        for name, ok in row["checks"].items() if row["found"] else ():
            by_attr.setdefault(name, []).append(bool(ok))
    accuracy = {k: round(sum(v) / len(v), 3) for k, v in sorted(by_attr.items())}
    print("attribute accuracy: " + ", ".join(f"{k} {v} (n={len(by_attr[k])})" for k, v in accuracy.items()))
    if as_pages:
        summary["teaser_factual_records"] = sum("-teaser-" in ((r.get("article") or {}).get("id") or "")
                                                and r.get("modality") in ("asserted", "reported", "historical") for r in records)
    return {"split": split, **summary, "foreign_records": len(foreign), "date_accuracy": accuracy.get("date"),
            "records_in_unnamed_countries": unnamed, "actors_outside_validity": stale}


def _unnamed_and_stale(records: list[dict], articles_path: Path) -> tuple[int, int]:
    """Factual records placed in a country their article neither names nor implies (no toponym,
    demonym, named actor or dateline of that country in its text, no place of it in its headline), and actors coded outside the validity
    dates actors.yaml gives them."""
    from tocsin.coding.actor_dict import load_actors
    from tocsin.coding.nlp import load_nlp
    from tocsin.place.geoparse import geoparse
    from tocsin.place.story_context import headline_places
    from tocsin.coding.dateline import find_dateline
    from tocsin.place.resolve import country_of, resolve

    nlp, actors = load_nlp(), load_actors()
    named: dict[str, set[str]] = {}
    for line in articles_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            tops = geoparse(nlp(art["text"]))
            found = {t.place.country for t in tops if t.place is not None and t.place.country}
            # the headline names places too ("why Chad cannot pacify the Tibesti")
            found |= {t.place.country for t in headline_places(nlp(art.get("title") or ""), [])}
            line = find_dateline(art["text"], "en")  # "RIO DE JANEIRO -": the desk names its city too
            desk = resolve(line.place.split(",")[0].title()) if line and line.place else None
            if desk is not None and desk.country:
                found.add(desk.country)
            for m in actors.find(art["text"]):
                p = country_of(m.country) if m.country and not m.generic else None
                if p is not None and p.country:
                    found.add(p.country)
            named[art["id"]] = found
    unnamed = sum(1 for r in records if r.get("modality") in ("asserted", "reported") and (r.get("location") or {}).get("country")
                  and r["location"]["country"] not in named.get((r.get("article") or {}).get("id"), set()))
    by_name: dict[str, list] = {}
    for e in actors.entries:
        by_name.setdefault(e.name, []).append(e)
    stale = sum(1 for r in records for a in r.get("actors") or ()
                if (day := (r.get("date") or {}).get("start")) and a.get("name") in by_name
                and not any(e.valid_on(day) for e in by_name[a["name"]]))
    return unnamed, stale


def stream_bench() -> dict:
    folder = DATA / "stream"
    parts = sorted(folder.glob("*.jsonl"))
    manifests = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))]
    countries = set(manifests[0]["countries"])
    given = [[int(v) for v in vals or ()] for m in manifests for vals in (m.get("tolls") or {}).values()]
    # a toll the article gives for one event, or two of its counts for one event added up
    # ("killed 17 government troops and 11 rebels" is one event of 28 dead)
    allowed = {v for vals in given for v in vals} | {a + b for vals in given for i, a in enumerate(vals)
                                                     for b in vals[i + 1:]}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "stream.duckdb")
        _tocsin("ingest", *map(str, parts), "--db", db)
        out = _tocsin("events", "--db", db, "--format", "jsonl", "--limit", "100000").stdout
    fused = [json.loads(line) for line in out.splitlines() if line.strip()]
    placed = [f for f in fused if f.get("country")]
    inside = [f for f in fused if (f.get("iso") or "") in countries]
    tolls = [(f.get("fatalities"), f) for f in fused if f.get("fatalities")]
    unknown = [f"{t}: {f.get('evidence', '')[:90]}" for t, f in tolls if int(t) not in allowed]
    outside = [f"{f.get('iso')}: {f.get('sub_event_type') or f.get('plover_event')}: {f.get('evidence', '')[:90]}"
               for f in fused if f not in inside]
    violent = [f for f in fused if f.get("event_type") in VIOLENT]
    for line in outside:
        print(f"OUTSIDE {line}")
    for line in unknown:
        print(f"TOLL    {line}")
    biggest = max(tolls, key=lambda tf: tf[0])[0] if tolls else 0
    return {"stream_articles": sum(1 for p in parts for line in p.open(encoding="utf-8") if line.strip()),
            "fused_events": len(fused), "placed": len(placed),
            "share_in_conflict_countries": round(len(inside) / max(1, len(fused)), 3),
            "violent_fused_events": len(violent),
            "violent_share_in_conflict_countries": round(sum(f in inside for f in violent) / max(1, len(violent)), 3),
            "unplaced": len(fused) - len(placed),
            "largest_single_event_toll": biggest, "max_toll_given_for_one_event": max((v for vals in given for v in vals), default=0),
            "tolls_not_given_for_one_event": len(unknown)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"))
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--pages", action="store_true", help="each article rendered as a scraped page (bench/pages.py)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if not args.split and not args.stream:
        ap.error("give --split dev|test or --stream")
    print(json.dumps(stream_bench() if args.stream else split_bench(args.split, args.shared, args.pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
