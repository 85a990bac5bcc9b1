"""The open-loop half of bench/serve_load.py (see its docstring): fixed-rate sending, the varied
mix, the stores.  Latency counts from each request's scheduled send time."""
from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from tocsin.serve.launch import running

TARGETS_MS = {"demo": (200, 100.0), "1m": (100, 250.0)}  # issue 16: rate and p99 bound per store
WARMUP_S = 3.0
TIMEOUT_S = 10.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def synthetic_store(events: int) -> Path:
    """The cached synthetic store (bench/api_store.py), built on first use; migrated if older."""
    import api_store
    from tocsin.store.db import connect

    folder = Path(tempfile.gettempdir()) / "tocsin-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"{api_store.VERSION}-{events}.duckdb"
    if not path.exists():
        print(f"building a synthetic store of {events:,} events at {path} (cached) ...", file=sys.stderr)
        t0 = time.perf_counter()
        tmp = path.with_name(path.name + ".part")
        api_store.build(tmp, events)
        tmp.rename(path)
        print(f"built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    connect(path).close()  # a store cached by an older tocsin gets the current schema
    return path


def store_facts(db: Path, seed: int) -> dict:
    """What random filters draw from: the store's days, types, places, actors, words, ids."""
    from tocsin.store.db import opened

    with opened(db, read_only=True) as con:
        def col(sql: str) -> list:
            return [r[0] for r in con.execute(sql).fetchall() if r[0] is not None]

        con.execute(f"SELECT setseed({(seed % 1000) / 1000})")
        d0, d1, n = con.execute("SELECT min(date_start), max(date_start), count(*) FROM fused_events").fetchone()
        words = col("SELECT DISTINCT w FROM (SELECT unnest(string_split(lower(evidence_text), ' ')) AS w "
                    "FROM (SELECT evidence_text FROM records USING SAMPLE 300 ROWS)) WHERE length(w) >= 4")
        actors = col("SELECT DISTINCT w FROM (SELECT unnest(string_split(name, ' ')) AS w "
                     "FROM (SELECT name FROM record_actors USING SAMPLE 2000 ROWS)) WHERE length(w) >= 4")
        return {
            "events": n, "first": d0, "last": d1,
            "types": col("SELECT DISTINCT event_type FROM fused_events"),
            "countries": col("SELECT DISTINCT iso FROM fused_events") + col("SELECT DISTINCT country FROM fused_events"),
            "admin1": col("SELECT DISTINCT admin1 FROM (SELECT admin1 FROM fused_events USING SAMPLE 5000 ROWS)"),
            "langs": col("SELECT DISTINCT lang FROM articles"), "words": sorted(words), "actors": sorted(actors),
            "points": con.execute("SELECT lat, lon FROM (SELECT lat, lon FROM fused_events WHERE lat IS NOT NULL) "
                                  "USING SAMPLE 500 ROWS").fetchall(),
            "ids": col("SELECT id FROM fused_events USING SAMPLE 20000 ROWS"),
        }


def _filters(facts: dict, rng: random.Random) -> dict:
    out: dict = {}
    if rng.random() < 0.8:  # a date window, as the dashboard's timeline brush sends
        span = max(1, (facts["last"] - facts["first"]).days)
        since = facts["first"] + timedelta(days=rng.randrange(span))
        out["since"] = since.isoformat()
        out["until"] = (since + timedelta(days=rng.choice([7, 30, 90, 365]))).isoformat()
    for kind in rng.sample(["country", "type", "admin1", "actor", "lang", "text", "near", "min_confidence"],
                           rng.choice([0, 1, 1, 2])):
        if kind == "near":
            lat, lon = rng.choice(facts["points"]) if facts["points"] else (0.0, 0.0)
            out["near"] = f"{lat + rng.uniform(-0.5, 0.5):.3f},{lon + rng.uniform(-0.5, 0.5):.3f},{rng.choice([10, 25, 50, 100, 300])}"
        elif kind == "min_confidence":
            out["min_confidence"] = rng.choice(["0.3", "0.5", "0.6", "0.7", "0.8", "0.9"])
        else:
            pool = {"country": "countries", "type": "types", "admin1": "admin1", "actor": "actors",
                    "lang": "langs", "text": "words"}[kind]
            if facts[pool]:
                out[kind] = rng.choice(facts[pool])
    return out


def varied_mix(facts: dict, n: int, seed: int) -> list[tuple[str, dict]]:
    """n (path, params): events 55%, one event 20%, stats 25% (serve_load's docstring)."""
    rng = random.Random(seed)
    mix = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.55:
            params = {**_filters(facts, rng), "limit": rng.choice([20, 50, 100, 100, 500])}
            if rng.random() < 0.3:
                params["offset"] = rng.choice([20, 100, 200, 500])
            mix.append(("/api/events", params))
        elif roll < 0.75:
            mix.append((f"/api/events/{rng.choice(facts['ids'])}", {}))
        else:
            mix.append(("/api/stats", _filters(facts, rng)))
    return mix


class _Http:
    """A minimal HTTP/1.1 keep-alive GET client on asyncio streams.  httpx's async client spent
    ~1.3 ms of CPU per request, on the same 2 cores as the server: at 200 requests/s the client
    itself fell behind its schedule.  This one costs a fraction of that."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.free: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def get(self, target: str, fresh: bool = False) -> int:
        reused = bool(self.free) and not fresh
        conn = self.free.pop() if reused else await asyncio.open_connection(self.host, self.port)
        reader, writer = conn
        try:
            writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
            try:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
            except (asyncio.IncompleteReadError, ConnectionResetError) as exc:
                if not reused or getattr(exc, "partial", b""):
                    raise
                writer.close()  # the server closed this idle keep-alive connection (its 5 s timeout):
                return await self.get(target, fresh=True)  # resend on a new one, as HTTP clients do for a GET
            status = int(head.split(" ", 2)[1])
            length = next((int(line.split(":", 1)[1]) for line in head.split("\r\n")
                           if line.startswith("content-length:")), None)
            if length is not None:
                await reader.readexactly(length)
            elif "transfer-encoding: chunked" in head:
                while (size := int((await reader.readuntil(b"\r\n")).strip(), 16)):
                    await reader.readexactly(size + 2)
                await reader.readuntil(b"\r\n")
            else:
                raise ConnectionError("response without a length")
        except BaseException:
            writer.close()
            raise
        self.free.append(conn)
        return status

    def close(self) -> None:
        for _, writer in self.free:
            writer.close()


async def _open_loop(base: str, mix: list[tuple[str, dict]], rate: float,
                     failures: dict[str, int]) -> list[tuple[float, float, bool]]:
    """(latency from the scheduled time, send lag, ok) per request, sent at fixed times;
    counts each failure's kind (HTTP status or exception) in `failures`."""
    http = _Http(base)
    out: list[tuple[float, float, bool]] = []

    async def one(target: str, at: float) -> None:
        lag = time.perf_counter() - at
        try:
            status = await asyncio.wait_for(http.get(target), TIMEOUT_S)
            kind = None if status == 200 else f"HTTP {status}"
            if kind and len(failures) < 50 and f"first {kind}" not in failures:
                failures[f"first {kind}"] = target  # type: ignore[assignment]
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            kind = type(exc).__name__
        if kind:
            failures[kind] = failures.get(kind, 0) + 1
        out.append((time.perf_counter() - at, lag, kind is None))

    tasks = []
    t0 = time.perf_counter() + 0.2
    for i, (path, params) in enumerate(mix):
        at = t0 + i / rate
        delay = at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(f"{path}?{urlencode(params)}" if params else path, at)))
    await asyncio.gather(*tasks)
    http.close()
    return out


