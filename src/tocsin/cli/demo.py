"""`tocsin demo`: ingest the bundled demo corpus into a fresh database and summarise it."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..store import StoreError
from ..store.db import demo_db_path
from .app import app
from .common import Format, FormatOpt, err
from .store import fail, run_with_progress


@app.command()
def demo(db: Annotated[Path | None, typer.Option(
            "--db", help="Where to build the demo database (default: demo.duckdb in your user data folder; "
                         "replaced on each run).")] = None,
         fmt: FormatOpt = Format.auto,
         displacement: Annotated[bool, typer.Option(
            "--displacement", help="Also build and run the demo's Idlib displacement scenario on Flee "
                                   "(1 Dec 2019 - 31 Mar 2020, one agent per 100 people; see "
                                   "docs/displacement.md) and say where its files are.")] = False) -> None:
    """Ingest the bundled demo corpus (news written for tocsin) into a fresh database and summarise it."""
    from ..coding.nlp import ModelMissing
    from ..store.db import opened
    from ..store.demo import ingest_demo

    path = db or demo_db_path()
    err.print("tocsin demo: ingesting the bundled demo corpus (articles written for tocsin, several "
              "outlets, text/HTML/JSON Lines) into a fresh database", markup=False, highlight=False)
    try:
        stats = run_with_progress(lambda cb: ingest_demo(path, on_event=cb))
        with opened(path, read_only=True) as con:
            summary = summarise(con)
    except (StoreError, ModelMissing) as exc:
        fail(str(exc))
    summary["ingest"] = {**stats.as_dict(), "db": str(path)}
    if displacement:
        summary["displacement"] = _displacement(path)
    summary["warning"] = _warning(path)
    summary["next"] = [f"tocsin events --db {path}", f"tocsin show EVENT_ID --db {path}",
                       f"tocsin alerts --db {path} --since {summary['warning']['alerts_from']} "
                       f"--until {summary['warning']['alerts_to']} --min-level warning",
                       f"tocsin serve --db {path}   # then open http://127.0.0.1:8000/"]
    if fmt == Format.jsonl or (fmt == Format.auto and not sys.stdout.isatty()):
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print_summary(summary)


def _displacement(path: Path) -> dict:
    from ..displacement import DisplacementError
    from ..displacement.runner import DEMO, demo_run
    from .displacement import _progress

    err.print("tocsin demo: building and running the Idlib displacement scenario on Flee", markup=False,
              highlight=False)
    try:
        with _progress(DEMO["days"], "Flee") as tick:
            return demo_run(path, tick)
    except DisplacementError as exc:
        fail(str(exc))


def _warning(path: Path) -> dict:
    """The alerts the demo store raises and its Idlib brief (tocsin.warning.demo, data/warning/demo.yaml)."""
    from ..warning.demo import demo_warning
    from ..warning.series import WarningInputError

    try:
        return demo_warning(path)
    except WarningInputError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the demo brief beside {path}: {exc.strerror or exc}")


def summarise(con) -> dict:
    def q(sql):
        return con.execute(sql).fetchall()

    return {
        "articles": q("SELECT count(*) FROM articles")[0][0],
        "records": q("SELECT count(*) FROM records")[0][0],
        "fused_events": q("SELECT count(*) FROM fused_events")[0][0],
        "by_type": [{"event_type": t, "n": n} for t, n in q(
            "SELECT coalesce(event_type, '?'), count(*) FROM fused_events GROUP BY 1 ORDER BY 2 DESC, 1")],
        "by_month": [{"month": m, "n": n, "fatalities": int(f)} for m, n, f in q(
            "SELECT strftime(date_start, '%Y-%m'), count(*), coalesce(sum(fatalities), 0) FROM fused_events "
            "WHERE date_start IS NOT NULL GROUP BY 1 ORDER BY 1")],
        "top_places": [{"place": p, "n": n} for p, n in q(
            "SELECT concat_ws(', ', location, admin1, country), count(*) FROM fused_events "
            "WHERE location IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8")],
        "clusters": [{"id": i, "date": d.isoformat() if d else None, "type": t, "place": p, "sources": n,
                      "outlets": o, "fatalities": f} for i, d, t, p, n, o, f in q(
            "SELECT e.id, e.date_start, e.sub_event_type, e.location, e.n_sources, "
            "string_agg(DISTINCT coalesce(a.outlet, regexp_extract(a.source, '[^/]+$')), ', '), e.fatalities "
            "FROM fused_events e JOIN fused_members m ON m.fused_id = e.id JOIN records r ON r.id = m.record_id "
            "JOIN articles a ON a.id = r.article_id WHERE e.n_sources > 1 "
            "GROUP BY ALL ORDER BY e.n_sources DESC, e.date_start, e.id")],
    }


def print_summary(s: dict) -> None:
    out = Console()
    out.print(f"[bold]{s['articles']} articles, {s['records']} coded records, {s['fused_events']} fused events[/bold]")
    for title, rows, cols in (("Events by type", s["by_type"], ("event_type", "n")),
                              ("Events by month", s["by_month"], ("month", "n", "fatalities")),
                              ("Top places", s["top_places"], ("place", "n")),
                              ("Events told by several sources (tocsin show ID lists them)", s["clusters"],
                               ("date", "type", "place", "sources", "fatalities", "id"))):
        tab = Table(*cols, title=title, title_justify="left")
        for r in rows:
            tab.add_row(*["" if r.get(c) is None else str(r[c]) for c in cols])
        out.print(tab)
    w = s["warning"]
    out.print(f"Alerts raised (level {w['alerts_level']} or above, every {w['alerts_period']} from {w['alerts_from']} "
              f"to {w['alerts_to']}; `tocsin alerts` explains each):", markup=False, highlight=False, soft_wrap=True)
    for a in w["alerts"]:
        out.print(f"  {a['period_start']}  {a['area']}  {a['kind']} {a['level']}: {a['measure']} {a['observed']:g} "
                  f"(expected {a['expected']:g}), {a['events']} cited event{'' if a['events'] == 1 else 's'}",
                  markup=False, highlight=False, soft_wrap=True)
    if not w["alerts"]:
        out.print("  none", markup=False, highlight=False)
    out.print(f"Database: {s['ingest']['db']}", markup=False, highlight=False)
    if "displacement" in s:
        d = s["displacement"]
        out.print(f"Displacement run ({d['seconds']} s): {d['run']} ({', '.join(d['files'])}); scenario: "
                  f"{d['scenario']}; served at /api/displacement?run={d['name']}", markup=False, highlight=False)
    out.print("Next: " + "\n      ".join(s["next"]), markup=False, highlight=False)
    out.print(f"Idlib brief ({w['brief_area']}, {w['brief_since']} to {w['brief_until']}, {w['brief_claims']} "
              f"cited claims): {w['brief']}", markup=False, highlight=False, soft_wrap=True)
