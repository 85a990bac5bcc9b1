"""Load on `tocsin serve`: closed-loop clients, or an open loop at a fixed rate with a varied mix.

    python bench/serve_load.py [--db PATH] [--requests 3000] [--clients 4]          # closed loop
    python bench/serve_load.py --rate 200 --duration 30 [--store demo|1m] [--workers N]   # open loop

Closed loop (the default): builds the demo database (unless --db), starts `tocsin serve` on a
free loopback port, and sends a fixed mix: /api/events with filters (50%), /api/events/{id}
(25%), /api/stats with filters (25%), to the server as `tocsin serve` runs it and again with its
answer cache off (--cache 0).  The same number of /api/health requests (no database) is the
baseline measured in the same run.  Prints p50/p99 latency and requests/s, and one JSON object last.

Open loop (--rate R --duration S): requests are sent at fixed times (R per second, whether or not
earlier ones have been answered) and each latency is measured from the request's *scheduled*
send time, so time spent queueing in the client or the server counts.  The mix is varied so that
the answer cache rarely helps: /api/events (55%) and /api/stats (25%) with a random date window
(4 in 5 requests) and 0-2 more random filters (country, type, admin1, actor, language, text
word, near a random point, minimum confidence), random limits and offsets; /api/events/{id} (20%)
of random events.  The share of requests whose URL was already asked in the run is printed: an
upper bound of the cache hits (each worker has its own cache).  --store 1m builds (once, cached
under the temp dir) a synthetic store of 1,000,000 fused events (bench/api_store.py).
Prints p50/p95/p99, errors and the achieved rate; the JSON last line holds the same.
Bounded: a 10 s timeout per request; nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tocsin.serve.launch import running

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve_open  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def request_mix(base: str, n: int, seed: int = 7) -> list[tuple[str, dict]]:
    """n (path, params) pairs drawn from the database's own ids and facets."""
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=10) as http:
        facets = http.get("/api/stats").json()
        ids = [e["id"] for e in http.get("/api/events", params={"limit": 1000}).json()["events"]]
    days = [d["day"] for d in facets["by_day"]] or ["2020-01-01"]
    filters = ([{}] + [{"type": t["event_type"]} for t in facets["by_type"] if t["event_type"]]
               + [{"country": r["country"]} for r in facets["by_admin1"] if r["country"]]
               + [{"actor": a["actor"].split()[0]} for a in facets["by_actor"][:10]]
               + [{"since": d} for d in days[:: max(1, len(days) // 10)]]
               + [{"text": "killed"}, {"near": "35.9,36.6,50"}])
    mix = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            mix.append(("/api/events", {**rng.choice(filters), "limit": rng.choice([20, 100, 500])}))
        elif roll < 0.75:
            mix.append((f"/api/events/{rng.choice(ids)}", {}))
        else:
            mix.append(("/api/stats", rng.choice(filters)))
    return mix


def run(base: str, mix: list[tuple[str, dict]], clients: int) -> dict:
    """Send the mix from `clients` threads, one keep-alive connection each."""
    chunks = [mix[i::clients] for i in range(clients)]

    def worker(chunk):
        lat, bad = [], 0
        with httpx.Client(base_url=base, timeout=10) as http:
            for path, params in chunk:
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                lat.append(time.perf_counter() - t0)
                bad += r.status_code != 200
        return lat, bad

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(worker, chunks))
    wall = time.perf_counter() - t0
    lat = [x for r in results for x in r[0]]
    return {"requests": len(lat), "errors": sum(r[1] for r in results),
            "p50_ms": round(percentile(lat, 0.50) * 1000, 2), "p99_ms": round(percentile(lat, 0.99) * 1000, 2),
            "mean_ms": round(statistics.mean(lat) * 1000, 2), "req_per_s": round(len(lat) / wall, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="database to serve (default: per --store)")
    ap.add_argument("--requests", type=int, default=3000, help="closed loop: requests per pass")
    ap.add_argument("--clients", type=int, default=4, help="closed loop: concurrent clients")
    ap.add_argument("--rate", type=float, help="open loop: requests per second (switches to the open loop)")
    ap.add_argument("--duration", type=float, default=30.0, help="open loop: seconds of load (after 3 s warm-up)")
    ap.add_argument("--store", choices=("demo", "1m"),
                    help="open loop: the demo database (default), or a synthetic store of --events events (cached); "
                         "with --db, which of the two the file is (for the targets)")
    ap.add_argument("--events", type=int, default=1_000_000, help="events of the synthetic store")
    ap.add_argument("--workers", type=int, help="tocsin serve --workers (default: its own, the cores)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.rate:
        serve_open.main(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from tocsin.store.demo import build_demo_db

            print("building the demo database ...", file=sys.stderr)
            db = build_demo_db(Path(tmp) / "demo.duckdb")
        extra = ("--workers", str(args.workers)) if args.workers else ()
        with running(db, Path(tmp) / "serve.log", extra) as base:
            mix = request_mix(base, args.requests)
            run(base, mix[:200], args.clients)  # warm-up, not counted
            api = run(base, mix, args.clients)
            health = run(base, [("/api/health", {})] * args.requests, args.clients)
        with running(db, Path(tmp) / "serve-nocache.log", ("--cache", "0", *extra)) as base:
            run(base, mix[:200], args.clients)
            uncached = run(base, mix, args.clients)
    for name, r in (("api", api), ("api, --cache 0", uncached), ("health", health)):
        print(f"{name:15} ({args.clients} clients): p50 {r['p50_ms']} ms  p99 {r['p99_ms']} ms  "
              f"{r['req_per_s']} req/s  errors {r['errors']}")
    result = {"bench": "serve_load", "mode": "closed", "clients": args.clients, "requests": args.requests,
              "api": api, "api_uncached": uncached, "health_baseline": health,
              "p99_ratio_api_over_health": round(api["p99_ms"] / health["p99_ms"], 2),
              "throughput_ratio_api_over_health": round(api["req_per_s"] / health["req_per_s"], 3),
              "p99_under_100ms": api["p99_ms"] < 100}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
