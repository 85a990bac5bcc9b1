"""`tocsin forecast`: a predictive distribution of the next periods' events and fatalities per area.

Model v2 (data/warning/forecast.yaml, reasons in docs/early-warning.md): a mixture of two forecasts,
weighted by how well each did before the period forecast (rolling origin, no look-ahead):

* a negative binomial whose mean is an exponentially weighted mean of the area's past periods and
  whose dispersion is the moment estimate of the area's past one-step errors around that mean,
  shrunk towards the estimate pooled over all areas (an empirical-Bayes prior: a few periods of
  one area say little about its spread);
* no change: all mass on the last observed value.

The weight on the negative binomial at origin t minimises the summed CRPS of the mixture over every
area-period before t (closed form, as the mixture's CRPS is quadratic in the weight), pulled
towards a prior weight.  Conflict series are mostly long quiet runs with bursts: no change is
perfect on the quiet runs and the negative binomial on the bursts' noise, so the data decide.

Scored as VIEWS scores (Hegre et al. 2022, Vesco et al. 2022): MSLE on log1p and CRPS, one step
ahead, always beside two baselines in the same run: no change (the last value) and the area's
historical mean, both point forecasts (CRPS of a point = its absolute error).  TADDA is not used:
a no-change model wins it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import numpy as np
from scipy import stats

from .alerts import store_range
from .detect import nb_params
from .series import SeriesQuery, cell_center, params, period_end, series_matrix, truncate

MEASURES = ("events", "fatalities")
CHUNK = 5000


@dataclass
class Forecast:
    """One-step-ahead forecasts for every area and origin: column t forecasts x[:, t] from x[:, :t]."""

    mean: np.ndarray    # negative binomial mean, areas x periods
    alpha: np.ndarray   # its dispersion (var = mean + alpha mean^2)
    last: np.ndarray    # the no-change value: x[:, t-1] (0 at t = 0)
    weight: np.ndarray  # weight of the negative binomial at each origin, periods

    def point_mean(self) -> np.ndarray:
        return self.weight[None, :] * self.mean + (1 - self.weight[None, :]) * self.last


def _before(v: np.ndarray) -> np.ndarray:
    """s[:, t] = sum of v[:, :t] (the history before t)."""
    return np.concatenate([np.zeros((v.shape[0], 1)), np.cumsum(v, axis=1)[:, :-1]], axis=1)


def _ewma(x: np.ndarray, half_life: float) -> np.ndarray:
    A, T = x.shape
    lam = 0.5 ** (1.0 / half_life)
    out = np.zeros((A, T))
    run, weight = np.zeros(A), 0.0
    for t in range(T):
        out[:, t] = run / weight if weight else 0.0
        run = lam * run + x[:, t]
        weight = lam * weight + 1.0
    return out


def history_mask(x: np.ndarray, p: dict) -> np.ndarray:
    """Cells forecast (and scored): every period once `min_history_periods` have passed since the
    area's first event."""
    A, T = x.shape
    started = np.cumsum(np.cumsum(x, axis=1) > 0, axis=1)  # periods since the first event
    out = np.zeros((A, T), dtype=bool)
    out[:, 1:] = started[:, :-1] >= int(p["min_history_periods"])
    return out


def nb_component(x: np.ndarray, p: dict, measure: str) -> tuple[np.ndarray, np.ndarray]:
    """(mean, alpha) of the negative binomial for every area and origin, from the past only."""
    x = x.astype(np.float64)
    mean = np.maximum(_ewma(x, float(p["half_life"])), 1e-6)
    d = p["dispersion"]
    k, a0 = float(d["prior_strength"]), float(d["prior"][measure])
    num, den = _before((x - mean) ** 2 - mean), _before(mean ** 2)  # moment estimate of past errors
    pooled = (num.sum(axis=0) + k * a0) / (den.sum(axis=0) + k)
    alpha = (num + k * pooled[None, :]) / (den + k)
    return mean, np.maximum(alpha, float(d["floor"][measure]))


