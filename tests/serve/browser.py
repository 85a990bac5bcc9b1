"""Helpers for the real-browser tests: a `tocsin serve` subprocess and Debian's Chromium."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from tocsin.serve.launch import ServerFailed, running

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def serve(db: Path, log: Path):
    """`tocsin serve` on 127.0.0.1 and a free port; yields the base URL."""
    try:
        with running(db, log) as base:
            yield base
    except ServerFailed as exc:
        pytest.fail(str(exc))


def chromium_path() -> str:
    """Debian's chromium; a missing browser fails the test (never a skip)."""
    found = CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")
    if not found:
        pytest.fail("Chromium is missing: install Debian's packages with "
                    "`apt-get install -y chromium chromium-driver` (.ci/run does this)")
    return str(found)


@contextmanager
def browser_page(base: str):
    """A Playwright page that records console errors, CSP reports and off-host requests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.problems = []
            page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
            page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
            page.on("request", lambda r: r.url.startswith((base, "data:"))
                    or page.problems.append(f"off-host request: {r.url}"))
            yield page
        finally:
            browser.close()


def screenshot(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path))
    extra = os.environ.get("TOCSIN_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(extra) / name)
    return path
