"""What `tocsin demo` shows of early warning: the alerts the demo store raises over its whole history
and a situation brief of Idlib written beside the database (data/warning/demo.yaml)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .detect import LEVELS

ALERT_FIELDS = ("period_start", "area", "kind", "level", "measure", "observed", "expected", "test")


def demo_warning(db: Path, out_dir: Path | None = None) -> dict[str, Any]:
    """{"alerts": [...], "brief": path, ...}: the alerts at `min_level` or above (by period)
    and the Idlib brief as self-contained HTML in out_dir (default: beside the database)."""
    from ..store.db import opened
    from .alerts import compute_alerts, store_range
    from .brief import build_brief
    from .plot import render
    from .render import html
    from .series import SeriesQuery, params

    cfg = params("demo")
    a, bc = cfg["alerts"], cfg["brief"]
    with opened(db, read_only=True) as con:
        first, last = store_range(con)
        alerts = compute_alerts(con, SeriesQuery(level=a["level"], period=a["period"], since=first, until=last))
        b = build_brief(con, bc["area"], bc["since"], bc["until"], bc["period"])
    floor = LEVELS.index(a["min_level"])
    shown = sorted(({k: x.get(k) for k in ALERT_FIELDS} | {"events": len(x["events"])}
                    for x in alerts if LEVELS.index(x["level"]) >= floor),
                   key=lambda x: (x["period_start"], x["area"], x["kind"], x["measure"]))  # as a timeline
    png = render(b.chart_rows, "png", f"{b.label}: factual events per {bc['period']}") if b.chart_rows else None
    path = Path(out_dir or Path(db).parent) / f"{Path(db).stem}-{bc['file']}"  # demo-brief-idlib.html
    path.write_text(html(b, png), encoding="utf-8")
    return {"alerts": shown, "alerts_level": a["min_level"], "alerts_period": a["period"],
            "alerts_from": first.isoformat() if first else None, "alerts_to": last.isoformat() if last else None,
            "brief": str(path), "brief_area": b.label, "brief_since": b.since.isoformat(),
            "brief_until": b.until.isoformat(), "brief_claims": len(b.claims),
            "brief_displacement_run": (b.displacement_run or {}).get("run")}
