"""Shared pieces of the command line: output formats, progress, per-item error reporting."""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..config import Settings, load_settings
from ..records import ItemError

# messages on stderr are never hard-wrapped: a long path stays one greppable line
err = Console(stderr=True, soft_wrap=True)

EXIT_NOTHING = 2


class Format(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    table = "table"


InputsArg = Annotated[list[str], typer.Argument(
    help="Files, directories, '-' for stdin, or http(s) URLs (pages or RSS/Atom feeds).",
    show_default=False)]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines here instead of stdout.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="auto: a table in a terminal, JSON Lines when piped.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of settings (see docs/settings.md).")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", min=1, show_default=False,
    help="Processes coding articles, each loading the pipeline once (default: the machine's cores; "
         "output identical to --workers 1).")]


def _workers(value: int | None) -> int:
    """--workers, or the machine's cores."""
    from ..workers import default_workers

    return value or default_workers()


def _min_confidence(value: float | None) -> float | None:
    """--min-confidence in [0, 1], or a clear usage error (exit 2, no traceback)."""
    from ..store.query import check_confidence

    try:
        return check_confidence(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def min_confidence_option(help_text: str):
    """A `--min-confidence FLOAT` option (0-1, validated) with its own help."""
    return Annotated[float | None, typer.Option("--min-confidence", metavar="FLOAT", callback=_min_confidence,
                                                show_default=False, help=help_text)]


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        err.print(f"tocsin: bad settings: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None


@contextmanager
def _progress(label: str):
    """A progress spinner on stderr when it is a terminal; silent otherwise."""
    if not err.is_terminal:
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  TextColumn("{task.completed} done"), TimeElapsedColumn(),
                  console=err, transient=True) as prog:
        yield prog, prog.add_task(label, total=None)


def _counted(items: Iterable[Any], stats: dict[str, int], prog) -> Iterator[Any]:
    """Report errors on stderr as they come, count the rest, advance the progress bar."""
    for item in items:
        if isinstance(item, ItemError):
            stats["errors"] += 1
            err.print(str(item), markup=False, highlight=False, soft_wrap=True)
            continue
        stats["ok"] += 1
        if prog:
            prog[0].advance(prog[1])
        yield item


def write_records(rows: Iterable[dict], output: Path | None, fmt: Format,
                  columns: tuple[str, ...]) -> None:
    """JSON Lines to a file or stdout, or a table when stdout is a terminal."""
    if output is not None:
        with _open_out(output) as fh:
            _jsonl(rows, fh)
        return
    if not _wants_table(output, fmt):
        _jsonl(rows, sys.stdout)
        return
    tab = Table(*columns, show_lines=False)
    for row in rows:
        tab.add_row(*[_cell(row.get(c)) for c in columns])
    Console().print(tab)


def _wants_table(output: Path | None, fmt: Format) -> bool:
    """A table only on a terminal (or when asked for), never into a file."""
    return output is None and (fmt == Format.table or (fmt == Format.auto and sys.stdout.isatty()))


def _open_out(path: Path) -> TextIO:
    """An output file, or a clear error (not a traceback) when it cannot be written."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        err.print(f"tocsin: cannot write {path}: {exc.strerror or exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None


def _jsonl(rows: Iterable[dict], fh: TextIO) -> None:
    try:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
    except BrokenPipeError:  # "tocsin articles big.txt | head -1": the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _finish(stats: dict[str, int]) -> None:
    if stats["ok"] == 0:
        err.print(f"tocsin: nothing could be processed ({stats['errors']} error(s))",
                  markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING)


