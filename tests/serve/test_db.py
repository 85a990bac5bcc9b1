"""The server's pooled read-only access: reuse, letting go of the file, and answers that
follow the file when another writer changes it."""
from __future__ import annotations

import time

import duckdb
from fastapi.testclient import TestClient

from tocsin.serve.app import create_app
from tocsin.serve.db import Database
from tocsin.store.ingest import ingest_records

RECORD = {"id": "pool-test-1", "title": "Clashes near Marib", "published": "2021-03-02", "outlet": "The Test Courier",
          "text": "Fighting between government forces and Houthi rebels killed eleven fighters near Marib "
                  "on Monday, military sources said."}


def _wait_until(predicate, tries: int = 200) -> bool:
    for _ in range(tries):  # bounded wait for a background thread, not a timing assertion
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_db_pool_reuses_one_connection_and_lets_go_on_close(writable_db):
    db = Database(writable_db)
    with db.reader() as con:
        first = con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
        base = db._con
    with db.reader() as con:
        assert con.execute("SELECT count(*) FROM fused_events").fetchone()[0] == first
        assert db._con is base
    db.close()
    rw = duckdb.connect(str(writable_db))  # would fail while our read-only connection is open
    rw.close()


def test_db_pool_closes_when_idle(writable_db):
    db = Database(writable_db, idle_s=0.05)
    with db.reader():
        pass
    assert _wait_until(lambda: db._con is None)


def test_db_pool_retires_old_connections_when_a_writer_waits(writable_db):
    from tocsin.store.db import writer_waiting_path

    db = Database(writable_db, max_age_s=0.0, handover_s=0.0)
    with db.reader():
        first = db._con
    with db.reader():
        assert db._con is first  # no writer waiting: steady load keeps the connection
    writer_waiting_path(writable_db).touch()
    try:
        with db.reader():
            assert db._con is not first
    finally:
        writer_waiting_path(writable_db).unlink()
    db.close()


def test_db_answers_follow_the_file_after_another_writer(writable_db):
    app = create_app(writable_db, token="")
    c = TestClient(app)
    before = c.get("/api/events").json()["total"]
    assert c.get("/api/events").json()["total"] == before  # served from memory
    assert app.state.cache.hits >= 1
    app.state.db.close()  # as the idle timer would, so that a writer can take the file
    result = ingest_records(writable_db, [RECORD])
    assert result["articles"] == 1 and result["fused_events"] > before
    assert c.get("/api/events").json()["total"] == result["fused_events"]


def test_db_server_lets_a_writer_in_and_then_serves_what_it_wrote(writable_db, tmp_path):
    """`tocsin serve` running, `tocsin ingest`-style writer in another process: both work."""
    import httpx

    from tocsin.serve.launch import running

    with running(writable_db, tmp_path / "serve.log") as base:
        before = httpx.get(f"{base}/api/events").json()["total"]  # the server now holds the file
        result = ingest_records(writable_db, [RECORD])  # waits for the server's idle release
        assert result["articles"] == 1
        after = httpx.get(f"{base}/api/events").json()["total"]
        assert after == result["fused_events"] > before
        assert httpx.get(f"{base}/api/articles/{RECORD['id']}").json()["title"] == RECORD["title"]
