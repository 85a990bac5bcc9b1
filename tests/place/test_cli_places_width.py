"""`tocsin places` in an 80-column terminal: one block per place, no value cut or broken mid-word."""
import json

from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()
TEXT = ("Shelling hit Maarat al-Numan and Saraqib in Idlib province on Tuesday. "
        "Fighting also went on near Kharkiv in Ukraine.")


def test_cli_places_table_in_80_columns_keeps_every_value_whole():
    rows = [json.loads(ln) for ln in runner.invoke(app, ["places", TEXT, "-f", "jsonl"]).stdout.splitlines()]
    assert {"Idlib", "Kharkiv"} <= {r["chosen"] for r in rows}  # the mention: "Idlib province"
    res = runner.invoke(app, ["places", TEXT, "-f", "table"], env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert all(len(ln.rstrip()) <= 80 for ln in lines)
    assert "…" not in res.stdout and "..." not in res.stdout
    words = {w for ln in lines for w in ln.split()}
    for r in rows:
        # short values sit whole on one line; long ones wrap only between words
        for value in (r["name"], r["chosen"], r["admin1"], r["country"], str(r["lat"]), str(r["lon"])):
            if value and value != "None":
                assert any(value in ln for ln in lines), value
        for value in (r["why"], r["runners_up"]):
            assert set(value.split()) <= words, value


def test_cli_places_table_stays_a_table_in_a_wide_terminal():
    res = runner.invoke(app, ["places", TEXT, "-f", "table"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "runners_up" in res.stdout and "┃ name" in res.stdout
