"""Answers memoised per state of the database file: the server only reads, so the same
question gets the same answer until the file (or its write-ahead log) changes on disk.

The dashboard asks the same few questions again and again (/api/stats for its facets, the
same filters from every analyst); each costs several DuckDB queries, a hit costs a dict lookup.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

MAX_BODY = 2_000_000  # bytes; bigger answers are not kept


class ResponseCache:
    """A small LRU of encoded response bodies, emptied whenever the database file changes."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = Path(path)
        self.wal = self.path.with_name(self.path.name + ".wal")
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._state: tuple | None = None
        self.hits = self.misses = 0

    def _file_state(self) -> tuple:
        out = []
        for p in (self.path, self.wal):
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    def state(self) -> tuple:
        """The file's state now; pass it to get() and put() around one computation."""
        return self._file_state()

    def get(self, key: tuple, state: tuple) -> bytes | int | None:
        if self.size <= 0:
            return None
        with self._lock:
            if state != self._state:
                self._items.clear()
                self._state = state
            body = self._items.get(key)
            if body is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: tuple, body: bytes | int, state: tuple) -> None:
        """Keep body (an encoded answer, or a count) if the file is still as it was before it
        was computed (state)."""
        if self.size <= 0 or (isinstance(body, bytes) and len(body) > MAX_BODY) or self._file_state() != state:
            return
        with self._lock:
            if state != self._state:
                return
            self._items[key] = body
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
