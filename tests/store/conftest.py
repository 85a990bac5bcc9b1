"""A small database ingested once per session from articles written for the tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .articles import corpus, write_jsonl


def run_cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tocsin.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def wire_db(tmp_path_factory) -> Path:
    from tocsin.store.ingest import ingest

    base = tmp_path_factory.mktemp("wire")
    src = write_jsonl(base / "wire.jsonl", corpus(12))
    db = base / "wire.duckdb"
    stats = ingest([str(src)], db)
    assert stats.articles_new == 12 and stats.errors == 0
    return db
