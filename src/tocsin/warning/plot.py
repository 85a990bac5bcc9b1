"""The trend chart: one panel per measure, one line per area, period labels a person can read.

matplotlib with the Agg backend (no display needed); PNG or SVG by the file's suffix.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

PANELS = (("events", "Factual events"), ("fatalities", "Fatalities (best; band: low-high)"),
          ("sources", "Sources (reports)"), ("injured", "Injured"), ("displaced", "Displaced (people)"))
MAX_AREAS = 6


def _label(area: str, row: dict[str, Any]) -> str:
    if row.get("level") == "cell":
        return f"cell {area}"
    return row.get("admin1") or row.get("country") or area


def render(rows: list[dict[str, Any]], fmt: str = "png", title: str | None = None) -> bytes:
    """The chart of a series (rows of series_rows) as PNG or SVG bytes."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_area[r["area"]].append(r)
    top = sorted(by_area, key=lambda a: (-sum(r["events"] for r in by_area[a]), a))[:MAX_AREAS]
    panels = [(k, t) for k, t in PANELS if k in ("events", "fatalities", "sources")
              or any(r.get(k) for r in rows)]
    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 2.0 * len(panels) + 0.8), sharex=True, squeeze=False)
    period = rows[0]["period"] if rows else "week"
    for ax, (key, heading) in zip(axes[:, 0], panels, strict=True):
        for area in top:
            rs = by_area[area]
            # each period drawn over its whole length: one more point at the day after the last period
            xs = [date.fromisoformat(r["period_start"]) for r in rs]
            xs.append(date.fromisoformat(rs[-1]["period_end"]) + timedelta(days=1))
            ys = [r[key] for r in rs] + [rs[-1][key]]
            line, = ax.step(xs, ys, where="post", label=_label(area, rs[0]), linewidth=1.6)
            if key == "fatalities":
                lo = [r["fatalities_low"] for r in rs] + [rs[-1]["fatalities_low"]]
                hi = [r["fatalities_high"] for r in rs] + [rs[-1]["fatalities_high"]]
                ax.fill_between(xs, lo, hi, step="post", alpha=0.18, color=line.get_color(), linewidth=0)
        ax.set_title(heading, loc="left", fontsize=11)
        ax.grid(True, alpha=0.3)
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
    axes[0, 0].legend(loc="upper left", fontsize=9, frameon=False, ncol=min(3, len(top)) or 1)
    bottom = axes[-1, 0]
    loc = mdates.AutoDateLocator(minticks=4, maxticks=10)
    bottom.xaxis.set_major_locator(loc)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    bottom.set_xlabel(f"{period} starting", fontsize=10)
    fig.suptitle(title or f"Factual events per {period}", fontsize=13, x=0.01, ha="left")
    fig.tight_layout()
    buf = BytesIO()
    fig.savefig(buf, format=fmt, dpi=110)
    plt.close(fig)
    return buf.getvalue()


def save(rows: list[dict[str, Any]], path: Path, title: str | None = None) -> None:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        from .series import WarningInputError

        raise WarningInputError(f"--plot wants a .png or .svg file, not {path.name!r}")
    path.write_bytes(render(rows, suffix, title))
