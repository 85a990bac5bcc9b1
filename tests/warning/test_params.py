"""The early-warning parameter files are valid data: provenance, license, version, ordered levels."""
from importlib import resources

import pytest
import yaml

from tocsin.warning.series import params

NAMES = ("series", "alerts", "forecast", "external", "demo")


@pytest.mark.parametrize("name", NAMES)
def test_params_header_and_version(name):
    text = (resources.files("tocsin") / "data" / "warning" / f"{name}.yaml").read_text(encoding="utf-8")
    head = "\n".join(text.splitlines()[:4]).lower()
    assert "provenance" in head and "license: apache-2.0" in head
    assert yaml.safe_load(text)["version"].startswith(("warning.", "external."))


def test_params_levels_ordered_and_measures_known():
    p = params("alerts")
    for table in ("fdr", "p_max"):
        assert p[table]["alert"] <= p[table]["warning"] <= p[table]["watch"] < 1
    assert set(p["measures"]) <= {"events", "fatalities"}
    for key in ("min_expected", "min_alpha", "min_observed", "deescalation_min_expected"):
        assert set(p[key]) >= set(p["measures"]), key
    assert p["new_area_levels"]["watch"] <= p["new_area_levels"]["warning"] <= p["new_area_levels"]["alert"]
    assert set(params("series")["event_types"].values()) >= set(p["violent_types"])


def test_params_demo_names_a_level_and_a_period():
    from tocsin.warning.detect import LEVELS

    d = params("demo")
    assert d["alerts"]["min_level"] in LEVELS and d["alerts"]["period"] in ("day", "week", "month")
    assert d["brief"]["since"] <= d["brief"]["until"] and d["brief"]["file"].endswith(".html")


def test_params_forecast_priors_cover_both_measures():
    f = params("forecast")
    for key in ("prior", "floor"):
        assert set(f["dispersion"][key]) == {"events", "fatalities"}, key
    assert 0 <= f["mixture"]["prior_weight"] <= 1 and f["mixture"]["prior_strength"] > 0
    assert f["half_life"] > 0 and list(f["quantiles"]) == sorted(f["quantiles"])
