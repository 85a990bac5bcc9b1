"""Early-warning backtest: planted changes, the demo's forecasts and Idlib story, and speed.

    python bench/early_warning.py                 # synthetic backtest + demo (builds the demo db)
    python bench/early_warning.py --db demo.duckdb  # use an existing demo database
    python bench/early_warning.py --speed         # also the 1,000,000-event store timing (~1 min)

1. Synthetic weekly series (4 years, gamma-Poisson counts), 40 areas per kind: rate x2, x4, x8
   from a known week (base rates 1, 2, 4, 8 a week), quiet areas (0.2 a week), noisy areas
   (over-dispersed), a seasonal area (+-60 % over the year) and a one-off x10 spike.  Scored for
   tocsin's detector (tocsin.warning.detect, data/warning/alerts.yaml) and for a naive fixed
   threshold (alarm when a week has at least twice the last 12 weeks' mean and 3 events):
   detection rate within 8 weeks at level warning or above, median delay in weeks, false alarms
   per area-year (every alarm before the change, or anywhere in areas with no change; the spike
   counts as no change).  x4 at 0.5 a week is reported apart ("sparse").
2. The demo database: one-step-ahead forecasts (weekly and monthly, admin1) scored with MSLE and
   CRPS against no-change and historical-mean baselines.
3. The demo's Idlib story: weeks in which an escalation alert fires, and whether a de-escalation
   is flagged after the 5 March 2020 ceasefire.

Last line: one JSON object.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

T = 208
PER_KIND = 40
WINDOW = 8


def synthetic(seed: int = 7):
    """(counts areas x weeks, [(kind, change week or None, base rate)])."""
    rng = np.random.default_rng(seed)

    def gp(lam, alpha=0.2):
        lam = np.asarray(lam, float)
        return rng.poisson(rng.gamma(1 / alpha, alpha * lam))

    rows, meta = [], []
    for mult in (2, 4, 8):
        for i in range(PER_KIND):
            lam, t0 = (1, 2, 4, 8)[i % 4], int(rng.integers(104, 180))
            r = np.full(T, float(lam))
            r[t0:] *= mult
            rows.append(gp(r))
            meta.append((f"x{mult}", t0, lam))
    for i in range(PER_KIND // 4):
        t0 = int(rng.integers(104, 180))
        r = np.full(T, 0.5)
        r[t0:] *= 4
        rows.append(gp(r))
        meta.append(("sparse_x4", t0, 0.5))
    for kind, make in (("quiet", lambda i: gp(np.full(T, 0.2))),
                       ("noisy", lambda i: gp(np.full(T, 3.0), 0.6)),
                       ("seasonal", lambda i: gp(2 * (1 + 0.6 * np.sin(2 * np.pi * np.arange(T) / 52 + i))))):
        for i in range(PER_KIND):
            rows.append(make(i))
            meta.append((kind, None, None))
    for i in range(PER_KIND):
        lam, t0 = (1, 2, 4, 8)[i % 4], int(rng.integers(104, 180))
        r = np.full(T, float(lam))
        r[t0] *= 10
        rows.append(gp(r))
        meta.append(("spike", t0, lam))
    return np.array(rows), meta


def naive_alarms(x: np.ndarray, factor: float = 2.0, floor: int = 3) -> list[tuple[int, int]]:
    """The fixed-threshold rule: a week with >= factor x the previous 12 weeks' mean and >= floor events."""
    out = []
    for a in range(x.shape[0]):
        for t in range(12, x.shape[1]):
            base = x[a, t - 12:t].mean()
            if x[a, t] >= max(floor, factor * base):
                out.append((a, t))
    return out


def calibrated_naive(x: np.ndarray, meta, target: float) -> tuple[float, dict]:
    """The fixed threshold made as strict as needed for at most `target` false alarms per area-year
    overall (the smallest factor on a grid that meets it), so detection is compared at a like rate."""
    for factor in np.arange(2.0, 12.01, 0.25):
        res = evaluate(naive_alarms(x, float(factor)), meta)
        if res["all_false_alarms_per_area_year"] <= target:
            return float(factor), res
    return float("nan"), res


