"""Command-line interface: a thin Typer app; one module per group of commands.

Records go to stdout (JSON Lines when piped or with --format jsonl, a table in a terminal);
per-item errors go to stderr, one line each.  Exit 0 when anything was processed, 2 when
nothing was.
"""
from . import demo, extract, serve, store  # noqa: F401  (each module registers its commands)
from . import places  # noqa: F401
from . import displacement  # noqa: F401
from . import warning  # noqa: F401
from .app import app
from .common import EXIT_NOTHING, err

__all__ = ["app", "err", "EXIT_NOTHING"]
