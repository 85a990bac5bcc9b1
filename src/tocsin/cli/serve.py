"""`tocsin serve`: the REST API and the offline dashboard on a local database."""
from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import EXIT_NOTHING, err
from .store import read_db_path


def _say(msg: str) -> None:
    err.print(msg, markup=False, highlight=False, soft_wrap=True)


@app.command()
def serve(
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB file (default: $TOCSIN_DB, else the user data dir's tocsin.duckdb, else the demo database).")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless you mean to share.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    cache: Annotated[int, typer.Option("--cache", min=0, help="Answers kept in memory while the database file is unchanged (0: none; per worker).")] = 1024,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, max=64,
        help="Server processes, each with its own read-only connection and cache (default: the machine's cores). "
             "With TOCSIN_TOKEN set (writes on) the server runs 1 worker: an in-process write must be the "
             "only holder of the file.")] = None,
) -> None:
    """Serve the dashboard at / and the REST API at /api (docs at /docs); read-only unless TOCSIN_TOKEN is set."""
    from ..serve.app import ENV_CACHE, ENV_DB, ENV_THREADS, cores
    from ..serve.db import Database, StoreError
    from ..serve.security import TOKEN_ENV

    path = read_db_path(db)
    try:
        Database(path).check()
    except StoreError as exc:
        _say(f"tocsin serve: cannot open {path}: {exc}")
        raise typer.Exit(EXIT_NOTHING) from None
    if not _loopback(host):
        _say(f"tocsin serve: warning: listening on {host}, reachable from other machines")
    n = workers or cores()
    if n > 1 and os.environ.get(TOKEN_ENV):
        _say(f"tocsin serve: {TOKEN_ENV} is set (writes on): running 1 worker, not {n}")
        n = 1
    # each worker process builds its app from these (serve.app.app_from_env)
    os.environ.update({ENV_DB: str(path), ENV_CACHE: str(cache), ENV_THREADS: str(max(1, cores() // n))})
    _say(f"tocsin serve: dashboard at http://{host}:{port}/ , API docs at /docs (database {path}, "
         f"{n} worker{'s' if n > 1 else ''}); Ctrl-C stops")
    from ..serve.workers import run

    run(host, port, n)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
