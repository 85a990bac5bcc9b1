"""Forecasts: quantiles, scores against both baselines, the CLI."""
import json

import numpy as np
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.warning.forecast import crps_nb, score
from tocsin.warning.series import params

runner = CliRunner()


def test_forecast_beats_both_baselines_on_overdispersed_counts():
    rng = np.random.default_rng(2)
    lam = rng.gamma(2.0, 2.0, size=(40, 1)) * (1 + 0.5 * np.sin(np.arange(120) / 8))[None, :]
    x = rng.poisson(rng.gamma(3, lam / 3))
    s = score(x, params("forecast"), "events")
    assert s["n"] > 1000
    assert s["model"]["crps"] < s["no_change"]["crps"] and s["model"]["crps"] < s["historical_mean"]["crps"]
    assert s["model"]["msle"] < s["no_change"]["msle"]


def test_forecast_crps_of_a_sure_forecast_is_small():
    near = crps_nb(np.array([5.0]), np.array([5.0]), np.array([1e-6]))[0]
    far = crps_nb(np.array([20.0]), np.array([5.0]), np.array([1e-6]))[0]
    assert near < 1.5 < far


def test_cli_forecast(escalation_db):
    res = runner.invoke(app, ["forecast", "--db", str(escalation_db), "--horizon", "2"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    scores = rows[-1]["scores"]
    assert set(scores) == {"events", "fatalities"} and set(scores["events"]) >= {"model", "no_change", "historical_mean"}
    fc = rows[:-1]
    assert {r["horizon"] for r in fc} == {1, 2}
    rising = [r for r in fc if r["area"] == "XA/Rising" and r["measure"] == "events" and r["horizon"] == 1][0]
    qs = list(rising["quantiles"].values())
    assert qs == sorted(qs) and rising["mean"] > 3  # it learnt the new level
    res = runner.invoke(app, ["forecast", "--db", str(escalation_db), "--horizon", "0"])
    assert res.exit_code == 2