def measure(base: str, mix: list[tuple[str, dict]], rate: float) -> dict:
    t0 = time.perf_counter()
    failures: dict[str, int] = {}
    res = asyncio.run(_open_loop(base, mix, rate, failures))
    wall = time.perf_counter() - t0
    lat = [r[0] * 1000 for r in res if r[2]]
    seen: set = set()
    repeats = 0
    for path, params in mix:
        key = (path, tuple(sorted(params.items())))
        repeats += key in seen
        seen.add(key)
    return {"requests": len(res), "errors": sum(not r[2] for r in res),
            "p50_ms": round(percentile(lat, 0.50), 1), "p95_ms": round(percentile(lat, 0.95), 1),
            "p99_ms": round(percentile(lat, 0.99), 1), "max_ms": round(max(lat, default=float("nan")), 1),
            "achieved_rate": round(sum(r[2] for r in res) / wall, 1),
            "send_lag_p99_ms": round(percentile([r[1] * 1000 for r in res], 0.99), 1),
            "repeat_share": round(repeats / max(1, len(mix)), 3), "failures": failures}


def main(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:  # e.g. a copy of the synthetic store: --store 1m --db PATH
            db, store = args.db, args.store or str(args.db)
        elif args.store == "1m":
            db, store = synthetic_store(args.events), "1m"
        else:
            from tocsin.store.demo import build_demo_db

            print("building the demo database ...", file=sys.stderr)
            db, store = build_demo_db(Path(tmp) / "demo.duckdb"), "demo"
        facts = store_facts(db, args.seed)
        n = int(args.rate * args.duration)
        warm = varied_mix(facts, int(args.rate * WARMUP_S), args.seed + 1)
        mix = varied_mix(facts, n, args.seed)
        extra = ("--workers", str(args.workers)) if args.workers else ()
        with running(db, Path(tmp) / "serve.log", extra) as base:
            measure(base, warm, args.rate)  # warm-up: not counted
            r = measure(base, mix, args.rate)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"open loop, {args.rate:g} req/s for {args.duration:g} s, store {store} ({facts['events']:,} events), "
          f"workers {args.workers or 'default'}: p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms  p99 {r['p99_ms']} ms  "
          f"max {r['max_ms']} ms  errors {r['errors']}  achieved {r['achieved_rate']} req/s  "
          f"repeated URLs {r['repeat_share']:.1%}  client send lag p99 {r['send_lag_p99_ms']} ms  "
          f"(load average {load}, {os.cpu_count()} cores)")
    rate_goal, p99_goal = TARGETS_MS.get(store, (None, None))
    result = {"bench": "serve_load", "mode": "open", "store": store, "events": facts["events"],
              "workers": args.workers, "rate": args.rate, "duration_s": args.duration, **r,
              "load_average": load, "cores": os.cpu_count(),
              "target": {"rate": rate_goal, "p99_ms": p99_goal} if rate_goal else None,
              "meets_target": (r["p99_ms"] < p99_goal and r["errors"] == 0 and args.rate >= rate_goal)
              if rate_goal else None}
    print(json.dumps(result))
