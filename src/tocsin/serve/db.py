"""Database access for the server: a read-only connection per request, writes exclusive.

DuckDB refuses a read-write and a read-only connection to the same file in one process,
so in-process ingest waits for the readers to finish and holds new ones back (a small
readers-writer lock).  Another process writing shows up as StoreError: a 503, not a 500.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store.db import StoreError, connect


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


class Database:
    """The served database file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock = ReadWriteLock()

    def check(self) -> None:
        """Open once read-only: StoreError with a clear message if missing, locked or corrupt."""
        with self.reader():
            pass

    @contextmanager
    def reader(self):
        with self.lock.read():
            con = connect(self.path, read_only=True)
            try:
                yield con
            finally:
                con.close()


__all__ = ["Database", "ReadWriteLock", "StoreError"]
