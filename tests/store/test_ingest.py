"""Ingest: idempotent, re-codes on a new pipeline version, survives SIGKILL, readers meanwhile."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from tocsin.store.db import StoreError, connect, opened
from tocsin.store.ingest import ingest
from tocsin.store.schema import TABLES

from .articles import corpus, write_jsonl
from .conftest import run_cli

# volatile columns: when a row was written
SKIP = {"articles": ("ingested_at",)}


def snapshot(db) -> dict[str, list[tuple]]:
    with opened(db, read_only=True) as con:
        out = {}
        for table in TABLES:
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in SKIP.get(table, ())]
            out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out


def test_ingest_twice_adds_nothing(wire_db, tmp_path):
    before = snapshot(wire_db)
    src = write_jsonl(tmp_path / "again.jsonl", corpus(12))
    stats = ingest([str(src)], wire_db)
    assert (stats.articles_new, stats.articles_recoded, stats.articles_unchanged, stats.records) == (0, 0, 12, 0)
    assert snapshot(wire_db) == before
    assert before["records"] and before["fused_events"] and before["record_actors"]


def test_ingest_stores_article_fields_and_evidence_offsets(wire_db):
    with opened(wire_db, read_only=True) as con:
        outlet, url, published = con.execute(
            "SELECT outlet, url, published FROM articles WHERE id = 'wire-001'").fetchone()
        assert outlet == "Orontes Daily" and url.startswith("https://wire1.example/")
        assert published.isoformat() == "2020-02-09"
        for text, ev, s, e in con.execute(
                "SELECT a.text, r.evidence_text, r.evidence_start, r.evidence_end FROM records r "
                "JOIN articles a ON a.id = r.article_id").fetchall():
            assert text[s:e] == ev  # the evidence is traceable to its words


def test_ingest_recodes_when_pipeline_version_changes(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "w.jsonl", corpus(3))
    db = tmp_path / "v.duckdb"
    ingest([str(src)], db)
    first = snapshot(db)
    monkeypatch.setattr("tocsin.store.ingest.pipeline_version", lambda: "9.9.9+test")
    stats = ingest([str(src)], db)
    assert (stats.articles_recoded, stats.articles_new) == (3, 0)
    again = snapshot(db)
    assert again["records"] == first["records"] and again["fused_events"] == first["fused_events"]
    with opened(db, read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT pipeline_version FROM articles").fetchall()} == {"9.9.9+test"}


def test_ingest_changed_text_replaces_records(tmp_path):
    recs = corpus(2)
    db = tmp_path / "c.duckdb"
    ingest([str(write_jsonl(tmp_path / "a.jsonl", recs))], db)
    recs[0]["text"] = recs[0]["text"].replace("killing", "wounding")
    stats = ingest([str(write_jsonl(tmp_path / "b.jsonl", recs))], db)
    assert (stats.articles_recoded, stats.articles_unchanged) == (1, 1)
    with opened(db, read_only=True) as con:
        texts = [r[0] for r in con.execute("SELECT evidence_text FROM records WHERE article_id = 'wire-000'").fetchall()]
        assert texts and all("killing" not in t for t in texts)


def test_ingest_sigkill_then_rerun_equals_uninterrupted_run(tmp_path):
    src = write_jsonl(tmp_path / "many.jsonl", corpus(60))
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert run_cli("ingest", str(src), "--db", str(clean)).returncode == 0
    # one worker: results arrive article by article, so the kill lands mid-run (workers return chunks)
    proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", "ingest", str(src), "--db", str(crashed),
                             "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if crashed.exists():
                try:
                    with opened(crashed, read_only=True, wait=0.5) as con:
                        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                except StoreError:
                    pass
            if stored >= 16:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; give it more articles"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    with opened(crashed, read_only=True) as con:
        partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 16 <= partial < 60
        # whole articles only: every stored article has its records (all 60 texts code to events)
        assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM records r WHERE r.article_id = a.id)").fetchone()[0] == 0
    res = run_cli("ingest", str(src), "--db", str(crashed))
    assert res.returncode == 0, res.stderr
    assert snapshot(crashed) == snapshot(clean)


def test_readers_work_while_ingest_runs(tmp_path):
    src = write_jsonl(tmp_path / "many.jsonl", corpus(48))
    db = tmp_path / "busy.duckdb"
    ingest([str(write_jsonl(tmp_path / "one.jsonl", corpus(1)))], db)
    proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", "ingest", str(src), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    counts = []
    try:
        while proc.poll() is None:
            res = run_cli("events", "--db", str(db), "--format", "jsonl")
            assert res.returncode == 0, res.stderr
            with opened(db, read_only=True) as con:
                counts.append(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0, proc.stderr.read()
    assert counts and counts == sorted(counts) and counts[0] >= 1
    with opened(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 48


def test_store_errors_are_clear(tmp_path):
    with pytest.raises(StoreError, match="no tocsin database"):
        connect(tmp_path / "missing.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(os.urandom(5000))
    with pytest.raises(StoreError, match="not a readable tocsin database|cannot open"):
        connect(junk, read_only=True)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError, match="not a tocsin one"):
        connect(other)
    with pytest.raises(StoreError, match="is a directory"):
        connect(tmp_path)


def test_locked_database_gives_clear_cli_error(wire_db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(wire_db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        res = run_cli("events", "--db", str(wire_db), env={"TOCSIN_DB_WAIT": "0.3"})
        assert res.returncode == 2
        assert "in use by another process" in res.stderr and "Traceback" not in res.stderr
    finally:
        holder.kill()
        holder.wait()


def test_schema_migrates_an_older_database_and_refuses_a_newer_one(tmp_path):
    from tocsin.store.schema import LATEST

    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE tocsin_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO tocsin_meta VALUES ('schema_version', '0')")
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        connect(old, read_only=True)
    with opened(old) as con:
        assert con.execute("SELECT value FROM tocsin_meta").fetchone()[0] == str(LATEST)
        assert con.execute("SELECT count(*) FROM fused_events").fetchone()[0] == 0
    with opened(old) as con:
        con.execute("UPDATE tocsin_meta SET value = ? WHERE key = 'schema_version'", [str(LATEST + 1)])
    with pytest.raises(StoreError, match="newer than this tocsin"):
        connect(old, read_only=True)
