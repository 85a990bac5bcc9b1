"""Parquet shards: the Ray engine's output, and `tocsin ingest --from-parquet DIR`'s input.

Layout (Hive-style partitions, so Ray, DuckDB, pyarrow and Spark all read it as a table):

    DIR/_tocsin.json                            written last: format, versions, counts
    DIR/table=articles/date=2020-02-03/*.parquet  one row per article (date: its publication day)
    DIR/table=events/date=2020-02-02/*.parquet    one row per coded event (date: the event's first day)
    DIR/table=errors/date=unknown/*.parquet       one row per item that could not be read or coded

Every file has the columns `id`, `article_id`, `seq` (an event's place in its article) and
`json`: the very object `tocsin articles` / `tocsin extract` write, so a shard row and a JSON
Lines line are the same record.  Undated items go to `date=unknown`.

This module needs neither Ray nor pyarrow: the rows are plain dicts and reading uses DuckDB.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..records import Article, ItemError

FORMAT = "tocsin.shards.v1"
MANIFEST = "_tocsin.json"
TABLES = ("articles", "events", "errors")
PARTITIONS = ("table", "date")
COLUMNS = ("table", "date", "id", "article_id", "seq", "json")  # seq: int64, the rest text
UNKNOWN_DATE = "unknown"
FACTUAL = ("asserted", "reported", "historical")  # --factual-only keeps these (cli/extract.py)


class ShardError(Exception):
    """A shard directory that cannot be read (missing, unfinished, another format)."""


def _day(value: Any) -> str:
    """The partition value: an ISO day, else 'unknown' (never a path separator or '..')."""
    text = str(value or "")[:10]
    ok = len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()
    return text if ok else UNKNOWN_DATE


def keep_event(ev: dict[str, Any], factual_only: bool = False, min_confidence: float | None = None) -> bool:
    """The filters of `tocsin extract --factual-only --min-confidence`, on an event's dict."""
    if factual_only and ev.get("modality") not in FACTUAL:
        return False
    conf = ev.get("confidence")
    return not (min_confidence and (conf is None or conf < min_confidence))


def error_row(source: str, reason: str) -> dict[str, Any]:
    return {"table": "errors", "date": UNKNOWN_DATE, "id": "", "article_id": "", "seq": 0,
            "json": json.dumps({"source": source, "reason": reason}, ensure_ascii=False)}


def article_rows(article: dict[str, Any], events: list[dict[str, Any]], factual_only: bool = False,
                 min_confidence: float | None = None) -> list[dict[str, Any]]:
    """The shard rows of one coded article: its own row, then its events' rows in order."""
    art_id = article["id"]
    out = [{"table": "articles", "date": _day(article.get("published")), "id": art_id, "article_id": art_id,
            "seq": 0, "json": json.dumps(article, ensure_ascii=False)}]
    kept = [e for e in events if keep_event(e, factual_only, min_confidence)]
    for seq, ev in enumerate(kept):
        out.append({"table": "events", "date": _day((ev.get("date") or {}).get("start")), "id": ev["id"],
                    "article_id": art_id, "seq": seq, "json": json.dumps(ev, ensure_ascii=False)})
    return out


