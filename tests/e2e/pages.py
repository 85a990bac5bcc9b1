"""Benchmark articles rendered as scraped pages (bench/pages.py, bench/pages_lang.py), run
through `tocsin extract` and the shared scorer with its segmentation check."""
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[2]
FACTUAL = ("asserted", "reported", "historical")
sys.path.insert(0, str(ROOT / "bench"))


def score_pages(render, folder: Path, tmp_path: Path, every: int = 1) -> tuple[dict, str, list[str]]:
    """(scorer summary, scorer report, evidence of the factual records coded from teasers)
    for the split in `folder`, each article rendered by `render(article, i)`; with `every`=n,
    only every n-th article (the first, the n+1-th, ...) and its gold, a fixed sample."""
    pages, gold = tmp_path / "pages", json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pages.mkdir()
    articles = [json.loads(x) for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    kept = {a["id"] for a in articles[::every]}
    gold = {**gold, **{k: [g for g in gold[k] if g["article"] in kept] for k in ("events", "non_events")}}
    entries = []
    for i, art in enumerate(articles):
        if art["id"] not in kept:
            continue
        text, entry = render(art, i)
        (pages / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        entries += [entry["story"], *entry["teasers"]]
    (tmp_path / "gold.json").write_text(json.dumps({**gold, "articles": entries}), encoding="utf-8")
    events, arts = tmp_path / "events.jsonl", tmp_path / "articles.jsonl"
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(pages), "-o", str(events),
                          "--articles-out", str(arts)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    score = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(tmp_path / "gold.json"),
                            str(events), "--articles", str(arts)], capture_output=True, text=True, check=True)
    teasers = {e["title_contains"] for e in entries if "-teaser-" in e["id"]}
    from_teasers = [r["evidence"]["text"] for r in map(json.loads, events.read_text(encoding="utf-8").splitlines())
                    if r["modality"] in FACTUAL and r["article"]["title"] in teasers]
    return json.loads(score.stdout.strip().splitlines()[-1]), score.stdout, from_teasers


def score_with_cuts(folder: Path, events: Path, cuts: list[int]) -> tuple[dict, str, list[dict]]:
    """(scorer summary, its misses and false positives, summaries of the cuts) of `events` against the split in
    `folder`: one run of the shared scorer over the whole split, then, for each cut (dev-159,
    fr-dev-46: the split as it was when a floor was set, before it grew), the scorer's own
    `summary` of the report's rows for the cut's articles (a gold event's records come from its
    own article; a non-event anchor matched by a later article's record counts against the cut
    too, so a cut is never scored more kindly than it would be on its own)."""
    gold_path = folder / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    # The scorer reads only factual records but for its design page's checks, which name articles
    # "main" and "teaser-*" (none here): it is given those alone, the same report at two thirds
    # the time (it weighs every record against every article's title).
    assert not any(a["id"] == "main" or a["id"].startswith("teaser") for a in gold.get("articles", []))
    factual = events.with_name(events.stem + ".factual.jsonl")
    factual.write_text("".join(line + "\n" for line in events.read_text(encoding="utf-8").splitlines()
                               if line and json.loads(line)["modality"] in FACTUAL), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(gold_path), str(factual),
                          "--json"], capture_output=True, text=True, check=True)
    body, last = res.stdout.rstrip().rsplit("\n", 1)
    report = json.loads(body)
    scorer = _scorer_module()
    article = {g["id"]: g["article"] for g in gold["events"] + gold["non_events"]}

    def cut_summary(last_article: int) -> dict:
        def keep(gold_id: str) -> bool:
            return int(article[gold_id].rsplit("-", 1)[1]) <= last_article
        rows = {k: {i: r for i, r in report[k].items() if keep(i)} for k in ("events", "non_events")}
        return scorer.summary({**report, **rows, "articles": {}, "context": [], "unmatched_factual": []})

    return json.loads(last), _failures(report), [cut_summary(c) for c in cuts]


def _failures(report: dict) -> str:
    """The scorer report's misses and false positives, one a line (an assertion's message)."""
    lines = [f"MISS {gid}{' (core)' if r['core'] else ''}" for gid, r in report["events"].items() if not r["found"]]
    lines += [f"FP   {nid}: {n}" for nid, n in report["non_events"].items() if n]
    return "\n".join(lines + [f"CTX  {c}" for c in report["context"]])


def _scorer_module():
    """../shared/tools/score_events.py as a module (its `summary` is the scorer's arithmetic)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
