"""End to end on the realistic articles written for tocsin (bench/realnews/): the dev split
through `tocsin extract` and the shared scorer, and the stream through `tocsin ingest`, each
held to its floor in bench/floors.json (floors only go up).  The test split is never read
here: it is for reporting (bench/realnews.py --split test)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import SHARED
from tests.e2e.pages import score_with_cuts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "realnews"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))


def _tocsin(*args):
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", *args], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return res.stdout


@pytest.mark.needs_shared
def test_e2e_realnews_dev_meets_its_floors(realnews_dev_events):
    events = realnews_dev_events  # tocsin extract of the dev articles (tests/conftest.py)
    cuts = FLOORS["realnews_dev"]["earlier"]  # the split before each growth: its own floors, which only go up
    cuts = cuts if isinstance(cuts, list) else [cuts]
    s, report, scored = score_with_cuts(DATA / "dev", events, [c["last_article"] for c in cuts])
    floors = FLOORS["realnews_dev"]
    assert s["core_recall"] >= floors["core_recall"], report
    assert s["attribute_accuracy"] >= floors["attribute_accuracy"], report
    assert s["non_event_false_positives"] <= floors["non_event_false_positives_max"], report
    assert s["context_violations"] == 0
    for earlier, e in zip(cuts, scored):
        assert e["core_recall"] >= earlier["core_recall"], (earlier, e)
        assert e["attribute_accuracy"] >= earlier["attribute_accuracy"], (earlier, e)
        assert e["non_event_false_positives"] <= earlier.get("non_event_false_positives_max", 10 ** 6), (earlier, e)


@pytest.mark.needs_shared
def test_e2e_realnews_dev_confidence_tracks_correctness(realnews_dev_events):
    """Records at the dev split's gold anchors (as `tocsin extract` writes them): confidence
    tracks how often they are right."""
    sys.path.insert(0, str(ROOT / "train"))
    import confidence_data as cd

    judge = cd.gold_judge(ROOT / "bench" / "realnews" / "dev", SHARED)
    recs = []
    for r in cd.read_jsonl(realnews_dev_events):
        y = judge(r["article"]["title"], r["evidence"]["text"], r["modality"], r)
        if y is not None:
            recs.append((r["confidence"], y))
    assert len(recs) >= 150
    hi = [y for c, y in recs if c >= 0.8]
    lo = [y for c, y in recs if c < 0.5]
    assert hi and lo and sum(hi) / len(hi) > 0.85 > 0.5 > sum(lo) / len(lo)
    gap = abs(sum(c for c, _ in recs) / len(recs) - sum(y for _, y in recs) / len(recs))
    assert gap < 0.1


def test_e2e_realnews_stream_stays_in_the_conflict_and_keeps_single_tolls(tmp_path):
    db = tmp_path / "stream.duckdb"
    _tocsin("ingest", *map(str, sorted((DATA / "stream").glob("*.jsonl"))), "--db", str(db))
    fused = [json.loads(line) for line in
             _tocsin("events", "--db", str(db), "--format", "jsonl", "--limit", "100000").splitlines() if line]
    manifests = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DATA / "stream").glob("*.yaml"))]
    countries = set(manifests[0]["countries"])
    assert len(fused) > 100
    inside = sum((f.get("iso") or "") in countries for f in fused) / len(fused)
    assert inside >= FLOORS["realnews_stream"]["share_in_conflict_countries"], [
        (f.get("iso"), f["evidence"][:80]) for f in fused if (f.get("iso") or "") not in countries]
    given = [[int(v) for v in vals or ()] for m in manifests for vals in m["tolls"].values()]
    # a toll an article gives for one event, or two of its counts of one event added up
    allowed = {v for vals in given for v in vals} | {a + b for vals in given for i, a in enumerate(vals)
                                                     for b in vals[i + 1:]}
    wrong = [(f["fatalities"], f["evidence"][:80]) for f in fused if f.get("fatalities") and f["fatalities"] not in allowed]
    assert not wrong, wrong


def test_realnews_gold_is_well_formed():
    for split in ("dev", "test"):
        texts = {json.loads(line)["id"]: json.loads(line) for line in
                 (DATA / split / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        gold = json.loads((DATA / split / "gold.json").read_text(encoding="utf-8"))
        ids = [e["id"] for e in gold["events"]] + [n["id"] for n in gold["non_events"]]
        assert len(ids) == len(set(ids))
        for e in gold["events"]:
            assert e["anchor"].lower() in texts[e["article"]]["text"].lower(), e["id"]
        titles = [a["title"] for a in texts.values()]
        for a in gold["articles"]:
            assert sum(a["title_contains"].lower() in t.lower() for t in titles) == 1, a["id"]
