"""`tocsin ingest`, `events`, `show`, `export`: the event store from the command line."""
from __future__ import annotations

import csv
import json
import os
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..store import StoreError, default_db_path
from .app import app
from .scale import AddressOpt, Engine, EngineOpt, FromParquetOpt, check_options
from .common import EXIT_NOTHING, ConfigOpt, WorkersOpt, _jsonl, _settings, _workers, err, min_confidence_option

DbOpt = Annotated[Path | None, typer.Option(
    "--db", envvar="TOCSIN_DB", show_default=False,
    help="Database file (default: $TOCSIN_DB, else tocsin.duckdb in your user data folder; "
         "readers fall back to the `tocsin demo` database when that is missing).")]


def db_path(db: Path | None) -> Path:
    return db if db is not None else default_db_path()


def read_db_path(db: Path | None) -> Path:
    """The database a reading command opens.  Without --db or $TOCSIN_DB, a new user who ran only
    `tocsin demo` gets the demo database (said on stderr) rather than "no database"."""
    from ..store.db import ENV_DB, demo_db_path

    if db is not None or os.environ.get(ENV_DB):
        return db_path(db)
    default, demo = default_db_path(), demo_db_path()
    if default.exists():
        return default
    if demo.exists():
        err.print(f"tocsin: no database at {default}; using the demo database {demo} (tocsin demo)",
                  markup=False, highlight=False, soft_wrap=True)
        return demo
    fail(f"no database at {default}: run `tocsin demo` to try the bundled demo corpus, or "
         f"`tocsin ingest INPUT...` to build one (or pass --db PATH)")


