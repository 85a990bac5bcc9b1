#!/usr/bin/env python3
"""Where the time goes: per-stage CPU time of `pipeline.extract`, and of each spaCy component.

    python bench/stages.py [--shared ../shared] [--limit 200]

Texts: the geoparsing corpora's news articles (as bench/throughput.py), the first --limit.
Times are CPU seconds of this process (time.process_time: the machine may be shared), after
one warm-up article.  Stages are timed by wrapping the functions `pipeline._code_one` calls;
"parse" is `nlp.pipe` inside the run.  Then the spaCy components one by one on the same texts.
Then the share of sentences, and of tokens, that a trigger word (any lemma or form that starts
a trigger phrase of triggers.yaml) marks as candidates: what selective parsing could skip
(docs/performance.md).  Last line: JSON.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

from news_texts import geo_texts, write_articles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
LINE = re.compile(r"\n\s*")


class _Timed:
    """Replace `owner.name` by a wrapper adding its CPU time to `spent[label]`."""

    def __init__(self, spent: dict[str, float]):
        self.spent, self.undo = spent, []

    def wrap(self, owner, name: str, label: str) -> None:
        fn = getattr(owner, name)

        def timed(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                self.spent[label] += time.process_time() - t

        setattr(owner, name, timed)
        self.undo.append((owner, name, fn))

    def restore(self) -> None:
        for owner, name, fn in reversed(self.undo):
            setattr(owner, name, fn)


def stage_times(path: Path, settings) -> tuple[dict[str, float], float]:
    from tocsin import coding, dates, pipeline
    from tocsin.coding import confidence
    from tocsin.coding.actor_dict import ActorDictionary
    from tocsin.place import locate

    spent: dict[str, float] = defaultdict(float)
    t = time.process_time()
    arts = list(pipeline.articles([str(path)], settings))
    spent["read+segment+published"] = time.process_time() - t
    nlp = coding.load_nlp(settings.spacy_model)
    timer = _Timed(spent)
    real_pipe = nlp.pipe

    def pipe(*a, **k):
        t0 = time.process_time()
        docs = list(real_pipe(*a, **k))
        spent["parse (nlp.pipe)"] += time.process_time() - t0
        return docs

    nlp.pipe = pipe
    timer.wrap(ActorDictionary, "find", "actors (dictionary)")
    timer.wrap(locate, "article_context", "story context (geoparse)")
    timer.wrap(coding, "code_article", "coding (rules)")
    timer.wrap(dates, "date_events", "event dates")
    timer.wrap(coding, "date_actors", "actors on date")
    timer.wrap(locate, "locate_events", "place")
    timer.wrap(confidence, "score", "confidence")
    t = time.process_time()
    try:
        for _ in pipeline.code_articles(arts, settings):
            pass
    finally:
        del nlp.pipe
        timer.restore()
    total = time.process_time() - t + spent["read+segment+published"]
    spent["other"] = total - sum(spent.values())
    return dict(spent), total


def component_times(texts: list[str], nlp, batch_size: int) -> dict[str, float]:
    t = time.process_time()
    docs = [nlp.make_doc(x) for x in texts]
    out = {"tokenizer": time.process_time() - t}
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - t
    return out


def candidate_share(texts: list[str], nlp, batch_size: int) -> dict[str, float]:
    """Shares a trigger-word first pass would mark, by sentence (needs the parser's sentences)
    and by line (what a pass without a parser can cut on)."""
    from tocsin.coding.lexicon import coding_lexicon

    first = coding_lexicon("en").by_first
    sents = cand_sents = toks = cand_toks = line_toks = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        starts = [0] + [m.end() for m in LINE.finditer(doc.text)]
        lines = set()
        for s in doc.sents:
            n = sum(not t.is_space for t in s)
            sents += 1
            toks += n
            hit = [t for t in s if t.lemma_.lower() in first or t.lower_ in first]
            if hit:
                cand_sents += 1
                cand_toks += n
                lines.update(bisect_right(starts, t.idx) for t in hit)
        line_toks += sum(1 for t in doc if not t.is_space and bisect_right(starts, t.idx) in lines)
    return {"sentences": round(cand_sents / sents, 3), "tokens_in_candidate_sentences": round(cand_toks / toks, 3),
            "tokens_in_candidate_lines": round(line_toks / toks, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    from tocsin import pipeline
    from tocsin.coding.nlp import load_nlp
    from tocsin.config import Settings

    settings = Settings()
    texts = geo_texts(args.shared, args.limit)
    nlp = load_nlp(settings.spacy_model)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_articles(Path(tmp) / "articles.jsonl", texts)
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text(json.dumps({"id": "w", "text": texts[0]}) + "\n", encoding="utf-8")
        list(pipeline.extract([str(warm)], settings))
        stages, total = stage_times(path, settings)
    comps = component_times(texts, nlp, settings.batch_size)
    share = candidate_share(texts, nlp, settings.batch_size)
    for name, s in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"stage {name:28s} {s:7.2f}s {100 * s / total:5.1f}%")
    ctotal = sum(comps.values())
    for name, s in comps.items():
        print(f"spacy {name:28s} {s:7.2f}s {100 * s / ctotal:5.1f}%")
    print(f"candidates (trigger words): {share}")
    print(json.dumps({"articles": len(texts), "cpu_s": round(total, 2),
                      "stages_s": {k: round(v, 2) for k, v in stages.items()},
                      "spacy_components_s": {k: round(v, 2) for k, v in comps.items()}, "candidates": share}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
