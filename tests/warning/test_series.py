"""Series: zero periods present, factual events only, levels, formats, plot, clear errors."""
import csv
import io
import json
from datetime import date

from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.store.db import connect
from tocsin.warning.series import SeriesQuery, cell_center, series_rows

from .conftest import PROVINCES, WEEKS, escalation_events, week

runner = CliRunner()


def _rows(db, **kw):
    con = connect(db, read_only=True)
    try:
        return series_rows(con, SeriesQuery(**kw))
    finally:
        con.close()


def test_series_zero_periods_present_and_counts_match(escalation_db):
    rows = _rows(escalation_db, level="admin1", period="week")
    by_area = {}
    for r in rows:
        by_area.setdefault(r["area"], []).append(r)
    assert set(by_area) == {f"XA/{p}" for p in PROVINCES} | {"XA/Fresh"}
    lengths = {len(v) for v in by_area.values()}
    assert lengths == {WEEKS}  # every area has every week, zeros included
    quiet = by_area["XA/Quiet"]
    assert any(r["events"] == 0 for r in quiet)
    factual = [e for e in escalation_events() if e.get("modality", "asserted") in ("asserted", "reported")]
    assert sum(r["events"] for r in rows) == len(factual)
    assert sum(r["fatalities"] for r in rows) == sum(e["fatalities"] for e in factual)
    starts = [r["period_start"] for r in quiet]
    assert starts == sorted(starts) and starts[0] == week(0).isoformat()


def test_series_leaves_out_historical_and_future_mentions(escalation_db):
    rows = _rows(escalation_db, level="admin1", period="week", since=week(135), until=week(135))
    quiet = [r for r in rows if r["area"] == "XA/Quiet"]
    assert quiet and all(r["fatalities"] < 50 for r in quiet)  # the 50-death historical mention is out


def test_series_figures_from_records(escalation_db):
    rows = _rows(escalation_db, level="admin1", period="month", since=date(2020, 8, 1), until=date(2020, 8, 31))
    steady = [r for r in rows if r["area"] == "XA/Steady"]
    assert steady[0]["injured"] == 4 and steady[0]["displaced"] == 120


def test_series_levels_and_cell_ids(escalation_db):
    countries = _rows(escalation_db, level="country", period="month")
    assert {r["area"] for r in countries} == {"XA"}
    cells = _rows(escalation_db, level="cell", period="month")
    gids = {r["cell"] for r in cells}
    # PRIO-GRID: row from -90, col from -180, 720 columns, ids from 1
    assert int((10.0 + 90) / 0.5) * 720 + int((20.0 + 180) / 0.5) + 1 in gids
    lat, lon = cell_center(min(gids))
    assert -90 < lat < 90 and -180 < lon < 180


def test_cli_trends_formats_and_plot(escalation_db, tmp_path):
    res = runner.invoke(app, ["trends", "--db", str(escalation_db), "--period", "month", "--admin1", "Rising"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines and {x["area"] for x in lines} == {"XA/Rising"}
    res = runner.invoke(app, ["trends", "--db", str(escalation_db), "--period", "month", "-f", "csv",
                              "--type", "Battles"])
    assert res.exit_code == 0
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert table and "battles" in table[0] and "period_end" in table[0]
    png, parquet = tmp_path / "t.png", tmp_path / "t.parquet"
    res = runner.invoke(app, ["trends", "--db", str(escalation_db), "--plot", str(png), "-f", "parquet",
                              "-o", str(parquet)])
    assert res.exit_code == 0, res.output
    assert png.read_bytes()[:4] == b"\x89PNG" and parquet.read_bytes()[:4] == b"PAR1"


def test_cli_trends_bad_input_is_one_line(escalation_db, tmp_path):
    for args in (["--level", "admin2"], ["--country", "Atlantis"], ["--since", "2020-02-01", "--until", "2020-01-01"],
                 ["--plot", str(tmp_path / "x.gif")], ["-f", "parquet"]):
        res = runner.invoke(app, ["trends", "--db", str(escalation_db), *args])
        assert res.exit_code == 2, (args, res.output)
        assert "Traceback" not in res.output
    res = runner.invoke(app, ["trends", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 2 and "no tocsin database" in res.output


def test_cli_help_on_every_warning_command():
    for cmd in ("trends", "alerts", "forecast", "brief"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output, cmd
    res = runner.invoke(app, ["trends", "--help"])
    assert "aggregates" in res.output and "historical" in res.output
    res = runner.invoke(app, ["ingest", "--help"])
    assert "--events" in res.output
