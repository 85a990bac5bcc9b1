"""End to end: `tocsin extract` on the design sample, scored by the shared scorer."""
import json
import subprocess
from pathlib import Path
import sys

import jsonschema
import pytest

from tests.conftest import SAMPLE_GOLD, SHARED

pytestmark = pytest.mark.needs_shared


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    sample = SHARED / "samples" / "idlib-eleventh-hour.txt"
    out = tmp_path_factory.mktemp("extract")
    events, arts = out / "events.jsonl", out / "articles.jsonl"
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(sample), "-o", str(events),
                          "--articles-out", str(arts)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    score = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(SAMPLE_GOLD),
                            str(events), "--articles", str(arts)], capture_output=True, text=True, check=True)
    summary = json.loads(score.stdout.strip().splitlines()[-1])
    return events, arts, summary, score.stdout


FLOORS = json.loads((Path(__file__).resolve().parents[2] / "bench" / "floors.json").read_text(encoding="utf-8"))["sample"]


def test_e2e_extract_meets_the_sample_floors(extracted):
    """Floors from bench/floors.json (they only go up; the issue asked for 0.9 / 0 / 0 / 0.8)."""
    _, _, s, report = extracted
    assert s["core_recall"] >= FLOORS["core_recall"] >= 0.9, report
    assert s["non_event_false_positives"] <= FLOORS["non_event_false_positives_max"] == 0, report
    assert s["context_violations"] <= FLOORS["context_violations_max"] == 0, report
    assert s["attribute_accuracy"] >= FLOORS["attribute_accuracy"] >= 0.8, report
    assert s["segmentation"] >= FLOORS["segmentation"] == 1.0, report


def test_e2e_extract_records_follow_the_schema(extracted):
    events, arts, _, _ = extracted
    schema = json.loads((SHARED / "spec" / "event.schema.json").read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in map(json.loads, arts.read_text(encoding="utf-8").splitlines())}
    rows = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        jsonschema.validate(r, schema)
        ev = r["evidence"]
        assert texts[r["article"]["id"]][ev["start"]:ev["end"]] == ev["text"]


def test_e2e_extract_ids_are_stable(extracted, tmp_path):
    events, _, _, _ = extracted
    again = tmp_path / "again.jsonl"
    subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(SHARED / "samples" / "idlib-eleventh-hour.txt"),
                    "-o", str(again)], check=True, capture_output=True)
    ids = lambda p: [json.loads(line)["id"] for line in p.read_text(encoding="utf-8").splitlines()]  # noqa: E731
    assert ids(again) == ids(events)
