"""`tocsin displacement scenario|run|calibrate`: displacement scenarios on the Flee engine."""
from __future__ import annotations

import json
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .app import app
from .common import Format, FormatOpt, err
from .store import DbOpt, fail, read_db_path

displacement_app = typer.Typer(
    no_args_is_help=True, rich_markup_mode="rich",
    help="Displacement scenarios on the Flee engine: how many people flee, and where to "
         "(see docs/displacement.md).")
app.add_typer(displacement_app, name="displacement")


class Mode(str, Enum):
    forecast = "forecast"
    allocation = "allocation"


ObservedOpt = Annotated[Path | None, typer.Option(
    "--observed", help="Observed figures, in the format of ../shared/benchmarks/earlywarning/"
                       "idlib_displacement_calibration.csv (row_id, date_asof, metric, value, area, role, ...).")]


def _emit(obj: dict, fmt: Format, table) -> None:
    if fmt == Format.jsonl or (fmt == Format.auto and not sys.stdout.isatty()):
        print(json.dumps(obj, ensure_ascii=False))
    else:
        table(obj)


@displacement_app.command("scenario")
def scenario(
    output: Annotated[Path, typer.Option("--output", "-o", help="The scenario folder to write "
                                         "(replaced when it is an earlier tocsin scenario).")],
    start: Annotated[datetime, typer.Option("--start", formats=["%Y-%m-%d"], help="First day (YYYY-MM-DD).")],
    days: Annotated[int, typer.Option("--days", min=1, max=3660, help="Length of the period, in days.")],
    region: Annotated[str, typer.Option("--region", help="Region graph (data/displacement/regions.yaml).")] = "idlib",
    mode: Annotated[Mode, typer.Option("--mode", help="forecast: how many leave comes from the events' "
                                       "conflict intensity; allocation: the observed total is given, only "
                                       "where people go is simulated (needs --observed).")] = Mode.forecast,
    observed: ObservedOpt = None,
    rate: Annotated[float | None, typer.Option("--rate", min=0, help="People displaced per conflict day at "
                                               "intensity 1 (default: data/displacement/flee.yaml).")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Write a Flee scenario folder (input_csv/, simsetting.yml, source_data/) from the event store."""
    from ..displacement import DisplacementError, build_scenario

    path = read_db_path(db)
    try:
        meta = build_scenario(path, region, start.date(), days, output, mode.value, observed, rate)
    except DisplacementError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    meta["folder"] = str(output)
    _emit(meta, fmt, _scenario_table)


def _scenario_table(m: dict) -> None:
    out = Console()
    out.print(f"[bold]Scenario {m['folder']}[/bold]: {m['title']}, {m['mode']}, {m['start']} .. {m['end']} "
              f"({m['days']} days)")
    tab = Table("location", "events", "conflict days", title="Conflict from the event store", title_justify="left")
    for name, n in sorted(m["events_by_location"].items(), key=lambda kv: -kv[1]):
        tab.add_row(name, str(n), str(m["conflict_days"].get(name, 0)))
    out.print(tab)
    out.print(f"Next: tocsin displacement run {m['folder']}", markup=False, highlight=False)


@displacement_app.command("run")
def run(
    scenario: Annotated[Path, typer.Argument(help="A scenario folder (tocsin displacement scenario).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write daily.csv, totals.csv, "
                      "displacement.png, run.json (default: the displacement/ folder of your user data "
                      "folder, or $TOCSIN_DISPLACEMENT_RUNS, under the scenario's name: served by "
                      "GET /api/displacement?run=NAME).")] = None,
    scale: Annotated[int, typer.Option("--scale", min=1, help="People per agent.")] = 100,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the first run.")] = 0,
    runs: Annotated[int, typer.Option("--runs", min=1, max=100, help="Ensemble size (seeds seed, seed+1, ...); "
                                      "more than one gives a band.")] = 1,
    observed: ObservedOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Run a scenario on Flee; write the daily counts, the totals, a plot and, with --observed, the score."""
    from ..displacement import DisplacementError, read_scenario, run_path, run_scenario

    try:
        days = read_scenario(scenario).days
        out = output if output is not None else run_path(scenario.resolve().name)
        if out.resolve() == scenario.resolve():  # a scenario kept in the runs folder: run beside it
            out = out.with_name(out.name + "-run")
        with _progress(days * runs, "Flee") as tick:
            result = run_scenario(scenario, out, scale=scale, seed=seed, runs=runs, observed=observed, tick=tick)
    except DisplacementError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the run: {exc.strerror or exc}")
    _emit(result, fmt, _run_table)


class _progress:
    """A progress bar on stderr when it is a terminal; the tick is a no-op otherwise."""

    def __init__(self, total: int, label: str):
        self.total, self.label, self.prog = total, label, None

    def __enter__(self):
        if not err.is_terminal:
            return None
        # A console bound to the stream of this moment: Flee's prints are redirected during a run,
        # and the bar's refresh thread must not follow them into flee.log.
        console = Console(file=sys.stderr, force_terminal=True)
        self.prog = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("days"), TimeElapsedColumn(), console=console, transient=True)
        self.prog.start()
        task = self.prog.add_task(self.label, total=self.total)
        return lambda: self.prog.advance(task)

    def __exit__(self, *exc) -> None:
        if self.prog:
            self.prog.stop()


def _run_table(r: dict) -> None:
    out = Console()
    out.print(f"[bold]Run {r['out']}[/bold]: {r['title']}, {r['mode']}, {r['days']} days from {r['start']}, "
              f"1 agent per {r['scale']} people, {r['runs']} run(s) in {r['seconds']} s")
    out.print("Top destinations: " + ", ".join(r["top_destinations"]), markup=False, highlight=False)
    s = r.get("score")
    if s:
        tab = Table("row", "date", "observed", "simulated", "|ln(sim/obs)|", title="Against observed totals",
                    title_justify="left")
        for t in s["totals"]:
            tab.add_row(t["row_id"], t["date"], f"{t['observed']:,.0f}", f"{t['simulated']:,}", str(t["abs_log_ratio"]))
        out.print(tab)
        out.print(f"ARD {s['ard']}, rescaled ARD {s['ard_rescaled']}, peak timing error "
                  f"{(s['peak'] or {}).get('error_days')} days", markup=False, highlight=False)
    out.print("Files: " + ", ".join(r["files"]), markup=False, highlight=False)


@displacement_app.command("calibrate")
def calibrate(
    scenario: Annotated[Path, typer.Argument(help="A forecast scenario folder.")],
    observed: Annotated[Path, typer.Option("--observed", help="Observed cumulative totals (calibration file).")],
    write: Annotated[bool, typer.Option("--write", help="Set the rate in the scenario's simsetting.yml.")] = False,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Fit the forecast's displaced-per-conflict-day rate to observed cumulative totals (no Flee run needed)."""
    from ..displacement import DisplacementError
    from ..displacement.calibrate import calibrate as fit, write_rate

    try:
        result = fit(scenario, observed)
        if write:
            write_rate(scenario, result["displaced_per_conflict_day"])
    except DisplacementError as exc:
        fail(str(exc))
    _emit(result, fmt, lambda r: Console().print_json(json.dumps(r)))
