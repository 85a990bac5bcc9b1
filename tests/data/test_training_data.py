"""The sentences written for the classifiers (train/data/*.jsonl) are our own: none is a near
copy of a benchmark text (CASE 2021 and PLOVER, every split), that is none shares a run of
twelve words with one, or half of its four-word sequences with any single one.  Stock phrases
("Turkish forces have set up a new observation post") are allowed.  The check only compares;
it reports the authored line, never the benchmark text."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _read(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:  # not splitlines(): texts hold U+2028
        return [json.loads(line)["text"] for line in fh if line.strip()]


@pytest.mark.needs_shared
def test_training_data_authored_sentences_do_not_copy_benchmark_texts(shared_dir):
    long_runs, owners = set(), {}
    for name in ("case2021", "plover"):
        for k, text in enumerate(_read(shared_dir / "benchmarks" / name / "data.jsonl")):
            long_runs |= _grams(text, 12)
            for g in _grams(text, 4):
                owners.setdefault(g, set()).add((name, k))
    copied = []
    for path in sorted((ROOT / "train" / "data").glob("*.jsonl")):
        for n, text in enumerate(_read(path), 1):
            four = _grams(text, 4)
            shared = Counter(o for g in four for o in owners.get(g, ()))
            if _grams(text, 12) & long_runs or (four and max(shared.values(), default=0) >= len(four) / 2):
                copied.append(f"{path.name}:{n}")
    assert not copied, copied
