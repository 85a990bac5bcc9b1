"""ACLED and UCDP GED imports: provenance, idempotence, per-row errors, alerts and briefs beside them."""
import json
from pathlib import Path

from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.store.db import connect
from tocsin.store.external import import_events
from tocsin.warning.alerts import compute_alerts
from tocsin.warning.brief import build_brief
from tocsin.warning.series import SeriesQuery, series_rows

DATA = Path(__file__).parent / "data"
ACLED, UCDP = DATA / "acled-idlib.csv", DATA / "ucdp-ged-idlib.csv"
runner = CliRunner()


def test_import_acled_keeps_provenance_and_reports_bad_rows(tmp_path):
    db = tmp_path / "ext.duckdb"
    stats = import_events(ACLED, db)
    assert (stats.dataset, stats.rows_new) == ("acled", 5)
    lines = sorted(int(e.split(":")[1]) for e in stats.errors)
    assert lines == [7, 8, 9, 10, 11, 12], stats.errors
    assert any("is not a date" in e for e in stats.errors) and any("31 columns expected" in e for e in stats.errors)
    con = connect(db, read_only=True)
    try:
        arts = con.execute("SELECT id, source, outlet FROM articles ORDER BY id").fetchall()
        assert arts[0] == ("acled:SYR90001", "acled", "ACLED")
        rec = json.loads(con.execute("SELECT record_json FROM records WHERE article_id = 'acled:SYR90002'").fetchone()[0])
        assert rec["external"] == {"dataset": "acled", "id": "SYR90002", "row": rec["external"]["row"]}
        assert rec["external"]["row"]["notes"].startswith("On 21 February 2020")
        # two ACLED events at one place, day and type stay two events (ACLED counted them apart)
        fused = con.execute("SELECT fatalities FROM fused_events WHERE location = 'Nayrab' ORDER BY 1").fetchall()
        assert fused == [(4,), (9,)]
        kinds = dict(con.execute("SELECT name, kind FROM record_actors").fetchall())
        assert kinds["Military Forces of Syria (2000-)"] == "state_forces" and kinds["Civilians (Syria)"] == "civilians"
    finally:
        con.close()


def test_import_is_idempotent_and_updates_changed_rows(tmp_path):
    db = tmp_path / "ext.duckdb"
    import_events(ACLED, db)
    again = import_events(ACLED, db)
    assert (again.rows_new, again.rows_unchanged, again.fused_events) == (0, 5, 5)
    changed = tmp_path / "changed.csv"
    changed.write_text(ACLED.read_text(encoding="utf-8").replace(',6,,1583000000', ',7,,1583000000', 1), encoding="utf-8")
    third = import_events(changed, db)
    assert (third.rows_updated, third.rows_unchanged) == (1, 4)
    con = connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert con.execute("SELECT fatalities FROM fused_events WHERE location = 'Ariha' AND fatalities > 0"
                           ).fetchone()[0] == 7
    finally:
        con.close()


def test_import_ucdp_ged(tmp_path):
    db = tmp_path / "ucdp.duckdb"
    stats = import_events(UCDP, db)
    assert (stats.dataset, stats.rows_new, len(stats.errors)) == ("ucdp", 3, 3)
    assert any(":6: date_end 2020-02-20 is before date_start" in e for e in stats.errors)
    con = connect(db, read_only=True)
    try:
        row = con.execute("SELECT event_type, sub_event_type, admin1, fatalities, fatalities_low, fatalities_high "
                          "FROM fused_events WHERE location = 'Maarat Misrin'").fetchone()
        assert row == ("Battles", "Armed clash", "Idlib", 7, 5, 12)
        vac = con.execute("SELECT event_type FROM fused_events WHERE location = 'Binnish'").fetchone()[0]
        assert vac == "Violence against civilians"
    finally:
        con.close()


def test_cli_ingest_events_and_warning_on_mixed_store(escalation_db, tmp_path):
    import shutil

    db = tmp_path / "mixed.duckdb"
    shutil.copyfile(escalation_db, db)
    res = runner.invoke(app, ["ingest", "--events", str(ACLED), "--events", str(UCDP), "--db", str(db)])
    assert res.exit_code == 0, res.output
    summaries = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [s["dataset"] for s in summaries] == ["acled", "ucdp"]
    assert "acled-idlib.csv:7: event_date" in res.output
    con = connect(db, read_only=True)
    try:
        rows = series_rows(con, SeriesQuery(level="admin1", period="month", country="SY"))
        assert sum(r["events"] for r in rows) == 8 and sum(r["fatalities"] for r in rows) == 6 + 9 + 4 + 2 + 7 + 3 + 2
        alerts = compute_alerts(con, SeriesQuery(since=__import__("datetime").date(2020, 2, 1),
                                                 until=__import__("datetime").date(2020, 3, 31)))
        assert any(a["area"] == "SY/Idlib" for a in alerts)
        for a in alerts:
            for e in a["events"]:
                assert e["sources"], e
        b = build_brief(con, "Idlib", since=__import__("datetime").date(2020, 2, 1),
                        until=__import__("datetime").date(2020, 2, 29))
        datasets = {s["source"] for e in b.events.values() for s in e["sources"]}
        assert datasets == {"acled", "ucdp"}
        assert b.claims and all(c.events and set(c.events) <= set(b.events) for c in b.claims)
    finally:
        con.close()


def test_cli_ingest_events_rejects_foreign_csv(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    res = runner.invoke(app, ["ingest", "--events", str(other), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "not an ACLED export" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "nothing to ingest" in res.output
