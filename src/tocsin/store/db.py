"""Opening the store: path choice, migrations, clear errors for missing, locked or foreign files.

DuckDB lets one process write, or several read, but not both at once across processes.  So
every tocsin command holds the file only briefly (the ingester per batch of articles, the server
per request) and `connect` waits, with back-off, while another process holds it.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from .schema import LATEST, MIGRATIONS

ENV_DB = "TOCSIN_DB"
ENV_WAIT = "TOCSIN_DB_WAIT"  # seconds to wait for a database another process holds
DEFAULT_WAIT_S = 10.0
LATE_ROWS = 5000


def _default_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT_S)))
    except ValueError:
        return DEFAULT_WAIT_S


class StoreError(Exception):
    """A store problem the user can act on (message says what and where)."""


def data_dir() -> Path:
    """The user's tocsin data folder (platformdirs), where databases live by default."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("tocsin", appauthor=False))


def default_db_path() -> Path:
    """$TOCSIN_DB, else tocsin.duckdb in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir() / "tocsin.duckdb"


def demo_db_path() -> Path:
    """Where `tocsin demo` builds its database unless told otherwise."""
    return data_dir() / "demo.duckdb"


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "being used by another process" in text or "resource temporarily" in text


def connect(path: str | Path | None = None, read_only: bool = False,
            wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """An open connection with the schema up to date (writers migrate; readers check)."""
    path = Path(path) if path is not None else default_db_path()
    wait = _default_wait() if wait is None else wait
    if read_only and not path.exists():
        raise StoreError(f"no tocsin database at {path} (run `tocsin ingest` or `tocsin demo` first)")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory, not a tocsin database file")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    deadline = time.monotonic() + wait
    delay = 0.01
    marker = writer_waiting_path(path)
    waiting = False
    try:
        while True:
            try:
                con = duckdb.connect(str(path), read_only=read_only)
                break
            except duckdb.Error as exc:
                if _is_lock_error(exc) and time.monotonic() < deadline:
                    if not read_only:  # tell readers (tocsin serve) to let go; touched again each try
                        waiting = _touch(marker) or waiting
                    time.sleep(delay)
                    delay = min(delay * 2, 0.25)
                    continue
                raise StoreError(_explain(path, exc)) from None
    finally:
        if waiting:
            marker.unlink(missing_ok=True)
    try:
        _migrate(con, path, read_only)
        # a page of events (ORDER BY ... LIMIT n) reads the sort and filter columns, then only
        # its own rows' other columns, up to this many rows (DuckDB's default: 50; the API's
        # pages reach 1,000 and more with an offset; store/facets.py)
        con.execute(f"SET GLOBAL late_materialization_max_rows = {LATE_ROWS}")  # cursors too
    except BaseException:
        con.close()
        raise
    return con


def writer_waiting_path(path: str | Path) -> Path:
    """The file a writer keeps beside the database while it waits for the lock: readers that
    hold the file under steady load (serve.db.Database) let go only then."""
    path = Path(path)
    return path.with_name(path.name + ".writer-waiting")


def _touch(marker: Path) -> bool:
    try:
        marker.touch()
        return True
    except OSError:  # a read-only folder: readers still let go when idle
        return False


@contextmanager
def opened(path: str | Path | None = None, read_only: bool = False, wait: float | None = None):
    """`with opened(db) as con:` closes the file promptly so other processes can use it."""
    con = connect(path, read_only=read_only, wait=wait)
    try:
        yield con
    finally:
        con.close()


def _explain(path: Path, exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if _is_lock_error(exc):
        return f"the database {path} is in use by another process (still busy after waiting): {text[:200]}"
    if "not a valid" in text.lower() or "corrupt" in text.lower() or "serialization" in text.lower():
        return f"{path} is not a readable tocsin database (corrupt or another format): {text[:200]}"
    return f"cannot open the database {path}: {text[:200]}"


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    have = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tocsin_meta'"
                       ).fetchone()[0]
    if not have:
        return 0
    row = con.execute("SELECT value FROM tocsin_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    try:
        version = schema_version(con)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        foreign = bool(tables) and "tocsin_meta" not in tables
    except duckdb.Error as exc:
        raise StoreError(_explain(path, exc)) from None
    if foreign:
        raise StoreError(f"{path} is a DuckDB database but not a tocsin one (no tocsin_meta table)")
    if version > LATEST:
        raise StoreError(f"{path} has schema version {version}, newer than this tocsin ({LATEST}); upgrade tocsin")
    if version == LATEST:
        return
    if read_only:
        raise StoreError(f"{path} has schema version {version}; open it once for writing "
                         f"(e.g. `tocsin ingest`) to migrate it to {LATEST}")
    con.execute("BEGIN TRANSACTION")
    try:
        if "tocsin_meta" not in tables:
            con.execute("CREATE TABLE tocsin_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            con.execute("INSERT INTO tocsin_meta VALUES ('schema_version', '0')")
        for number, sql in MIGRATIONS:
            if number > version:
                con.execute(sql)
        con.execute("UPDATE tocsin_meta SET value = ? WHERE key = 'schema_version'", [str(LATEST)])
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
