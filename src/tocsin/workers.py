"""All cores: `tocsin extract|ingest --workers N` codes chunks of articles in N processes.

Each worker loads the pipeline once (spaCy, lexicons, actors, gazetteer: `_start`), then codes
chunk after chunk with `pipeline.code_articles`, the same function the one-process run uses,
so the events are the same; chunks come back in input order (at most 2 per worker in flight,
so a long stdin stream is never read ahead whole).  Processes are started with `forkserver`
(`spawn` where there is none): no fork of a parent that may hold threads or a DuckDB handle.
A small input (one chunk) is coded in this process: starting workers costs a model load each.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from .config import Settings
from .records import Article, CodedEvent, ItemError

Item = Article | ItemError
Result = tuple[Article, list[CodedEvent]] | ItemError
IN_FLIGHT = 2  # chunks per worker queued ahead: keeps workers busy while the parent writes

_settings: Settings | None = None  # this worker's settings (set by _start; one per process)
_failed: BaseException | None = None  # what went wrong loading the pipeline in this worker


def default_workers() -> int:
    """The machine's cores (the CLI's default)."""
    return os.cpu_count() or 1


def code_chunk(items: list[Item], settings: Settings | None = None) -> list[Result]:
    """Code a list of articles in this process (per-article errors as ItemError, in order)."""
    from .pipeline import code_articles

    return list(code_articles(items, settings))


def _one_thread_each() -> None:
    """One BLAS thread per worker: N workers each spinning the BLAS's own threads (OpenBLAS:
    one per core) oversubscribe the cores.  Measured on 100 news articles, 2 cores: 2 workers
    21.4 s with the default threads, 13.9 s with one each (1 worker: 17.5 s); same output."""
    for var in BLAS_THREAD_VARS:
        os.environ[var] = "1"
    if "numpy" in sys.modules:  # loaded already: the variables come too late, limit the pools
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            return
        threadpool_limits(1)


BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                    "TOCSIN_ENCODER_THREADS")  # the sentence encoder's ONNX session (coding/encoder.py)


def _start(settings: Settings) -> None:
    """Pool initializer: load everything once.  A failure (model missing) is kept and raised
    by each task, so the parent reports it (an initializer that raises makes the pool respawn
    workers for ever)."""
    global _settings, _failed
    _settings = settings
    _one_thread_each()
    try:
        code_chunk([Article("warm-up", "warm-up", None, None, "Police arrested two men in Paris.", None, False,
                            "en")], settings)
    except BaseException as exc:  # noqa: BLE001 - re-raised in _run
        _failed = exc


def _run(items: list[Item]) -> list[Result]:
    if _failed is not None:
        raise _failed
    return code_chunk(items, _settings)


PRELOAD = ["tocsin.pipeline", "tocsin.coding", "tocsin.place.locate"]  # imported once, in the fork server


def _context():
    """forkserver where there is one: the server imports PRELOAD once (spaCy with them, about
    1 s), and each worker forks from it with those modules imported, before any model is
    loaded or any thread started; else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    articles = 0
    for item in items:
        chunk.append(item)
        articles += isinstance(item, Article)
        if articles >= size:
            yield chunk
            chunk, articles = [], 0
    if chunk:
        yield chunk


def code_parallel(items: Iterable[Item], settings: Settings, workers: int,
                  chunk_size: int | None = None) -> Iterator[Result]:
    """`pipeline.code_articles` over `workers` processes; same results, same order."""
    size = chunk_size or settings.batch_size
    chunks = _chunks(items, size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None or workers <= 1:  # one chunk: no worker is worth its model load
        yield from code_chunk(first, settings)
        if second is not None:
            yield from code_chunk(second, settings)
            for chunk in chunks:
                yield from code_chunk(chunk, settings)
        return
    pending: deque = deque()
    pool = _context().Pool(workers, initializer=_start, initargs=(settings,))
    try:
        for chunk in _prepend(first, second, chunks):
            pending.append(pool.apply_async(_run, (chunk,)))
            while len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _prepend(first: list[Item], second: list[Item], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield first
    yield second
    yield from rest
