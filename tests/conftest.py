"""Shared fixtures: paths to the project's own test pages and to ../shared (read-only).

Tests that read ../shared (the design sample, the event schema, the scorers) use the
`shared_dir` fixture or the `needs_shared` marker.  Without ../shared they are skipped, so a
lone clone still runs the rest; with CI=true they fail instead, since CI must run everything.
TOCSIN_SHARED points at another folder (e.g. /nonexistent, to check the skips).
"""
from __future__ import annotations

import os
import subprocess
import sys
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


# The slowest test files, handed out first: `pytest -n 2 --dist loadfile` gives each worker whole
# files in collection order (pyproject.toml turns off xdist's reordering by file size, which put
# these one-test files last, one worker running them alone at the end), so the long ones run
# side by side and the many short files fill in after them.
SLOWEST_FIRST = ("e2e/test_realnews_pages.py", "e2e/test_realnews.py", "e2e/test_stress.py", "e2e/test_multilingual.py",
                 "scale/test_ray_engine.py", "fuse/test_incremental.py", "export/test_export_confidence.py",
                 "fuse/test_reach.py", "store/test_ingest.py", "displacement/test_demo_displacement.py", "store/test_demo.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}

    def order(item) -> int:
        try:
            return rank.get(Path(str(item.fspath)).relative_to(ROOT / "tests").as_posix(), len(rank))
        except ValueError:  # a test outside tests/ (a path given on the command line)
            return len(rank)
    items.sort(key=order)  # stable: the rest keep their collection order


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


REALNEWS_DEV = ROOT / "bench" / "realnews" / "dev"


@pytest.fixture(scope="session")
def realnews_dev_events(tmp_path_factory) -> Path:
    """`tocsin extract` of the realistic dev articles (bench/realnews/dev), run once: the e2e
    floors and the confidence check read the same records (both in tests/e2e/test_realnews.py,
    which `pytest -n 2 --dist loadfile` keeps on one worker)."""
    out = tmp_path_factory.mktemp("realnews_dev") / "events.jsonl"
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(REALNEWS_DEV / "articles.jsonl"),
                          "-o", str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return out
