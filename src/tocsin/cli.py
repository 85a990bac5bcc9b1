"""Command-line interface: a thin Typer app, one command per stage.

Records go to stdout (JSON Lines when piped or with --format jsonl, a table in a terminal);
per-item errors go to stderr, one line each.  Exit 0 when anything was processed, 2 when
nothing was.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__, pipeline
from .config import Settings, load_settings
from .records import ItemError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="tocsin: conflict news in, a traceable record of political violence out.")
err = Console(stderr=True)

EXIT_NOTHING = 2


class Format(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tocsin {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """tocsin: conflict news in, a traceable record of political violence out."""


InputsArg = Annotated[list[str], typer.Argument(
    help="Files, directories, '-' for stdin, or http(s) URLs (pages or RSS/Atom feeds).",
    show_default=False)]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines here instead of stdout.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="auto: a table in a terminal, JSON Lines when piped.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of settings (see docs/settings.md).")]


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


ARTICLE_COLUMNS = ("id", "title", "published", "published_inferred", "lang", "source")


@app.command()
def articles(inputs: InputsArg, output: OutOpt = None, fmt: FormatOpt = Format.auto,
             config: ConfigOpt = None) -> None:
    """Find the clean, dated articles in pages: chrome dropped, teasers split off."""
    settings = _settings(config)
    stats = {"ok": 0, "errors": 0}
    with _progress("reading articles") as prog:
        rows = (a.to_dict() for a in _counted(
            pipeline.articles(inputs, settings, stdin=sys.stdin.buffer), stats, prog))
        write_records(rows, output, fmt, ARTICLE_COLUMNS)
    _finish(stats)


EVENT_COLUMNS = ("date", "event", "modality", "actors", "place", "evidence")


def _event_row(ev: dict) -> dict:
    """A flat view of an event for the terminal table."""
    acled, plover = ev.get("acled") or {}, ev.get("plover") or {}
    kind = acled.get("sub_event_type") or plover.get("event") or ("Displacement" if ev.get("displacement") else "")
    loc = ev.get("location") or {}
    return {"date": (ev.get("date") or {}).get("start"), "event": kind, "modality": ev["modality"],
            "actors": ", ".join(f"{a['name']}" for a in ev["actors"] if a["role"] != "associated"),
            "place": ", ".join(dict.fromkeys(x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x)),
            "evidence": ev["evidence"]["text"]}


@app.command()
def extract(inputs: InputsArg, output: OutOpt = None, fmt: FormatOpt = Format.auto,
            articles_out: Annotated[Path | None, typer.Option(
                "--articles-out", help="Also write the articles (JSON Lines) to this file.")] = None,
            factual_only: Annotated[bool, typer.Option(
                "--factual-only", help="Leave out hypothetical, recommended, future and negated statements.")] = False,
            config: ConfigOpt = None) -> None:
    """Code the events in pages: ACLED and PLOVER types, modality, actors, dates, figures, place."""
    from .coding.nlp import ModelMissing  # spaCy loads only for commands that need it

    settings = _settings(config)
    stats = {"ok": 0, "errors": 0}
    art_fh = _open_out(articles_out) if articles_out else None
    try:
        with _progress("coding events") as prog:
            rows = _event_rows(pipeline.extract(inputs, settings, stdin=sys.stdin.buffer), stats, prog,
                               art_fh, factual_only)
            write_records((_event_row(r) for r in rows) if _wants_table(output, fmt) else rows,
                          output, fmt, EVENT_COLUMNS)
    except ModelMissing as exc:
        err.print(f"tocsin: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None
    finally:
        if art_fh:
            art_fh.close()
    _finish(stats)


def _event_rows(items, stats, prog, art_fh, factual_only: bool) -> Iterator[dict]:
    for art, events in _counted(items, stats, prog):
        if art_fh:
            art_fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
        for ev in events:
            if factual_only and ev.modality not in ("asserted", "reported", "historical"):
                continue
            yield ev.to_dict()


def demo_page() -> Path:
    """The bundled demo page (written by the tocsin developers)."""
    return Path(str(resources.files("tocsin") / "data" / "demo" / "demo-page.txt"))


@app.command()
def demo(fmt: FormatOpt = Format.auto,
         articles_only: Annotated[bool, typer.Option("--articles", help="Show the articles found, not the events.")] = False
         ) -> None:
    """Run tocsin on its bundled demo page: no arguments, no network."""
    page = demo_page()
    err.print(f"tocsin demo: reading {page.name}, a news page with site chrome and teaser articles "
              f"(written for tocsin); coding its events", markup=False, highlight=False)
    if articles_only:
        articles([str(page)], output=None, fmt=fmt, config=None)
    else:
        extract([str(page)], output=None, fmt=fmt, articles_out=None, factual_only=False, config=None)


if __name__ == "__main__":  # pragma: no cover
    app()