def write_manifest(out_dir: str | Path, pipeline_version: str, counts: dict[str, int], **extra: Any) -> None:
    from .. import __version__

    body = {"format": FORMAT, "tocsin": __version__, "pipeline_version": pipeline_version,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"), **counts, **extra}
    Path(out_dir, MANIFEST).write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


def read_manifest(shard_dir: str | Path) -> dict[str, Any]:
    path = Path(shard_dir)
    if not path.is_dir():
        raise ShardError(f"{path}: no such directory of Parquet shards")
    try:
        body = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ShardError(f"{path}: no {MANIFEST}: not a finished tocsin shard directory "
                         f"(written by `tocsin extract --engine ray -o DIR`)") from None
    except (OSError, ValueError) as exc:
        raise ShardError(f"{path / MANIFEST}: unreadable ({exc})") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ShardError(f"{path}: shards of another format ({body.get('format') if isinstance(body, dict) else '?'}"
                         f"; this tocsin reads {FORMAT})")
    return body


def check_empty(out_dir: str | Path) -> None:
    """Refuse to mix two runs' shards: the output folder must be new or empty."""
    path = Path(out_dir)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise ShardError(f"{path} already exists and is not an empty directory: choose a new output folder")


def _files(shard_dir: Path, table: str) -> str | None:
    """A DuckDB glob of one table's files, or None when the run wrote none."""
    base = shard_dir / f"table={table}"
    if not any(base.glob("date=*/*.parquet")):
        return None
    return str(base / "date=*" / "*.parquet").replace("'", "''")


def _query(con, sql: str, shard_dir: str | Path):
    """A DuckDB query over the shards; a broken or foreign file is a ShardError, not a traceback."""
    import duckdb

    try:
        return con.execute(sql)
    except duckdb.Error as exc:
        raise ShardError(f"{shard_dir}: unreadable shards ({' '.join(str(exc).split())[:200]})") from None


def count_rows(shard_dir: str | Path) -> dict[str, int]:
    import duckdb

    counts = {}
    with duckdb.connect() as con:
        for table in TABLES:
            files = _files(Path(shard_dir), table)
            counts[table] = _query(con, f"SELECT count(*) FROM read_parquet('{files}', hive_partitioning = false)",
                                   shard_dir).fetchone()[0] if files else 0
    return counts


def read_errors(shard_dir: str | Path) -> list[ItemError]:
    import duckdb

    files = _files(Path(shard_dir), "errors")
    if not files:
        return []
    with duckdb.connect() as con:
        rows = _query(con, f"SELECT json FROM read_parquet('{files}', hive_partitioning = false) ORDER BY json",
                      shard_dir).fetchall()
    return [ItemError(**json.loads(r[0])) for r in rows]


def read_coded(shard_dir: str | Path, chunk: int = 512) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
    """Each article of the shards (by id) with its event dicts in their order.

    Duplicate rows (a write task Ray retried) count once.  Streams: memory holds one chunk."""
    import duckdb

    shard_dir = Path(shard_dir)
    arts = _files(shard_dir, "articles")
    if not arts:
        return
    evs = _files(shard_dir, "events")
    events_sql = (f"SELECT DISTINCT article_id, seq, json FROM read_parquet('{evs}', hive_partitioning = false)"
                  if evs else "SELECT NULL::VARCHAR AS article_id, NULL::BIGINT AS seq, NULL::VARCHAR AS json "
                              "WHERE false")
    sql = (f"WITH a AS (SELECT id, min(json) AS json FROM read_parquet('{arts}', hive_partitioning = false) "
           "GROUP BY id), "
           f"e AS ({events_sql}) "
           "SELECT a.id, a.json, e.json FROM a LEFT JOIN e ON e.article_id = a.id ORDER BY a.id, e.seq")
    with duckdb.connect() as con:
        cur = _query(con, sql, shard_dir)
        current: tuple[str, Article, list[dict[str, Any]]] | None = None
        while rows := cur.fetchmany(chunk):
            for art_id, art_json, ev_json in rows:
                if current is None or current[0] != art_id:
                    if current is not None:
                        yield current[1], current[2]
                    current = (art_id, Article(**json.loads(art_json)), [])
                if ev_json is not None:
                    current[2].append(json.loads(ev_json))
        if current is not None:
            yield current[1], current[2]


def load(shard_dir: str | Path, db: str | Path, on_event=None):
    """`tocsin ingest --from-parquet DIR`: the shards' articles and events into the store, then
    fusion, as a normal ingest would store them (store.ingest.ingest_coded)."""
    from ..store.ingest import ingest_coded

    manifest = read_manifest(shard_dir)
    return ingest_coded(_with_errors(shard_dir), db, manifest.get("pipeline_version"), on_event)


def _with_errors(shard_dir: str | Path) -> Iterable[tuple[Article, list[dict[str, Any]]] | ItemError]:
    yield from read_errors(shard_dir)
    yield from read_coded(shard_dir)


def is_remote(path: str) -> bool:
    """s3://, gs://, hdfs://... : a path only the cluster's workers (through pyarrow) can open."""
    return "://" in path and not os.path.exists(path)
