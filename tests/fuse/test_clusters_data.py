"""Validity of the fusion gold data: the demo corpus clusters and the fusion test clusters.

Every quote must occur exactly once in the article text that tocsin's ingest and segment stages
return (so a fusion test can find the record whose evidence covers it), every article must be
listed and read cleanly, and ids and dates must be well formed.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from tocsin.pipeline import articles
from tocsin.records import ItemError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "src" / "tocsin" / "data" / "demo"
DATA = Path(__file__).resolve().parent / "data"

# ACLED sub-event types (ACLED codebook) a gold event may carry.
SUB_EVENT_TYPES = {
    "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
    "Excessive force against protesters", "Protest with intervention", "Peaceful protest",
    "Violent demonstration", "Mob violence", "Chemical weapon", "Air/drone strike",
    "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance", "Agreement", "Arrests",
    "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
}

SETS = {
    "demo": (DEMO / "clusters.yaml", DEMO / "corpus"),
    "fusion-tests": (DATA / "fusion-gold.yaml", DATA),
}


def _article_key(art) -> str:
    """File name for a .txt/.html page; the record id for a JSON Lines record."""
    name = Path(art.source.rsplit(":", 1)[0] if ".jsonl:" in art.source else art.source).name
    return art.id if name.endswith(".jsonl") else name


def load_set(name: str) -> tuple[dict, dict]:
    gold_path, folder = SETS[name]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    read: dict = {}
    errors = []
    for item in articles([str(folder)]):
        if isinstance(item, ItemError):
            errors.append(f"{item.source}: {item.reason}")
            continue
        key = _article_key(item)
        assert key not in read, f"{name}: two articles read as {key} (a page split into several?)"
        read[key] = item
    assert not errors, f"{name}: articles that failed to read: {errors}"
    return gold, read


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_set(request):
    gold, read = load_set(request.param)
    return request.param, gold, read


def test_clusters_data_articles_listed_and_read(gold_set):
    name, gold, read = gold_set
    ids = [a["id"] for a in gold["articles"]]
    assert len(ids) == len(set(ids)), f"{name}: duplicate article ids"
    assert set(ids) == set(read), (f"{name}: listed but not read: {sorted(set(ids) - set(read))}; "
                                   f"read but not listed: {sorted(set(read) - set(ids))}")


def test_clusters_data_published_dates_match(gold_set):
    name, gold, read = gold_set
    for entry in gold["articles"]:
        art = read[entry["id"]]
        assert art.published, f"{name}: {entry['id']} has no publication date"
        assert str(art.published)[:10] == entry["published"], f"{name}: {entry['id']} published date"
        assert not art.published_inferred, f"{name}: {entry['id']} date was guessed, not read"


def test_clusters_data_event_fields(gold_set):
    name, gold, read = gold_set
    ids = [e["id"] for e in gold["events"]]
    assert len(ids) == len(set(ids)), f"{name}: duplicate event ids"
    published = {a["id"]: date.fromisoformat(a["published"]) for a in gold["articles"]}
    for ev in gold["events"]:
        when = date.fromisoformat(ev["date"])
        assert ev["type"] in SUB_EVENT_TYPES, f"{name}: {ev['id']}: unknown type {ev['type']!r}"
        assert ev["description"].strip() and ev["place"].strip()
        assert ev["mentions"], f"{name}: {ev['id']} has no mentions"
        for m in ev["mentions"]:
            assert m["article"] in published, f"{name}: {ev['id']}: unknown article {m['article']}"
            assert when <= published[m["article"]], f"{name}: {ev['id']} happens after {m['article']}"
        arts = [m["article"] for m in ev["mentions"]]
        assert len(arts) == len(set(arts)), f"{name}: {ev['id']} cites one article twice"


def test_clusters_data_quotes_occur_once(gold_set):
    name, gold, read = gold_set
    for ev in gold["events"]:
        for m in ev["mentions"]:
            text = read[m["article"]].text
            n = text.count(m["quote"])
            assert n == 1, f"{name}: {ev['id']}: quote found {n} times in {m['article']}: {m['quote']!r}"


def test_clusters_data_has_multi_outlet_clusters(gold_set):
    name, gold, _read = gold_set
    outlet = {a["id"]: a["outlet"] for a in gold["articles"]}
    clusters = [e for e in gold["events"]
                if len({outlet[m["article"]] for m in e["mentions"]}) >= 2]
    assert len(clusters) >= 4, f"{name}: only {len(clusters)} multi-outlet clusters"


def test_clusters_data_distractors_report_nothing():
    gold, _read = load_set("demo")
    cited = {m["article"] for e in gold["events"] for m in e["mentions"]}
    assert gold["distractors"] and not cited & set(gold["distractors"])
