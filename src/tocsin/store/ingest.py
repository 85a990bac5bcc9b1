"""`tocsin ingest`: pages -> articles -> coded records -> the store, then fusion.

Crash safety: each batch of articles is written in one transaction (an article with all its
records, or nothing), and fusion is recomputed from the records in one transaction at the end.
A run killed at any point leaves whole articles only; the rerun skips them (same id, same text,
same pipeline version), codes the rest, and re-fuses: the tables equal an uninterrupted run's.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .. import __version__, pipeline
from ..config import Settings
from ..records import Article, CodedEvent, ItemError
from . import rows
from .db import opened

WRITE_BATCH = 16


def pipeline_version() -> str:
    """tocsin's version plus the stage versions: a change re-codes stored articles."""
    stages = "|".join(version for _, version, _, _ in pipeline.STAGES)
    return f"{__version__}+{hashlib.sha1(stages.encode()).hexdigest()[:8]}"


@dataclass
class IngestStats:
    articles_new: int = 0
    articles_recoded: int = 0
    articles_unchanged: int = 0
    records: int = 0
    errors: int = 0
    fused_events: int = 0
    error_messages: list[str] = field(default_factory=list)
    new_record_ids: list[str] = field(default_factory=list)  # for incremental fusion

    @property
    def processed(self) -> int:
        return self.articles_new + self.articles_recoded + self.articles_unchanged

    def as_dict(self) -> dict[str, Any]:
        return {"articles_new": self.articles_new, "articles_recoded": self.articles_recoded,
                "articles_unchanged": self.articles_unchanged, "records": self.records,
                "errors": self.errors, "fused_events": self.fused_events}


Callback = Callable[[str, Any], None]


def ingest(inputs: list[str], db: str | Path, settings: Settings | None = None,
           stdin: BinaryIO | None = None, on_event: Callback | None = None, workers: int = 1) -> IngestStats:
    """Ingest every article of the inputs into the store at `db`; returns the counts.
    `workers` > 1: articles coded in that many processes (tocsin.workers), same records.

    `on_event(kind, payload)` is called with ("error", ItemError), ("article", Article) for each
    article handled, ("records", n) for its coded records and ("fused", n) at the end - the CLI draws its progress bar from these."""
    return ingest_articles(pipeline.articles(inputs, settings, stdin=stdin), db, settings, on_event, workers)


def ingest_records(db: str | Path, records: list[dict[str, Any]], settings: Settings | None = None
                   ) -> dict[str, Any]:
    """Ingest JSON records ({"id","title","text","url","published","outlet"}) - the API's entry."""
    from ..ingest.errors import IngestError
    from ..ingest.records_json import record_to_page

    def pages():
        for i, rec in enumerate(records):
            try:
                yield record_to_page(rec, f"record {i}")
            except IngestError as exc:
                yield ItemError(f"record {i}", exc.reason)

    stats = ingest_articles(pipeline.articles_from_pages(pages()), db, settings)
    return {"articles": stats.articles_new + stats.articles_recoded, "unchanged": stats.articles_unchanged,
            "events": stats.records, "fused_events": stats.fused_events, "errors": stats.error_messages}


def ingest_articles(items: Iterable[Article | ItemError], db: str | Path, settings: Settings | None = None,
                    on_event: Callback | None = None, workers: int = 1) -> IngestStats:
    settings = settings or Settings()
    version = pipeline_version()
    stats = IngestStats()
    notify = on_event or (lambda kind, payload: None)
    with opened(db):  # create and migrate before the long part, so bad paths fail fast
        pass
    pending: list[tuple[Article, list[CodedEvent]]] = []
    fresh = _needing_code(items, db, version, stats, notify)
    for item in pipeline.code_articles(fresh, settings, workers):
        if isinstance(item, ItemError):
            _error(stats, notify, item)
            continue
        pending.append(item)
        if len(pending) >= WRITE_BATCH:
            _write(db, pending, version, stats, notify)
    _write(db, pending, version, stats, notify)
    return _fuse(db, stats, notify)


