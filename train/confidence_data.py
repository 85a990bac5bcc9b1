"""Labelled records for the confidence model (train/train_confidence.py fits on dev,
bench/calibration.py measures on test): each record the coder makes for a benchmark item,
with whether it is a correct factual event of its type.

- CASE 2021 snippets: the snippet's first record; right when factual and its ACLED
  sub-event type is the gold label's (a gold label outside ACLED, e.g. a disaster, makes
  every record wrong).
- PLOVER gold sentences: the first record; right when factual and its PLOVER type is gold.
- Real-news pages (bench/realnews/<split>): every record whose evidence holds a gold event's
  anchor (right when factual and coded as the gold accepts) or a non-event's anchor (wrong);
  records near no anchor are left out (no one judged them).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTUAL = ("asserted", "reported", "historical")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _code(texts: list[tuple[str, str, str | None]]) -> dict[str, list]:
    """id -> the coder's events (full pipeline from the parse on)."""
    from tocsin import pipeline
    from tocsin.records import Article

    arts = [Article(id=i, source="bench", url=None, title=title, text=t.strip() or ".", published=pub,
                    published_inferred=False, lang="en") for i, t, pub, title in texts]
    return {item[0].id: item[1] for item in pipeline.code_articles(arts) if isinstance(item, tuple)}


def _first_records(items: list[dict], right, source: str) -> list[tuple[object, int, str]]:
    """The first record of each item, with `right(record, item)`: factual and of the gold type."""
    events = _code([(r["id"], r["text"], None, None) for r in items])
    firsts = [(events[r["id"]][0], r) for r in items if events.get(r["id"])]
    return [(ev, int(ev.modality in FACTUAL and bool(right(ev, r))), source) for ev, r in firsts]


def case_records(items: list[dict]) -> list[tuple[object, int, str]]:
    from tocsin.coding.classify import case_labels

    sub_of = case_labels()
    return _first_records(items, lambda ev, r: sub_of.get(r["label"]) and
                          (ev.acled or {}).get("sub_event_type") == sub_of.get(r["label"]), "case2021")


def plover_records(items: list[dict]) -> list[tuple[object, int, str]]:
    return _first_records(items, lambda ev, r: (ev.plover or {}).get("event") == r["event_current"], "plover")


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_events", shared / "tools" / "score_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def realnews_records(split: str, shared: Path) -> list[tuple[object, int, str]]:
    folder = ROOT / "bench" / "realnews" / split
    from tocsin import pipeline  # as `tocsin extract` reads the file (ingest, segment, dates)

    coded = [item for item in pipeline.code_articles(pipeline.articles([str(folder / "articles.jsonl")]))
             if isinstance(item, tuple)]
    judge = gold_judge(folder, shared)
    out = []
    for art, evs in coded:
        for ev in evs:
            y = judge(art.title, ev.evidence.get("text"), ev.modality,
                      {"acled": ev.acled, "plover": ev.plover, "displacement": ev.displacement})
            if y is not None:
                out.append((ev, y, "realnews"))
    return out


def gold_judge(folder: Path, shared: Path):
    """judge(article title, evidence text, modality, coding) -> 1 when the record holds a gold
    event's anchor and is factual and coded as the gold accepts, 0 when it is not or holds a
    non-event's anchor, None when it is near no anchor (no one judged it).  The same judge
    labels the pipeline's records (training) and `tocsin extract`'s JSONL (tests)."""
    se = _scorer(shared)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    events = [(se.norm(g["anchor"]), g) for g in gold["events"]]  # (normalised once: thousands of anchors)
    non_events = [se.norm(n["anchor"]) for n in gold.get("non_events", [])]
    articles: dict[str, object] = {}

    def judge(title, text, modality, coding) -> int | None:
        if title not in articles:
            articles[title] = se.article_of({"article": {"title": title}}, gold.get("articles", []))
        rec_art = articles[title]
        text = se.norm(text)
        hits = [g for anchor, g in events if anchor in text
                and (g.get("article") is None or rec_art in (None, g["article"]))]
        if hits:
            return int(modality in FACTUAL and any(se.coding_ok(coding, g["accept"]) for g in hits))
        if any(anchor in text for anchor in non_events):
            return 0
        return None

    return judge


def items(shared: Path, bench: str, split: str) -> list[dict]:
    data = shared / "benchmarks" / bench / "data.jsonl"
    return [r for r in read_jsonl(data) if r["split"] == split]


if __name__ == "__main__":  # a quick look: python train/confidence_data.py dev
    sys.path.insert(0, str(ROOT / "src"))
    shared = ROOT.parent / "shared"
    recs = realnews_records(sys.argv[1] if len(sys.argv) > 1 else "dev", shared)
    print(len(recs), sum(y for _, y, _ in recs))
