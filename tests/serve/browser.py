"""Helpers for the real-browser tests: a `tocsin serve` subprocess and Debian's Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: Path, log: Path):
    """`tocsin serve` on 127.0.0.1 and a free port; yields the base URL; stops it afterwards."""
    port = free_port()
    env = {**os.environ, "TOCSIN_TOKEN": ""}
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", "serve", "--db", str(db),
                                 "--host", "127.0.0.1", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # bounded start-up wait, not a timed assertion
            if proc.poll() is not None:
                pytest.fail(f"tocsin serve exited with {proc.returncode}: {log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail(f"tocsin serve did not answer on {base}: {log.read_text(errors='replace')}")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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


def api_events(base: str, **params) -> list[dict]:
    out, offset = [], 0
    while offset is not None:
        page = httpx.get(f"{base}/api/events", params={**params, "limit": 1000, "offset": offset}).json()
        out += page["events"]
        offset = page["next_offset"]
    return out


def screenshot(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path))
    extra = os.environ.get("TOCSIN_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(extra) / name)
    return path
