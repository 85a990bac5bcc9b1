"""The server's pooled read-only access: reuse, letting go of the file, and answers that
follow the file when another writer changes it."""
from __future__ import annotations

import time

import duckdb
import pytest
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


@pytest.mark.parametrize("n", [1, 2])
def test_gate_lets_n_in_at_once_and_the_rest_in_arrival_order(n):
    import threading

    from tocsin.serve.db import Gate

    gate, order, inside, most = Gate(n), [], [0], [0]
    lock, release = threading.Lock(), threading.Event()

    def work(i: int) -> None:
        with gate.hold():
            with lock:
                order.append(i)
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            release.wait(5)
            with lock:
                inside[0] -= 1

    threads = []
    for i in range(6):
        t = threading.Thread(target=work, args=(i,))
        t.start()
        threads.append(t)
        if i < n:
            assert _wait_until(lambda: len(order) == i + 1)
        else:
            assert _wait_until(lambda: len(gate._waiting) == i + 1 - n)  # queued behind the first n
    assert sorted(order) == list(range(n))
    release.set()
    for t in threads:
        t.join(5)
    assert most[0] == n and sorted(order) == list(range(6))
    if n == 1:  # one at a time: each enters when the one before it leaves, in arrival order
        assert order == list(range(6))


def test_db_counts_are_memoised_per_filter_until_the_file_changes(writable_db, monkeypatch):
    """The total of every page of one filter is counted once; a write to the file counts again."""
    from tocsin.serve import api

    calls = []
    real = api.count_events
    monkeypatch.setattr(api, "count_events", lambda con, f: calls.append(f) or real(con, f))
    app = create_app(writable_db, token="")
    c = TestClient(app)
    pages = [c.get("/api/events", params={"limit": 2, "offset": o}).json() for o in (0, 2, 4)]
    assert len(calls) == 1 and pages[0]["total"] == pages[2]["total"] > 4
    assert [p["next_offset"] for p in pages] == [2, 4, 6]
    c.get("/api/events", params={"limit": 2, "type": "Battles"})
    assert len(calls) == 2  # another filter, another count
    app.state.db.close()
    result = ingest_records(writable_db, [RECORD])
    again = c.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(calls) == 3 and again["total"] == result["fused_events"]


def test_db_drops_a_queued_request_whose_client_has_gone(writable_db):
    """A request that waited for its turn is not computed when its client has gone; one that did
    not wait is never asked."""
    import threading

    from tocsin.serve.db import Abandoned

    db = Database(writable_db, active=1)
    asked = []
    with db.reader(lambda: asked.append(1) or False) as con:  # no wait: not asked
        assert con.execute("SELECT 1").fetchone() == (1,)
        outcome = []

        def queued() -> None:
            try:
                with db.reader(lambda: asked.append(2) or False):
                    outcome.append("computed")
            except Abandoned:
                outcome.append("dropped")

        t = threading.Thread(target=queued)
        t.start()
        assert _wait_until(lambda: len(db.gate._waiting) == 1)
    t.join(5)
    assert outcome == ["dropped"] and asked == [2]
    with db.reader(lambda: False):  # the gate is free again
        pass
    db.close()
