"""The dashboard's alerts panel and marker clustering, in headless Chromium against `tocsin serve` (issue 14).

The demo database holds the Idlib escalation of February 2020 and a few quieter alerts.  The panel
lists the areas ranked by their highest alert level with a sparkline each; a click shows the area's
series, filters the map and list to the area and the alerts' period (the events behind the alerts
are listed) and links the area's brief, which resolves.  Overlapping markers share a count bubble
that splits when the map zooms in; a bubble of events at one spot lists them instead.
"""
from __future__ import annotations

import time

import httpx
import pytest

from .browser import browser_page, screenshot, serve
from .test_browser import api_events, list_items, loads, located, markers, ready, settled

RANK = {"alert": 3, "warning": 2, "watch": 1}


@pytest.fixture(scope="module")
def base(demo_db, tmp_path_factory):
    with serve(demo_db, tmp_path_factory.mktemp("server") / "serve.log") as url:
        yield url


def api_alerts(base: str) -> list[dict]:
    """The alerts the panel shows by default: the store's whole history."""
    first = httpx.get(f"{base}/api/stats").json()["by_day"][0]["day"]
    return httpx.get(f"{base}/api/alerts", params={"since": first}, timeout=60).json()["alerts"]


def alerts_ready(page) -> None:
    page.wait_for_selector("#alerts[data-state=ready] #alert-list > li", timeout=30000)


def map_zoom(page) -> int:
    return int(page.get_attribute("#map", "data-cluster-zoom"))


