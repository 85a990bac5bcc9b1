#!/usr/bin/env python3
"""Held-out snapshots for the confidence model: how right the coder is on text it has not seen.

The real-news dev articles came in rounds, each written by writers who saw nothing of
tocsin, scored once as they came (held out), then merged into dev and used to write rules.
After that, dev records over-state how right the coder is on new text: the rules were fitted
to them.  A calibrator fitted on them alone is too sure of itself on unseen text (the
test split, a user's news).

This script rebuilds each round's held-out records: for every commit that added articles to
bench/realnews/dev/articles.jsonl after FEATURES_SINCE (the commit from which
confidence.FEATURES has kept its meaning), it exports the code of the commit's parent (which
had not seen them) with `git archive`, codes those articles with it in a subprocess, and
writes each record's confidence features (computed by that code), modality and coding.  The
labels come from today's gold (train/confidence_data.gold_judge), so a gold fixed later is
used.  Output: train/snapshots/heldout_confidence.jsonl, one line per judged record:
{"round", "code", "article", "modality", "right", "features", "extra"} (the
features, and the comparison-only ones of train/confidence_select.extra_features; zeros left out).

    python train/heldout_snapshots.py [--shared ../shared] [--since REV]

train/train_confidence.py reads the file as a fourth source ("heldout").  Re-run it after a
held-out round is merged (it takes about 20 s per round); the earlier rounds' lines do not
change, since their code does not.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))

import confidence_data as cd  # noqa: E402

OUT = ROOT / "train" / "snapshots" / "heldout_confidence.jsonl"
ARTICLES = "bench/realnews/dev/articles.jsonl"
FEATURES_SINCE = "844cc84"  # 'The coder reads the PLOVER model by its n-grams alone': FEATURES fixed since

# Run inside the old code (its src first on sys.path): code the articles, print features.
# (today's train/ after it, for the comparison-only features: confidence_select.extra_features)
CODE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.append(sys.argv[3])
from tocsin import pipeline
from tocsin.coding import confidence
from confidence_select import extra_features
for item in pipeline.code_articles(pipeline.articles([sys.argv[2]])):
    if not isinstance(item, tuple):
        continue
    art, evs = item
    for ev, p in zip(evs, confidence._predictions(evs)):
        print(json.dumps({"extra": extra_features(ev), "article": art.id, "title": art.title, "text": ev.evidence.get("text"),
                          "modality": ev.modality, "coding": {"acled": ev.acled, "plover": ev.plover,
                                                              "displacement": ev.displacement},
                          "features": confidence.features(ev, p)}))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def rounds(since: str) -> list[tuple[str, list[str]]]:
    """(commit that added articles, the ids it added), oldest first, for commits after `since`."""
    seen: set[str] = set()
    out = []
    for rev in git("log", "--reverse", "--format=%H", "--", ARTICLES).split():
        ids = [json.loads(line)["id"] for line in git("show", f"{rev}:{ARTICLES}").splitlines() if line.strip()]
        new = [i for i in ids if i not in seen]
        seen.update(ids)
        if new and subprocess.run(["git", "merge-base", "--is-ancestor", since, rev], cwd=ROOT).returncode == 0:
            out.append((rev, new))
    return out


def compact(values: dict) -> dict:
    """The non-zero values, to four places (a missing feature is 0: train_confidence.table)."""
    return {k: round(v, 4) for k, v in values.items() if v}


def snapshot(rev: str, ids: list[str], articles: dict[str, str]) -> list[dict]:
    """The records the code before `rev` makes of the articles `ids` (today's texts)."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archive = subprocess.run(["git", "archive", f"{rev}^", "src"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        src = tmp / "articles.jsonl"
        src.write_text("".join(articles[i] + "\n" for i in ids if i in articles), encoding="utf-8")
        res = subprocess.run([sys.executable, "-c", CODE, str(tmp / "src"), str(src), str(ROOT / "train")],
                             capture_output=True, text=True)
        if res.returncode:
            raise RuntimeError(f"{rev[:7]}^: {res.stderr[-2000:]}")
        return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--since", default=FEATURES_SINCE)
    args = ap.parse_args()
    folder = ROOT / "bench" / "realnews" / "dev"
    articles = {json.loads(line)["id"]: line for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()}
    judge = cd.gold_judge(folder, args.shared)
    lines = []
    for rev, ids in rounds(args.since):
        recs = snapshot(rev, ids, articles)
        judged = 0
        for r in recs:
            y = judge(r["title"], r["text"], r["modality"], r["coding"])
            if y is not None:
                judged += 1
                lines.append(json.dumps({"round": f"{ids[0]}..{ids[-1]}", "code": git("rev-parse", "--short", f"{rev}^").strip(),
                                         "article": r["article"], "modality": r["modality"], "right": y,
                                         "features": compact(r["features"]), "extra": compact(r["extra"])}))
        print(f"{ids[0]}..{ids[-1]} ({len(ids)} articles) coded by {rev[:7]}^: {len(recs)} records, {judged} judged",
              file=sys.stderr, flush=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
