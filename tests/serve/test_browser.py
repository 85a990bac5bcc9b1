"""The dashboard in headless Chromium against a real `tocsin serve` on 127.0.0.1.

Markers equal the API's count for the same filter, brushing the timeline shrinks the list,
an event opens with its evidence highlighted in the article, and no payload from a page runs.
"""
from __future__ import annotations

from collections import Counter

import httpx
import pytest

from .browser import browser_page, screenshot, serve
from .conftest import all_events
from .payloads import XSS_ARTICLE, XSS_FLAGS, XSS_TEXT_PAYLOADS, XSS_WORD


@pytest.fixture(scope="module")
def base(demo_db, tmp_path_factory):
    with serve(demo_db, tmp_path_factory.mktemp("server") / "serve.log") as url:
        yield url


def api_events(base: str, **params) -> list[dict]:
    with httpx.Client(base_url=base) as http:
        return all_events(http, **params)


def ready(page):
    page.wait_for_selector("body[data-state=ready]", timeout=30000)


def loads(page) -> int:
    return int(page.get_attribute("body", "data-loads") or 0)


def settled(page, before: int) -> None:
    """Wait until the dashboard finished a reload started after `before` loads.

    (The page's CSP forbids eval, so Playwright's wait_for_function cannot run there.)"""
    page.wait_for_selector(f'body[data-state=ready][data-loads="{before + 1}"]', timeout=30000)


def markers(page) -> int:
    """Events on the map: single markers plus the events inside count bubbles (overlapping markers)."""
    return page.evaluate("document.querySelectorAll('path.ev-marker').length + [...document.querySelectorAll("
                         "'.ev-cluster')].reduce((n, b) => n + Number(b.dataset.count), 0)")  # one read: atomic


def located(events) -> int:
    return sum(1 for e in events if e["lat"] is not None and e["lon"] is not None)


def list_items(page) -> int:
    return page.locator("#event-list > li").count()


def test_browser_markers_match_api_and_brush_shrinks_list(base, tmp_path):
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        everything = api_events(base)
        assert markers(page) == located(everything) > 0
        assert list_items(page) == len(everything)
        assert int(page.get_attribute("#map", "data-shaded-regions")) > 0  # admin-1 regions with events

        common = Counter(e["event_type"] for e in everything).most_common(1)[0][0]
        n = loads(page)
        page.select_option("#f-type", common)
        settled(page, n)
        assert markers(page) == located(api_events(base, type=common)) < located(everything)
        n = loads(page)
        page.click("#f-reset")
        settled(page, n)
        assert markers(page) == located(everything)

        # Brush across the tallest bar of the histogram: the list shrinks to that span's events.
        bars = page.locator("#timeline rect.bar")
        heights = [float(bars.nth(i).get_attribute("height")) for i in range(bars.count())]
        tallest = bars.nth(heights.index(max(heights)))
        bar_day = tallest.get_attribute("data-day")
        box = tallest.bounding_box()
        y = box["y"] + box["height"] / 2
        n = loads(page)
        page.mouse.move(box["x"] - 2, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2, y, steps=3)
        page.mouse.move(box["x"] + box["width"] + 2, y, steps=3)
        page.mouse.up()
        settled(page, n)
        since, until = page.input_value("#f-since"), page.input_value("#f-until")
        assert since and until
        brushed = api_events(base, since=since, until=until)
        assert 0 < list_items(page) == len(brushed) < len(everything)
        assert markers(page) == located(brushed)
        assert since <= bar_day <= until

        # Open the first listed event: its evidence is highlighted inside the article text.
        first = page.locator("#event-list > li").first
        event_id = first.get_attribute("data-id")
        first.locator("button").click()
        page.wait_for_selector(".article-text mark.evidence", timeout=15000)
        detail = _event(base, event_id)
        first_article = detail["sources"][0]["article_id"]
        marked = page.locator(".article-text mark.evidence").all_inner_texts()
        assert set(marked) == {s["evidence"]["text"] for s in detail["sources"] if s["article_id"] == first_article}
        assert page.locator("#detail").get_attribute("data-event-id") == event_id
        assert page.locator("ol.sources > li").count() == len({s["article_id"] for s in detail["sources"]})
        shot = screenshot(page, tmp_path, "dashboard.png")
        assert shot.stat().st_size > 20000
        assert page.problems == []


def test_browser_page_payloads_render_as_text_and_never_run(base, tmp_path):
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        n = loads(page)
        page.fill("#f-text", XSS_WORD)
        settled(page, n)
        assert 0 < list_items(page) < 3
        page.locator("#event-list > li button").first.click()
        source = page.locator(f'ol.sources > li[data-article-id="{XSS_ARTICLE["id"]}"] button.source')
        source.click()
        page.wait_for_selector(f'.article[data-article-id="{XSS_ARTICLE["id"]}"] mark.evidence', timeout=15000)
        article = page.locator(".article-text").inner_text()
        for payload in XSS_TEXT_PAYLOADS:
            assert payload in article  # shown as text, characters and all
        assert page.locator(".article-title").inner_text() == XSS_ARTICLE["title"]
        assert page.locator("#detail img, #detail script").count() == 0
        item = page.locator(f'ol.sources > li[data-article-id="{XSS_ARTICLE["id"]}"]')
        assert item.locator("a").count() == 0  # a javascript: URL is shown, never linked
        assert item.locator(".url").inner_text() == XSS_ARTICLE["url"]
        assert XSS_ARTICLE["outlet"] in item.locator("button.source").inner_text()
        flags = page.evaluate(f"{list(XSS_FLAGS)!r}.map((k) => window[k])")
        assert flags == [None] * len(XSS_FLAGS)
        screenshot(page, tmp_path, "dashboard-xss.png")
        assert page.problems == []


def test_browser_view_from_the_url(base, tmp_path):
    syria = api_events(base, country="Syria")
    wanted = next(e for e in syria if e["n_sources"] > 1)
    with browser_page(base) as page:
        page.goto(f"{base}/#country=Syria&event={wanted['id']}")
        page.wait_for_selector(f'#detail[data-event-id="{wanted["id"]}"] .article-text mark.evidence', timeout=30000)
        ready(page)
        assert page.input_value("#f-country") == "Syria"
        assert markers(page) == located(syria) < located(api_events(base))
        assert page.locator("#event-list > li.selected").get_attribute("data-id") == wanted["id"]
        screenshot(page, tmp_path, "dashboard-syria.png")
        page.keyboard.press("Escape")
        assert page.locator("#detail").is_hidden()
        assert "event=" not in page.url and "country=Syria" in page.url
        assert page.problems == []


def test_browser_api_docs_work_offline(base):
    with browser_page(base) as page:
        page.goto(base + "/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=30000)
        assert "tocsin" in page.locator(".swagger-ui .info .title").inner_text()
        for path in ("/api/events", "/api/events/{event_id}", "/api/stats", "/api/articles/{article_id}",
                     "/api/ingest"):
            page.wait_for_selector(f'.opblock-summary-path[data-path="{path}"]', timeout=10000)
        assert page.problems == []


def _event(base: str, event_id: str) -> dict:
    return httpx.get(f"{base}/api/events/{event_id}").json()
