"""End to end: the CLI on the design sample in ../shared, scored by the shared scorer."""
import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE_GOLD, SHARED

pytestmark = pytest.mark.needs_shared


def _score(events, articles):
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(SAMPLE_GOLD),
                          str(events), "--articles", str(articles)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_e2e_articles_segmentation_is_perfect(tmp_path, shared_sample):
    arts = tmp_path / "articles.jsonl"
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", "articles", str(shared_sample), "-o", str(arts)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert _score(empty, arts)["segmentation"] == 1.0
    rows = [json.loads(line) for line in arts.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4
    main = rows[0]
    assert main["published_inferred"] is True and "2020-02-05" <= main["published"] <= "2020-02-29"
    # the teasers' bodies carry no year: they stay undated rather than borrow the main article's
    assert [r["published"] for r in rows[1:]] == [None, None, None]
