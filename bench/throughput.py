#!/usr/bin/env python3
"""Throughput: the whole tocsin pipeline against bare spaCy on the same texts, in one run.

    python bench/throughput.py [--shared ../shared] [--limit N] [--repeat R] [--workers 2] [--whole 200]

Texts: the news articles of the geoparsing corpora (../shared/benchmarks/geo/*.jsonl,
~900 articles of 300-400 words).  Baseline: `nlp.pipe` of the same spaCy model with the same
batch size.  tocsin: `pipeline.extract` on the same texts written as a JSON Lines file
(ingest, segment, dates, parse, coding, event dates, places).  One-time loading (model,
lexicons, gazetteer) is done before the clocks start and reported apart.  Each side runs
`--repeat` times and the best time counts.  Then words per second per language: English from
that run, French and Spanish on the multilingual benchmark's articles (bench/multilingual/).
`--workers N`: the same extract once with N worker processes (worker start-up and model loads
included), against the best 1-process time.  `--whole N`: the first N articles as whole processes
(`tocsin extract --workers 1`, and the default workers, against a process that loads the model
and runs `nlp.pipe`), loading included.  Last line: JSON with the ratio and `words_per_s`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from news_texts import geo_texts, write_articles

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles (0: all)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the parallel run (0: skip it)")
    ap.add_argument("--whole", type=int, default=200, help="articles of the whole-process runs (0: skip them)")
    args = ap.parse_args()

    from tocsin import pipeline
    from tocsin.config import Settings
    from tocsin.coding.nlp import load_nlp

    texts = geo_texts(args.shared, args.limit)
    settings = Settings()
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    nlp = load_nlp(settings.spacy_model)
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text(json.dumps({"id": "w", "text": texts[0]}) + "\n", encoding="utf-8")
        list(pipeline.extract([str(warm)], settings))  # loads lexicons, actors, gazetteer
        load_s = time.perf_counter() - t0

        path = write_articles(Path(tmp) / "articles.jsonl", texts)
        base, ours, events = [], [], 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
                pass
            base.append(time.perf_counter() - t)
            t = time.perf_counter()
            events = 0
            for item in pipeline.extract([str(path)], settings):
                if isinstance(item, tuple):
                    events += len(item[1])
            ours.append(time.perf_counter() - t)
        par = None
        if args.workers > 1:
            t = time.perf_counter()
            for _ in pipeline.extract([str(path)], settings, workers=args.workers):
                pass
            par = time.perf_counter() - t
        whole = _whole(texts[:args.whole], Path(tmp), settings) if args.whole else {}
    b, o = min(base), min(ours)
    per_lang = {"en": round(words / o)}
    for lang in ("fr", "es", "ar", "tr"):  # issue 13: other languages at least as fast per word as English
        per_lang[lang] = _words_per_s(lang, settings, args.repeat)
        print(f"lang={lang} words_per_s={per_lang[lang]} (en {per_lang['en']})")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles={len(texts)} words={words} spacy={b:.2f}s tocsin={o:.2f}s events={events} load={load_s:.2f}s")
    if par:
        print(f"workers={args.workers} tocsin={par:.2f}s speedup={o / par:.2f}x (worker start-up included)")
    if whole:
        print(f"whole process, {whole['articles']} articles: {whole}")
    print(json.dumps({"articles": len(texts), "words": words, "spacy_s": round(b, 2), "tocsin_s": round(o, 2),
                      "ratio": round(o / b, 3), "articles_per_s": round(len(texts) / o, 1),
                      **({f"workers{args.workers}_s": round(par, 2), f"workers{args.workers}_speedup": round(o / par, 2)}
                         if par else {}),
                      **({"whole_process": whole} if whole else {}),
                      "spacy_articles_per_s": round(len(texts) / b, 1), "events": events,
                      "one_time_load_s": round(load_s, 2), "peak_rss_mb": round(rss_mb),
                      "words_per_s": per_lang}))
    return 0


def _words_per_s(lang: str, settings, repeat: int, copies: int = 20) -> int:
    """Words per second of `pipeline.extract` on the multilingual benchmark's articles of one
    language (bench/multilingual/<lang>/, each written `copies` times; loading done first)."""
    from tocsin import pipeline

    rows = [json.loads(x) for split in ("dev", "test")
            for x in (ROOT / "bench" / "multilingual" / lang / split / "articles.jsonl").read_text(
                encoding="utf-8").splitlines() if x.strip()]
    words = sum(len(r["text"].split()) for r in rows) * copies
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps({**r, "id": f"{r['id']}-{k}"}, ensure_ascii=False) + "\n"
                                for k in range(copies) for r in rows), encoding="utf-8")
        list(pipeline.extract([str(path)], settings))  # warm: the language's lexicons and lemmas
        best = min(_timed(lambda: list(pipeline.extract([str(path)], settings))) for _ in range(repeat))
    return round(words / best)


def _whole(texts: list[str], tmp: Path, settings) -> dict:
    """Wall seconds of whole processes on `texts`: bare spaCy (load + nlp.pipe) and `tocsin
    extract` with 1 worker and with the default workers (the machine's cores); and the peak
    resident memory of one tocsin process (the 1-worker run) and of its worker processes (the
    largest worker of the default run)."""
    import subprocess

    path = write_articles(tmp / "whole.jsonl", texts)
    wrap = Path(__file__).with_name("rss_wrap.py")  # reports the peak memory of tocsin and its workers
    bare = (f"import json, sys; from tocsin.coding.nlp import load_nlp; nlp = load_nlp({settings.spacy_model!r}); "
            f"texts = [json.loads(x)['text'] for x in open({str(path)!r}, encoding='utf-8')]; "
            f"[None for _ in nlp.pipe(texts, batch_size={settings.batch_size})]")
    runs = {"spacy_s": [sys.executable, "-c", bare],
            "tocsin_w1_s": [sys.executable, str(wrap), "extract", str(path), "-o", os.devnull, "--workers", "1"],
            "tocsin_default_workers_s": [sys.executable, str(wrap), "extract", str(path), "-o", os.devnull]}
    out: dict = {"articles": len(texts)}
    for name, cmd in runs.items():
        t = time.perf_counter()
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        out[name] = round(time.perf_counter() - t, 2)
        rss = dict(kv.split("=") for line in done.stderr.splitlines() if line.startswith("RSS_MB")
                   for kv in line.split()[1:])
        if rss and name == "tocsin_w1_s":
            out["rss_w1_mb"] = int(rss["self"])
        elif rss:
            out["rss_worker_mb"] = int(rss["workers"])
    out["ratio_w1"] = round(out["tocsin_w1_s"] / out["spacy_s"], 3)
    out["ratio_default_workers"] = round(out["tocsin_default_workers_s"] / out["spacy_s"], 3)
    return out


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