def wait_zoom_above(page, zoom: int, timeout: float = 15.0) -> int:
    """The map re-clustered at a deeper zoom (polled: the page's CSP forbids wait_for_function)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        now = map_zoom(page)
        if now > zoom:
            page.wait_for_timeout(300)  # let the zoom animation settle
            return map_zoom(page)
        page.wait_for_timeout(100)
    pytest.fail(f"the map did not zoom in beyond {zoom}")


def bubbles(page) -> list[dict]:
    return page.locator(".ev-cluster").evaluate_all(
        "bs => bs.map(b => ({count: Number(b.dataset.count), ids: b.dataset.ids.split(' ')}))")


def test_browser_alerts_panel_ranks_areas_and_a_click_shows_the_area(base, tmp_path):
    alerts = api_alerts(base)
    by_area: dict[str, list[dict]] = {}
    for a in alerts:
        by_area.setdefault(a["area"], []).append(a)
    assert any(a["level"] == "alert" for a in alerts) and len(by_area) >= 3, "the demo should raise alerts"
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        alerts_ready(page)
        items = page.locator("#alert-list > li")
        shown = [(items.nth(i).get_attribute("data-area"), items.nth(i).get_attribute("data-level"))
                 for i in range(items.count())]
        # Every area with an alert, once, at its highest level, ranked alert > warning > watch.
        assert {area for area, _ in shown} == set(by_area) and len(shown) == len(by_area)
        for area, level in shown:
            assert RANK[level] == max(RANK[a["level"]] for a in by_area[area]), area
        assert [RANK[level] for _, level in shown] == sorted((RANK[level] for _, level in shown), reverse=True)
        # A sparkline each, drawn from /api/trends, with a dot where an alert fired.
        for i in range(items.count()):
            spark = items.nth(i).locator("svg.spark")
            assert int(spark.get_attribute("data-points")) > 1
            assert spark.locator("circle.spark-dot").count() >= 1
        assert items.first.locator(".lvl").inner_text().lower() == "alert"

        # Click the top area: its series, its events on the map and in the list, its brief.
        area, _ = shown[0]
        mine = by_area[area]
        since = min(a["window_start"] for a in mine)
        until = max(a["period_end"] for a in mine)
        country, admin1 = mine[0]["country"], mine[0]["admin1"]
        n = loads(page)
        items.first.locator("button.alert-area").click()
        settled(page, n)
        assert items.first.get_attribute("class") == "selected"
        assert (page.input_value("#f-country"), page.input_value("#f-admin1")) == (country, admin1)
        assert (page.input_value("#f-since"), page.input_value("#f-until")) == (since, until)
        events = api_events(base, country=country, admin1=admin1, since=since, until=until)
        everything = api_events(base)
        assert 0 < list_items(page) == len(events) < len(everything)
        assert markers(page) == located(events)
        listed = set(page.locator("#event-list > li").evaluate_all("ls => ls.map(l => l.dataset.id)"))
        behind = {e["id"] for a in mine for e in a["events"]}
        assert behind and behind <= listed  # the events behind the area's alerts are on the map and listed
        box = page.locator("#alert-area")
        assert box.is_visible() and box.get_attribute("data-area") == area
        trend = httpx.get(f"{base}/api/trends", params={"area": area, "level": mine[0]["level_of_area"],
                                                         "period": mine[0]["period"]}).json()
        assert trend["total"] > 0
        series = box.locator("svg.series rect.bar-events")
        assert series.count() > 4 and sum(int(series.nth(i).get_attribute("data-n")) for i in range(series.count())) > 0
        assert box.locator("svg.series rect.fired").count() >= 1
        assert box.locator("ul.alert-detail > li").count() == len(mine)
        assert f"area={area.replace('/', '%2F')}" in page.url

        link = box.locator("a.brief-link")
        assert link.get_attribute("target") == "_blank"
        href = link.get_attribute("href")
        brief = httpx.get(href if href.startswith("http") else base + href, timeout=60)
        assert brief.status_code == 200 and brief.headers["content-type"].startswith("text/html")
        assert admin1 in brief.text and 'class="claim' in brief.text
        page.wait_for_timeout(400)  # the map's zoom animation
        screenshot(page, tmp_path, "alerts-panel.png")

        # A bubble of events at one spot never parts: a click lists its events, which open.
        spots = [b for b in bubbles(page)
                 if len({(e["lat"], e["lon"]) for e in events if e["id"] in b["ids"]}) == 1]
        if spots:
            spot = spots[0]
            page.locator(f'.ev-cluster[data-ids="{" ".join(spot["ids"])}"]').click()
            entries = page.locator(".leaflet-popup .cluster-list button.cluster-event")
            entries.first.wait_for(timeout=10000)
            assert entries.count() == spot["count"]
            wanted = entries.first.get_attribute("data-id")
            entries.first.click()
            page.wait_for_selector(f'#detail[data-event-id="{wanted}"]', timeout=15000)
            page.keyboard.press("Escape")  # the detail opens over the alerts column
            assert page.locator("#detail").is_hidden()

        # Closing the area clears its filters.
        n = loads(page)
        box.locator("button.alert-close").click()
        settled(page, n)
        assert box.is_hidden() and page.input_value("#f-country") == "" and page.input_value("#f-since") == ""
        assert list_items(page) == len(everything)
        assert page.problems == []


def test_browser_area_from_the_url(base):
    alerts = api_alerts(base)
    area = next(a for a in alerts if a["level"] == "alert")
    with browser_page(base) as page:
        page.goto(f"{base}/#area={area['area']}")
        page.wait_for_selector(f'#alert-area[data-area="{area["area"]}"]', timeout=30000)
        ready(page)
        assert page.input_value("#f-admin1") == area["admin1"]
        assert page.locator("#alert-list > li.selected").get_attribute("data-area") == area["area"]
        assert page.problems == []


def test_browser_overlapping_markers_share_a_count_bubble_that_splits(base):
    everything = api_events(base)
    coords = {e["id"]: (e["lat"], e["lon"]) for e in everything if e["lat"] is not None}
    with browser_page(base) as page:
        page.goto(base + "/")
        ready(page)
        alerts_ready(page)
        page.wait_for_timeout(400)
        found = bubbles(page)
        assert found and all(b["count"] >= 2 and b["count"] == len(b["ids"]) for b in found)
        assert page.locator(".ev-cluster").first.inner_text().strip() == str(found[0]["count"])
        assert markers(page) == located(everything)  # every located event: alone or in a bubble

        # A bubble holding events at several places splits when it is clicked (the map zooms in).
        spread = max(found, key=lambda b: len({coords[i] for i in b["ids"]}))
        assert len({coords[i] for i in spread["ids"]}) > 1
        before = map_zoom(page)
        page.locator(f'.ev-cluster[data-ids="{" ".join(spread["ids"])}"]').click()
        wait_zoom_above(page, before)
        ids = set(spread["ids"])
        alone = set(page.locator("path.ev-marker").evaluate_all("ps => ps.map(p => p.dataset.id)")) & ids
        holders = [b for b in bubbles(page) if ids & set(b["ids"])]
        assert len(alone) + len(holders) > 1  # the events are now in more than one place on the map
        assert markers(page) == located(everything)

        # Grouping can be switched off: every event is its own marker again.
        page.uncheck("#cluster-toggle")
        assert page.locator(".ev-cluster").count() == 0
        assert page.locator("path.ev-marker").count() == located(everything)
        page.check("#cluster-toggle")
        assert page.locator(".ev-cluster").count() > 0
        assert page.problems == []
