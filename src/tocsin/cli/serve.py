"""`tocsin serve`: the REST API and the offline dashboard on a local database."""
from __future__ import annotations

import ipaddress
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
    cache: Annotated[int, typer.Option("--cache", min=0, help="Answers kept in memory while the database file is unchanged (0: none).")] = 1024,
) -> None:
    """Serve the dashboard at / and the REST API at /api (docs at /docs); read-only unless TOCSIN_TOKEN is set."""
    from ..serve.app import create_app
    from ..serve.db import Database, StoreError

    path = read_db_path(db)
    try:
        Database(path).check()
    except StoreError as exc:
        _say(f"tocsin serve: cannot open {path}: {exc}")
        raise typer.Exit(EXIT_NOTHING) from None
    if not _loopback(host):
        _say(f"tocsin serve: warning: listening on {host}, reachable from other machines")
    import uvicorn

    _say(f"tocsin serve: dashboard at http://{host}:{port}/ , API docs at /docs (database {path}); Ctrl-C stops")
    uvicorn.run(create_app(path, cache_size=cache), host=host, port=port, log_level="warning", access_log=False)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
