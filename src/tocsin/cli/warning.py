"""`tocsin trends`, `alerts`, `forecast`, `brief`: early warning from the event store.

Thin: each command calls one function of tocsin.warning and prints its rows (JSON Lines when
piped, a table in a terminal).  Bad user input is a one-line error and exit code 2.
"""
from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..store import StoreError
from ..warning.series import Period
from .app import app
from .common import _jsonl, err
from .store import Admin1, Country, DbOpt, Since, Until, _open_read, fail, read_db_path

FACTUAL_NOTE = ("Counts factual fused events only (asserted or reported); aggregates (\"1,500 killed since "
                "April\") and historical mentions are left out.")


class Level(str, Enum):
    country = "country"
    admin1 = "admin1"
    admin2 = "admin2"
    cell = "cell"


class TrendFormat(str, Enum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class RowFormat(str, Enum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"


LevelOpt = Annotated[Level, typer.Option("--level", help="Area: country, admin1 (province), cell (0.5° "
                                         "PRIO-GRID); admin2 is not recorded for news-coded events yet.")]
PeriodOpt = Annotated[Period, typer.Option("--period", help="Period length.")]
TypesOpt = Annotated[list[str] | None, typer.Option("--type", help="ACLED event or sub-event type (repeatable).")]


def _query(level, period, since, until, country, admin1, types=None, area=None):
    from ..warning.series import SeriesQuery

    return SeriesQuery(level=level.value, period=period.value, since=since.date() if since else None,
                       until=until.date() if until else None, country=country, admin1=admin1,
                       types=tuple(types or ()), area=area)


def _run(db, job):
    """Open the store read-only, run job(con), turn user errors into one line and exit 2."""
    from ..warning.series import WarningInputError

    path = read_db_path(db)
    con = _open_read(path)
    try:
        return job(con)
    except (WarningInputError, StoreError) as exc:
        fail(str(exc))
    finally:
        con.close()


def _table(rows, columns, title) -> None:
    tab = Table(*columns, title=title)
    for r in rows:
        tab.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    Console().print(tab)


def _auto(fmt):
    if fmt.value == "auto":
        return "table" if sys.stdout.isatty() else "jsonl"
    return fmt.value


TREND_TABLE = ("area", "period_start", "events", "battles", "explosions", "violence_against_civilians",
               "fatalities", "fatalities_low", "fatalities_high", "injured", "displaced", "sources")


@app.command(help=f"Series per area and period: factual events by ACLED type, fatalities (best, low, high), "
                  f"injured, displaced and sources, with zero periods present. {FACTUAL_NOTE}")
def trends(db: DbOpt = None, level: LevelOpt = Level.admin1, period: PeriodOpt = Period.week,
           since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
           type_: TypesOpt = None,
           fmt: Annotated[TrendFormat, typer.Option("--format", "-f", help="auto: a table in a terminal, JSON "
                                                    "Lines when piped; parquet needs --output.")] = TrendFormat.auto,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
           plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the chart to FILE.png or FILE.svg "
                                                     "(the six busiest areas).")] = None) -> None:
    from ..warning.plot import save
    from ..warning.series import series_rows

    q = _query(level, period, since, until, country, admin1, type_)
    kind = _auto(fmt)
    if kind == "parquet" and output is None:
        fail("--format parquet needs --output FILE.parquet")

    def job(con):
        rows = series_rows(con, q)
        if kind == "parquet":
            _parquet(con, rows, output)
        if plot is not None and rows:
            save(rows, plot, f"Factual events per {q.period}, by {q.level}")
        return rows

    rows = _run(db, job)
    if not rows:
        err.print("tocsin: no factual events match these filters", markup=False, highlight=False)
    if plot is not None and rows:
        err.print(f"tocsin: chart written to {plot}", markup=False, highlight=False)
    if kind == "parquet":
        err.print(f"tocsin: wrote {len(rows)} rows to {output}", markup=False, highlight=False)
        return
    _emit(rows, kind, output, TREND_TABLE, f"{len(rows)} area-periods ({q.level}, {q.period})")


