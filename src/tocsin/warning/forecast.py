"""`tocsin forecast`: a predictive distribution of the next periods' events and fatalities per area.

Model (data/warning/forecast.yaml): negative binomial with mean = an exponentially weighted mean
of the area's past periods shrunk towards its long-run mean, dispersion = the area's moment
estimate (floored).  Scored as VIEWS scores (Hegre et al. 2022, Vesco et al. 2022): MSLE on
log1p and CRPS, one step ahead, always beside two baselines in the same run: no change (the
last value) and the area's historical mean, both point forecasts (CRPS of a point = its
absolute error).  TADDA is not used: a no-change model wins it.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import numpy as np
from scipy import stats

from .alerts import store_range
from .detect import nb_params
from .series import SeriesQuery, cell_center, params, period_end, series_matrix, truncate

MEASURES = ("events", "fatalities")


def predict(x: np.ndarray, p: dict, measure: str) -> tuple[np.ndarray, np.ndarray]:
    """(mean, alpha) of the next period for every area and every origin t (data up to t-1).

    x: areas x periods.  Column t of the result forecasts x[:, t]."""
    A, T = x.shape
    lam = 0.5 ** (1.0 / float(p["half_life"]))
    ewma = np.zeros((A, T))
    run = np.zeros(A)
    weight = 0.0
    for t in range(T):
        ewma[:, t] = run / weight if weight else 0.0
        run = lam * run + x[:, t]
        weight = lam * weight + 1.0
    n = np.arange(T, dtype=np.float64)
    c1 = np.concatenate([np.zeros((A, 1)), np.cumsum(x, axis=1)[:, :-1]], axis=1)
    c2 = np.concatenate([np.zeros((A, 1)), np.cumsum(x.astype(np.float64) ** 2, axis=1)[:, :-1]], axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        longrun = np.where(n > 0, c1 / n, 0.0)
        var = np.where(n > 1, (c2 - n * longrun ** 2) / np.maximum(n - 1, 1), 0.0)
        a_hat = np.where(longrun > 0, (var - longrun) / longrun ** 2, 0.0)
    s = float(p["shrink"])
    mean = (1 - s) * ewma + s * longrun
    alpha = np.maximum(np.nan_to_num(a_hat), float(p["min_alpha"][measure]))
    return np.maximum(mean, 1e-6), alpha


def quantiles(mean, alpha, qs) -> np.ndarray:
    r, pr = nb_params(np.asarray(mean), np.asarray(alpha))
    return np.stack([stats.nbinom.ppf(q, r, pr) for q in qs], axis=-1)


def crps_nb(y: np.ndarray, mean: np.ndarray, alpha: np.ndarray, chunk: int = 20000) -> np.ndarray:
    """CRPS of integer outcomes under NB forecasts: sum over z of (F(z) - 1{y <= z})^2."""
    out = np.empty(len(y))
    r_all, p_all = nb_params(mean, alpha)
    for s in range(0, len(y), chunk):
        yy, r, pr = y[s:s + chunk], r_all[s:s + chunk], p_all[s:s + chunk]
        top = int(max(yy.max(initial=0), stats.nbinom.ppf(0.9999, r, pr).max(initial=0))) + 1
        z = np.arange(top + 1)[None, :]
        F = stats.nbinom.cdf(z, r[:, None], pr[:, None])
        out[s:s + chunk] = ((F - (yy[:, None] <= z)) ** 2).sum(axis=1)
    return out


def msle_point(mean: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """The point that minimises expected squared log error: expm1(E[log1p Y])."""
    r, pr = nb_params(mean, alpha)
    top = int(max(stats.nbinom.ppf(0.9999, r, pr).max(initial=0), 1)) + 1
    out = np.empty(len(mean))
    for s in range(0, len(mean), 20000):
        z = np.arange(top + 1)[None, :]
        pmf = stats.nbinom.pmf(z, r[s:s + 20000, None], pr[s:s + 20000, None])
        out[s:s + 20000] = np.expm1((pmf * np.log1p(z)).sum(axis=1) / np.maximum(pmf.sum(axis=1), 1e-12))
    return out


def score(x: np.ndarray, p: dict, measure: str, evaluate: np.ndarray | None = None) -> dict[str, Any]:
    """One-step-ahead MSLE and CRPS of the model and both baselines over the evaluated cells
    (default: every period after `min_history_periods` from the area's first event)."""
    x = x.astype(np.float64)
    A, T = x.shape
    mean, alpha = predict(x, p, measure)
    if evaluate is None:
        started = np.cumsum(np.cumsum(x, axis=1) > 0, axis=1)  # periods since the first event
        evaluate = np.zeros((A, T), dtype=bool)
        evaluate[:, 1:] = started[:, :-1] >= int(p["min_history_periods"])
    ai, ti = np.nonzero(evaluate)
    if len(ai) == 0:
        return {"n": 0}
    y = x[ai, ti]
    last = x[ai, ti - 1]
    c = np.cumsum(x, axis=1)
    hist_mean = c[ai, ti - 1] / ti
    m, al = mean[ai, ti], alpha[ai, ti]
    point = msle_point(m, al)

    def msle(pt):
        return float(np.mean((np.log1p(pt) - np.log1p(y)) ** 2))

    return {"n": int(len(y)),
            "model": {"msle": round(msle(point), 4), "crps": round(float(crps_nb(y, m, al).mean()), 4)},
            "no_change": {"msle": round(msle(last), 4), "crps": round(float(np.abs(y - last).mean()), 4)},
            "historical_mean": {"msle": round(msle(hist_mean), 4),
                                "crps": round(float(np.abs(y - hist_mean).mean()), 4)}}


def compute_forecast(con, q: SeriesQuery, horizon: int = 1, with_score: bool = True) -> dict[str, Any]:
    """Forecasts of the `horizon` periods after --until (else the store's last period) per area,
    with the one-step-ahead scores of the model and the baselines on the same history."""
    q.check()
    if horizon < 1 or horizon > 52:
        from .series import WarningInputError

        raise WarningInputError("--horizon must be between 1 and 52")
    p = params("forecast")
    first, last = store_range(con)
    if first is None:
        return {"forecasts": [], "scores": {}}
    until = q.until or last
    hist = replace(q, since=first, until=until, types=tuple(params("alerts")["violent_types"]))
    areas, periods, counts, info = series_matrix(con, hist, MEASURES)
    out, scores = [], {}
    if not areas:
        return {"forecasts": [], "scores": {}}
    origin = truncate(until, q.period)
    future = []
    d = origin
    for _ in range(horizon):
        d = period_end(d, q.period) + timedelta(days=1)
        future.append(d)
    qs = [float(v) for v in p["quantiles"]]
    for measure in MEASURES:
        x = counts[measure].astype(np.float64)
        # append a dummy column so predict() yields the forecast for the period after the last
        mean, alpha = predict(np.concatenate([x, np.zeros((x.shape[0], 1))], axis=1), p, measure)
        m, al = mean[:, -1], alpha[:, -1]
        qv = quantiles(m, al, qs)
        for i, area in enumerate(areas):
            if x[i].sum() == 0:
                continue
            for h, start in enumerate(future, 1):
                row = {"area": area, "iso": info[area]["iso"], "country": info[area]["country"],
                       "admin1": info[area]["admin1"] if q.level == "admin1" else None, "admin2": None,
                       "measure": measure, "period": q.period, "horizon": h,
                       "period_start": start.isoformat(), "period_end": period_end(start, q.period).isoformat(),
                       "mean": round(float(m[i]), 3), "dispersion": round(float(al[i]), 3),
                       "quantiles": {f"q{int(round(v * 100)):02d}": float(qv[i, j]) for j, v in enumerate(qs)},
                       "last_observed": float(x[i, -1]), "historical_mean": round(float(x[i].mean()), 3),
                       "model": p["version"]}
                if q.level == "cell":
                    row["cell"] = int(area)
                    row["lat"], row["lon"] = cell_center(int(area))
                out.append(row)
        if with_score:
            scores[measure] = score(x, p, measure)
    return {"origin": origin.isoformat(), "forecasts": out, "scores": scores}
