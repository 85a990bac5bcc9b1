"""End to end on the French, Spanish, Arabic and Turkish articles written for tocsin (bench/multilingual/): the
dev split of each language through `tocsin extract` and the shared scorer, held to its floor in
bench/floors.json.  The test split is never read here: it is for reporting
(python bench/multilingual.py)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.pages import score_pages, score_with_cuts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "multilingual"
ALL_FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))
FLOORS = ALL_FLOORS["multilingual_dev"]
FACTUAL = ("asserted", "reported", "historical")


@pytest.mark.needs_shared
@pytest.mark.parametrize("lang", ["fr", "es", "ar", "tr"])
def test_e2e_multilingual_dev_meets_its_floors(tmp_path, lang):
    folder = DATA / lang / "dev"
    events = tmp_path / "events.jsonl"
    res = subprocess.run([sys.executable, "-m", "tocsin.cli", "extract", str(folder / "articles.jsonl"), "-o",
                          str(events)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    floors_of_lang = FLOORS[lang]
    earlier = floors_of_lang.get("earlier")  # the split before it grew: its own floors, which only go up
    s, report, cut = score_with_cuts(folder, events, [earlier["last_article"]] if earlier else [])
    assert s["core_recall"] >= floors_of_lang["core_recall"], report
    assert s["attribute_accuracy"] >= floors_of_lang["attribute_accuracy"], report
    assert s["non_event_false_positives"] <= floors_of_lang["non_event_false_positives_max"], report
    for e in cut:
        assert e["core_recall"] >= earlier["core_recall"], report
        assert e["attribute_accuracy"] >= earlier["attribute_accuracy"], report
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    distractors = {a["id"] for a in gold["articles"]} - {e["article"] for e in gold["events"]}
    records = [json.loads(x) for x in events.read_text(encoding="utf-8").splitlines() if x.strip()]
    noise = [r for r in records if r["article"]["id"] in distractors and r["modality"] in FACTUAL]
    assert len(noise) <= floors_of_lang["distractor_events_max"], noise
    assert {r["lang"] for r in records} == {lang}


@pytest.mark.needs_shared
@pytest.mark.parametrize("lang", ["fr", "es", "ar", "tr"])
def test_e2e_multilingual_dev_as_scraped_pages_meets_its_floors(tmp_path, lang):
    """Each article inside a site of its language (bench/pages_lang.py: skip link, menu, byline
    and date in the site's format, "Lire aussi :" / "اقرأ أيضا:" inline links, a "most read"
    list): segmented with its date, no record from the teasers, no event lost."""
    from pages_lang import render_lang

    s, report, from_teasers = score_pages(lambda art, i: render_lang(art, i, lang), DATA / lang / "dev", tmp_path)
    floors = ALL_FLOORS["multilingual_dev_pages"]
    assert s["segmentation"] >= floors["segmentation"], report
    assert s["core_recall"] >= FLOORS[lang]["core_recall"], report
    assert s["non_event_false_positives"] <= floors["non_event_false_positives_max"], report
    assert from_teasers == []


def test_multilingual_gold_is_well_formed():
    for lang in ("fr", "es", "ar", "tr"):
        total = 0
        for split in ("dev", "test"):
            gold = json.loads((DATA / lang / split / "gold.json").read_text(encoding="utf-8"))
            arts = {json.loads(x)["id"]: json.loads(x) for x in
                    (DATA / lang / split / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
            total += len(arts)
            ids = [e["id"] for e in gold["events"]] + [n["id"] for n in gold["non_events"]]
            assert len(ids) == len(set(ids))
            for e in [*gold["events"], *gold["non_events"]]:
                assert e["anchor"] in arts[e["article"]]["text"], e["id"]
            assert any(a not in {e["article"] for e in gold["events"]} for a in arts), "a distractor per split"
            assert any(n for n in gold["non_events"]), "hedged, denied or planned statements"
        assert total >= 15