def evaluate(alarms: list[tuple[int, int]], meta) -> dict:
    by: dict[int, list[int]] = {}
    for a, t in alarms:
        by.setdefault(a, []).append(t)
    res: dict[str, dict] = {}
    for a, (kind, t0, _lam) in enumerate(meta):
        r = res.setdefault(kind, {"areas": 0, "detected": 0, "delays": [], "false": 0, "years": 0.0})
        ts = sorted(set(by.get(a, [])))
        r["areas"] += 1
        if kind.startswith(("x", "sparse")):
            hits = [t - t0 for t in ts if t0 <= t <= t0 + WINDOW]
            if hits:
                r["detected"] += 1
                r["delays"].append(hits[0])
            r["false"] += len([t for t in ts if t < t0])
            r["years"] += t0 / 52
        else:
            r["false"] += len(ts)
            r["years"] += T / 52
    out = {}
    for kind, r in res.items():
        row = {"false_alarms_per_area_year": round(r["false"] / r["years"], 3)}
        if kind.startswith(("x", "sparse")):
            row.update(detection_rate=round(r["detected"] / r["areas"], 3),
                       median_delay=float(np.median(r["delays"])) if r["delays"] else None)
        out[kind] = row
    total_false = sum(r["false"] for r in res.values())
    out["all_false_alarms_per_area_year"] = round(total_false / sum(r["years"] for r in res.values()), 3)
    return out


def backtest() -> dict:
    from tocsin.warning.detect import detect
    from tocsin.warning.series import params

    x, meta = synthetic()
    p = params("alerts")
    t = time.perf_counter()
    found = detect({"events": x}, np.ones(T, dtype=bool), p, season=int(p["season_periods"]["week"]))
    secs = time.perf_counter() - t
    ours = [(f.area, f.t) for f in found if f.kind == "escalation" and f.level in ("warning", "alert")]
    mine = evaluate(ours, meta)
    factor, matched = calibrated_naive(x, meta, mine["all_false_alarms_per_area_year"])
    return {"areas": int(x.shape[0]), "weeks": T, "tocsin": mine, "by_base_rate": by_rate(ours, meta),
            "fixed_threshold": evaluate(naive_alarms(x), meta),
            "fixed_threshold_matched": {"factor": factor, **matched}, "detect_seconds": round(secs, 3)}


def by_rate(alarms, meta) -> dict:
    """Detection rate per multiplier and base rate (events a week)."""
    by: dict[int, list[int]] = {}
    for a, t in alarms:
        by.setdefault(a, []).append(t)
    out = {}
    for a, (kind, t0, lam) in enumerate(meta):
        if kind.startswith(("x", "sparse")):
            hit = any(t0 <= t <= t0 + WINDOW for t in by.get(a, []))
            out.setdefault(f"{kind}@{lam}", []).append(hit)
    return {k: round(sum(v) / len(v), 3) for k, v in out.items()}


def demo(db: Path) -> dict:
    from tocsin.store.db import opened
    from tocsin.warning.alerts import compute_alerts
    from tocsin.warning.forecast import compute_forecast
    from tocsin.warning.series import SeriesQuery

    out: dict = {}
    with opened(db, read_only=True) as con:
        for period in ("week", "month"):
            res = compute_forecast(con, SeriesQuery(level="admin1", period=period))
            out[f"forecast_{period}"] = res["scores"]
        alerts = compute_alerts(con, SeriesQuery(level="admin1", period="week", since=date(2019, 11, 1),
                                                 until=date(2020, 5, 31)))
    idlib = [a for a in alerts if a["admin1"] == "Idlib" or a["area"].endswith("/Idlib")]
    esc = sorted({a["period_start"] for a in idlib if a["kind"] == "escalation" and a["level"] != "watch"})
    deesc = [a for a in idlib if a["kind"] == "de-escalation" and a["period_start"] >= "2020-03-02"]
    out["idlib"] = {"escalation_weeks": esc,
                    "escalation_watch_weeks": sorted({a["period_start"] for a in idlib
                                                      if a["kind"] == "escalation" and a["level"] == "watch"}),
                    "other_alerts": sorted({f"{a['period_start']} {a['kind']} {a['level']}" for a in idlib
                                            if a["kind"] in ("new-area", "new-dyad")}),
                    "deescalation_after_ceasefire": bool(deesc),
                    "deescalation_weeks": sorted({f"{a['period_start']} {a['level']}" for a in deesc})}
    return out


