"""A served database: the bundled demo corpus plus one article carrying script payloads."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from .payloads import XSS_ARTICLE


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    from tocsin.store.demo import build_demo_db
    from tocsin.store.ingest import ingest_records

    path = tmp_path_factory.mktemp("serve") / "demo.duckdb"
    build_demo_db(path)
    result = ingest_records(path, [XSS_ARTICLE])
    assert result["articles"] == 1 and not result["errors"], result
    return path


@pytest.fixture
def writable_db(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy for tests that write."""
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(demo_db, copy)
    return copy


@pytest.fixture(scope="session")
def client(demo_db: Path) -> TestClient:
    from tocsin.serve.app import create_app

    return TestClient(create_app(demo_db, token=""))


def all_events(client: TestClient, **params) -> list[dict]:
    """Every event for the filters, following next_offset."""
    out, offset = [], 0
    while offset is not None:
        page = client.get("/api/events", params={**params, "limit": 1000, "offset": offset}).json()
        out += page["events"]
        offset = page["next_offset"]
    return out