def _emit(rows, kind, output, columns, title) -> None:
    if output is not None:
        try:
            fh = open(output, "w", encoding="utf-8", newline="")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        with fh:
            _write(rows, "jsonl" if kind == "table" else kind, fh)
        return
    if kind == "table":
        _table(rows, columns, title)
    else:
        _write(rows, kind, sys.stdout)


def _write(rows, kind, fh) -> None:
    if kind == "csv":
        if rows:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return
    if fh is sys.stdout:
        _jsonl(rows, fh)
    else:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _parquet(con, rows, output: Path) -> None:
    """Parquet through DuckDB (no pyarrow needed at run time)."""
    if not rows:
        return
    cols = list(rows[0])
    typed = ", ".join(f"?::{_sqltype(rows[0][c])} AS \"{c}\"" for c in cols)
    con.execute(f"CREATE OR REPLACE TEMP TABLE tocsin_trends_out AS SELECT * FROM (SELECT {typed}) WHERE FALSE",
                [rows[0][c] for c in cols])
    con.executemany(f"INSERT INTO tocsin_trends_out VALUES ({', '.join('?' * len(cols))})",
                    [[r[c] for c in cols] for r in rows])
    target = str(output).replace("'", "''")
    try:
        con.execute(f"COPY tocsin_trends_out TO '{target}' (FORMAT parquet)")
    except Exception as exc:  # noqa: BLE001 - DuckDB's IO errors name the path
        fail(f"cannot write {output}: {' '.join(str(exc).split())[:200]}")


def _sqltype(v) -> str:
    if isinstance(v, bool):
        return "BOOLEAN"
    if isinstance(v, int):
        return "BIGINT"
    if isinstance(v, float):
        return "DOUBLE"
    return "VARCHAR"


ALERT_TABLE = ("level", "kind", "area", "period_start", "measure", "observed", "expected", "events")
KINDS = ("escalation", "de-escalation", "new-area", "new-dyad")


@app.command(help="Escalation, de-escalation, new-area (violence after a long quiet) and new-dyad (first clash "
                  "of two actor groups) alerts, each with its test, expected level, score and the fused events "
                  "(with sources) behind it.  Without --since/--until: the last periods of the store.  "
                  f"Method and thresholds: docs/early-warning.md.  {FACTUAL_NOTE}")
def alerts(db: DbOpt = None, level: LevelOpt = Level.admin1, period: PeriodOpt = Period.week,
           since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
           kind: Annotated[list[str] | None, typer.Option("--kind", help=f"Only these kinds: {', '.join(KINDS)}.")] = None,
           min_level: Annotated[str, typer.Option("--min-level", help="watch, warning or alert.")] = "watch",
           fmt: Annotated[RowFormat, typer.Option("--format", "-f", help="auto: a table in a terminal, JSON "
                                                  "Lines when piped.")] = RowFormat.auto) -> None:
    from ..warning.alerts import compute_alerts
    from ..warning.detect import LEVELS

    for k in kind or ():
        if k not in KINDS:
            fail(f"unknown --kind {k!r}: use one of {', '.join(KINDS)}")
    if min_level not in LEVELS:
        fail(f"unknown --min-level {min_level!r}: use watch, warning or alert")
    q = _query(level, period, since, until, country, admin1)
    rows = _run(db, lambda con: compute_alerts(con, q, tuple(kind or ())))
    rows = [r for r in rows if LEVELS.index(r["level"]) >= LEVELS.index(min_level)]
    kind_out = _auto(fmt)
    if kind_out == "table":
        view = [{**r, "expected": f"{r['expected']:g} ({r['expected_interval'][0]:g}-{r['expected_interval'][1]:g})",
                 "observed": f"{r['observed']:g}", "events": len(r["events"])} for r in rows]
        _table(view, ALERT_TABLE, f"{len(rows)} alerts ({q.level}, {q.period})")
    else:
        _jsonl(rows, sys.stdout)
    if not rows:
        err.print("tocsin: no alerts for these periods", markup=False, highlight=False)