def fail(message: str) -> None:
    err.print(f"tocsin: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_NOTHING)


EventsOpt = Annotated[list[Path] | None, typer.Option(
    "--events", help="An ACLED CSV export or a UCDP GED CSV to import beside the news (repeatable; "
                     "provenance kept, re-import idempotent, bad rows reported by line).")]


@app.command()
def ingest(inputs: Annotated[list[str] | None, typer.Argument(
               help="Files, directories, '-' for stdin, or http(s) URLs (pages or RSS/Atom feeds).",
               show_default=False)] = None,
           db: DbOpt = None, config: ConfigOpt = None, events: EventsOpt = None,
           workers: WorkersOpt = None, engine: EngineOpt = Engine.local, address: AddressOpt = None,
           from_parquet: FromParquetOpt = None) -> None:
    """Code pages and store articles, events and fused events in the database (idempotent)."""
    from ..coding.nlp import ModelMissing
    from ..store.ingest import ingest as run_ingest

    check_options(engine, address)
    if engine is Engine.ray or from_parquet is not None:  # cli/scale.py, docs/scale.md
        from .scale import ingest_scaled

        if events:
            raise typer.BadParameter("import --events in a run of its own", param_hint="--events")
        return ingest_scaled(inputs, db_path(db), _settings(config), engine, _workers(workers), address,
                             from_parquet)
    if not inputs and not events:
        fail("nothing to ingest: give INPUT... (pages, feeds, URLs) and/or --events FILE.csv")
    if events:
        import_external(events, db_path(db))
        if not inputs:
            return
    settings, path = _settings(config), db_path(db)
    try:
        stats = run_with_progress(lambda cb: run_ingest(inputs, path, settings, stdin=sys.stdin.buffer,
                                                        on_event=cb, workers=_workers(workers)))
    except StoreError as exc:
        fail(str(exc))
    except ModelMissing as exc:
        fail(str(exc))
    report_ingest(stats, path)
    if stats.processed == 0:
        fail(f"nothing could be processed ({stats.errors} error(s))")


def import_external(files: list[Path], path: Path) -> None:
    """`--events`: load ACLED / UCDP GED CSVs; each bad row on stderr with its line number."""
    from ..store.external import import_events

    loaded = 0
    for f in files:
        try:
            stats = import_events(f, path)
        except StoreError as exc:
            err.print(f"tocsin: {f}: {exc}", markup=False, highlight=False, soft_wrap=True)
            continue
        for msg in stats.errors:
            err.print(msg, markup=False, highlight=False, soft_wrap=True)
        loaded += stats.loaded
        err.print(f"tocsin: {f}: {stats.dataset} rows: {stats.rows_new} new, {stats.rows_updated} updated, "
                  f"{stats.rows_unchanged} unchanged, {len(stats.errors)} bad; {stats.fused_events} fused events; "
                  f"database {path}", markup=False, highlight=False, soft_wrap=True)
        if not sys.stdout.isatty():
            print(json.dumps({**stats.as_dict(), "file": str(f), "db": str(path)}))
    if loaded == 0:
        fail("no event row could be imported")


def run_with_progress(job):
    """Run an ingest job with a live count of articles, events and errors on stderr."""
    counts = {"articles": 0, "records": 0, "errors": 0}

    def describe() -> str:
        return (f"ingesting: {counts['articles']} articles, {counts['records']} events, "
                f"{counts['errors']} errors")

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as prog:
        task = prog.add_task(describe(), total=None)

        def on_event(kind: str, payload: Any) -> None:
            if kind == "error":
                counts["errors"] += 1
                prog.console.print(str(payload), markup=False, highlight=False, soft_wrap=True)
            elif kind == "article":
                counts["articles"] += 1
            elif kind == "records":
                counts["records"] += payload
            elif kind == "fused":
                prog.update(task, description=f"fused into {payload} events")
                return
            prog.update(task, description=describe())

        return job(on_event)


def report_ingest(stats, path: Path) -> None:
    err.print(f"tocsin: {stats.articles_new} new, {stats.articles_recoded} re-coded and "
              f"{stats.articles_unchanged} unchanged articles; {stats.records} event records written; "
              f"{stats.fused_events} fused events; {stats.errors} error(s); database {path}",
              markup=False, highlight=False)
    if not sys.stdout.isatty():
        print(json.dumps({**stats.as_dict(), "db": str(path)}))


class EventFormat(str, Enum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _date(value: datetime | None):
    return value.date() if value else None


def _near(value: str | None) -> tuple[float, float, float] | None:
    from ..store.query import parse_near

    try:
        return parse_near(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


Since = Annotated[datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="Events on or after this day.")]
Until = Annotated[datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Events on or before this day.")]
Country = Annotated[str | None, typer.Option(help="Country: ISO2, ISO3 or name.")]
Admin1 = Annotated[str | None, typer.Option(help="First-level division (province, state), e.g. Idlib.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="ACLED event or sub-event type, or PLOVER event.")]
Actor = Annotated[str | None, typer.Option(help="Part of an actor's name, e.g. 'Turkey'.")]
Near = Annotated[str | None, typer.Option(help="LAT,LON,KM: events within KM of a point.")]
Text = Annotated[str | None, typer.Option(help="Words that must all occur in a source's evidence.")]
Lang = Annotated[str | None, typer.Option("--lang", help="Events with a source in this language (ISO 639-1: "
                                        "en, fr, es, ar, tr; 'und' for undetermined).")]
MinConfidence = min_confidence_option(
    "Only events whose confidence (0-1: the probability that it is a real event of its type, "
    "combined over its sources) is at least this, e.g. 0.7; events without one are left out.")


def build_filter(since, until, country, admin1, type_, actor, near, text, limit=None, offset=0,
                 min_confidence=None, lang=None):
    from ..store.query import EventFilter

    return EventFilter(since=_date(since), until=_date(until), country=country, admin1=admin1, type=type_,
                       actor=actor, near=_near(near), text=text, min_confidence=min_confidence,
                       lang=lang.strip().lower() if lang else None, limit=limit, offset=offset)


def _open_read(path: Path):
    from ..store.db import connect

    try:
        return connect(path, read_only=True)
    except StoreError as exc:
        fail(str(exc))


EVENT_TABLE = ("id", "date_start", "sub_event_type", "location", "admin1", "country", "fatalities",
               "actor1", "actor2", "n_sources", "confidence")


@app.command()
def events(db: DbOpt = None, since: Since = None, until: Until = None, country: Country = None,
           admin1: Admin1 = None, type_: TypeOpt = None, actor: Actor = None, near: Near = None,
           text: Text = None, min_confidence: MinConfidence = None, lang: Lang = None,
           limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
           fmt: Annotated[EventFormat, typer.Option("--format", "-f", help="auto: a table in a terminal, "
                                                    "JSON Lines when piped.")] = EventFormat.auto) -> None:
    """List fused events from the database, newest first, with filters."""
    from ..export import geojson
    from ..store.query import find_events

    f = build_filter(since, until, country, admin1, type_, actor, near, text, limit,
                     min_confidence=min_confidence, lang=lang)
    path = read_db_path(db)
    con = _open_read(path)
    try:
        rows = find_events(con, f)
    finally:
        con.close()
    if fmt == EventFormat.auto:
        fmt = EventFormat.table if sys.stdout.isatty() else EventFormat.jsonl
    if fmt == EventFormat.jsonl:
        _jsonl(rows, sys.stdout)
    elif fmt == EventFormat.geojson:
        json.dump(geojson(rows), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif fmt == EventFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=[c for c in rows[0] if c not in ("actors", "languages")] if rows else
                                list(EVENT_TABLE), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        tab = Table(*EVENT_TABLE, title=f"{len(rows)} events")
        for r in rows:
            tab.add_row(*[_table_cell(c, r.get(c)) for c in EVENT_TABLE])
        Console().print(tab)


def _table_cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    return confidence_text(value) if column == "confidence" else str(value)


def confidence_text(value: float | None) -> str:
    """0.8312 -> '0.83' (rounded down, see store.query.confidence_label); None -> 'unknown'."""
    from ..store.query import confidence_label

    return confidence_label(value) or "unknown"


@app.command()
def show(event_id: Annotated[str, typer.Argument(help="A fused event id (see `tocsin events`).")],
         db: DbOpt = None,
         as_json: Annotated[bool, typer.Option("--json", help="JSON even in a terminal.")] = False) -> None:
    """One fused event: its codes, actors, figures, and every source with its evidence sentence."""
    from ..store.query import get_event

    path = read_db_path(db)
    con = _open_read(path)
    try:
        ev = get_event(con, event_id)
    finally:
        con.close()
    if ev is None:
        fail(f"no event {event_id!r} in {path}")
    if as_json or not sys.stdout.isatty():
        print(json.dumps(ev, ensure_ascii=False, indent=1))
        return
    out = Console()
    out.print(f"[bold]{ev['id']}[/bold]  {ev['date_start']}  {ev['event_type']} / {ev['sub_event_type']}")
    place = ", ".join(x for x in (ev["location"], ev["admin1"], ev["country"]) if x)
    out.print(f"place: {place} ({ev['lat']}, {ev['lon']}; precision {ev['geo_precision']})", markup=False)
    out.print(f"actors: {ev['actor1'] or '?'} -> {ev['actor2'] or '?'}; fatalities: {ev['fatalities']} "
              f"(range {ev['fatalities_low']}-{ev['fatalities_high']}); sources: {ev['n_sources']}", markup=False)
    out.print(f"confidence: {confidence_text(ev.get('confidence'))} (probability it is a real event of this "
              f"type, combined over its sources)", markup=False, highlight=False)
    for s in ev["sources"]:
        out.print(f"\n[bold]{s['outlet'] or '?'}[/bold] - {s['title'] or ''} ({s['published'] or 'undated'})")
        out.print(f"  \"{s['evidence']['text']}\"  [{s['modality']}; confidence "
                  f"{confidence_text(s.get('confidence'))}]", markup=False, highlight=False)


class ExportFormat(str, Enum):
    acled_csv = "acled-csv"
    plover_json = "plover-json"
    geojson = "geojson"
    parquet = "parquet"


@app.command()
def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
           output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
           db: DbOpt = None, since: Since = None, until: Until = None, country: Country = None,
           admin1: Admin1 = None, type_: TypeOpt = None, actor: Actor = None, near: Near = None,
           text: Text = None, min_confidence: MinConfidence = None, lang: Lang = None) -> None:
    """Export fused events: ACLED CSV (ACLED's columns), PLOVER JSON, GeoJSON or Parquet."""
    from ..export import export as run_export

    f = build_filter(since, until, country, admin1, type_, actor, near, text, min_confidence=min_confidence,
                     lang=lang)
    path = read_db_path(db)
    con = _open_read(path)
    try:
        n = run_export(con, fmt.value, output, f)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. DuckDB refusing the output path
        fail(f"cannot write {output}: {' '.join(str(exc).split())[:200]}")
    finally:
        con.close()
    err.print(f"tocsin: wrote {n} events to {output} ({fmt.value})", markup=False, highlight=False)
