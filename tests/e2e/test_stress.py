"""The stress sentences (bench/stress/): event words in statements that report no event, and
controls that do, each coded after a factual lead; held to bench/floors.json `stress` (floors
only go up), set on its fixed sample of every `every`-th item of each set (CI time; the whole
sets are `python bench/stress.py`, whose figures the README reports)."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))["stress"]


def test_stress_sentences_meet_their_floors(capsys):
    sys.path.insert(0, str(ROOT / "bench"))
    import stress

    result = stress.run(every=FLOORS["every"])  # a fixed sample (CI time): the whole sets are bench/stress.py's
    report = capsys.readouterr().out
    assert result["non_events"] > 1500 / FLOORS["every"] and result["controls"] > 500 / FLOORS["every"]
    assert result["false_positive_rate"] <= FLOORS["false_positive_rate_max"], report
    assert result["control_recall"] >= FLOORS["control_recall_min"], report
    earlier = FLOORS["earlier"]  # the sets the floors were first set on keep theirs as the split grows
    sets = [result["sets"][name] for name in earlier["sets"]]
    assert sum(s["false_positives"] for s in sets) / sum(s["non_events"] for s in sets) \
        <= earlier["false_positive_rate_max"], report
    assert sum(s["found"] for s in sets) / sum(s["controls"] for s in sets) >= earlier["control_recall_min"], report
    pairs = result["pairs"]  # two or three sentences whose neighbour cancels the event (the harder kind)
    assert pairs["non_events"] > 200 / FLOORS["every"] and pairs["controls"] > 80 / FLOORS["every"]
    assert pairs["false_positive_rate"] <= FLOORS["pairs"]["false_positive_rate_max"], report
    assert pairs["control_recall"] >= FLOORS["pairs"]["control_recall_min"], report
