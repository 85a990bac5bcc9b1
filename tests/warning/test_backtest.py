"""The synthetic backtest of bench/early_warning.py against its floors (bench/floors.json)."""
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def test_backtest_meets_floors():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import early_warning as ew
    finally:
        sys.path.pop(0)
    from tocsin.warning.detect import detect
    from tocsin.warning.series import params

    floors = json.loads((ROOT / "bench" / "floors.json").read_text())["early_warning_synthetic"]
    x, meta = ew.synthetic()
    p = params("alerts")
    found = detect({"events": x}, np.ones(ew.T, dtype=bool), p, season=int(p["season_periods"]["week"]))
    res = ew.evaluate([(f.area, f.t) for f in found if f.kind == "escalation" and f.level != "watch"], meta)
    for kind in ("x4", "x8"):
        assert res[kind]["detection_rate"] >= floors[f"{kind}_detection_rate"], res[kind]
        assert res[kind]["median_delay"] <= floors["median_delay_max"], res[kind]
    worst = max(r["false_alarms_per_area_year"] for r in res.values() if isinstance(r, dict))
    assert worst <= floors["false_alarms_per_area_year_max"], res
    naive = ew.evaluate(ew.naive_alarms(x), meta)
    assert res["all_false_alarms_per_area_year"] < naive["all_false_alarms_per_area_year"] / 10