def crps_terms(y, last, mean, alpha) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per cell: CRPS of the negative binomial, CRPS of no change (|y - last|) and
    D = sum over z of (F_nb(z) - 1{last <= z})^2, so that the mixture with weight w on the negative
    binomial has CRPS  w C_nb + (1 - w) C_last - w (1 - w) D  (integer outcomes: CRPS = sum over z of
    (F(z) - 1{y <= z})^2)."""
    n = len(y)
    c_nb, dd = np.empty(n), np.empty(n)
    r_all, p_all = nb_params(mean, alpha)
    for s in range(0, n, CHUNK):
        yy, ll, r, pr = y[s:s + CHUNK], last[s:s + CHUNK], r_all[s:s + CHUNK], p_all[s:s + CHUNK]
        top = int(max(yy.max(initial=0), ll.max(initial=0), stats.nbinom.ppf(0.9999, r, pr).max(initial=0))) + 1
        z = np.arange(top + 1)[None, :]
        F = stats.nbinom.cdf(z, r[:, None], pr[:, None])
        c_nb[s:s + CHUNK] = ((F - (yy[:, None] <= z)) ** 2).sum(axis=1)
        dd[s:s + CHUNK] = ((F - (ll[:, None] <= z)) ** 2).sum(axis=1)
    return c_nb, np.abs(y - last), dd


def crps_nb(y: np.ndarray, mean: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """CRPS of integer outcomes under negative binomial forecasts."""
    return crps_terms(y, np.zeros(len(y)), mean, alpha)[0]


def mixture_weights(x: np.ndarray, mean, alpha, p: dict, cells: np.ndarray | None = None) -> np.ndarray:
    """Weight of the negative binomial at each origin t, fit on the area-periods before t only:
    argmin over w in [0, 1] of sum CRPS_mix(w) + strength (w - prior)^2, pooled over areas."""
    x = x.astype(np.float64)
    A, T = x.shape
    cells = history_mask(x, p) if cells is None else cells
    ai, ti = np.nonzero(cells)
    last = np.concatenate([np.zeros((A, 1)), x[:, :-1]], axis=1)
    c_nb, c_last, dd = crps_terms(x[ai, ti], last[ai, ti], mean[ai, ti], alpha[ai, ti])
    sums = np.zeros((3, T))
    for row, v in enumerate((c_nb, c_last, dd)):
        np.add.at(sums[row], ti, v)
    s_nb, s_last, s_d = (np.concatenate([[0.0], np.cumsum(s)[:-1]]) for s in sums)  # before t
    m = p["mixture"]
    k, w0 = float(m["prior_strength"]), float(m["prior_weight"])
    return np.clip((s_d - s_nb + s_last + 2 * k * w0) / (2 * s_d + 2 * k), 0.0, 1.0)


def predict(x: np.ndarray, p: dict, measure: str) -> Forecast:
    """One-step-ahead forecasts for every area and origin t (data up to t-1)."""
    x = x.astype(np.float64)
    mean, alpha = nb_component(x, p, measure)
    last = np.concatenate([np.zeros((x.shape[0], 1)), x[:, :-1]], axis=1)
    return Forecast(mean, alpha, last, mixture_weights(x, mean, alpha, p))


def mixture_cdf_grid(mean, alpha, last, w) -> tuple[np.ndarray, np.ndarray]:
    """(z, F) with F[i, z] the mixture's CDF for each forecast i on z = 0..top."""
    r, pr = nb_params(np.asarray(mean, float), np.asarray(alpha, float))
    last, w = np.asarray(last, float), np.asarray(w, float)
    top = int(max(stats.nbinom.ppf(0.9999, r, pr).max(initial=0), last.max(initial=0))) + 1
    z = np.arange(top + 1)[None, :]
    F = w[:, None] * stats.nbinom.cdf(z, r[:, None], pr[:, None]) + (1 - w[:, None]) * (last[:, None] <= z)
    return z[0], F


def quantiles(mean, alpha, last, w, qs) -> np.ndarray:
    """The mixture's quantiles: the smallest z with F(z) >= q."""
    z, F = mixture_cdf_grid(mean, alpha, last, w)
    return np.stack([z[np.argmax(F >= q - 1e-12, axis=1)] for q in qs], axis=-1).astype(np.float64)


