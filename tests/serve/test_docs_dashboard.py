"""docs/dashboard.md documents every API route and every `tocsin serve` option."""
from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from tocsin.cli import app as cli
from tocsin.serve.app import create_app

DOC = Path(__file__).resolve().parents[2] / "docs" / "dashboard.md"


def test_docs_dashboard_every_route_documented(tmp_path):
    doc = DOC.read_text(encoding="utf-8")
    paths = create_app(tmp_path / "none.duckdb").openapi()["paths"]
    assert len(paths) >= 6
    for path, methods in paths.items():
        for method in methods:
            assert f"`{method.upper()} {path}`" in doc, (method, path)


def test_docs_dashboard_every_serve_option_documented():
    doc = DOC.read_text(encoding="utf-8")
    serve = get_command(cli).commands["serve"]
    for param in serve.params:
        for opt in param.opts:
            assert f"[{opt}" in doc, opt
