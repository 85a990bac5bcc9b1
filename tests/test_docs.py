"""Docs are tested: every setting and every command has an entry (Datasette's test_docs)."""
from pathlib import Path

from typer.main import get_command

from tocsin.cli import app
from tocsin.config import SETTINGS, Settings

ROOT = Path(__file__).resolve().parents[1]


def test_docs_every_setting_documented():
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name, default, _help in SETTINGS:
        assert f"`{name}`" in doc, name
        assert getattr(Settings(), name) == default, name


def test_docs_every_command_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in get_command(app).commands:
        assert f"`tocsin {name}" in readme, name


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ci.endswith(".venv/bin/python -m pytest -n 2 --dist loadfile") and f"   {ci}\n" in readme