def speed(n: int = 1_000_000) -> dict:
    from tocsin.store.db import opened
    from tocsin.warning.alerts import compute_alerts
    from tocsin.warning.series import SeriesQuery, series_matrix, series_rows

    sys.path.insert(0, str(Path(__file__).parent))
    from warning_store import build  # noqa: E402

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.duckdb"
        t = time.perf_counter()
        facts = build(path, n)
        built = time.perf_counter() - t

        def best(f, repeat=3):
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                f()
                times.append(time.perf_counter() - t0)
            return round(min(times), 3)

        with opened(path, read_only=True) as con:
            all_weeks = SeriesQuery(level="admin1", period="week")
            timings = {
                "trends_admin1_week_all_areas_zero_filled_s": best(lambda: series_matrix(
                    con, all_weeks, ("events", "battles", "fatalities", "fatalities_low", "fatalities_high",
                                     "injured", "displaced", "sources"))),
                "trends_admin1_month_rows_one_country_s": best(lambda: series_rows(
                    con, SeriesQuery(level="admin1", period="month", country="SY"))),
                "trends_admin1_week_rows_last_year_s": best(lambda: series_rows(
                    con, SeriesQuery(level="admin1", period="week", since=date(2024, 1, 1)))),
                "trends_cell_month_all_s": best(lambda: series_matrix(con, SeriesQuery(level="cell", period="month"))),
                "alerts_admin1_week_s": best(lambda: compute_alerts(con, all_weeks)),
                "alerts_admin1_month_s": best(lambda: compute_alerts(con, SeriesQuery(level="admin1", period="month"))),
                "alerts_country_week_s": best(lambda: compute_alerts(con, SeriesQuery(level="country", period="week"))),
                "alerts_cell_month_s": best(lambda: compute_alerts(con, SeriesQuery(level="cell", period="month"))),
                "alerts_cell_week_s": best(lambda: compute_alerts(con, SeriesQuery(level="cell", period="week"))),
                "trends_admin1_month_rows_all_areas_s": best(lambda: series_rows(
                    con, SeriesQuery(level="admin1", period="month")), 1),
            }
    return {**facts, "build_s": round(built, 1), **timings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an existing demo database (default: build one in a temp folder)")
    ap.add_argument("--speed", action="store_true", help="also time trends and alerts on a 1M-event store")
    ap.add_argument("--no-demo", action="store_true")
    args = ap.parse_args()
    result = {"synthetic": backtest()}
    syn = result["synthetic"]
    for kind, row in syn["tocsin"].items():
        print(f"synthetic {kind}: tocsin {row} | fixed threshold x2 {syn['fixed_threshold'][kind]} | fixed "
              f"threshold x{syn['fixed_threshold_matched']['factor']} (same false-alarm rate) "
              f"{syn['fixed_threshold_matched'][kind]}")
    print("synthetic detection by base rate:", syn["by_base_rate"])
    if not args.no_demo:
        if args.db:
            result["demo"] = demo(args.db)
        else:
            from tocsin.store.demo import build_demo_db

            with tempfile.TemporaryDirectory() as tmp:
                result["demo"] = demo(build_demo_db(Path(tmp) / "demo.duckdb"))
        print("demo:", json.dumps(result["demo"]))
    if args.speed:
        result["speed"] = speed()
        print("speed:", json.dumps(result["speed"]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
