"""Alerts from a store: the planted escalation fires, quiet areas are silent, events are cited."""
import json

from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.store.db import connect
from tocsin.warning.alerts import actor_group, compute_alerts
from tocsin.warning.series import SeriesQuery

from .conftest import CHANGE_WEEK, WEEKS, week

runner = CliRunner()


def _alerts(db, **kw):
    con = connect(db, read_only=True)
    try:
        return compute_alerts(con, SeriesQuery(**kw))
    finally:
        con.close()


def test_alerts_planted_escalation_fires_quiet_areas_silent(escalation_db):
    alerts = _alerts(escalation_db, since=week(CHANGE_WEEK - 20), until=week(WEEKS))
    esc = [a for a in alerts if a["kind"] == "escalation" and a["level"] in ("warning", "alert")]
    rising = sorted(a["period_start"] for a in esc if a["area"] == "XA/Rising")
    assert rising and week(CHANGE_WEEK).isoformat() <= rising[0] <= week(CHANGE_WEEK + 3).isoformat()
    assert not [a for a in esc if a["area"] == "XA/Quiet"]
    for a in alerts:
        for key in ("kind", "level", "country", "admin1", "admin2", "period_start", "period_end", "measure",
                    "observed", "expected", "expected_interval", "score", "test", "events"):
            assert key in a, key


def test_alerts_cite_events_most_important_first_with_sources(escalation_db):
    con = connect(escalation_db, read_only=True)
    try:
        alerts = compute_alerts(con, SeriesQuery(since=week(CHANGE_WEEK), until=week(WEEKS)))
        known = {r[0] for r in con.execute("SELECT id FROM fused_events").fetchall()}
        articles = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    finally:
        con.close()
    esc = [a for a in alerts if a["kind"] == "escalation" and a["area"] == "XA/Rising"]
    assert esc
    for a in alerts:
        assert a["events"], a
        for e in a["events"]:
            assert e["id"] in known and e["sources"]
            assert {s["article_id"] for s in e["sources"]} <= articles
        fats = [e["fatalities"] or 0 for e in a["events"]]
        assert fats == sorted(fats, reverse=True)
        if a["kind"] == "escalation":
            assert a["window_start"] <= min(e["date"] for e in a["events"])


def test_alerts_new_area_and_new_dyad(escalation_db):
    alerts = _alerts(escalation_db, since=week(134), until=week(WEEKS))
    new_area = [a for a in alerts if a["kind"] == "new-area"]
    assert any(a["area"] == "XA/Fresh" and a["level"] == "warning" for a in new_area)
    dyads = [a for a in alerts if a["kind"] == "new-dyad"]
    assert len(dyads) == 1 and dyads[0]["level"] == "warning"
    assert dyads[0]["dyad"] == ["State forces of Otherland", "State forces of Testland"]
    assert [e["id"] for e in dyads[0]["events"]] == ["ev-dyad"]


def test_alerts_actor_groups():
    assert actor_group("Military Forces of Syria (2000-2024)", "State forces") == "State forces of Syria"
    assert actor_group("Government of Syria (2000-2024)", None) == "State forces of Syria"
    assert actor_group("Civilians (Syria)", "Civilians") is None
    assert actor_group("Hayat Tahrir al-Sham", "Rebel group") == "Hayat Tahrir al-Sham"


def test_cli_alerts_jsonl_and_errors(escalation_db):
    res = runner.invoke(app, ["alerts", "--db", str(escalation_db), "--since", week(CHANGE_WEEK).isoformat(),
                              "--kind", "escalation", "--min-level", "warning"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert rows and {r["kind"] for r in rows} == {"escalation"} and all(r["level"] != "watch" for r in rows)
    res = runner.invoke(app, ["alerts", "--db", str(escalation_db), "-f", "table"])
    assert res.exit_code == 0 and "alerts" in res.output
    for args in (["--kind", "riot"], ["--min-level", "severe"], ["--level", "province"]):
        res = runner.invoke(app, ["alerts", "--db", str(escalation_db), *args])
        assert res.exit_code == 2 and "Traceback" not in res.output
