"""The bundled demo corpus (written by the tocsin developers) and a fresh database built from it."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..config import Settings
from .ingest import Callback, IngestStats, ingest


def demo_dir() -> Path:
    return Path(str(resources.files("tocsin") / "data" / "demo"))


def demo_inputs() -> list[str]:
    """Every demo input: the corpus folder (text, HTML, JSON Lines) and the demo page."""
    base = demo_dir()
    inputs = [str(base / "corpus")] if (base / "corpus").is_dir() else []
    return inputs + [str(base / "demo-page.txt")]


def fresh(path: Path) -> None:
    """Remove an earlier database file and its write-ahead log."""
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            p.unlink()


def ingest_demo(path: str | Path, on_event: Callback | None = None,
                settings: Settings | None = None) -> IngestStats:
    """Ingest the demo corpus into a fresh database at `path`; returns the counts."""
    path = Path(path)
    fresh(path)
    return ingest(demo_inputs(), path, settings, on_event=on_event)


def build_demo_db(path: str | Path) -> Path:
    """A fresh demo database at `path` (for tests and the dashboard)."""
    ingest_demo(path)
    return Path(path)
