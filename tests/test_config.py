"""Settings: defaults, TOML file, environment, and clear errors for bad values."""
import pytest

from tocsin.config import Settings, load_settings


def test_config_file_and_env(tmp_path, monkeypatch):
    cfg = tmp_path / "c.toml"
    cfg.write_text("batch_size = 8\nfeed_fetch_links = false\n", encoding="utf-8")
    monkeypatch.setenv("TOCSIN_FETCH_TIMEOUT", "2.5")
    s = load_settings(cfg)
    assert (s.batch_size, s.feed_fetch_links, s.fetch_timeout) == (8, False, 2.5)


@pytest.mark.parametrize("values", [{"batch_size": [1, 2]}, {"batch_size": 0}, {"max_redirects": 2.9},
                                    {"feed_fetch_links": "maybe"}, {"user_agent": ""}, {"nope": 1}])
def test_config_bad_values_are_value_errors(values):
    with pytest.raises(ValueError):
        Settings().with_overrides(values)
