"""Shared fixtures: paths to the project's own test pages and to ../shared (read-only)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "tests" / "resources"
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "idlib-eleventh-hour.txt"
SAMPLE_GOLD = SHARED / "samples" / "idlib-eleventh-hour.gold.json"


@pytest.fixture
def page_text():
    def read(name: str) -> str:
        return (RESOURCES / "pages" / name).read_text(encoding="utf-8")
    return read


@pytest.fixture
def shared_sample() -> Path:
    if not SAMPLE.exists():
        pytest.fail(f"design sample missing: {SAMPLE} (../shared must sit beside the project)")
    return SAMPLE
