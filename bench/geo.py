#!/usr/bin/env python3
"""Geoparsing benchmark: `tocsin places` (recognition + context resolution) on the LGL,
GeoWebNews and TR-News corpora in ../shared/benchmarks/geo, scored by
../shared/tools/score_geo.py, beside a most-populous-candidate baseline measured in the same
run on the same recognised spans (every span gets its most populous candidate, no context).

    python bench/geo.py [--split dev|test] [--corpus lgl,gwn,trnews] [--shared ../shared]
    python bench/geo.py --errors lgl > errors.txt   # dev only: each wrong resolution

`--errors CORPUS` prints, for each matched dev toponym resolved more than 161 km from the
gold point, the gold point and GeoNames feature code, the chosen place and why, the text's
context countries and admin1s, a snippet and the ranked candidates with population, score
and distance to gold, then counts by category (country/admin1 point conventions, ranking
errors by the gold candidate's rank, no candidate near gold).

Tune on dev only; run test only to report.  Prints one score line per corpus and system;
the last line is one JSON object with all figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tocsin.coding.nlp import load_nlp  # noqa: E402
from tocsin.place.geoparse import recognise, resolve_all, toponym_record  # noqa: E402
from tocsin.place.story_context import story_context  # noqa: E402
from tocsin.place.coherence import haversine_km  # noqa: E402
from tocsin.place.resolve import candidates  # noqa: E402


def baseline(tops) -> list[dict]:
    out = []
    for t in tops:
        cands = candidates(t.text, (), kind_hint=t.label) if t.label != "NORP" else []
        best = max(cands, key=lambda c: c.population).place if cands else None
        rec = {"start": t.start, "end": t.end, "name": t.text,
               "lat": best.lat if best else None, "lon": best.lon if best else None}
        out.append(rec)
    return out


def score(shared: Path, corpus: str, pred: Path, split: str) -> dict:
    res = subprocess.run([sys.executable, str(shared / "tools" / "score_geo.py"),
                          str(shared / "benchmarks" / "geo" / f"{corpus}.jsonl"), str(pred),
                          "--split", split, "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def _category(g: dict, p, ranked: list, dist: float) -> str:
    fcode = g.get("fcode") or ""
    near = [i for i, c in enumerate(ranked) if c.place.lat is not None and haversine_km(
        c.place.lat, c.place.lon, g["lat"], g["lon"]) <= 161]
    feature = p.feature if p else "none"
    if fcode.startswith("PCL") and feature == "country":
        return "country point convention"
    if fcode.startswith("ADM1") and feature == "admin1" and not near:
        return "admin1 point convention"
    if near:
        return f"ranking: gold is candidate #{near[0]}, chose a {feature}"
    return f"no candidate near gold ({fcode or '?'}), chose a {feature}"


def errors(shared: Path, corpus: str, nlp) -> None:
    """Print the dev errors of one corpus (see the module docstring)."""
    from collections import Counter

    docs = [json.loads(line) for line in
            open(shared / "benchmarks" / "geo" / f"{corpus}.jsonl", encoding="utf-8")]
    docs = [d for d in docs if d["split"] == "dev"]  # never test: see the README
    counts: Counter[str] = Counter()
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs)):
        tops = resolve_all(recognise(doc))
        ctx, admins = story_context(tops, set())  # the context resolve_all read (without the actors' countries)
        for g in d["toponyms"]:
            match = [t for t in tops if t.start < g["end"] and g["start"] < t.end]
            if g.get("lat") is None or not match:
                continue
            t, p = match[0], match[0].place
            dist = (haversine_km(p.lat, p.lon, g["lat"], g["lon"])
                    if p is not None and p.lat is not None else 20039.0)
            if dist <= 161:
                continue
            ranked = candidates(t.text, ctx, kind_hint=t.label, context_admins=admins,
                                scored=True, limit=6)
            cat = _category(g, p, ranked, dist)
            counts[cat] += 1
            print(f"=== {d['id']} {g['name']!r} gold=({g['lat']:.2f},{g['lon']:.2f}) "
                  f"fcode={g.get('fcode')} label={t.label} span={t.text!r} [{cat}]")
            chosen = (p.name, p.country, p.admin1, p.feature) if p else None
            print(f"   chosen {chosen} {dist:.0f} km; {t.why}")
            print(f"   context {ctx[:4]} {admins[:4]}")
            a = max(0, g["start"] - 60)
            print("   text  ", d["text"][a:g["end"] + 40].replace("\n", " "))
            for c in ranked:
                q = c.place
                km = haversine_km(q.lat, q.lon, g["lat"], g["lon"]) if q.lat is not None else -1
                print(f"     {q.name[:24]:24s} {q.country or '--'} {str(q.admin1)[:16]:16s} "
                      f"{q.feature:8s} pop={c.population:<14,} score={c.score:5.2f} {km:6.0f} km")
    for cat, n in counts.most_common():
        print(f"{n:4d}  {cat}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--corpus", default="lgl,gwn,trnews")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--keep", type=Path, help="folder to keep the prediction files in")
    ap.add_argument("--errors", metavar="CORPUS", help="print the dev errors of CORPUS")
    args = ap.parse_args()
    nlp = load_nlp()
    if args.errors:
        errors(args.shared, args.errors, nlp)
        return 0
    summary: dict = {"split": args.split}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for corpus in args.corpus.split(","):
            docs = [json.loads(line) for line in
                    open(args.shared / "benchmarks" / "geo" / f"{corpus}.jsonl", encoding="utf-8")]
            docs = [d for d in docs if d["split"] == args.split]
            ours, base = folder / f"{corpus}.tocsin.jsonl", folder / f"{corpus}.baseline.jsonl"
            t0 = time.perf_counter()
            with open(ours, "w") as fo, open(base, "w") as fb:
                for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs)):
                    tops = resolve_all(recognise(doc))  # the baseline gets the same spans
                    fb.write(json.dumps({"id": d["id"], "toponyms": baseline(tops)}) + "\n")
                    fo.write(json.dumps({"id": d["id"],
                                         "toponyms": [toponym_record(t) for t in tops]}) + "\n")
            secs = time.perf_counter() - t0
            for system, path in (("tocsin", ours), ("baseline", base)):
                s = score(args.shared, corpus, path, args.split)
                rec, res = s["recognition"], s["resolution"]
                print(f"{corpus:7s} {args.split:4s} {system:8s} F1={rec['f1']:.3f} "
                      f"P={rec['precision']:.3f} R={rec['recall']:.3f} "
                      f"acc@161={res['acc161']:.3f} AUC={res['auc']:.3f} "
                      f"n={res['n_resolved']} e2e_acc161={res['e2e_acc161']:.3f}")
                summary[f"{corpus}.{system}"] = {"f1": round(rec["f1"], 4),
                                                 "acc161": round(res["acc161"], 4),
                                                 "auc": round(res["auc"], 4),
                                                 "n": res["n_resolved"]}
            summary[f"{corpus}.articles_per_s"] = round(len(docs) / secs, 1)
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
