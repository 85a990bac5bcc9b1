#!/usr/bin/env python3
"""Train the factuality check shipped as src/tocsin/data/models/factuality.npz (coding/factuality.py).

    python train/train_factuality.py [--cv]

A binary classifier of English sentences: does the sentence tell an act that took place
(a control, a gold event's sentence) or only uses the words of one (a fear, a warning, a
metaphor, a rumour shown false, a price "since the fighting began", a monitor's method)?
Late fusion of two logistic regressions: one over word 1-2-grams of the name-masked text
(coding/textmask.py), one over the sentence encoder's vectors (coding/encoder.py); the
decision is the first's plus WEIGHT times the second's, and the coder turns a factual record
into a non-event when its sentence's decision is below THRESHOLD.

Training data, all dev material written for tocsin (never a benchmark's test item):
- the single-sentence stress sets bench/stress/TRAIN_SETS (the pairs sets are left out:
  their target sentence reads as news alone, a neighbour cancels it);
- the sentences of bench/realnews/dev: a sentence holding a gold event's anchor is an event,
  one holding only non-events' anchors is not.

--cv prints the article-fold cross validation on realnews dev (the share of the sentences of
gold events the check would veto) and writes nothing.  The choice of C, WEIGHT and THRESHOLD
is recorded below, measured on dev material only.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from tocsin.coding import linear  # noqa: E402
from tocsin.coding.encoder import shared as encoder  # noqa: E402
from tocsin.coding.textmask import masked_lower  # noqa: E402

MODEL = ROOT / "src" / "tocsin" / "data" / "models" / "factuality.npz"
TRAIN_SETS = ("wire", "monitors", "local", "mixed-d", "mixed-e", "mixed-f", "mixed-g", "mixed-h", "mixed-i",
              "mixed-j", "mixed-k", "mixed-l", "mixed-o", "mixed-p")
# December 2026 (issue 11).  Chosen on dev material.  First round: fitted on the twelve sets
# written before, scored on the records the coder made for two sets written for the purpose
# (mixed-o, mixed-p: 25 false positives of 330 non-events, 105 controls found) and, by article
# folds, on the factual records of realnews dev (816 hold a gold event, 132 hold none):
#   C 1/1, weight 1, threshold -3 / -2.5 / -2 / -1.5 / -1: false positives 5 / 9 / 15 / 16 /
#   18 of 25 vetoed, controls 1 / 1 / 1 / 1 / 1 of 105, realnews gold records 3 / 3 / 5 / 5 /
#   15 of 816 (the others 12 / 19 / 22 / 29 / 35 of 132); n-gram C 4: 10 / 13 / 16 / 19 / 21
#   and 3 / 4 / 7 / 9 / 22; encoder C 0.3: 4 / 4 / 12 / 16 / 18 and 2 / 3 / 4 / 5 / 12;
#   character n-grams and weights 0.5 or 2 no better.  Stress sets alone (no realnews): 10 of
#   the 25 for 7 realnews gold records.
# Second round, out of fold over every single-sentence set (each held out in turn; 72 false
# positives, 841 controls), realnews dev by article folds and the design sample (never
# trained on): at -2 the model took 48 of the 72 but 28 controls, 27 of them verbal acts
# (talks, threats, rejections: nonevents.yaml factuality_exempt_plover now exempts them), and
# 4 of the sample's records, one a core event ("nearly empty due to heavy shelling":
# factuality_presupposing_marks).  With both, and the authored events
# (train/data/factuality_authored.jsonl), at -3 / -2.5 / -2 / -1.5: 58 / 47 / 38 / 28 of the
# 72 still factual, controls lost 0 / 3 / 3 / 4, realnews gold records 1 / 1 / 2 / 3, others
# 5 / 9 / 10 / 13, CASE 2021 dev first records 3 / 4 / 7 of 343  <- -2.5 chosen.
C_WORDS, C_VECTORS, WEIGHT, THRESHOLD = 1.0, 1.0, 1.0, -2.5
# The encoder runs only for sentences whose n-gram decision is below THRESHOLD + GATE (the
# others do not fall below the threshold in practice).  Of the 2,634 training sentences the
# model vetoes, none would be kept without the encoder at gate 3, 5 at 2.5, 41 at 2, 223 at
# 1.5; on the first 300 throughput articles it embeds 132 / 99 / 68 sentences at 3 / 2.5 / 2
# (about 7.5 ms each: +1.1 s on 25 s at 3).  2.5 chosen for the cost.
GATE = 2.5
SENTENCE = re.compile(r"(?<=[.!?])['\"’”)]?\s+(?=[\"'‘“(]?[A-Z0-9])|\n+")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def stress_items() -> list[tuple[str, str, bool]]:
    sys.path.insert(0, str(ROOT / "bench"))
    import stress  # bench/stress.py reads the sets

    return [(f"stress:{name}", item["text"], bool(item["event"])) for name in TRAIN_SETS
            for _, item, _ in stress.load(name)]


def authored_items() -> list[tuple[str, str, bool]]:
    """train/data/factuality_authored.jsonl: acts told in the ways the first model doubted
    (testimony, a party's claim, hedged attribution, headlines, past acts as background,
    states an act caused), all events."""
    path = ROOT / "train" / "data" / "factuality_authored.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [("authored", r["text"], bool(r["event"])) for r in map(json.loads, filter(str.strip, fh))]


def realnews_items(split: str = "dev") -> list[tuple[str, str, bool]]:
    folder = ROOT / "bench" / "realnews" / split
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    events = [norm(g["anchor"]) for g in gold["events"]]
    non_events = [norm(n["anchor"]) for n in gold.get("non_events", [])]
    out = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        for sent in SENTENCE.split(art["text"]):
            low = norm(sent)
            if len(low) < 25:
                continue
            if any(a in low for a in events):
                out.append((art["id"], sent.strip(), True))
            elif any(a in low for a in non_events):
                out.append((art["id"], sent.strip(), False))
    return out


def fit(texts: list[str], labels: list[bool]):
    y = np.array(labels)
    words = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                          preprocessor=masked_lower),
                          LogisticRegression(C=C_WORDS, max_iter=5000, class_weight="balanced"))
    words.fit(texts, y)
    vectors = LogisticRegression(C=C_VECTORS, max_iter=5000, class_weight="balanced")
    vectors.fit(encoder().embed(texts), y)
    return words, vectors


def decisions(words, vectors, texts: list[str]) -> np.ndarray:
    return words.decision_function(texts) + WEIGHT * vectors.decision_function(encoder().embed(texts))


def cross_validate(stress, news) -> None:
    arts = sorted({a for a, _, _ in news})
    random.Random(0).shuffle(arts)
    fold = {a: i % 5 for i, a in enumerate(arts)}
    vetoed = kept = 0
    for k in range(5):
        train = stress + [r for r in news if fold[r[0]] != k]
        words, vectors = fit([t for _, t, _ in train], [y for _, _, y in train])
        test = [t for a, t, y in news if fold[a] == k and y]
        d = decisions(words, vectors, test)
        vetoed += int((d < THRESHOLD).sum())
        kept += int((d >= THRESHOLD).sum())
    print(json.dumps({"cv": "realnews dev, 5 article folds", "event_sentences": vetoed + kept,
                      "vetoed": vetoed, "share": round(vetoed / max(1, vetoed + kept), 4)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="cross validation on realnews dev; writes nothing")
    args = ap.parse_args()
    stress, news = stress_items() + authored_items(), realnews_items()
    print(f"{len(stress)} stress sentences ({sum(y for *_, y in stress)} events), "
          f"{len(news)} realnews dev sentences ({sum(y for *_, y in news)} events)")
    if args.cv:
        cross_validate(stress, news)
        return 0
    rows = stress + news
    texts, labels = [t for _, t, _ in rows], [y for *_, y in rows]
    words, vectors = fit(texts, labels)
    ngram = words.decision_function(texts)
    full = ngram + WEIGHT * vectors.decision_function(encoder().embed(texts))
    skipped = ngram >= THRESHOLD + GATE
    changed = int(((full < THRESHOLD) & skipped).sum())
    print(f"gate {GATE}: {int(skipped.sum())} of {len(texts)} sentences need no encoder; "
          f"{changed} verdicts would change without it")
    linear.export(words, MODEL, head=vectors, head_weight=WEIGHT, head_gate=GATE, threshold=THRESHOLD)
    print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size:,} bytes); "
          f"training sentences vetoed: {int((full < THRESHOLD).sum())} "
          f"({int(((full < THRESHOLD) & np.array(labels)).sum())} of them events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