def msle_point(mean, alpha, last, w) -> np.ndarray:
    """The point that minimises expected squared log error: expm1(E[log1p Y]) under the mixture."""
    out = np.empty(len(mean))
    for s in range(0, len(mean), CHUNK):
        r, pr = nb_params(mean[s:s + CHUNK], alpha[s:s + CHUNK])
        top = int(max(stats.nbinom.ppf(0.9999, r, pr).max(initial=0), 1)) + 1
        z = np.arange(top + 1)[None, :]
        pmf = stats.nbinom.pmf(z, r[:, None], pr[:, None])
        e_nb = (pmf * np.log1p(z)).sum(axis=1) / np.maximum(pmf.sum(axis=1), 1e-12)
        ws = w[s:s + CHUNK]
        out[s:s + CHUNK] = np.expm1(ws * e_nb + (1 - ws) * np.log1p(last[s:s + CHUNK]))
    return out


def score(x: np.ndarray, p: dict, measure: str, evaluate: np.ndarray | None = None) -> dict[str, Any]:
    """One-step-ahead MSLE and CRPS of the model and both baselines over the evaluated cells
    (default: every period after `min_history_periods` from the area's first event).  Every
    forecast, its dispersion and its mixture weight use only the periods before the one scored."""
    x = x.astype(np.float64)
    f = predict(x, p, measure)
    evaluate = history_mask(x, p) if evaluate is None else evaluate
    ai, ti = np.nonzero(evaluate)
    if len(ai) == 0:
        return {"n": 0}
    y, last = x[ai, ti], f.last[ai, ti]
    hist_mean = _before(x)[ai, ti] / ti
    m, al, w = f.mean[ai, ti], f.alpha[ai, ti], f.weight[ti]
    c_nb, c_last, dd = crps_terms(y, last, m, al)
    crps = w * c_nb + (1 - w) * c_last - w * (1 - w) * dd

    def msle(pt):
        return float(np.mean((np.log1p(pt) - np.log1p(y)) ** 2))

    return {"n": int(len(y)),
            "model": {"msle": round(msle(msle_point(m, al, last, w)), 4), "crps": round(float(crps.mean()), 4),
                      "nb_weight_last": round(float(f.weight[-1]), 3)},
            "no_change": {"msle": round(msle(last), 4), "crps": round(float(c_last.mean()), 4)},
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
        # a dummy column after the last: predict() fills it from the real periods only
        f = predict(np.concatenate([x, np.zeros((x.shape[0], 1))], axis=1), p, measure)
        m, al, lv = f.mean[:, -1], f.alpha[:, -1], x[:, -1]
        w = np.full(len(m), f.weight[-1])
        qv = quantiles(m, al, lv, w, qs)
        for i, area in enumerate(areas):
            if x[i].sum() == 0:
                continue
            for h, start in enumerate(future, 1):
                row = {"area": area, "iso": info[area]["iso"], "country": info[area]["country"],
                       "admin1": info[area]["admin1"] if q.level == "admin1" else None, "admin2": None,
                       "measure": measure, "period": q.period, "horizon": h,
                       "period_start": start.isoformat(), "period_end": period_end(start, q.period).isoformat(),
                       "mean": round(float(w[i] * m[i] + (1 - w[i]) * lv[i]), 3),
                       "nb_mean": round(float(m[i]), 3), "dispersion": round(float(al[i]), 3),
                       "nb_weight": round(float(w[i]), 3),
                       "quantiles": {f"q{int(round(v * 100)):02d}": float(qv[i, j]) for j, v in enumerate(qs)},
                       "last_observed": float(lv[i]), "historical_mean": round(float(x[i].mean()), 3),
                       "model": p["version"]}
                if q.level == "cell":
                    row["cell"] = int(area)
                    row["lat"], row["lon"] = cell_center(int(area))
                out.append(row)
        if with_score:
            scores[measure] = score(x, p, measure)
    return {"origin": origin.isoformat(), "forecasts": out, "scores": scores}
