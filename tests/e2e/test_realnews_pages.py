"""End to end on the realistic dev articles rendered as scraped pages (bench/pages.py: menus, a
byline, unrelated teasers, a footer), scored by the shared scorer with segmentation, held to its
floors in bench/floors.json.  Its own file so that `pytest -n 2 --dist loadfile` runs it beside
test_realnews.py's extraction of the same articles, not after it.  It renders every fourth
article (a fixed sample, `floors.json` realnews_dev_pages): the whole split as pages is
`python bench/realnews.py --split dev --pages`, whose figures the README reports."""
import json
from pathlib import Path

import pytest

from tests.e2e.pages import score_pages

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "realnews"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.needs_shared
def test_e2e_realnews_dev_as_scraped_pages_meets_its_floors(tmp_path):
    """The same articles inside site chrome (bench/pages.py), every fourth one: found as articles
    with their text whole and their page's date, no record from the unrelated teasers, no event
    lost."""
    from pages import render

    s, report, from_teasers = score_pages(render, DATA / "dev", tmp_path, every=FLOORS["realnews_dev_pages"]["every"])
    floors = FLOORS["realnews_dev_pages"]
    assert s["segmentation"] >= floors["segmentation"], report
    assert s["core_recall"] >= floors["core_recall"], report
    assert s["non_event_false_positives"] <= floors["non_event_false_positives_max"], report
    assert from_teasers == []
