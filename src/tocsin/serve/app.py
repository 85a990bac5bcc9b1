"""The FastAPI application: API router, dashboard, offline API docs, security headers."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import router
from .db import Database, StoreError
from .security import SecurityHeaders


def static_dir() -> Path:
    return Path(str(resources.files("tocsin.serve") / "static"))


def create_app(db_path: Path, token: str | None = None) -> FastAPI:
    """The app serving db_path read-only; token enables POST /api/ingest (default: $TOCSIN_TOKEN)."""
    app = FastAPI(title="tocsin", version=__version__, docs_url=None, redoc_url=None,
                  description="Fused political-violence events with their sources and evidence.")
    app.state.db = Database(db_path)
    app.state.token = token
    static = static_dir()
    app.include_router(router)
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
    return app
