"""Shared by the single-label benchmarks (case2021.py, plover.py): items of a split, the
classifier's predictions without leakage, and scoring with shared/tools/score_labels.py."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))


def read_items(data: Path, split: str) -> list[dict]:
    # not splitlines(): benchmark texts hold U+2028
    return [r for r in (json.loads(line) for line in data.open(encoding="utf-8") if line.strip())
            if r["split"] == split]


def predictions(model: str, items: list[dict], split: str, shared: Path) -> list:
    """On test, the shipped model; on dev, 5-fold cross-validated predictions, so no item is
    labelled by a model that was trained on it."""
    from tocsin.coding.classify import load_classifier, predict

    if split == "test":
        return predict(load_classifier(model), [r["text"] for r in items])
    import train_classifiers as tc

    X, y, AX, Ay, ids, C = tc.datasets(shared)[model]
    cv = tc.cross_val(X, y, AX, Ay, C, ids, mask=tc.MASK[model])
    return [cv[r["id"]] for r in items]


def coded_events(items: list[dict], source: str) -> dict[str, list]:
    """The tocsin coder's events for each item's text (full pipeline from the parse on)."""
    from tocsin import pipeline
    from tocsin.records import Article

    arts = [Article(id=r["id"], source=source, url=None, title=None, text=r["text"].strip() or ".",
                    published=None, published_inferred=False, lang="en") for r in items]
    return {item[0].id: item[1] for item in pipeline.code_articles(arts) if isinstance(item, tuple)}


def score(shared: Path, data: Path, out: list[dict], split: str, *extra: str) -> int:
    """Run score_labels.py on the predictions and print its report (JSON summary last)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(o) for o in out) + "\n")
    res = subprocess.run([sys.executable, str(shared / "tools/score_labels.py"), str(data), fh.name,
                          "--split", split, *extra], capture_output=True, text=True)
    print(res.stdout.rstrip())
    if res.returncode:
        print(res.stderr.rstrip(), file=sys.stderr)
    return res.returncode
