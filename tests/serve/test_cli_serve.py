"""`tocsin serve` on the command line: help, and clear errors for unusable databases."""
from __future__ import annotations

from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()


def test_cli_serve_help_lists_options():
    r = runner.invoke(app, ["serve", "--help"])
    assert r.exit_code == 0
    for opt in ("--db", "--host", "--port"):
        assert opt in r.output


def test_cli_serve_missing_database_is_a_clear_error(tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2
    assert "no tocsin database" in r.output and "Traceback" not in r.output


def test_cli_serve_corrupt_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database file\n" * 100)
    r = runner.invoke(app, ["serve", "--db", str(bad)])
    assert r.exit_code == 2 and "cannot open" in r.output and "Traceback" not in r.output


def test_cli_serve_bad_port_is_rejected(tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "70000"])
    assert r.exit_code == 2
