"""The FastAPI application: API router, dashboard, offline API docs, security headers."""
from __future__ import annotations

import os
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import router
from .cache import ResponseCache
from .db import Database, StoreError
from .security import SecurityHeaders
from .warning import router as warning_router


def static_dir() -> Path:
    return Path(str(resources.files("tocsin.serve") / "static"))


ENV_DB, ENV_CACHE, ENV_THREADS = "TOCSIN_SERVE_DB", "TOCSIN_SERVE_CACHE", "TOCSIN_SERVE_THREADS"
ENV_ACTIVE = "TOCSIN_SERVE_ACTIVE"


def cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def app_from_env() -> FastAPI:
    """The app of one `tocsin serve` worker process (uvicorn's factory), configured by the
    command through the environment: uvicorn starts each worker from an import string."""
    threads, active = os.environ.get(ENV_THREADS), os.environ.get(ENV_ACTIVE)
    return create_app(Path(os.environ[ENV_DB]), cache_size=int(os.environ.get(ENV_CACHE, "1024")),
                      threads=int(threads) if threads else None, active=int(active) if active else None)


def create_app(db_path: Path, token: str | None = None, cache_size: int = 1024,
               threads: int | None = None, active: int | None = None) -> FastAPI:
    """The app serving db_path read-only; token enables POST /api/ingest (default: $TOCSIN_TOKEN);
    cache_size answers are memoised while the file is unchanged (0: none); threads caps DuckDB's
    threads per query (the workers share the cores)."""
    db = Database(db_path, threads=threads, active=active)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="tocsin", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Fused political-violence events with their sources and evidence.")
    app.state.db = db
    app.state.token = token
    app.state.cache = ResponseCache(db_path, cache_size)
    static = static_dir()
    app.include_router(router)
    app.include_router(warning_router)
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from the vendored swagger-ui-dist (no CDN), started by static/docs.js."""
        return FileResponse(static / "docs.html")

    @app.exception_handler(StoreError)
    async def store_unavailable(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": f"database unavailable: {exc}"}, status_code=503)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


class HeadAsGet:
    """Answers HEAD like GET without the body (RFC 9110 9.3.2): FastAPI routes declare only GET,
    so uptime checks and `curl -I` got 405.  Pure ASGI, like SecurityHeaders."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message):
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # drop every chunk; the last one closes the response
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
