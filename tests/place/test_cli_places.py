"""`tocsin places` through the public CLI."""
import json

from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()


def test_cli_places_jsonl_writes_score_geo_records(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "Fighting near Kharkiv in Ukraine."})
                   + "\n{broken\n", encoding="utf-8")
    res = runner.invoke(app, ["places", str(src), "--jsonl"])
    assert res.exit_code == 0
    rec = json.loads(res.stdout.strip().splitlines()[0])
    assert rec["id"] == "n1"
    names = {t["name"]: t for t in rec["toponyms"]}
    assert names["Kharkiv"]["country"] == "UA" and names["Kharkiv"]["geonameid"]
    assert set(names["Kharkiv"]) == {"start", "end", "name", "lat", "lon", "country", "admin1",
                                     "geonameid"}
    assert "in.jsonl:2: broken JSON line" in " ".join(res.stderr.split())
    assert "Traceback" not in res.output


def test_cli_places_text_argument_gives_rows_with_reasons():
    res = runner.invoke(app, ["places", "Fighting near Kharkiv in Ukraine.", "-f", "jsonl"])
    assert res.exit_code == 0
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert {r["chosen"] for r in rows} >= {"Kharkiv", "Ukraine"}
    assert all(r["why"] for r in rows)


def test_cli_places_missing_file_is_a_clear_error():
    res = runner.invoke(app, ["places", "no/such/file.jsonl", "--jsonl"])
    assert res.exit_code == 2
    assert "no such file" in res.stderr and "Traceback" not in res.output


def test_cli_places_long_text_argument_is_text_not_a_file_name():
    text = ("AMMAN, Jordan - Air strikes killed five civilians in the villages of Maarat al-Numan "
            "and Kafr Nabl in southern Idlib, the monitor said, as government forces massed around "
            "Saraqib and the town of Ariha, and aid groups said thousands fled towards the border.") * 2
    res = runner.invoke(app, ["places", text, "-f", "jsonl"])
    assert res.exit_code == 0 and "Traceback" not in res.output
    assert "Idlib" in {json.loads(ln)["chosen"] for ln in res.stdout.splitlines()}
