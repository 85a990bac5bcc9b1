"""The detector on count matrices: planted changes found quickly, quiet and spiky areas silent."""
import numpy as np

from tocsin.warning.detect import bh_qvalues, detect
from tocsin.warning.series import params

T = 160


def _matrix(seed=3):
    rng = np.random.default_rng(seed)
    rows, changes = [], []
    for i in range(24):  # x4 and x8 from week 120 at 2 to 4 a week
        lam = np.full(T, (2.0, 4.0)[i % 2])
        lam[120:] *= (4, 8)[(i // 2) % 2]
        rows.append(rng.poisson(rng.gamma(5, lam / 5)))
        changes.append(120)
    for _ in range(24):  # quiet and steady areas
        rows.append(rng.poisson(rng.gamma(5, np.full(T, 0.3) / 5)))
        changes.append(None)
    for _ in range(12):  # one-off spikes
        lam = np.full(T, 2.0)
        lam[125] *= 10
        rows.append(rng.poisson(rng.gamma(5, lam / 5)))
        changes.append(None)
    return np.array(rows), changes


def test_detect_planted_escalations_found_within_two_periods():
    x, changes = _matrix()
    found = detect({"events": x}, np.ones(T, dtype=bool), params("alerts"))
    strong = [f for f in found if f.kind == "escalation" and f.level in ("warning", "alert")]
    detected = {f.area for f in strong if changes[f.area] is not None and 120 <= f.t <= 122}
    assert len(detected) >= 20  # of 24 (gamma-Poisson noise hides a few; bench/early_warning.py measures)
    for f in strong:
        assert f.expected < f.observed and f.interval[0] <= f.expected <= f.interval[1] + 1
        assert f.q <= params("alerts")["fdr"][f.level]


def test_detect_quiet_and_spiky_areas_stay_below_warning():
    x, changes = _matrix()
    found = detect({"events": x}, np.ones(T, dtype=bool), params("alerts"))
    false = [f for f in found if f.kind == "escalation" and f.level != "watch" and changes[f.area] is None]
    years = sum(1 for c in changes if c is None) * T / 52
    assert len(false) / years <= 0.5
    spikes = range(48, 60)  # the gate lets a spike through only when a neighbouring week is high too
    assert len({f.area for f in false if f.area in spikes and 125 <= f.t <= 128}) <= 2


def test_detect_waits_for_history_and_reports_only_asked_periods():
    x, _ = _matrix()
    p = params("alerts")
    early = np.zeros(T, dtype=bool)
    early[: p["min_history_periods"]] = True
    assert not [f for f in detect({"events": x}, early, p) if f.kind == "escalation"]
    last = np.zeros(T, dtype=bool)
    last[-3:] = True
    assert all(f.t >= T - 3 for f in detect({"events": x}, last, p))


def test_detect_de_escalation_when_violence_stops():
    rng = np.random.default_rng(5)
    x = rng.poisson(6.0, size=(3, 60))
    x[0, 50:] = 0
    found = detect({"events": x}, np.ones(60, dtype=bool), params("alerts"))
    assert {f.area for f in found if f.kind == "de-escalation" and f.level != "watch"} == {0}


def test_bh_qvalues_monotone_and_family_size():
    p = np.array([0.001, 0.04, 0.03, 0.5])
    q = bh_qvalues(p)
    assert np.all(q >= p) and q[0] == 0.004
    assert bh_qvalues(np.array([0.001]), 100)[0] == 0.1
