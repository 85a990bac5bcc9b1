"""Database access for the server: pooled read-only cursors, released when idle; writes exclusive.

Opening a DuckDB file costs tens of milliseconds, so requests borrow cursors of one read-only
connection instead of opening their own.  DuckDB lets one process write or several read, not
both, so the pool lets go of the file whenever the server is idle (IDLE_S) and, under steady
load, when a writer waits (`tocsin ingest` in another process, which retries for the lock and
keeps a marker file beside the database meanwhile: store.db.writer_waiting_path) at most
MAX_AGE_S after opening it, for HANDOVER_S: the writer gets its turn, and the next request
sees what it wrote.  Without a waiting writer the pool stays open: each handover pauses the
requests of that moment (measured: the p99 of an open-loop load rose to 300-400 ms).  In-process
ingest (POST /api/ingest) holds back readers, closes the pool and writes.

At most `active` requests of a worker query at once (a FIFO gate, default: its DuckDB threads);
the others wait their turn in arrival order.  Without it, anyio's 40 threads all queried at once
under a burst: each query took 40 times longer and every request of the burst finished late.
A request whose client closed the connection while it waited (a client timeout) is dropped at
its turn, not computed for nobody: under overload that wasted work made the queue grow faster.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store.db import StoreError, connect, writer_waiting_path


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Abandoned(Exception):
    """The client of a queued request closed its connection before the request's turn came."""


class Gate:
    """At most n holders at once; waiters enter in arrival order (threading.Semaphore wakes an
    arbitrary waiter, so under load some requests waited far longer than others)."""

    def __init__(self, n: int) -> None:
        self._free = max(1, n)
        self._lock = threading.Lock()
        self._waiting: deque[threading.Event] = deque()

    @contextmanager
    def hold(self) -> Iterator[bool]:
        """Yields whether it had to wait for its turn."""
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                turn = None
            else:
                turn = threading.Event()
                self._waiting.append(turn)
        if turn is not None:
            turn.wait()  # release() handed its place to us
        try:
            yield turn is not None
        finally:
            with self._lock:
                if self._waiting:
                    self._waiting.popleft().set()
                else:
                    self._free += 1


IDLE_S = 2.0
MAX_AGE_S = 8.0
HANDOVER_S = 0.3


class Database:
    """The served database file and the pool of read-only cursors on it."""

    def __init__(self, path: Path, idle_s: float = IDLE_S, max_age_s: float = MAX_AGE_S,
                 handover_s: float = HANDOVER_S, threads: int | None = None, active: int | None = None) -> None:
        self.path = Path(path)
        self.threads = threads  # DuckDB threads per query (None: DuckDB's default, every core)
        self.gate = Gate(active or threads or 2)  # queries at once (module docstring)
        self._marker = writer_waiting_path(self.path)
        self.lock = ReadWriteLock()
        self.idle_s, self.max_age_s, self.handover_s = idle_s, max_age_s, handover_s
        self._cond = threading.Condition()
        self._con = None
        self._free: list = []
        self._busy = 0
        self._opened_at = self._last_used = self._closed_at = 0.0
        self._reaper: threading.Thread | None = None

    def check(self) -> None:
        """Open once read-only: StoreError with a clear message if missing, locked or corrupt."""
        with self.reader():
            pass
        self.close()

    @contextmanager
    def reader(self, wanted: Callable[[], bool] | None = None):
        """A cursor; `wanted()`, asked when the request had to wait for its turn, False: the
        client has gone (it gave up waiting), so raise Abandoned instead of answering nobody."""
        with self.gate.hold() as waited, self.lock.read():
            if waited and wanted is not None and not wanted():
                raise Abandoned
            cur = self._acquire()
            try:
                yield cur
            finally:
                self._release(cur)

    def _acquire(self):
        with self._cond:
            while self._retiring() or time.monotonic() < self._closed_at + self.handover_s:
                if self._retiring() and self._busy == 0:
                    self._close_locked()
                self._cond.wait(0.05)
            if self._con is None:
                self._con = connect(self.path, read_only=True)
                if self.threads:
                    self._con.execute(f"SET threads = {int(self.threads)}")
                self._opened_at = time.monotonic()
                self._start_reaper()
            cur = self._free.pop() if self._free else self._con.cursor()
            self._busy += 1
            return cur

    def _release(self, cur) -> None:
        with self._cond:
            self._busy -= 1
            self._last_used = time.monotonic()
            self._free.append(cur)
            if self._retiring() and self._busy == 0:
                self._close_locked()
            self._cond.notify_all()

    def _retiring(self) -> bool:
        """Open for longer than max_age_s while a writer waits for the file (its marker exists)."""
        return (self._con is not None and time.monotonic() - self._opened_at > self.max_age_s
                and self._marker.exists())

    def _close_locked(self) -> None:
        for cur in self._free:
            cur.close()
        self._free.clear()
        if self._con is not None:
            self._con.close()
            self._con = None
            self._closed_at = time.monotonic()

    def close(self) -> None:
        """Let go of the file now (waits for requests in flight)."""
        with self._cond:
            while self._busy:
                self._cond.wait(0.05)
            self._close_locked()
            self._closed_at = 0.0
            self._cond.notify_all()

    def _start_reaper(self) -> None:
        if self._reaper is None or not self._reaper.is_alive():
            self._reaper = threading.Thread(target=self._reap, name="tocsin-db-idle", daemon=True)
            self._reaper.start()

    def _reap(self) -> None:
        """Closes the pool after idle_s without requests; ends when the pool is closed."""
        while True:
            time.sleep(min(0.5, self.idle_s / 2))
            with self._cond:
                if self._con is None:
                    return
                if self._busy == 0 and time.monotonic() - self._last_used > self.idle_s:
                    self._close_locked()
                    self._closed_at = 0.0
                    return


__all__ = ["Abandoned", "Database", "Gate", "ReadWriteLock", "StoreError"]
