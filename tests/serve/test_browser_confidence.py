"""The dashboard's confidence filter and marks, in headless Chromium against `tocsin serve` (issue 12).

The filter re-queries with min_confidence (list and markers equal the API's answer), every
listed event and the open event show their confidence, markers fade with it, and the
threshold lives in the URL.
"""
from __future__ import annotations

import pytest

from .browser import browser_page, screenshot, serve
from .test_browser import api_events, list_items, loads, located, markers, ready, settled


@pytest.fixture(scope="module")
def base(demo_db, tmp_path_factory):
    with serve(demo_db, tmp_path_factory.mktemp("server") / "serve.log") as url:
        yield url


def menu_threshold(events: list[dict]) -> str:
    """The dashboard's first threshold that keeps some events and drops others."""
    for value in ("0.5", "0.7", "0.9"):
        n = sum(1 for e in events if e["confidence"] is not None and e["confidence"] >= float(value))
        if 0 < n < len(events):
            return value
    pytest.fail("no menu threshold splits the demo events: their confidences do not vary")


def badges(page) -> list[str]:
    return [b.get_attribute("data-confidence") for b in page.locator("#event-list > li .conf").all()]


def label(c: float | None) -> str:
    from tocsin.store.query import confidence_label

    return confidence_label(c) or ""


def test_browser_confidence_filter_and_marks(base, tmp_path):
    everything = api_events(base)
    cut = menu_threshold(everything)
    kept = api_events(base, min_confidence=cut)
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        assert list_items(page) == len(everything) and markers(page) == located(everything)
        # Each listed event carries its confidence, as the API gives it (rounded down, two decimals).
        assert badges(page) == [label(e["confidence"]) for e in everything]
        assert page.locator("#event-list > li .conf").first.inner_text().startswith("conf ")
        # Markers fade with confidence: more confident, more opaque (each marker on its own: no count bubbles).
        page.uncheck("#cluster-toggle")
        assert page.locator(".ev-cluster").count() == 0 and page.locator("path.ev-marker").count() == located(everything)
        paths = page.locator("path.ev-marker")
        pairs = sorted((float(paths.nth(i).get_attribute("data-confidence")),
                        float(paths.nth(i).get_attribute("fill-opacity")))
                       for i in range(paths.count()) if paths.nth(i).get_attribute("data-confidence"))
        assert len({o for _, o in pairs}) > 1
        assert [o for _, o in pairs] == sorted(o for _, o in pairs)

        n = loads(page)
        page.select_option("#f-confidence", cut)
        settled(page, n)
        assert 0 < list_items(page) == len(kept) < len(everything)
        assert markers(page) == located(kept)
        assert all(float(b) >= float(cut) for b in badges(page))
        assert f"min_confidence={cut}" in page.url
        # The timeline follows the filter too: its bars add up to the kept events with a date.
        bars = page.locator("#timeline rect.bar")
        assert sum(int(bars.nth(i).get_attribute("data-n")) for i in range(bars.count())) == sum(
            1 for e in kept if e["date_start"])

        # The open event shows its confidence in the header badge and the codes table.
        first = page.locator("#event-list > li").first
        event_id = first.get_attribute("data-id")
        first.locator("button").click()
        page.wait_for_selector(f'#detail[data-event-id="{event_id}"] .article-text mark.evidence', timeout=15000)
        want = label(next(e for e in kept if e["id"] == event_id)["confidence"])
        assert page.locator("#detail h2 .conf").get_attribute("data-confidence") == want
        row = page.locator("table.codes tr", has=page.locator("th", has_text="Confidence"))
        assert row.locator("td").inner_text() == want
        screenshot(page, tmp_path, "dashboard-confidence.png")

        n = loads(page)
        page.click("#f-reset")
        settled(page, n)
        assert list_items(page) == len(everything)
        assert page.problems == []


def test_browser_confidence_threshold_from_the_url(base):
    strict = api_events(base, min_confidence=0.9)
    odd = api_events(base, min_confidence=0.65)
    with browser_page(base) as page:
        page.goto(f"{base}/#min_confidence=0.9")
        ready(page)
        assert page.input_value("#f-confidence") == "0.9"
        assert list_items(page) == len(strict) and markers(page) == located(strict)
        # A threshold the menu does not offer is added to it rather than dropped.
        page.goto(f"{base}/#min_confidence=0.65")
        page.reload()
        ready(page)
        assert page.input_value("#f-confidence") == "0.65"
        assert list_items(page) == len(odd)
        assert page.problems == []
