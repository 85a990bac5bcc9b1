"""The CLI through its public interface (CliRunner), including bad input and exit codes."""
import json

from typer.testing import CliRunner

from tocsin.cli import app

runner = CliRunner()


def _lines(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_cli_help_on_every_command():
    for args in (["--help"], ["articles", "--help"], ["extract", "--help"], ["demo", "--help"],
                 ["ingest", "--help"], ["events", "--help"], ["show", "--help"], ["export", "--help"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, args
        assert "Usage" in res.output


def test_cli_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("tocsin ")


def _demo_page() -> str:
    from tocsin.store.demo import demo_dir

    return str(demo_dir() / "demo-page.txt")


def test_cli_extract_demo_page():
    res = runner.invoke(app, ["extract", _demo_page()])
    assert res.exit_code == 0, res.output
    events = _lines(res.stdout)
    subs = {(e["acled"] or {}).get("sub_event_type") for e in events if e["modality"] in ("asserted", "reported")}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= subs
    assert all(e["article"]["title"] == "Shells Fall on El Fasher as Siege Tightens" for e in events)
    assert any(e["modality"] == "hypothetical" for e in events)  # "If the city falls, the RSF would ..."
    assert all(e["location"]["country"] == "SD" for e in events)


def test_cli_extract_min_confidence_keeps_the_confident_records():
    everything = _lines(runner.invoke(app, ["extract", _demo_page()]).stdout)
    values = sorted({e["confidence"] for e in everything})
    assert len(values) > 1 and all(0 <= v <= 1 for v in values)
    cut = values[len(values) // 2]
    res = runner.invoke(app, ["extract", _demo_page(), "--min-confidence", str(cut)])
    assert res.exit_code == 0, res.output
    kept = _lines(res.stdout)
    assert [e["id"] for e in kept] == [e["id"] for e in everything if e["confidence"] >= cut]
    assert 0 < len(kept) < len(everything)
    for bad in ("2", "-1", "nan", "x"):
        res = runner.invoke(app, ["extract", _demo_page(), "--min-confidence", bad])
        assert res.exit_code == 2 and "--min-confidence" in res.output, bad


def test_cli_min_confidence_on_every_command_that_lists_events():
    for command in ("extract", "events", "export"):
        res = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert "--min-confidence" in res.output and "confidence" in res.output.lower(), command


def test_cli_articles_demo_page():
    res = runner.invoke(app, ["articles", _demo_page()])
    assert res.exit_code == 0, res.output
    arts = _lines(res.stdout)
    assert [a["title"] for a in arts][0] == "Shells Fall on El Fasher as Siege Tightens"
    assert arts[0]["published"] == "2024-06-11" and arts[0]["published_inferred"] is True
    assert not any("Subscribe" in a["text"] or "Share this" in a["text"] for a in arts)


def test_cli_extract_reports_bad_items(tmp_path, page_text):
    good = tmp_path / "good.txt"
    good.write_text(page_text("single-clean.txt"), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(good), str(bad), "--factual-only"])
    assert res.exit_code == 0
    events = _lines(res.stdout)
    assert events and all(e["modality"] in ("asserted", "reported", "historical") for e in events)
    assert "bad.jsonl:1" in res.stderr


def test_cli_articles_jsonl_fields(tmp_path, page_text):
    page = tmp_path / "teasers.txt"
    page.write_text(page_text("teasers.txt"), encoding="utf-8")
    res = runner.invoke(app, ["articles", str(page)])
    assert res.exit_code == 0
    arts = _lines(res.stdout)
    assert len(arts) == 3
    assert set(arts[0]) >= {"id", "source", "url", "title", "text", "published", "published_inferred", "lang"}


def test_cli_articles_output_file(tmp_path, page_text):
    page = tmp_path / "one.txt"
    page.write_text(page_text("single-clean.txt"), encoding="utf-8")
    out = tmp_path / "a.jsonl"
    res = runner.invoke(app, ["articles", str(page), "-o", str(out)])
    assert res.exit_code == 0
    assert len(_lines(out.read_text(encoding="utf-8"))) == 1


def test_cli_bad_items_reported_good_items_kept(tmp_path, page_text):
    good = tmp_path / "good.txt"
    good.write_text(page_text("single-clean.txt"), encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "recs.jsonl"
    broken.write_text('{"id": "r1", "text": "Protesters gathered in Nairobi on Tuesday to denounce new taxes."}\n'
                      '{"id": "r2", "text": broken\n', encoding="utf-8")
    res = runner.invoke(app, ["articles", str(good), str(binary), str(empty), str(broken)])
    assert res.exit_code == 0
    arts = _lines(res.stdout)
    assert [a["id"] for a in arts][-1] == "r1" and len(arts) == 2
    err = res.stderr
    assert "photo.txt" in err and "binary" in err
    assert "empty.txt" in err and "empty" in err
    assert "recs.jsonl:2" in err
    assert "Traceback" not in res.output + err


def test_cli_nothing_processed_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    res = runner.invoke(app, ["articles", str(empty), str(tmp_path / "missing.txt")])
    assert res.exit_code == 2
    assert "missing.txt" in res.stderr and "nothing could be processed" in res.stderr
    assert res.stdout == ""


def test_cli_stdin(page_text):
    res = runner.invoke(app, ["articles", "-"], input=page_text("single-clean.txt"))
    assert res.exit_code == 0
    assert _lines(res.stdout)[0]["title"].startswith("Militants Attack Army Post")


def test_cli_bad_config_is_a_clear_error(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("no_such_setting = 3\n", encoding="utf-8")
    res = runner.invoke(app, ["articles", "--config", str(cfg), "x.txt"])
    assert res.exit_code == 2 and "unknown setting" in res.stderr


def test_cli_extract_too_long_article_is_an_item_error(tmp_path, page_text):
    cfg = tmp_path / "c.toml"
    cfg.write_text("max_article_chars = 300\n", encoding="utf-8")
    long = tmp_path / "long.jsonl"
    long.write_text('{"id": "big", "text": "' + "Rebels attacked the town. " * 40 + '"}\n'
                    '{"id": "small", "text": "Rebels attacked the town of Djibo on Monday."}\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(long), "--config", str(cfg)])
    assert res.exit_code == 0
    assert "article big" in res.stderr and "max_article_chars" in res.stderr
    assert {e["article"]["id"] for e in _lines(res.stdout)} == {"small"}


def test_cli_unwritable_output_is_a_clear_error(tmp_path, page_text):
    page = tmp_path / "one.txt"
    page.write_text(page_text("single-clean.txt"), encoding="utf-8")
    res = runner.invoke(app, ["articles", str(page), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")])
    assert res.exit_code == 2 and "cannot write" in res.stderr
    res = runner.invoke(app, ["extract", str(page), "--articles-out", str(tmp_path / "no" / "a.jsonl")])
    assert res.exit_code == 2 and "cannot write" in res.stderr


def test_cli_ill_typed_setting_is_a_clear_error(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("batch_size = [1, 2]\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", "--config", str(cfg), "x.txt"])
    assert res.exit_code == 2 and "batch_size" in res.stderr and "Traceback" not in res.output
