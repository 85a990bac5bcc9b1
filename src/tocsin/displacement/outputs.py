"""A run's files: daily.csv, totals.csv, displacement.png, score.json, run.json; and reading them back.

Every file is written under a temporary name in OUT and renamed into place, so a run killed
half-way leaves the previous complete file or none, never half of one.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import date
from pathlib import Path

from .engine import TRANSIT, Member
from .graph import DisplacementError
from .scenario import Scenario

RUN_META = "run.json"


def atomic_write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; a finished file gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _csv_text(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def summarise(sc: Scenario, members: list[Member]) -> dict:
    """Ensemble mean per day and location; the cumulative total and its range across members."""
    n, days = len(members), sc.days
    names = members[0].names
    stock = [[sum(m.stock[t][i] for m in members) / n for i in range(len(names))] for t in range(days)]
    stock_low = [[min(m.stock[t][i] for m in members) for i in range(len(names))] for t in range(days)]
    stock_high = [[max(m.stock[t][i] for m in members) for i in range(len(names))] for t in range(days)]
    cums = []
    for m in members:
        acc, c = 0.0, []
        for x in m.new:
            acc += x
            c.append(acc)
        cums.append(c)
    total = [sum(c[t] for c in cums) / n for t in range(days)]
    low = [min(c[t] for c in cums) for t in range(days)]
    high = [max(c[t] for c in cums) for t in range(days)]
    return {"names": names, "stock": stock, "stock_low": stock_low, "stock_high": stock_high,
            "total": total, "low": low, "high": high}


def write_outputs(sc: Scenario, members: list[Member], out: Path, seconds: float, scale: int,
                  seed: int, score: dict | None = None, observed_points=None) -> dict:
    """Write the run's files into `out`; returns run.json's content."""
    s = summarise(sc, members)
    dates = sc.dates
    nodes = sc.graph.nodes
    band = len(members) > 1
    daily = [["date", "location", "country", "admin1", "location_type", "people"]
             + (["people_low", "people_high"] if band else [])]
    for t, d in enumerate(dates):
        for i, name in enumerate(s["names"]):
            node = nodes.get(name)
            daily.append([d.isoformat(), name, node.country if node else "", node.region if node else "",
                          node.location_type if node else "transit", round(s["stock"][t][i])]
                         + ([round(s["stock_low"][t][i]), round(s["stock_high"][t][i])] if band else []))
    atomic_write(out / "daily.csv", _csv_text(daily))
    totals = [["date", "total_displaced"] + (["total_low", "total_high"] if band else [])]
    for t, d in enumerate(dates):
        totals.append([d.isoformat(), round(s["total"][t])]
                      + ([round(s["low"][t]), round(s["high"][t])] if band else []))
    atomic_write(out / "totals.csv", _csv_text(totals))
    top = top_destinations(sc, s)
    atomic_write(out / "displacement.png", plot(sc, s, top, observed_points))
    if score is not None:
        atomic_write(out / "score.json", json.dumps(score, indent=1) + "\n")
    from importlib.metadata import version

    meta = {"tocsin_run": 1, "scenario": str(sc.path.resolve()), "region": sc.graph.region,
            "title": sc.graph.title, "mode": sc.mode, "start": sc.start.isoformat(), "days": sc.days,
            "scale": scale, "seed": seed, "runs": len(members), "seconds": round(seconds, 2),
            "seconds_per_run": [round(m.seconds, 2) for m in members],
            "agents_at_end": [m.agents[-1] if m.agents else 0 for m in members],
            "flee_version": version("flee"),
            "files": ["daily.csv", "totals.csv", "displacement.png"] + (["score.json"] if score else []),
            "top_destinations": top,
            "event_ids": list(sc.meta.get("event_ids", []))}  # the fused events behind its conflicts
    atomic_write(out / RUN_META, json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    return meta


def top_destinations(sc: Scenario, s: dict, k: int = 5) -> list[str]:
    """The k places holding the most people on the last day, leaving out the places conflict emptied
    (conflict zones on the last day) and the people still on the roads."""
    last = s["stock"][-1]
    active = {n for n, v in sc.conflicts.items() if v and v[-1] > 0}
    cands = [(last[i], n) for i, n in enumerate(s["names"]) if n != TRANSIT and n not in active and last[i] > 0]
    return [n for _, n in sorted(cands, key=lambda x: (-x[0], x[1]))[:k]]


def plot(sc: Scenario, s: dict, top: list[str], observed_points=None) -> bytes:
    """The total displaced (with the ensemble's range) and the top destinations, observed totals as dots."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    fig = Figure(figsize=(9, 5), dpi=100)
    ax = fig.add_subplot()
    dates = sc.dates
    ax.plot(dates, s["total"], color="black", lw=2, label="total displaced (simulated)")
    if s["low"] != s["high"]:
        ax.fill_between(dates, s["low"], s["high"], color="grey", alpha=0.3, label="ensemble range")
    for name in top:
        i = s["names"].index(name)
        line, = ax.plot(dates, [row[i] for row in s["stock"]], lw=1.2, label=f"at {name}")
        if s["stock_low"] != s["stock_high"]:
            ax.fill_between(dates, [row[i] for row in s["stock_low"]], [row[i] for row in s["stock_high"]],
                            color=line.get_color(), alpha=0.2)
    if observed_points:
        ax.scatter([d for d, _ in observed_points], [v for _, v in observed_points], color="crimson",
                   zorder=5, label="observed total")
    ax.set_title(f"{sc.graph.title}: {sc.mode}, from {sc.start.isoformat()}")
    ax.set_ylabel("people")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left")
    fig.autofmt_xdate()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def load_run(out: str | Path, top_k: int = 8) -> dict:
    """A finished run as one JSON-able dict (run.json, the totals, the top destinations' series, the score)."""
    out = Path(out)
    meta_f = out / RUN_META
    if not meta_f.is_file() or not (out / "totals.csv").is_file():
        raise DisplacementError(f"{out} holds no finished displacement run")
    meta = json.loads(meta_f.read_text(encoding="utf-8"))
    with open(out / "totals.csv", newline="", encoding="utf-8") as fh:
        totals = [{k: (v if k == "date" else int(float(v))) for k, v in row.items()} for row in csv.DictReader(fh)]
    top = meta.get("top_destinations", [])[:top_k]
    series: dict[str, list[int]] = {n: [] for n in top}
    if top and (out / "daily.csv").is_file():
        with open(out / "daily.csv", newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["location"] in series:
                    series[row["location"]].append(int(float(row["people"])))
    score = None
    if (out / "score.json").is_file():
        score = json.loads((out / "score.json").read_text(encoding="utf-8"))
    return {"run": meta, "totals": totals,
            "destinations": [{"location": n, "people": series[n]} for n in top], "score": score}


def totals_by_date(sc: Scenario, s: dict) -> dict[date, float]:
    return dict(zip(sc.dates, s["total"]))


def stock_by_date(sc: Scenario, s: dict) -> dict[date, dict[str, float]]:
    return {d: dict(zip(s["names"], s["stock"][t])) for t, d in enumerate(sc.dates)}