FORECAST_TABLE = ("area", "measure", "period_start", "mean", "q05", "q50", "q95", "last_observed",
                  "historical_mean")


@app.command(help="Predictive distributions (quantiles of a negative binomial mixed with no change, the weight fit on "
                  "earlier periods) of the next periods' violent "
                  "events and fatalities per area, with one-step-ahead MSLE and CRPS of the model beside "
                  "two baselines (no change, historical mean) on stderr or in the JSON.  "
                  f"{FACTUAL_NOTE}")
def forecast(db: DbOpt = None, level: LevelOpt = Level.admin1, period: PeriodOpt = Period.week,
             horizon: Annotated[int, typer.Option("--horizon", min=1, max=52, help="Periods ahead.")] = 1,
             until: Annotated[datetime | None, typer.Option("--until", formats=["%Y-%m-%d"],
                                                            help="Forecast from this day (default: the "
                                                                 "store's last event).")] = None,
             country: Country = None, admin1: Admin1 = None,
             fmt: Annotated[RowFormat, typer.Option("--format", "-f", help="auto: a table in a terminal, "
                                                    "JSON Lines when piped.")] = RowFormat.auto) -> None:
    from ..warning.forecast import compute_forecast

    q = _query(level, period, None, until, country, admin1)
    res = _run(db, lambda con: compute_forecast(con, q, horizon))
    rows = res["forecasts"]
    kind = _auto(fmt)
    scores = res.get("scores") or {}
    if kind == "table":
        _table([{**r, **r["quantiles"]} for r in rows], FORECAST_TABLE,
               f"{len(rows)} forecasts from {res.get('origin')} ({q.level}, {q.period})")
        for measure, s in scores.items():
            if s.get("n"):
                err.print(f"{measure}: one-step-ahead over {s['n']} area-periods: model MSLE {s['model']['msle']}"
                          f" CRPS {s['model']['crps']}; no change {s['no_change']['msle']} / {s['no_change']['crps']};"
                          f" historical mean {s['historical_mean']['msle']} / {s['historical_mean']['crps']}",
                          markup=False, highlight=False)
    else:
        _jsonl(rows + [{"scores": scores, "origin": res.get("origin")}], sys.stdout)
    if not rows:
        err.print("tocsin: no area has violent events to forecast from", markup=False, highlight=False)


class BriefFormat(str, Enum):
    md = "md"
    html = "html"


@app.command(help="A one-page situation brief for an area (a province or a country): headline figures and the "
                  "change from the previous period, the trend chart, active alerts, key events, displacement "
                  "and main actors.  Every sentence is built from the data and cites the fused event ids "
                  "behind it, each listed with its sources (outlet, date, link); the HTML is self-contained.")
def brief(area: Annotated[str, typer.Option("--area", help="Province (admin1) or country name, e.g. Idlib.")],
          db: DbOpt = None, since: Since = None, until: Until = None,
          period: PeriodOpt = Period.week,
          fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="md or html.")] = BriefFormat.md,
          output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (md: the chart goes "
                                                      "beside it as FILE.png).")] = None) -> None:
    from ..warning.brief import build_brief
    from ..warning.plot import render
    from ..warning.render import html, markdown

    def job(con):
        return build_brief(con, area, since.date() if since else None, until.date() if until else None,
                           period.value)

    b = _run(db, job)
    png = render(b.chart_rows, "png", f"{b.label}: factual events per {period.value}") if b.chart_rows else None
    if fmt == BriefFormat.html:
        text = html(b, png)
    else:
        chart = None
        if output is not None and png:
            chart_file = output.with_suffix(".png")
            try:
                chart_file.write_bytes(png)
            except OSError as exc:
                fail(f"cannot write {chart_file}: {exc.strerror or exc}")
            chart = chart_file.name
        text = markdown(b, chart)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    err.print(f"tocsin: brief for {b.label} ({len(b.claims)} claims, {len(b.events)} cited events) written to "
              f"{output}", markup=False, highlight=False)
