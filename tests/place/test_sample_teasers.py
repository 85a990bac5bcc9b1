"""The design sample's teasers (the three later articles on the page) are about Greenland,
US doctrine and Israel: none of their records may be placed in Syria (issue 5)."""
import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from tocsin.cli import app

runner = CliRunner()
pytestmark = pytest.mark.needs_shared


def test_sample_teasers_never_placed_in_syria(tmp_path):
    events, articles = tmp_path / "events.jsonl", tmp_path / "articles.jsonl"
    res = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(events), "--articles-out", str(articles)])
    assert res.exit_code == 0, res.output
    arts = [json.loads(ln) for ln in articles.read_text(encoding="utf-8").splitlines()]
    teasers = {a["id"]: a for a in arts[1:]}
    assert len(teasers) == 3 and arts[0]["id"] not in teasers
    evs = [json.loads(ln) for ln in events.read_text(encoding="utf-8").splitlines()]
    assert any((e.get("location") or {}).get("country") == "SY" for e in evs)  # the main article is
    for e in evs:
        if e["article"]["id"] in teasers:
            assert (e.get("location") or {}).get("country") != "SY", e["evidence"]["text"]
    src = tmp_path / "teasers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": a["text"]}) + "\n" for i, a in teasers.items()),
                   encoding="utf-8")
    res = runner.invoke(app, ["places", str(src), "--jsonl"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert len(recs) == 3 and all(r["toponyms"] for r in recs)
    assert all(t["country"] != "SY" for r in recs for t in r["toponyms"])
