#!/usr/bin/env python3
"""Ray engine scaling: 1 vs 2 Ray workers on the throughput bench's articles, and the same
events as the local engine.

    python bench/ray_scale.py [--shared ../shared] [--limit N] [--cpus C]

Texts: the news articles of the geoparsing corpora (../shared/benchmarks/geo/*.jsonl, 906
articles), as bench/throughput.py reads them, written as one JSON Lines file.  One local Ray
(C CPUs, default 3: two coding actors plus room for the read and write tasks) serves every run,
so Ray's own start-up is outside the clocks.  Runs, each timed whole (actor start-up, pipeline
loading in every actor, reading, coding, writing the shards):
  - local: `pipeline.extract` in this process (1 core), the reference events;
  - ray-1, ray-2: `tocsin.scale.ray_engine.run` with 1 and 2 workers;
  - overhead: ray-1 on one article (actor start-up and loading, the part more workers cannot
    shorten), subtracted from both for the steady-state speed-up.
The local run's CPU seconds give articles per CPU second, a per-core figure that holds on a
shared machine (wall-clock figures move with its load: `uptime` is printed before and after).
Then the 2-worker shards are loaded into a fresh store (`ingest --from-parquet`).  Needs
`pip install -e '.[ray]'`.  Last line: JSON with both speed-ups, per-core throughput and whether
Ray's events equal the local engine's (order-insensitive).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
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
    ap.add_argument("--cpus", type=int, default=3, help="CPUs of the local Ray (default 3)")
    args = ap.parse_args()

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    from tocsin import pipeline
    from tocsin.scale import ray_engine

    texts = geo_texts(args.shared, args.limit)
    load = _load()
    print(f"machine: {os.cpu_count()} cores; load before: {load}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        path = write_articles(Path(tmp) / "articles.jsonl", texts)
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps({"id": "0", "text": texts[0]}) + "\n", encoding="utf-8")

        list(pipeline.extract([str(one)]))  # loading outside the local clock, as bench/throughput.py
        t, cpu = time.perf_counter(), time.process_time()
        local = [ev.to_dict() for item in pipeline.extract([str(path)]) if isinstance(item, tuple)
                 for ev in item[1]]
        local_s, local_cpu = time.perf_counter() - t, time.process_time() - cpu
        print(f"local: {len(texts)} articles, {len(local)} events, {local_s:.1f}s wall, {local_cpu:.1f}s CPU "
              f"({len(texts) / local_cpu:.1f} articles per CPU second)", flush=True)

        ray = ray_engine.import_ray()
        ray.init(address="local", num_cpus=args.cpus, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
        try:
            overhead = _timed_run(ray_engine, one, Path(tmp) / "o", 1)[0]
            print(f"overhead (1 article, 1 worker): {overhead:.1f}s", flush=True)
            runs = {}
            for workers in (1, 2):
                secs, events = _timed_run(ray_engine, path, Path(tmp) / f"w{workers}", workers)
                runs[workers] = (secs, events)
                print(f"ray-{workers}: {secs:.1f}s, {len(events)} events, "
                      f"{len(texts) / secs:.1f} articles/s", flush=True)
        finally:
            ray.shutdown()
        shard_bytes = sum(f.stat().st_size for f in (Path(tmp) / "w2").rglob("*.parquet"))
        from tocsin.scale import shards

        t = time.perf_counter()
        loaded = shards.load(Path(tmp) / "w2", Path(tmp) / "store.duckdb")
        load_s = time.perf_counter() - t
        print(f"shards: {shard_bytes / len(texts) / 1024:.1f} KiB per article; ingest --from-parquet: "
              f"{loaded.articles_new} articles, {loaded.records} records in {load_s:.1f}s", flush=True)

    same = all(_canon(ev) == _canon(local) for _, ev in runs.values())
    whole = runs[1][0] / runs[2][0]
    steady = (runs[1][0] - overhead) / max(1e-9, runs[2][0] - overhead)
    print(f"speed-up 2 vs 1 workers: {whole:.2f}x whole run, {steady:.2f}x without the fixed start-up; "
          f"events identical to local: {same}; load after: {_load()}")
    print(json.dumps({"articles": len(texts), "events_local": len(local), "local_s": round(local_s, 1),
                      "articles_per_s_per_core": round(len(texts) / local_s, 1),
                      "articles_per_cpu_s": round(len(texts) / local_cpu, 1),
                      "ray_1_s": round(runs[1][0], 1), "ray_2_s": round(runs[2][0], 1),
                      "overhead_s": round(overhead, 1), "speedup_whole": round(whole, 2),
                      "speedup_steady": round(steady, 2), "identical_events": same,
                      "shard_kib_per_article": round(shard_bytes / len(texts) / 1024, 2),
                      "from_parquet_articles_per_s": round(len(texts) / load_s, 1),
                      "cores": os.cpu_count(), "ray_cpus": args.cpus, "load": load}))
    return 0 if same else 1


def _timed_run(engine, path: Path, out: Path, workers: int) -> tuple[float, list[dict]]:
    import duckdb

    t = time.perf_counter()
    engine.run([str(path)], str(out), workers=workers)
    secs = time.perf_counter() - t
    files = out / "table=events"
    rows = duckdb.sql(f"SELECT json FROM read_parquet('{files}/*/*.parquet', hive_partitioning = false)"
                      ).fetchall() if files.exists() else []
    return secs, [json.loads(r[0]) for r in rows]


def _canon(events: list[dict]) -> list[str]:
    return sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in events)


def _load() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=5).stdout.strip()
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
