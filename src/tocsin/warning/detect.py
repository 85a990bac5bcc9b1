"""The detectors behind `tocsin alerts`, on plain count matrices (areas x periods).

Kept apart from the store so the synthetic backtest (bench/early_warning.py) runs the very same
code.  Method (parameters in data/warning/alerts.yaml, reasons in docs/early-warning.md):

* expected level mu: the mean of the area's previous `baseline_periods` (floored);
* dispersion alpha (var = mu + alpha mu^2): the area's moment estimate over `dispersion_periods`,
  shrunk towards the median area (negative binomial, as conflict counts are over-dispersed:
  Poisson would call every burst a surprise);
* escalation: upper-tail NB probability of the last k periods with their largest period left out
  ("sustained", k in `sustained_windows`; a one-off spike cannot carry it) and of the last period
  alone ("surprise", a watch at most);
* de-escalation: lower-tail NB probability of the last k periods' sum;
* false alarms: Benjamini-Hochberg q-values over all tests of all areas in one period.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import stats

LEVELS = ("watch", "warning", "alert")


@dataclass
class Finding:
    """One raw alert: area index, period index, kind, level, the test and its numbers."""

    area: int
    t: int
    kind: str
    level: str
    measure: str
    observed: float
    expected: float
    interval: tuple[float, float]
    p: float
    q: float
    test: str
    window: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return round(float(-np.log10(max(self.q, 1e-300))), 2)


def _rolling_sum(x: np.ndarray, w: int) -> np.ndarray:
    """s[:, t] = sum of x[:, t-w+1 .. t] (fewer at the start)."""
    c = np.cumsum(x, axis=1, dtype=np.float64)
    out = c.copy()
    out[:, w:] = c[:, w:] - c[:, :-w]
    return out


def _rolling_max(x: np.ndarray, w: int) -> np.ndarray:
    out = x.astype(np.float64).copy()
    for s in range(1, w):
        out[:, s:] = np.maximum(out[:, s:], x[:, :-s])
    return out


def _shift(x: np.ndarray, s: int) -> np.ndarray:
    """x moved s periods later (NaN where nothing came before)."""
    out = np.full(x.shape, np.nan)
    if s < x.shape[1]:
        out[:, s:] = x[:, : x.shape[1] - s]
    return out


def baseline(x: np.ndarray, p: dict, measure: str, dispersion_periods: int | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mu, alpha, n) for a window ending at t-1: mean and dispersion of the history before t."""
    W, D = int(p["baseline_periods"]), int(dispersion_periods or p["dispersion_periods"])
    t_idx = np.arange(x.shape[1])
    n_w = np.minimum(t_idx, W).astype(np.float64)
    mu = _shift(_rolling_sum(x, W), 1) / np.where(n_w > 0, n_w, np.nan)
    n_d = np.minimum(t_idx, D).astype(np.float64)
    s1 = _shift(_rolling_sum(x, D), 1)
    s2 = _shift(_rolling_sum(x.astype(np.float64) ** 2, D), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        m = s1 / n_d
        var = (s2 - n_d * m ** 2) / np.maximum(n_d - 1, 1)
        a_hat = np.where(m > 0, np.maximum(0.0, (var - m) / m ** 2), np.nan)
    pool = _column_median(a_hat)
    pool = np.where(np.isnan(pool), float(p["min_alpha"][measure]), pool)
    n0 = float(p["shrink_periods"])
    a_use = np.where(np.isnan(a_hat), pool[None, :], a_hat)
    alpha = (n_d * a_use + n0 * pool[None, :]) / (n_d + n0)
    alpha = np.maximum(alpha, float(p["min_alpha"][measure]))
    mu = np.maximum(np.nan_to_num(mu, nan=0.0), float(p["min_expected"][measure]))
    return mu, alpha, n_w


def _column_median(v: np.ndarray) -> np.ndarray:
    """Median of each column ignoring NaN (NaN where a column has none); vectorised nanmedian."""
    if v.shape[0] == 0:
        return np.full(v.shape[1], np.nan)
    s = np.sort(np.where(np.isnan(v), np.inf, v), axis=0)
    n = np.isfinite(s).sum(axis=0)
    lo, hi = np.maximum((n - 1) // 2, 0), np.maximum(n // 2, 0)
    cols = np.arange(v.shape[1])
    med = (s[lo, cols] + s[hi, cols]) / 2
    return np.where(n > 0, med, np.nan)


def nb_params(mean: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """scipy's (n, p) for a negative binomial with this mean and var = mean + alpha mean^2."""
    r = 1.0 / np.maximum(alpha, 1e-9)
    return r, r / (r + mean)


def nb_interval(mean: float, alpha: float, lo: float = 0.05, hi: float = 0.95) -> tuple[float, float]:
    r, pr = nb_params(np.asarray(mean), np.asarray(alpha))
    return float(stats.nbinom.ppf(lo, r, pr)), float(stats.nbinom.ppf(hi, r, pr))


def bh_qvalues(pvals: np.ndarray, m: int | None = None) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values), same order as the input; m is the family's
    size when the tests not listed had p = 1 (they rank last and change nothing else)."""
    n = len(pvals)
    m = n if m is None else m
    if n == 0:
        return pvals
    order = np.argsort(pvals)
    ranked = pvals[order] * m / np.arange(1, n + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(q, 1.0)
    return out


def _level(q: float, fdr: dict, cap: str = "alert", pv: float = 0.0, p_max: dict | None = None) -> str | None:
    """The highest level whose q-value (across areas) and p-value (over time) bounds both hold."""
    level = None
    for name in LEVELS:
        if q <= float(fdr[name]) and (p_max is None or pv <= float(p_max[name])):
            level = name
    if level is None:
        return None
    return LEVELS[min(LEVELS.index(level), LEVELS.index(cap))]


def detect(counts: dict[str, np.ndarray], report: np.ndarray, p: dict,
           neighbours: list[list[int]] | None = None, season: int = 0) -> list[Finding]:
    """Escalations, de-escalations and new areas in the report periods (a boolean mask over t).

    counts: {measure: areas x periods}; neighbours[i]: the indexes of area i's neighbours.
    Only the columns the report periods need are computed (their windows and histories)."""
    rep = np.nonzero(report)[0]
    if len(rep) == 0 or not counts:
        return []
    windows = [int(p["surprise_window"]), *map(int, p["sustained_windows"]), *map(int, p["deescalation_windows"])]
    margin = max(windows) + max(int(p["baseline_periods"]), int(p["dispersion_periods"]),
                                int(p["deescalation_dispersion_periods"]), int(p["new_area_quiet_periods"]),
                                season + int(p["season_halfwidth"]) if season else 0) + 2
    lo = max(0, int(rep[0]) - margin)
    if lo > 0:
        found = _detect({m: c[:, lo:rep[-1] + 1] for m, c in counts.items()}, report[lo:rep[-1] + 1], p,
                        neighbours, lo, season)
        for f in found:
            f.t += lo
        return found
    return _detect(counts, report, p, neighbours, 0, season)


def seasonal_level(x: np.ndarray, season: int, half: int, ratio: float) -> np.ndarray:
    """Mean of each area over the same time of the previous year (t - season +- half), where that
    was at least `ratio` times the area's mean over the year before t (a season, not noise);
    NaN elsewhere."""
    if not season:
        return np.full(x.shape, np.nan)
    w = 2 * half + 1
    centred = _rolling_sum(x, w) / w  # column c: mean of c-w+1 .. c
    out = _shift(centred, season - half)  # column t: mean of t-season-half .. t-season+half
    yearly = _shift(_rolling_sum(x, season), 1) / season
    out[:, : season + half] = np.nan
    return np.where(out >= ratio * yearly, out, np.nan)


def _detect(counts, report, p, neighbours, offset: int, season: int = 0) -> list[Finding]:
    tests: list[tuple[int, int, str, str, str, int, float, float, float, float]] = []
    # (area, t, kind, measure, test, k, observed, expected, alpha, p)
    min_hist = int(p["min_history_periods"])
    T_all = next(iter(counts.values())).shape[1] if counts else 0
    n_tests: dict[str, np.ndarray] = {}  # tests per family and period, for Benjamini-Hochberg
    watch = float(p["fdr"]["watch"])
    for measure in p["measures"]:
        if measure not in counts:
            continue
        x = counts[measure].astype(np.float64)
        A, T = x.shape
        if A == 0 or T == 0:
            continue
        mu, alpha, _ = baseline(x, p, measure)  # history before t
        seas = seasonal_level(x, season, int(p["season_halfwidth"]), float(p["season_min_ratio"]))
        groups = [("surprise", [int(p["surprise_window"])]),
                  ("sustained", [int(k) for k in p["sustained_windows"]])]
        for how, ks in groups:
            best_p = np.ones((A, T))
            best = {}
            able_any = np.zeros((A, T), dtype=bool)
            for k in ks:
                obs, exp, al, pv, able = _escalation(x, mu, seas, alpha, k, how, min_hist - offset, report,
                                                     float(p["min_observed"][measure]), float(p["spike_gate"]))
                able_any |= able
                better = pv < best_p
                best_p = np.where(better, pv, best_p)
                for name, arr in (("obs", obs), ("exp", exp), ("al", al)):
                    best[name] = np.where(better, arr, best.get(name, arr))
                best["k"] = np.where(better, k, best.get("k", np.full((A, T), k)))
            # Bonferroni over the group's windows, then BH across areas (in _decide)
            best_p = np.minimum(1.0, best_p * len(ks))
            n_tests.setdefault(f"escalation/{how}", np.zeros(T_all, dtype=np.int64))
            n_tests[f"escalation/{how}"] += able_any.sum(axis=0)
            ai, ti = np.nonzero(able_any & (best_p <= watch))  # q >= p: nothing weaker can fire
            for a, t in zip(ai, ti, strict=True):
                k = int(best["k"][a, t])
                tests.append((a, t, "escalation", measure, f"nb-{how}-k{k}", k, best["obs"][a, t],
                              best["exp"][a, t], best["al"][a, t], float(best_p[a, t])))
        mu, alpha, _ = baseline(x, p, measure, int(p["deescalation_dispersion_periods"]))
        for k in p["deescalation_windows"]:
            k = int(k)
            start = np.arange(T) - k + 1 + offset
            mu_k, al_k = _shift(mu, k - 1), _shift(alpha, k - 1)
            total = _rolling_sum(x, k)
            exp = mu_k * k
            able = ((start >= min_hist)[None, :] & report[None, :] & ~np.isnan(mu_k)
                    & (exp >= float(p["deescalation_min_expected"][measure])))
            n_tests.setdefault("de-escalation", np.zeros(T_all, dtype=np.int64))
            n_tests["de-escalation"] += able.sum(axis=0)
            cand = able & (total < exp)
            ai, ti = np.nonzero(cand)
            if len(ai):
                r, pr = nb_params(exp[ai, ti], al_k[ai, ti] / k)
                pv = stats.nbinom.cdf(total[ai, ti], r, pr)
                keep = pv <= watch
                ai, ti, pv = ai[keep], ti[keep], pv[keep]
                for a, t, o, e, al, pval in zip(ai, ti, total[ai, ti], exp[ai, ti], al_k[ai, ti] / k, pv,
                                                strict=True):
                    tests.append((a, t, "de-escalation", measure, f"nb-lower-k{k}", k, o, e, al, float(pval)))
    findings = _decide(tests, n_tests, p)
    if "events" in counts:
        findings += new_areas(counts["events"], counts.get("fatalities"), report, p, offset)
    if neighbours is not None and "events" in counts:
        for f in findings:
            if f.kind == "escalation":
                f.extra["neighbours"] = neighbour_test(counts["events"], f.area, f.t, neighbours[f.area], p)
    return sorted(findings, key=lambda f: (f.t, -LEVELS.index(f.level), -f.score, f.area))


def _escalation(x, mu, seas, alpha, k, how, min_hist, report, min_obs, gate):
    """(observed, expected, alpha of the sum, p, testable) of one escalation window for all cells.

    surprise: the last k periods' sum.  sustained: the same, but only when the sum without its
    largest period is itself surprising at the `spike_gate` level, so a one-off spike cannot carry
    it (for k = 2 the spike-free part is the smaller period, whose exact null is P(X >= s)^2).
    The expected level is the recent one or, when higher, the same season's a year before."""
    A, T = x.shape
    start = np.arange(T) - k + 1
    mu_k, al_k = _shift(mu, k - 1), _shift(alpha, k - 1)  # the baseline ends before the window
    mu_k = np.where(np.isnan(seas), mu_k, np.fmax(mu_k, seas))  # last year's same season, when higher
    able = (start >= min_hist)[None, :] & report[None, :] & ~np.isnan(mu_k)
    total = _rolling_sum(x, k)
    exp = mu_k * k
    pv = np.ones((A, T))
    cand = able & (total > exp) & (total >= min_obs)
    ai, ti = np.nonzero(cand)
    if len(ai):
        r, pr = nb_params(exp[ai, ti], al_k[ai, ti] / k)
        pv[ai, ti] = stats.nbinom.sf(total[ai, ti] - 1, r, pr)
        if how == "sustained":
            kept = total[ai, ti] - _rolling_max(x, k)[ai, ti]
            if k == 2:
                r1, p1 = nb_params(mu_k[ai, ti], al_k[ai, ti])
                p_trim = stats.nbinom.sf(kept - 1, r1, p1) ** 2
            else:
                r1, p1 = nb_params(mu_k[ai, ti] * (k - 1), al_k[ai, ti] / (k - 1))
                p_trim = stats.nbinom.sf(kept - 1, r1, p1)
            spiky = (kept <= mu_k[ai, ti] * (k - 1)) | (p_trim > gate)
            pv[ai, ti] = np.where(spiky, 1.0, pv[ai, ti])
    return total, np.nan_to_num(exp), np.nan_to_num(al_k / k), pv, able


def _family(kind: str, test: str) -> str:
    return f"escalation/{test.split('-')[1]}" if kind == "escalation" else kind


def _decide(tests: list[tuple], n_tests: dict[str, np.ndarray], p: dict) -> list[Finding]:
    """BH within each family (kind and test group) and period; one finding per (area, period,
    kind): its most significant test."""
    by_t: dict[tuple[int, str], list[tuple]] = {}
    for row in tests:
        by_t.setdefault((int(row[1]), _family(row[2], row[4])), []).append(row)
    best: dict[tuple[int, int, str], Finding] = {}
    fdr = p["fdr"]
    for (t, fam), rows in by_t.items():
        q = bh_qvalues(np.array([r[9] for r in rows]), max(int(n_tests[fam][t]), len(rows)))
        for row, qv in zip(rows, q, strict=True):
            a, _, kind, measure, test, k, obs, exp, alpha, pval = row
            cap = "watch" if test.startswith("nb-surprise") else "alert"
            level = _level(float(qv), fdr, cap, float(pval), p.get("p_max"))
            if level is None:
                continue
            key = (int(a), t, kind)
            old = best.get(key)
            rank = (LEVELS.index(level), -qv)
            if old is not None and (LEVELS.index(old.level), -old.q) >= rank:
                continue
            best[key] = Finding(int(a), t, kind, level, measure, float(obs), round(float(exp), 3),
                                nb_interval(exp, alpha) if alpha > 0 else (exp, exp), float(pval), float(qv),
                                test, int(k))
    return list(best.values())


def new_areas(x: np.ndarray, fat: np.ndarray | None, report: np.ndarray, p: dict, offset: int = 0
              ) -> list[Finding]:
    """Violence after `new_area_quiet_periods` without any, where the store covers the quiet."""
    Q = int(p["new_area_quiet_periods"])
    levels = p["new_area_levels"]
    prev = _shift(_rolling_sum(x.astype(np.float64), Q), 1)
    out = []
    T = x.shape[1]
    ok = (np.arange(T) + offset >= Q) & report
    for a, t in zip(*np.nonzero((x > 0) & (prev == 0) & ok[None, :]), strict=True):
        n = float(x[a, t])
        level = None
        for name in LEVELS:
            if n >= float(levels[name]):
                level = name
        if fat is not None and fat[a, t] >= float(p["new_area_fatality_warning"]) and level in (None, "watch"):
            level = "warning"
        if level:
            out.append(Finding(int(a), int(t), "new-area", level, "events", n, 0.0, (0.0, 0.0), 0.0, 0.0,
                               f"quiet-{Q}-periods", 1, {"quiet_periods": Q}))
    return out


def neighbour_test(x: np.ndarray, a: int, t: int, nbrs: list[int], p: dict) -> dict[str, Any] | None:
    """The area's share of its and its neighbours' events in the last k periods against its share in
    the baseline before them (conditional binomial test: is the rise local?)."""
    if not nbrs:
        return None
    k = max(int(w) for w in p["sustained_windows"])
    W = int(p["baseline_periods"])
    lo, b0 = max(0, t - k + 1), max(0, t - k + 1 - W)
    own, other = float(x[a, lo:t + 1].sum()), float(x[nbrs, lo:t + 1].sum())
    b_own, b_other = float(x[a, b0:lo].sum()), float(x[nbrs, b0:lo].sum())
    share = (b_own + 0.5) / (b_own + b_other + 1.0)
    n = int(own + other)
    if n == 0:
        return None
    pv = float(stats.binom.sf(own - 1, n, share))
    return {"test": "binomial-share-of-neighbours", "window": k, "observed": own, "neighbours_observed": other,
            "expected": round(n * share, 3), "p": round(pv, 6), "local": pv <= float(p["fdr"]["warning"])}