def ingest_coded(items: Iterable[tuple[Article, list[dict[str, Any]]] | ItemError], db: str | Path,
                 version: str | None = None, on_event: Callback | None = None) -> IngestStats:
    """Store articles coded elsewhere with their event dicts (the Ray engine's Parquet shards,
    scale/shards.py): the same skip-unchanged check, transactions and fusion as `ingest_articles`.
    `version` is the pipeline version that coded them (default: this tocsin's)."""
    version = version or pipeline_version()
    stats = IngestStats()
    notify = on_event or (lambda kind, payload: None)
    with opened(db):
        pass
    pending: list[tuple[Article, list[dict[str, Any]]]] = []
    for item in _needing_code(items, db, version, stats, notify, article=lambda pair: pair[0]):
        pending.append(item)
        if len(pending) >= WRITE_BATCH:
            _write(db, pending, version, stats, notify)
    _write(db, pending, version, stats, notify)
    return _fuse(db, stats, notify)


def _fuse(db: str | Path, stats: IngestStats, notify: Callback) -> IngestStats:
    from ..fuse.incremental import refuse_touched

    with opened(db) as con:  # only the part of the timeline this ingest touched (fuse/incremental.py)
        stats.fused_events = refuse_touched(con, stats.new_record_ids)
    notify("fused", stats.fused_events)
    return stats


def _error(stats: IngestStats, notify: Callback, item: ItemError) -> None:
    stats.errors += 1
    stats.error_messages.append(str(item))
    notify("error", item)


def _needing_code(items: Iterable[Any], db: str | Path, version: str, stats: IngestStats, notify: Callback,
                  article: Callable[[Any], Article] = lambda item: item) -> Iterator[Any]:
    """The articles not yet stored as they are now; the rest are counted as unchanged.  Items
    are articles, or anything `article(item)` finds one in (errors pass through)."""
    seen: set[str] = set()
    chunk: list[Any] = []

    def flush() -> Iterator[Any]:
        if not chunk:
            return
        ids = [article(a).id for a in chunk]
        with opened(db) as con:
            have = dict(((r[0], (r[1], r[2])) for r in con.execute(
                "SELECT id, text_hash, pipeline_version FROM articles WHERE list_contains(?, id)",
                [ids]).fetchall()))
        for item in chunk:
            art = article(item)
            if have.get(art.id) == (rows.text_hash(art), version):
                stats.articles_unchanged += 1
                notify("article", art)
            else:
                yield item
        chunk.clear()

    for item in items:
        if isinstance(item, ItemError):
            _error(stats, notify, item)
            continue
        art = article(item)
        if art.id in seen:  # the same article twice in one run: stored once
            stats.articles_unchanged += 1
            notify("article", art)
            continue
        seen.add(art.id)
        chunk.append(item)
        if len(chunk) >= WRITE_BATCH:
            yield from flush()
    yield from flush()


def _write(db: str | Path, pending: list[tuple[Article, list[CodedEvent] | list[dict[str, Any]]]], version: str,
           stats: IngestStats, notify: Callback) -> None:
    """One transaction: each article replaces its earlier version and records."""
    if not pending:
        return
    with opened(db) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            for art, events in pending:
                existed = con.execute("SELECT count(*) FROM articles WHERE id = ?", [art.id]).fetchone()[0]
                if existed:
                    con.execute("DELETE FROM record_actors WHERE record_id IN "
                                "(SELECT id FROM records WHERE article_id = ?)", [art.id])
                    con.execute("DELETE FROM records WHERE article_id = ?", [art.id])
                    con.execute("DELETE FROM articles WHERE id = ?", [art.id])
                con.execute(rows.insert_sql("articles", rows.ARTICLE_COLS), rows.article_row(art, version))
                dicts = _unique(art, [ev if isinstance(ev, dict) else ev.to_dict() for ev in events])
                if dicts:
                    con.executemany(rows.insert_sql("records", rows.RECORD_COLS),
                                     [rows.record_row(ev, art.id, i) for i, ev in enumerate(dicts)])
                    actors = [r for ev in dicts for r in rows.actor_rows(ev)]
                    if actors:
                        con.executemany(rows.insert_sql("record_actors", rows.ACTOR_COLS), actors)
                stats.records += len(dicts)
                stats.new_record_ids += [r["id"] for r in dicts]
                if existed:
                    stats.articles_recoded += 1
                else:
                    stats.articles_new += 1
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    for art, events in pending:
        notify("article", art)
        notify("records", len(events))
    pending.clear()


def _unique(art: Article, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Record ids are stable hashes; keep them unique across articles by scoping to the article."""
    out, seen = [], set()
    for ev in events:
        rid = hashlib.sha1(f"{art.id}\n{ev['id']}".encode()).hexdigest()[:16]
        if rid in seen:
            continue
        seen.add(rid)
        out.append({**ev, "id": rid, "coded_id": ev["id"]})
    return out
