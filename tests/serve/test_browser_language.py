"""The dashboard's language filter and marks, in headless Chromium against `tocsin serve` (issue 13).

A store holding English, French and Spanish reports: the Language menu offers the languages of
the sources, choosing one re-queries the API with `lang`, events read in another language than
English carry a mark, and the open event shows each source's evidence in its own language.
"""
from __future__ import annotations

import json

import pytest

from tocsin.store.ingest import ingest

from ..fuse.test_fusion_multilingual import ENGLISH, FRENCH, SPANISH_ONLY
from .browser import browser_page, serve
from .test_browser import api_events, list_items, loads, ready, settled


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("multilingual")
    src = folder / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENGLISH, FRENCH, SPANISH_ONLY)) + "\n",
                   encoding="utf-8")
    db = folder / "store.duckdb"
    ingest([str(src)], db)
    with serve(db, folder / "serve.log") as url:
        yield url


def test_browser_language_filter_marks_and_evidence(base):
    everything = api_events(base)
    spanish = api_events(base, lang="es")
    assert spanish and len(spanish) < len(everything)
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        options = page.eval_on_selector_all("#f-lang option", "os => os.map(o => o.value)")
        assert {"", "en", "fr", "es"} <= set(options)
        # marks: every listed event whose sources are not all English, and only those
        marked = {li.get_attribute("data-id") for li in page.locator("#event-list > li").all()
                  if li.locator(".lang").count()}
        assert marked == {e["id"] for e in everything if e["languages"] != ["en"]}
        before = loads(page)
        page.select_option("#f-lang", "es")
        settled(page, before)
        assert list_items(page) == len(spanish)
        assert "lang=es" in page.url
        assert page.locator("#event-list > li .lang").first.inner_text() == "ES"
        # the fused strike: its French evidence carries lang="fr" and the source a FR mark
        before = loads(page)
        page.select_option("#f-lang", "fr")
        settled(page, before)
        strike = next(e for e in api_events(base, lang="fr") if e["languages"] == ["en", "fr"])
        page.locator(f'#event-list > li[data-id="{strike["id"]}"] button').click()
        page.wait_for_selector(f'#detail[data-event-id="{strike["id"]}"] .article-text', timeout=30000)
        french = page.locator('#detail blockquote.source-evidence[lang="fr"]')
        assert french.count() >= 1 and any("soldats turcs" in t for t in french.all_inner_texts())
        english = page.locator('#detail blockquote.source-evidence[lang="en"]')
        assert english.count() >= 1 and any("Turkish soldiers" in t for t in english.all_inner_texts())
        assert page.locator("#detail .source .lang, #detail li .lang").count() >= 1
        assert page.problems == []
