#!/usr/bin/env python3
"""Incremental fusion at scale: the time to fuse 1,000 new records into synthetic stores of
10k, 100k and 1M records, against a full re-fusion of the same store in the same run.

    python bench/fusion_scale.py [--sizes 10000,100000,1000000] [--full-max 100000] [--cache DIR]

Synthetic stores (DuckDB, written with SQL): records over 10 years in 120 countries, 25
areas each, a town-level point per area, five sub-event types.  Two ingests are timed on
each store: *focused* (1,000 new records on 3 countries over the last week: a desk following
one conflict) and *global* (1,000 new records spread over every country in the last week).
Incremental fusion (fuse/incremental.py) re-fuses only the connected parts of the match graph
that the new records touch (fuse/reach.py): the new records and the stored ones they match,
found in windows of days around them, so the cost follows the records touched, plus one pass
over the store for records a killed run left unfused.  The full re-fusion baseline
(fuse.refuse) and the global ingest run up to --full-max records.  --cache DIR keeps the built
stores (each timing runs on a fresh copy).  Last line: JSON.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TYPES = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Peaceful protest"]
EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Explosions/Remote violence",
               "Violence against civilians", "Protests"]


def _fill(con, n: int, start_id: int, days_from: int, days: int, countries: int) -> list[str]:
    """n synthetic records (ids r<k>), one article each; returns their ids."""
    sub = "CASE k % 5 " + " ".join(f"WHEN {i} THEN '{t}'" for i, t in enumerate(TYPES)) + " END"
    etype = "CASE k % 5 " + " ".join(f"WHEN {i} THEN '{t}'" for i, t in enumerate(EVENT_TYPES)) + " END"
    con.execute(f"""
        INSERT INTO articles SELECT 'a' || k, 'bench', NULL, 'Outlet ' || (k % 40), 't',
            DATE '2015-01-01' + {days_from} + CAST(hash(k) % {days} AS INTEGER), false, 'en', 'x', 'h', 'v',
            now()::TIMESTAMP
        FROM range({start_id}, {start_id + n}) t(k)""")
    con.execute(f"""
        INSERT INTO records SELECT 'r' || k, 'a' || k, 0, {etype}, {sub}, 'ASSAULT', NULL, 'reported', false, NULL,
            d, d, 'day', 'sentence', 'C' || (hash(k * 7) % {countries}), 'A1', 'Town ' || (hash(k * 7) % {countries * 25}),
            (hash(k * 7) % {countries * 25}) % 150 - 75.0, (hash(k * 7) % {countries * 25}) % 360 - 180.0, 1, NULL,
            CAST(hash(k * 3) % 5 AS INTEGER), NULL, NULL, 'x', 0, 1, 0.8, 'r', 't', '{{}}'
        FROM (SELECT k, DATE '2015-01-01' + {days_from} + CAST(hash(k) % {days} AS INTEGER) AS d
              FROM range({start_id}, {start_id + n}) t(k))""")
    return [f"r{k}" for k in range(start_id, start_id + n)]


def _store(path: Path, size: int) -> None:
    from tocsin.fuse import refuse
    from tocsin.store.db import opened

    with opened(path) as con:
        _fill(con, size, 0, 0, 3650, 120)
        if size <= 20000:
            refuse(con)  # a real fused state to update
        else:  # one fused event per record: the table sizes of a fused store, built in SQL
            con.execute("INSERT INTO fused_events (id, n_sources, n_records, date_start, country) "
                        "SELECT 'f' || id, 1, 1, date_start, country FROM records")
            con.execute("INSERT INTO fused_members SELECT 'f' || id, id, 0 FROM records")


def _built(tmp: Path, cache: Path | None, size: int) -> Path:
    """The path of a freshly built store of `size` records (or of the cached one)."""
    path = (cache or tmp) / f"s{size}.duckdb"
    if cache is not None and path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    part.unlink(missing_ok=True)
    _store(part, size)
    part.rename(path)
    return path


def _timed(path: Path, size: int, countries: int, full: bool) -> dict:
    from tocsin.fuse import load_rules, refuse
    from tocsin.fuse.incremental import refuse_touched
    from tocsin.store.db import opened

    load_rules()  # read once per process: not part of any store's time
    with opened(path) as con:
        ids = _fill(con, 1000, size + 10_000_000 * countries, 3650, 7, countries)
        t = time.perf_counter()
        refuse_touched(con, ids)
        inc = time.perf_counter() - t
        out = {"incremental_s": round(inc, 3)}
        if full:
            t = time.perf_counter()
            refuse(con)
            out["full_s"] = round(time.perf_counter() - t, 3)
            out["ratio_full_over_incremental"] = round(out["full_s"] / max(inc, 1e-6), 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--full-max", type=int, default=10000, help="largest store for the full baseline and "
                    "the global ingest")
    ap.add_argument("--cache", type=Path, help="keep the built stores in this directory and time copies "
                    "of them (building 1M records takes minutes)")
    args = ap.parse_args()
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            t = time.perf_counter()
            built_path = _built(Path(tmp), args.cache, size)
            row = {"build_s": round(time.perf_counter() - t, 1)}
            path = Path(tmp) / f"t{size}.duckdb"
            # new records only for the first 3 of the 120 countries ("C0".."C2" by hash)
            shutil.copyfile(built_path, path)
            row["focused"] = _timed(path, size, 3, size <= args.full_max)
            if size <= args.full_max:  # every country touched: close to a full re-fusion
                shutil.copyfile(built_path, path)
                row["global"] = _timed(path, size, 120, False)
            result[str(size)] = row
            print(size, json.dumps(row), flush=True)
    print(json.dumps({"fusion_scale": result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
