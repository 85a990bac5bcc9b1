"""Shared fixtures: paths to the project's own test pages and to ../shared (read-only).

Tests that read ../shared (the design sample, the event schema, the scorers) use the
`shared_dir` fixture or the `needs_shared` marker.  Without ../shared they are skipped, so a
lone clone still runs the rest; with CI=true they fail instead, since CI must run everything.
TOCSIN_SHARED points at another folder (e.g. /nonexistent, to check the skips).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "tests" / "resources"
SHARED_ENV = "TOCSIN_SHARED"
SHARED = Path(os.environ.get(SHARED_ENV) or ROOT.parent / "shared")
SAMPLE = SHARED / "samples" / "idlib-eleventh-hour.txt"
SAMPLE_GOLD = SHARED / "samples" / "idlib-eleventh-hour.gold.json"
EVENT_SCHEMA = SHARED / "spec" / "event.schema.json"
NEEDS_SHARED = "needs ../shared (the shared benchmarks and design sample beside the project)"


def require_shared() -> Path:
    """SHARED, or skip the test (a lone clone); under CI=true a missing ../shared fails it."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"{NEEDS_SHARED}: {SHARED} is missing and CI=true", pytrace=False)
    pytest.skip(NEEDS_SHARED)


def pytest_configure(config):
    config.addinivalue_line("markers", f"needs_shared: {NEEDS_SHARED}; skipped without it, failed under CI=true")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if item.get_closest_marker("needs_shared"):
        require_shared()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture
def page_text():
    def read(name: str) -> str:
        return (RESOURCES / "pages" / name).read_text(encoding="utf-8")
    return read


@pytest.fixture
def shared_sample(shared_dir) -> Path:
    if not SAMPLE.exists():
        pytest.fail(f"design sample missing: {SAMPLE} (../shared must sit beside the project)")
    return SAMPLE
