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


def score_pages(render, folder: Path, tmp_path: Path) -> tuple[dict, str, list[str]]:
    """(scorer summary, scorer report, evidence of the factual records coded from teasers)
    for the split in `folder`, each article rendered by `render(article, i)`."""
    pages, gold = tmp_path / "pages", json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pages.mkdir()
    articles = [json.loads(x) for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    entries = []
    for i, art in enumerate(articles):
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


def score_earlier(folder: Path, events: Path, last_article: int, tmp_path: Path) -> tuple[dict, str]:
    """(scorer summary, report) of `events` against the split's gold cut to its articles up to
    number `last_article` (dev-159, fr-dev-46): the set a floor was set on before the split
    grew, held to it so that a floor never goes down on the same articles."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))

    def keep(article_id: str) -> bool:
        return int(article_id.rsplit("-", 1)[1]) <= last_article

    cut = {**gold, "events": [e for e in gold["events"] if keep(e["article"])],
           "non_events": [e for e in gold["non_events"] if keep(e["article"])],
           "articles": [a for a in gold.get("articles", []) if keep(a["id"])]}
    path = tmp_path / f"gold-earlier-{last_article}.json"
    path.write_text(json.dumps(cut), encoding="utf-8")
    # the records of the cut's articles only: the split as it was when the floor was set (and a
    # scorer run over a third of the records for the first cuts)
    mine = tmp_path / f"events-earlier-{last_article}.jsonl"
    mine.write_text("".join(line for line in events.read_text(encoding="utf-8").splitlines(keepends=True)
                            if line.strip() and keep(json.loads(line)["article"]["id"])), encoding="utf-8")
    score = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(path), str(mine)],
                           capture_output=True, text=True, check=True)
    return json.loads(score.stdout.strip().splitlines()[-1]), score.stdout


def score_all_earlier(folder: Path, events: Path, cuts: list[int], tmp_path: Path) -> list[tuple[dict, str]]:
    """`score_earlier` for each cut, the scorer runs side by side (one per core)."""
    from concurrent.futures import ThreadPoolExecutor
    import os

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(lambda cut: score_earlier(folder, events, cut, tmp_path), cuts))
